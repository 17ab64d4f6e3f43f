//! The household's month in the order of RULES.md §1 — the only place that knows the order:
//!
//! 1. gross wages and employee contributions;
//! 2. unemployment benefits, adjusted by the same person's wage (and means-tested);
//! 3. annual taxes on wages and taxable benefits (12 × the month), per month = annual / 12;
//! 4. general housing allowance on gross income;
//! 5. child benefit;
//! 6. basic social assistance on net income incl. housing allowance and child benefit;
//! 7. expense compensation (kulukorvaus / toimintaraha);
//! 8. disposable income.
//!
//! The same code serves [`super::compute`] (recording lines) and [`super::curve`] (totals only:
//! nothing is allocated per point).

use super::money::{Cents, Rate};
use super::municipalities::Municipality;
use super::params::{Params, RulePeriod};
use super::verotus::{self, PersonIncome, PersonTax};
use super::*;
use crate::scenario::{Church, Scenario, Wage, MAX_PERSONS};

/// Receives lines and flags when a breakdown is wanted; does nothing for curves.
pub(crate) trait Recorder {
    const ACTIVE: bool;
    fn line(&mut self, item: Item, person: Option<u8>, amount: Cents, reason: Reason);
    fn flag(&mut self, f: Flag);
}

/// Records nothing (curves).
pub(crate) struct NoRecord;

impl Recorder for NoRecord {
    const ACTIVE: bool = false;
    fn line(&mut self, _: Item, _: Option<u8>, _: Cents, _: Reason) {}
    fn flag(&mut self, _: Flag) {}
}

/// Records lines and flags (breakdowns).
#[derive(Default)]
pub(crate) struct Record {
    pub lines: Vec<Line>,
    pub flags: Vec<Flag>,
}

impl Recorder for Record {
    const ACTIVE: bool = true;
    fn line(&mut self, item: Item, person: Option<u8>, amount: Cents, reason: Reason) {
        self.lines.push(Line {
            item,
            person,
            amount,
            reason,
        });
    }
    fn flag(&mut self, f: Flag) {
        if !self.flags.contains(&f) {
            self.flags.push(f);
        }
    }
}

/// Everything about the scenario that does not depend on the wage of the curve's adult.
pub(crate) struct Prepared<'a> {
    pub s: &'a Scenario,
    pub period: &'static RulePeriod,
    pub p: &'a Params,
    pub muni: &'static Municipality,
    pub municipal_rate: Rate,
    pub n_adults: usize,
    pub children_sorted: [u8; MAX_PERSONS],
    pub n_children: usize,
    pub ttt_basic: Cents,
    pub ttt_housing: Cents,
    pub housing_costs: Cents,
}

/// Prepare a validated scenario.
pub(crate) fn prepare<'a>(
    s: &'a Scenario,
    period: &'static RulePeriod,
    p: &'a Params,
) -> Result<Prepared<'a>, ScenarioErrors> {
    let muni = period
        .municipality(&s.municipality)
        .ok_or_else(|| internal_error("municipality"))?;
    let year = period.tax_year;
    let municipal_rate = p
        .municipal_tax_override
        .unwrap_or(muni.tax_rates(year).municipal);
    let n_adults = s.household.adults.len().min(MAX_PERSONS);
    let n_children = s.household.children.len().min(MAX_PERSONS);
    let mut children_sorted = [0u8; MAX_PERSONS];
    for (i, c) in s.household.children.iter().take(n_children).enumerate() {
        children_sorted[i] = c.age;
    }
    children_sorted[..n_children].sort_unstable_by(|a, b| b.cmp(a));
    let ttt_basic = toimeentulotuki::basic_amounts(
        n_adults as u32,
        &children_sorted[..n_children],
        s.lives_with_parents,
        &p.toimeentulotuki,
    );
    let housing_costs = s.housing.rent.add(s.housing.water).add(s.housing.heating);
    let ttt_housing = toimeentulotuki::accepted_housing_costs(
        housing_costs,
        (n_adults + n_children) as u32,
        muni.housing_limits(year),
        &p.toimeentulotuki,
    );
    Ok(Prepared {
        s,
        period,
        p,
        muni,
        municipal_rate,
        n_adults,
        children_sorted,
        n_children,
        ttt_basic,
        ttt_housing,
        housing_costs,
    })
}

/// The result of one evaluation.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Outcome {
    pub totals: Totals,
    pub annual: AnnualTaxes,
    pub intermediate: Intermediate,
    pub unemployment_daily: [Cents; MAX_PERSONS],
}

fn church_rate(c: Church, m: &Municipality, year: u16) -> Rate {
    let r = m.tax_rates(year);
    match c {
        Church::None => Rate::ZERO,
        Church::Lutheran => r.lutheran,
        Church::Orthodox => r.orthodox,
    }
}

/// Evaluate the month; `wage_override` replaces one adult's wage with a monthly amount (curves).
#[allow(clippy::needless_range_loop)] // parallel per-adult arrays
pub(crate) fn evaluate<R: Recorder>(
    prep: &Prepared,
    wage_override: Option<(usize, Cents)>,
    rec: &mut R,
) -> Outcome {
    let s = prep.s;
    let p = prep.p;
    let year = prep.period.tax_year;
    let n = prep.n_adults;
    let children = prep.n_children as u32;
    let sole_guardian = n == 1 && children > 0;
    let mut out = Outcome::default();
    let mut wages = [Cents::ZERO; MAX_PERSONS];
    let mut benefits = [Cents::ZERO; MAX_PERSONS];
    let mut contributions = [Cents::ZERO; MAX_PERSONS];
    let mut taxes_month = [Cents::ZERO; MAX_PERSONS];
    let mut taxes: [PersonTax; MAX_PERSONS] = [PersonTax::default(); MAX_PERSONS];
    let mut gross_income = Cents::ZERO;

    // 1.–3. per adult: wage, contributions, unemployment benefit, taxes
    for (i, a) in s.household.adults.iter().take(n).enumerate() {
        let who = Some(i as u8);
        let wage = match wage_override {
            Some((j, w)) if j == i => w,
            _ => a.wage.monthly(),
        };
        wages[i] = wage;
        let pension = a.earnings_related_pension_monthly;
        let other = a.other_taxable_benefit_monthly;
        let vp = &p.verotus;
        let tyel_rate = verotus::vakuutusmaksut::tyel_rate(a.age, vp);
        let tvm_rate = verotus::vakuutusmaksut::tvm_rate(a.age, vp);

        let ub = tyottomyysturva::monthly(
            a.unemployment_benefit,
            a.earnings_related_daily,
            wage,
            pension.add(other),
            a.age,
            children,
            &p.tyottomyysturva,
        );
        benefits[i] = ub.amount;
        out.intermediate.unemployment_benefit_full =
            out.intermediate.unemployment_benefit_full.add(ub.full);
        out.unemployment_daily[i] = Cents(ub.amount.0.saturating_mul(10)).div_round(215);

        let tax = verotus::annual(
            &PersonIncome {
                age: a.age,
                wage: wage.times(12),
                unemployment: ub.amount.times(12),
                pension: pension.times(12),
                other: other.times(12),
                children,
                sole_guardian,
                municipal_rate: prep.municipal_rate,
                church_rate: church_rate(a.church, prep.muni, year),
            },
            vp,
        );
        taxes[i] = tax;
        // per month = the annual amount / 12, rounded to cents, per adult (RULES.md §1.1)
        taxes_month[i] = tax.taxes().div_round(12);
        contributions[i] = tax.contributions().div_round(12);
        let tyel = tax.tyel.div_round(12);
        let tvm = tax.tvm.div_round(12);
        gross_income = gross_income
            .add(wage)
            .add(ub.amount)
            .add(pension)
            .add(other);

        if R::ACTIVE {
            let reason = match a.wage {
                Wage::Hourly {
                    hourly,
                    hours_per_week,
                } if wage_override.is_none() => Reason::HourlyWage {
                    hourly,
                    hours_per_week: hours_per_week.0,
                },
                _ => Reason::Input,
            };
            rec.line(Item::Wage, who, wage, reason);
            rec.line(
                Item::TyEL,
                who,
                tyel,
                Reason::Contribution {
                    base: wage,
                    rate: tyel_rate,
                    source: vp.tyel_rate.source,
                },
            );
            rec.line(
                Item::TVM,
                who,
                tvm,
                Reason::Contribution {
                    base: wage,
                    rate: tvm_rate,
                    source: vp.tvm_rate.source,
                },
            );
            if let Some(kind) = ub.kind {
                rec.line(
                    Item::UnemploymentBenefitFull,
                    who,
                    ub.full,
                    Reason::BenefitFull {
                        kind,
                        daily: ub.daily,
                        days: p.tyottomyysturva.days_per_month.value,
                        source: ub.source,
                    },
                );
                rec.line(
                    Item::UnemploymentBenefitAdjusted,
                    who,
                    ub.amount,
                    Reason::WageAdjustment {
                        kind,
                        full: ub.full,
                        wage,
                        deduction: ub.wage_deduction,
                        rate: p.tyottomyysturva.wage_adjustment.value,
                        other_income: ub.other_income,
                        means_test_reduction: ub.means_test_reduction,
                        source: p.tyottomyysturva.wage_adjustment.source,
                    },
                );
                flags_for_benefit(prep, i, kind, a, wage, ub.amount, rec);
            }
            if pension.is_positive() {
                rec.line(Item::EarningsRelatedPension, who, pension, Reason::Input);
            }
            if other.is_positive() {
                rec.line(Item::OtherTaxableBenefit, who, other, Reason::Input);
            }
            tax_lines(rec, who, &tax, prep, a.church, year, wage);
            if a.kela_disability_pension_limit.is_some_and(|l| wage > l) {
                rec.flag(Flag::KelaDisabilityPensionSuspended { person: i as u8 });
            }
            if a.earnings_related_pension_limit.is_some_and(|l| wage > l) {
                rec.flag(Flag::EarningsRelatedPensionLimitExceeded { person: i as u8 });
            }
        }
    }

    // annual and monthly totals of taxes
    let mut an = AnnualTaxes::default();
    let im = &mut out.intermediate;
    for t in taxes.iter().take(n) {
        an.state_tax = an.state_tax.add(t.state);
        an.municipal_tax = an.municipal_tax.add(t.municipal);
        an.church_tax = an.church_tax.add(t.church);
        an.health_insurance = an.health_insurance.add(t.health_insurance());
        an.yle_tax = an.yle_tax.add(t.yle);
        an.employee_contributions = an.employee_contributions.add(t.contributions());
        im.net_earned_income = im.net_earned_income.add(t.net_earned_income);
        im.basic_deduction = im.basic_deduction.add(t.basic_deduction);
        im.pension_deduction = im.pension_deduction.add(t.pension_deduction);
        im.taxable_income = im.taxable_income.add(t.taxable_income);
        im.state_tax_before_credit = im.state_tax_before_credit.add(t.state_before_credit);
        im.earned_income_credit = im.earned_income_credit.add(t.credit.amount);
        im.daily_allowance_contribution = im.daily_allowance_contribution.add(t.daily_allowance);
    }
    an.taxes = an
        .state_tax
        .add(an.municipal_tax)
        .add(an.church_tax)
        .add(an.health_insurance)
        .add(an.yle_tax);
    out.annual = an;

    let mut t = Totals::default();
    for i in 0..n {
        t.gross_wages = t.gross_wages.add(wages[i]);
        t.employee_contributions = t.employee_contributions.add(contributions[i]);
        t.unemployment_benefit = t.unemployment_benefit.add(benefits[i]);
        let a = &s.household.adults[i];
        t.pensions_and_other_benefits = t
            .pensions_and_other_benefits
            .add(a.earnings_related_pension_monthly)
            .add(a.other_taxable_benefit_monthly);
    }
    for m in taxes_month.iter().take(n) {
        t.taxes = t.taxes.add(*m);
    }

    // 4. general housing allowance
    let group = prep.muni.housing_allowance_group(prep.period.tax_year);
    let at = asumistuki::asumistuki(
        &asumistuki::Household {
            adults: n as u32,
            children,
            group,
            region_code: prep.muni.region_code,
            gross_income,
            assets: s.assets,
            housing: s.housing,
            lives_with_parents: s.lives_with_parents,
        },
        &p.asumistuki,
    );
    t.housing_allowance = at.amount;
    out.intermediate.housing_allowance_income = at.income;
    out.intermediate.housing_allowance_asset_income = at.asset_income;
    out.intermediate.basic_deductible = at.basic_deductible;
    out.intermediate.housing_allowance_costs = at.costs;
    out.intermediate.housing_allowance_cap = at.cap;
    if R::ACTIVE {
        rec.line(
            Item::HousingAllowance,
            None,
            at.amount,
            Reason::HousingAllowance {
                income: at.income,
                basic_deductible: at.basic_deductible,
                costs: at.costs,
                cap: at.cap,
                share: p.asumistuki.share.value,
                limit: at.limit,
                source: p.asumistuki.share.source,
            },
        );
        if s.lives_with_parents {
            rec.flag(Flag::LivingWithParentsAssumption);
        }
    }

    // 5. child benefit
    let single_parent = n == 1 && !s.lives_with_parents;
    let mut order = 0u8;
    for &age in prep.children_sorted.iter().take(prep.n_children) {
        if age as u32 >= p.lapsilisa.age_limit.value {
            continue;
        }
        order = order.saturating_add(1);
        let cb = lapsilisa::for_child(order, age, single_parent, &p.lapsilisa);
        t.child_benefit = t.child_benefit.add(cb.amount);
        if R::ACTIVE {
            rec.line(
                Item::ChildBenefit,
                Some(order - 1),
                cb.amount,
                Reason::ChildBenefit {
                    order,
                    base: cb.base,
                    under_3: cb.under_3,
                    single_parent: cb.single_parent,
                    source: p.lapsilisa.amounts.source,
                },
            );
        }
    }

    // 6. basic social assistance
    let tp = &p.toimeentulotuki;
    let mut net = Cents::ZERO;
    let mut disregard = Cents::ZERO;
    for i in 0..n {
        let a = &s.household.adults[i];
        let own = wages[i]
            .add(benefits[i])
            .add(a.earnings_related_pension_monthly)
            .add(a.other_taxable_benefit_monthly);
        net = net.add(own).sub(contributions[i]).sub(taxes_month[i]);
        if wages[i].is_positive() {
            // the share of the adult's taxes that falls on the wage (RULES.md §1.1)
            let tax_on_wage = if own.is_positive() {
                Cents(crate::rules::money::div_round(
                    taxes_month[i].0 as i128 * wages[i].0 as i128,
                    own.0 as i128,
                ) as i64)
            } else {
                Cents::ZERO
            };
            let net_wage = wages[i].sub(contributions[i]).sub(tax_on_wage);
            disregard = disregard.add(toimeentulotuki::disregard(net_wage, a.age, tp));
        }
    }
    net = net
        .add(t.housing_allowance)
        .add(t.child_benefit)
        .sub(disregard);
    let before_assets =
        toimeentulotuki::toimeentulotuki(prep.ttt_basic, prep.ttt_housing, net, Cents::ZERO);
    t.social_assistance =
        toimeentulotuki::toimeentulotuki(prep.ttt_basic, prep.ttt_housing, net, s.assets);
    out.intermediate.social_assistance_basic_amounts = prep.ttt_basic;
    out.intermediate.social_assistance_housing_costs = prep.ttt_housing;
    out.intermediate.social_assistance_net_income = net;
    out.intermediate.social_assistance_disregard = disregard;
    if R::ACTIVE {
        rec.line(
            Item::SocialAssistance,
            None,
            t.social_assistance,
            Reason::SocialAssistance {
                basic_amounts: prep.ttt_basic,
                housing_costs: prep.ttt_housing,
                net_income: net,
                disregard,
                assets: s.assets,
                source: tp.alone.source,
            },
        );
        if prep.ttt_housing < prep.housing_costs && before_assets.is_positive() {
            rec.flag(Flag::HousingCostsAboveSocialAssistanceLimit);
        }
        if s.assets.is_positive() && before_assets.is_positive() {
            rec.flag(Flag::AssetsReduceSocialAssistance);
        }
    }

    // 7. expense compensation
    for i in 0..n {
        let a = &s.household.adults[i];
        if a.rehabilitative_work_days_per_week == 0 {
            continue;
        }
        let paid_as =
            kulukorvaus::paid_as(benefits[i].is_positive(), t.social_assistance.is_positive());
        let amount = if paid_as == ExpensePaidAs::NotPaid {
            Cents::ZERO
        } else {
            kulukorvaus::monthly_amount(a.rehabilitative_work_days_per_week, &p.kulukorvaus)
        };
        t.expense_compensation = t.expense_compensation.add(amount);
        if R::ACTIVE {
            rec.line(
                Item::ExpenseCompensation,
                Some(i as u8),
                amount,
                Reason::ExpenseCompensation {
                    days_per_week: a.rehabilitative_work_days_per_week,
                    daily: p.kulukorvaus.daily_amount.value,
                    paid_as,
                    source: p.kulukorvaus.daily_amount.source,
                },
            );
        }
    }

    // 8. disposable income
    t.disposable_income = t
        .gross_wages
        .add(t.unemployment_benefit)
        .add(t.pensions_and_other_benefits)
        .sub(t.taxes)
        .sub(t.employee_contributions)
        .add(t.housing_allowance)
        .add(t.social_assistance)
        .add(t.child_benefit)
        .add(t.expense_compensation);
    t.housing_costs = prep.housing_costs;
    t.disposable_after_housing = t.disposable_income.sub(t.housing_costs);
    if R::ACTIVE {
        rec.line(Item::HousingCosts, None, t.housing_costs, Reason::Input);
        rec.line(
            Item::DisposableIncome,
            None,
            t.disposable_income,
            Reason::Sum,
        );
        rec.line(
            Item::DisposableAfterHousing,
            None,
            t.disposable_after_housing,
            Reason::Sum,
        );
    }
    out.totals = t;
    out
}

fn flags_for_benefit<R: Recorder>(
    prep: &Prepared,
    i: usize,
    kind: BenefitComputed,
    a: &crate::scenario::Adult,
    wage: Cents,
    amount: Cents,
    rec: &mut R,
) {
    let tp = &prep.p.tyottomyysturva;
    let person = i as u8;
    if let Some(h) = a.wage.hours() {
        if wage.is_positive() && tyottomyysturva::hours_over_limit(h.0, tp) {
            rec.flag(Flag::HoursOver80PercentNoBenefit { person });
        }
    }
    if kind == BenefitComputed::Yleistuki
        && a.unemployment_benefit != crate::scenario::BenefitKind::Yleistuki
    {
        rec.flag(Flag::ComputedAsYleistuki { person });
    }
    if kind == BenefitComputed::Ansiopaivaraha && wage.is_positive() && amount.is_positive() {
        rec.flag(Flag::AnsiopaivarahaCapNotApplied { person });
    }
    let age = a.age as u32;
    if age < tp.working_age_min.value || age > tp.working_age_max.value {
        rec.flag(Flag::OutsideWorkingAge { person });
    }
    if prep.s.lives_with_parents {
        rec.flag(Flag::LivingWithParentsAssumption);
    }
}

fn tax_lines<R: Recorder>(
    rec: &mut R,
    who: Option<u8>,
    t: &PersonTax,
    prep: &Prepared,
    church: Church,
    year: u16,
    wage: Cents,
) {
    let vp = &prep.p.verotus;
    let m = |a: Cents| a.div_round(12);
    let tax = |before: Cents, after: Cents, rate: Rate, source: &'static str| Reason::Tax {
        taxable_income: t.taxable_income,
        before_credit: before,
        credit: before.sub_floor0(after),
        annual: after,
        rate,
        source,
    };
    rec.line(
        Item::DailyAllowanceContribution,
        who,
        m(t.daily_allowance),
        Reason::Contribution {
            base: wage,
            rate: if t.daily_allowance.is_positive() {
                vp.daily_allowance_rate.value
            } else {
                Rate::ZERO
            },
            source: vp.daily_allowance_rate.source,
        },
    );
    rec.line(
        Item::StateTax,
        who,
        m(t.state),
        tax(
            t.state_before_credit,
            t.state,
            Rate::ZERO,
            vp.state_tax_rate.source,
        ),
    );
    rec.line(
        Item::MunicipalTax,
        who,
        m(t.municipal),
        tax(
            t.municipal_before_credit,
            t.municipal,
            prep.municipal_rate,
            "S17",
        ),
    );
    if church != Church::None {
        rec.line(
            Item::ChurchTax,
            who,
            m(t.church),
            tax(
                t.church_before_credit,
                t.church,
                church_rate(church, prep.muni, year),
                "S17",
            ),
        );
    }
    rec.line(
        Item::HealthCareContribution,
        who,
        m(t.health_care),
        tax(
            t.health_care_before_credit,
            t.health_care,
            vp.health_care_rate.value,
            vp.health_care_rate.source,
        ),
    );
    rec.line(
        Item::YleTax,
        who,
        m(t.yle),
        Reason::YleTax {
            base: t.net_earned_income,
            threshold: vp.yle_threshold.value,
            annual: t.yle,
            source: vp.yle_rate.source,
        },
    );
    rec.line(
        Item::EarnedIncomeCredit,
        who,
        m(t.credit.amount),
        Reason::EarnedIncomeCredit {
            accrued: t.credit.accrued,
            maximum: t.credit.maximum,
            reduction: t.credit.reduction,
            annual: t.credit.amount,
            source: vp.earned_income_credit_max.source,
        },
    );
}

/// A full breakdown of a validated scenario.
pub(crate) fn breakdown(
    s: &Scenario,
    period: &'static RulePeriod,
    p: &Params,
) -> Result<Breakdown, ScenarioErrors> {
    let prep = prepare(s, period, p)?;
    let mut rec = Record::default();
    let o = evaluate(&prep, None, &mut rec);
    Ok(Breakdown {
        period,
        lines: rec.lines,
        totals: o.totals,
        annual: o.annual,
        intermediate: o.intermediate,
        flags: rec.flags,
        unemployment_daily: o.unemployment_daily[..prep.n_adults].to_vec(),
    })
}

#[cfg(test)]
mod tests {
    use crate::rules::{compute, Flag, Item, Reason};
    use crate::scenario::Scenario;

    fn scenario(date: &str, adult: &str, extra: &str) -> Scenario {
        let json = format!(
            r#"{{"format":"askel-scenario/1","rules_date":"{date}","municipality":"837",
            "household":{{"adults":[{adult}]}},"housing":{{"rent":560}}{extra}}}"#
        );
        Scenario::from_json(&json).unwrap_or_else(|e| panic!("{e}"))
    }

    #[test]
    fn flags() {
        let b = compute(&scenario(
            "2026-06-01",
            r#"{"age":30,"hourly_wage":12,"hours_per_week":35,"unemployment_benefit":"labour_market_subsidy",
               "kela_disability_pension_limit":990.90,"earnings_related_pension_limit":2000}"#,
            "",
        ))
        .expect("compute");
        assert!(
            b.flags
                .contains(&Flag::HoursOver80PercentNoBenefit { person: 0 }),
            "{:?}",
            b.flags
        );
        assert!(b.flags.contains(&Flag::ComputedAsYleistuki { person: 0 }));
        assert!(b
            .flags
            .contains(&Flag::KelaDisabilityPensionSuspended { person: 0 }));
        assert!(!b
            .flags
            .contains(&Flag::EarningsRelatedPensionLimitExceeded { person: 0 }));
        let b = compute(&scenario(
            "2025-06-01",
            r#"{"age":20,"monthly_wage":300,"unemployment_benefit":"earnings_related","earnings_related_daily":60}"#,
            r#","lives_with_parents":true"#,
        ))
        .expect("compute");
        assert!(b.flags.contains(&Flag::LivingWithParentsAssumption));
        assert!(b
            .flags
            .contains(&Flag::AnsiopaivarahaCapNotApplied { person: 0 }));
        assert_eq!(b.totals.housing_allowance.0, 0);
    }

    #[test]
    fn lines_carry_reasons_and_sum_up() {
        let b = compute(&scenario(
            "2026-06-01",
            r#"{"age":22,"monthly_wage":500,"unemployment_benefit":"yleistuki"}"#,
            "",
        ))
        .expect("compute");
        let line = |i: Item| b.lines.iter().find(|l| l.item == i).expect("line");
        match &line(Item::UnemploymentBenefitAdjusted).reason {
            Reason::WageAdjustment {
                deduction, source, ..
            } => {
                assert_eq!(deduction.0, 25_000);
                assert_eq!(*source, "tyottomyysturva.wage_adjustment");
            }
            r => panic!("{r:?}"),
        }
        assert_eq!(
            line(Item::DisposableIncome).amount,
            b.totals.disposable_income
        );
        assert_eq!(
            b.output("disposable_income"),
            Some(b.totals.disposable_income)
        );
        assert_eq!(b.output("no_such_output"), None);
        assert_eq!(b.period.id, "2026-05");
    }
}
