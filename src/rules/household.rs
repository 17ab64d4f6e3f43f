//! The household's month in the legal order (docs/rules/order-of-computation.md) — the only place
//! that knows the order, one short step per law:
//!
//! 1. gross wages and employee contributions;
//!    disability pensions after their earnings tests, Kela's pensions from the pensions paid;
//! 2. unemployment benefits, adjusted by the same person's wage (and means-tested);
//! 3. annual taxes on wages and taxable benefits (12 × the month), per month = annual / 12;
//! 4. housing allowance for pensioners where a member's pension entitles, otherwise the general
//!    housing allowance, on gross income;
//! 5. child benefit;
//! 6. basic social assistance on net income incl. housing allowance and child benefit, the
//!    day-care fees as an expense and the garnished amount not counted as income;
//! 7. expense compensation (kulukorvaus / toimintaraha);
//! 8. disposable income, minus the day-care fees and the garnished amount.
//!
//! Between steps 3 and 4 the day-care fee is set from the family's gross income
//! ([`varhaiskasvatusmaksu`]); after step 5 the garnishment of each garnished adult from their
//! net income ([`ulosotto`]): neither reads a later step.
//!
//! The same code serves [`super::compute`] (recording lines) and [`super::curve`] (totals only:
//! nothing is allocated per point).

use super::limits::MAX_PERSONS;
use super::municipalities::Municipality;
use super::params::{Params, RulePeriod};
use super::situation::{Adult, BenefitKind, Church, Wage, WorkAbility};
use super::verotus::{self, PersonIncome, PersonTax};
use super::*;

/// Receives lines and flags when a breakdown is wanted; does nothing for curves.
pub(crate) trait Recorder {
    const ACTIVE: bool;
    fn line(&mut self, item: Item, person: Option<u8>, because: Because);
    fn flag(&mut self, f: Flag);
}

/// Records nothing (curves).
pub(crate) struct NoRecord;

impl Recorder for NoRecord {
    const ACTIVE: bool = false;
    fn line(&mut self, _: Item, _: Option<u8>, _: Because) {}
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
    fn line(&mut self, item: Item, person: Option<u8>, because: Because) {
        self.lines.push(Line {
            item,
            person,
            amount: because.amount,
            reason: because.reason,
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
    pub s: &'a Situation<'a>,
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
    s: &'a Situation<'a>,
    period: &'static RulePeriod,
    p: &'a Params,
) -> Result<Prepared<'a>, EngineError> {
    let muni =
        period
            .municipality(s.municipality)
            .ok_or_else(|| EngineError::MunicipalityNotFound {
                code: s.municipality.to_string(),
            })?;
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
    crate::sort::sort_by(&mut children_sorted[..n_children], |a, b| b.cmp(a));
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

/// The church tax rate of a member, `None` for a non-member (who has no church tax line).
fn church_rate(c: Church, m: &Municipality, year: u16) -> Option<Rate> {
    let r = m.tax_rates(year);
    match c {
        Church::None => None,
        Church::Lutheran => Some(r.lutheran),
        Church::Orthodox => Some(r.orthodox),
    }
}

/// One adult's month after steps 1–3: what the later steps read.
#[derive(Clone, Copy, Debug, Default)]
struct PersonMonth {
    wage: Cents,
    unemployment_benefit: Cents,
    pensions_and_other: Cents,
    /// Employee contributions, annual / 12.
    contributions: Cents,
    /// Taxes, annual / 12.
    taxes: Cents,
    tax: PersonTax,
    /// The pensions of the month.
    pensions: PersonPensions,
    /// Ylläpitokorvaus (tax-free; added with the expense compensation).
    maintenance: Option<Because>,
}

/// One adult's pensions after the earnings tests.
#[derive(Clone, Copy, Debug, Default)]
struct PersonPensions {
    /// Earnings-related disability pension paid (0 when the adult has none).
    disability: Cents,
    /// Kela's disability pension.
    national: Cents,
    /// Guarantee pension.
    guarantee: Cents,
    /// Every pension paid: taxable pension income.
    total: Cents,
    /// The pension entitles to the housing allowance for pensioners.
    entitles_pensioners_housing: bool,
    /// A full disability pension turned partial by the wage.
    turned_partial: bool,
}

/// Step 1 for the pensions: the earnings-related disability pension after its earnings test
/// (docs/rules/tyoelake.md), then Kela's disability pension and the guarantee pension from the
/// pensions paid and the wage (docs/rules/kansanelake.md).
fn pensions<R: Recorder>(
    prep: &Prepared,
    i: usize,
    adult: &Adult,
    wage: Cents,
    rec: &mut R,
) -> PersonPensions {
    let p = prep.p;
    let who = Some(i as u8);
    let person = i as u8;
    let kind = adult.disability_pension;
    let limits = tyoelake::limits(
        kind,
        adult.pre_disability_earnings,
        adult.earnings_related_pension_limit,
        &p.tyoelake,
    );
    let tested = tyoelake::paid(
        kind,
        adult.earnings_related_pension_monthly,
        wage,
        limits,
        &p.tyoelake,
    );
    let work_pension = tested.map_or(adult.earnings_related_pension_monthly, |t| t.paid);
    let mut out = PersonPensions {
        disability: tested.map_or(Cents::ZERO, |t| t.paid),
        ..PersonPensions::default()
    };
    let counted = work_pension.add(adult.other_pensions_monthly);
    let kela = adult.kela_disability_pension.then(|| {
        kansanelake::for_person(
            &kansanelake::Person {
                couple: prep.n_adults > 1,
                partial_pension_only: kind.is_partial(),
                other_pensions: counted,
                wage,
                limit_from_decision: adult.kela_disability_pension_limit,
                national_from_decision: adult.kela_pension_monthly,
            },
            &p.kansanelake,
        )
    });
    if let Some(k) = kela {
        out.national = k.national;
        out.guarantee = k.guarantee;
    }
    out.total = counted.add(out.national).add(out.guarantee);
    let full_pension_kept = tested.is_some_and(|t| {
        matches!(
            t.payment,
            tyoelake::Payment::Full | tyoelake::Payment::Resting
        ) && kind.is_full()
    });
    let kela_kept = kela.is_some_and(|k| match k.state {
        kansanelake::KelaState::Paid => k.national.add(k.guarantee).is_positive(),
        kansanelake::KelaState::Resting => true,
        kansanelake::KelaState::PartialPensionOnly => false,
    });
    // an old-age pension entitles while it is paid (docs/rules/elakkeensaajan_asumistuki.md)
    let old_age = adult.old_age_pension
        && kind == super::situation::DisabilityPension::None
        && adult.earnings_related_pension_monthly.is_positive();
    out.entitles_pensioners_housing = full_pension_kept || kela_kept || old_age;
    out.turned_partial = tested.is_some_and(|t| t.payment == tyoelake::Payment::TurnedPartial);
    if R::ACTIVE {
        if let Some(t) = tested {
            rec.line(
                Item::DisabilityPension,
                who,
                t.with_reason(wage, &p.tyoelake),
            );
            rec.flag(Flag::DisabilityPensionLimits {
                person,
                full: if kind.is_full() {
                    limits.full
                } else {
                    limits.partial
                },
                partial: limits.partial,
            });
            if limits.basis == tyoelake::LimitBasis::MinimumOnly {
                rec.flag(Flag::DisabilityPensionLimitIsMinimum { person });
            }
            match t.payment {
                tyoelake::Payment::TurnedPartial => rec.flag(Flag::DisabilityPensionTurnsPartial {
                    person,
                    limit: limits.full,
                }),
                tyoelake::Payment::Resting => rec.flag(Flag::DisabilityPensionRests {
                    person,
                    limit: limits.partial,
                }),
                _ => {}
            }
        } else if adult.earnings_related_pension_monthly.is_positive() {
            rec.line(
                Item::EarningsRelatedPension,
                who,
                Because::input(adult.earnings_related_pension_monthly),
            );
        }
        if adult.other_pensions_monthly.is_positive() {
            rec.line(
                Item::OtherPensions,
                who,
                Because::input(adult.other_pensions_monthly),
            );
        }
        if let Some(k) = kela {
            let kp = &p.kansanelake;
            rec.line(
                Item::KelaPension,
                who,
                k.national_with_reason(kp, prep.n_adults > 1),
            );
            rec.line(Item::GuaranteePension, who, k.guarantee_with_reason(kp));
            match k.state {
                kansanelake::KelaState::Resting => rec.flag(Flag::KelaPensionsRest {
                    person,
                    limit: k.earnings_limit,
                }),
                kansanelake::KelaState::PartialPensionOnly => {
                    rec.flag(Flag::KelaPensionNotWithPartialPension { person })
                }
                kansanelake::KelaState::Paid => {}
            }
        }
    }
    out
}

/// Evaluate the month; `wage_override` replaces one adult's wage with a monthly amount (curves).
/// One step per law, in the legal order; each step reads only what the earlier ones produced.
pub(crate) fn evaluate<R: Recorder>(
    prep: &Prepared,
    wage_override: Option<(usize, Cents)>,
    rec: &mut R,
) -> Outcome {
    let mut out = Outcome::default();
    let mut people = [PersonMonth::default(); MAX_PERSONS];
    for (i, adult) in prep
        .s
        .household
        .adults
        .iter()
        .take(prep.n_adults)
        .enumerate()
    {
        let wage = match wage_override {
            Some((j, w)) if j == i => w,
            _ => adult.wage.monthly(),
        };
        people[i] =
            work_benefit_and_taxes(prep, i, adult, wage, wage_override.is_some(), rec, &mut out);
    }
    let people = &people[..prep.n_adults];
    sum_people(people, &mut out);
    day_care_fees(prep, people, rec, &mut out);
    housing_allowance(prep, people, rec, &mut out);
    child_benefit(prep, rec, &mut out);
    let garnished = garnishments(prep, people, rec, &mut out);
    social_assistance(prep, people, &garnished, rec, &mut out);
    expense_compensation(prep, people, rec, &mut out);
    disposable_income(prep, rec, &mut out);
    out
}

/// Steps 1–3 for one adult: the wage and employee contributions, the unemployment benefit
/// adjusted by the same wage, and the annual taxes on both (per month = annual / 12).
#[allow(clippy::too_many_arguments)]
fn work_benefit_and_taxes<R: Recorder>(
    prep: &Prepared,
    i: usize,
    adult: &Adult,
    wage: Cents,
    wage_varies: bool,
    rec: &mut R,
    out: &mut Outcome,
) -> PersonMonth {
    let p = prep.p;
    let who = Some(i as u8);
    let pensions = pensions(prep, i, adult, wage, rec);
    let pension = pensions.total;
    let allowance = work_ability_allowance(adult, wage, p);
    let other = adult
        .other_taxable_benefit_monthly
        .add(allowance.as_ref().map_or(Cents::ZERO, |a| a.because.amount));
    let children = prep.n_children as u32;
    // No unemployment benefit for the days of a sickness or rehabilitation allowance
    // (docs/rules/sairausvakuutus.md), nor beside a full disability pension or Kela's disability
    // pension (docs/rules/tyoelake.md, "Interactions").
    let no_benefit_pension = adult.disability_pension.is_full() || adult.kela_disability_pension;
    let unemployment_kind = if adult.work_ability == WorkAbility::None && !no_benefit_pension {
        adult.unemployment_benefit
    } else {
        BenefitKind::None
    };
    if R::ACTIVE && no_benefit_pension && adult.unemployment_benefit != BenefitKind::None {
        rec.flag(Flag::NoUnemploymentBenefitWithDisabilityPension { person: i as u8 });
    }
    let benefit = tyottomyysturva::monthly_with(
        unemployment_kind,
        &tyottomyysturva::EarningsRelated {
            decision_daily: adult.earnings_related_daily,
            basis_wage: adult.ansio_basis_wage,
            paid_days: adult.ansio_paid_days,
            new_work_condition: adult.ansio_new_work_condition.unwrap_or(true),
            deduction: tyottomyysturva::ansiopaivaraha_deduction(&p.tyottomyysturva, &p.verotus),
            deducted_in_full: pension,
        },
        wage,
        pension.add(other),
        adult.age,
        children,
        &p.tyottomyysturva,
    );
    out.intermediate.unemployment_benefit_full =
        out.intermediate.unemployment_benefit_full.add(benefit.full);
    out.unemployment_daily[i] =
        tyottomyysturva::per_payable_day(benefit.amount, &p.tyottomyysturva);
    let church_rate = church_rate(adult.church, prep.muni, prep.period.tax_year);
    let tax = verotus::annual(
        &PersonIncome {
            age: adult.age,
            wage: wage.times(12),
            unemployment: benefit.amount.times(12),
            pension: pension.times(12),
            other: other.times(12),
            children,
            sole_guardian: prep.n_adults == 1 && children > 0,
            municipal_rate: prep.municipal_rate,
            church_rate: church_rate.unwrap_or(Rate::ZERO),
        },
        &p.verotus,
    );
    if R::ACTIVE {
        let wage_reason = match adult.wage {
            Wage::Hourly {
                hourly,
                hours_per_week,
            } if !wage_varies => Reason::HourlyWage {
                hourly,
                hours_per_week: hours_per_week.0,
            },
            _ => Reason::Input,
        };
        rec.line(
            Item::Wage,
            who,
            Because {
                amount: wage,
                reason: wage_reason,
            },
        );
        for (item, line) in verotus::contribution_lines(&tax, wage, adult.age, &p.verotus) {
            rec.line(item, who, line);
        }
        let tp = &p.tyottomyysturva;
        if let (Some(full), Some(paid)) = (
            benefit.full_with_reason(tp),
            benefit.paid_with_reason(wage, tp),
        ) {
            rec.line(Item::UnemploymentBenefitFull, who, full);
            rec.line(Item::UnemploymentBenefitAdjusted, who, paid);
            for flag in benefit.flags(i as u8, adult, wage, tp) {
                rec.flag(flag);
            }
            if prep.s.lives_with_parents {
                rec.flag(Flag::LivingWithParentsAssumption);
            }
        }
        let entered_other = adult.other_taxable_benefit_monthly;
        if entered_other.is_positive() {
            rec.line(
                Item::OtherTaxableBenefit,
                who,
                Because::input(entered_other),
            );
        }
        if let Some(a) = &allowance {
            rec.line(a.item, who, a.because);
            for flag in a.flags(i as u8) {
                rec.flag(flag);
            }
        }
        if adult.work_ability != WorkAbility::None
            && adult.unemployment_benefit != BenefitKind::None
        {
            rec.flag(Flag::NoUnemploymentBenefitWithAllowance { person: i as u8 });
        }
        for (item, line) in
            verotus::tax_lines(&tax, wage, prep.municipal_rate, church_rate, &p.verotus)
        {
            rec.line(item, who, line);
        }
        if !adult.kela_disability_pension
            && adult
                .kela_disability_pension_limit
                .is_some_and(|l| wage > l)
        {
            rec.flag(Flag::KelaDisabilityPensionSuspended { person: i as u8 });
        }
        if adult.disability_pension == super::situation::DisabilityPension::None
            && adult
                .earnings_related_pension_limit
                .is_some_and(|l| wage > l)
        {
            rec.flag(Flag::EarningsRelatedPensionLimitExceeded { person: i as u8 });
        }
    }
    PersonMonth {
        wage,
        unemployment_benefit: benefit.amount,
        pensions_and_other: pension.add(other),
        contributions: tax.contributions().div_round(12),
        taxes: tax.taxes().div_round(12),
        tax,
        pensions,
        maintenance: allowance.and_then(|a| a.maintenance),
    }
}

/// The household's sums of steps 1–3: monthly totals, annual taxes, tax intermediates.
fn sum_people(people: &[PersonMonth], out: &mut Outcome) {
    let (t, an, im) = (&mut out.totals, &mut out.annual, &mut out.intermediate);
    for person in people {
        let x = &person.tax;
        t.gross_wages = t.gross_wages.add(person.wage);
        t.employee_contributions = t.employee_contributions.add(person.contributions);
        t.unemployment_benefit = t.unemployment_benefit.add(person.unemployment_benefit);
        t.pensions_and_other_benefits =
            t.pensions_and_other_benefits.add(person.pensions_and_other);
        t.taxes = t.taxes.add(person.taxes);
        an.state_tax = an.state_tax.add(x.state);
        an.municipal_tax = an.municipal_tax.add(x.municipal);
        an.church_tax = an.church_tax.add(x.church);
        an.health_insurance = an.health_insurance.add(x.health_insurance());
        an.yle_tax = an.yle_tax.add(x.yle);
        an.employee_contributions = an.employee_contributions.add(x.contributions());
        im.net_earned_income = im.net_earned_income.add(x.net_earned_income);
        im.basic_deduction = im.basic_deduction.add(x.basic_deduction);
        im.pension_deduction = im.pension_deduction.add(x.pension_deduction);
        im.taxable_income = im.taxable_income.add(x.taxable_income);
        im.state_tax_before_credit = im.state_tax_before_credit.add(x.state_before_credit);
        im.earned_income_credit = im.earned_income_credit.add(x.credit.amount);
        im.daily_allowance_contribution = im.daily_allowance_contribution.add(x.daily_allowance);
        im.disability_pension = im.disability_pension.add(person.pensions.disability);
        im.kela_pension = im.kela_pension.add(person.pensions.national);
        im.guarantee_pension = im.guarantee_pension.add(person.pensions.guarantee);
    }
    an.taxes = an
        .state_tax
        .add(an.municipal_tax)
        .add(an.church_tax)
        .add(an.health_insurance)
        .add(an.yle_tax);
}

/// The day-care fees of the children in day care, from the family's gross income (wages with the
/// holiday-pay addition and taxable benefits; laki varhaiskasvatuksen asiakasmaksuista § 5).
fn day_care_fees<R: Recorder>(
    prep: &Prepared,
    people: &[PersonMonth],
    rec: &mut R,
    out: &mut Outcome,
) {
    let children = &prep.s.household.children;
    let mut in_care = [varhaiskasvatusmaksu::ChildInCare::default(); MAX_PERSONS];
    let mut n = 0;
    for (i, c) in children.iter().take(prep.n_children).enumerate() {
        if c.day_care_hours_per_week > 0 {
            in_care[n] = varhaiskasvatusmaksu::ChildInCare {
                index: i as u8,
                age: c.age,
                hours_per_week: c.day_care_hours_per_week,
            };
            n += 1;
        }
    }
    if n == 0 {
        return;
    }
    let p = &prep.p.varhaiskasvatusmaksu;
    // wages with the holiday-pay addition, wages without it (the adult said no), benefits
    let (added, plain, benefits) = people.iter().zip(&prep.s.household.adults).fold(
        (Cents::ZERO, Cents::ZERO, Cents::ZERO),
        |(w, n, b), (x, adult)| {
            let b = b.add(x.unemployment_benefit).add(x.pensions_and_other);
            if adult.day_care_holiday_pay_addition.unwrap_or(true) {
                (w.add(x.wage), n, b)
            } else {
                (w, n.add(x.wage), b)
            }
        },
    );
    let income = varhaiskasvatusmaksu::income_counted(added, benefits, p).add(plain);
    let family_size = (prep.n_adults.min(2) + prep.n_children) as u32;
    let fees = varhaiskasvatusmaksu::fees(&in_care[..n], family_size, income, p);
    out.totals.day_care_fees = fees.total;
    out.intermediate.day_care_income = fees.income;
    if R::ACTIVE {
        for c in fees.per_child() {
            rec.line(
                Item::DayCareFee,
                Some(c.child.index),
                fees.with_reason(c, p),
            );
        }
        if fees.total.is_positive() {
            if !fees.at_maximum {
                rec.flag(Flag::DayCareFeeRisesWithIncome {
                    rate: p.fee_rate.value,
                    max: p.max_fee.value,
                });
            }
            rec.flag(Flag::DayCareFeeCanBeLowered);
        }
    }
}

/// The garnishment of each adult whose wage is garnished, from their net periodic income
/// (ulosottokaari 4:45, 4:48). Child benefit, housing allowance and social assistance are outside
/// it; an earnings-related pension and ansiopäiväraha are collected from like wages, Kela's basic
/// unemployment benefits and other benefits count in the net income but are not collected from.
fn garnishments<R: Recorder>(
    prep: &Prepared,
    people: &[PersonMonth],
    rec: &mut R,
    out: &mut Outcome,
) -> [Cents; MAX_PERSONS] {
    let mut garnished = [Cents::ZERO; MAX_PERSONS];
    let p = &prep.p.ulosotto;
    let net = |x: &PersonMonth| {
        x.wage
            .add(x.unemployment_benefit)
            .add(x.pensions_and_other)
            .sub(x.taxes)
            .sub(x.contributions)
    };
    for (i, (person, adult)) in people.iter().zip(&prep.s.household.adults).enumerate() {
        if !adult.wage_garnished {
            continue;
        }
        let spouse = prep.n_adults == 2
            && people
                .get(1 - i)
                .is_some_and(|other| net(other) <= ulosotto::protected_own(p));
        let dependants = prep.n_children as u32 + u32::from(spouse);
        let earnings_related =
            adult.unemployment_benefit == situation::BenefitKind::EarningsRelated;
        let garnishable =
            person
                .wage
                .add(adult.earnings_related_pension_monthly)
                .add(if earnings_related {
                    person.unemployment_benefit
                } else {
                    Cents::ZERO
                });
        let g = ulosotto::garnishment(
            &ulosotto::Debtor {
                net_income: net(person),
                gross_income: person
                    .wage
                    .add(person.unemployment_benefit)
                    .add(person.pensions_and_other),
                garnishable_gross: garnishable,
                dependants,
            },
            p,
        );
        garnished[i] = g.amount;
        out.totals.garnished = out.totals.garnished.add(g.amount);
        if out.intermediate.garnishment_protected == Cents::ZERO {
            out.intermediate.garnishment_protected = g.protected;
        }
        if R::ACTIVE {
            rec.line(Item::Garnishment, Some(i as u8), g.with_reason(p));
            if g.band == GarnishmentBand::IncomeLimit && g.amount == g.by_rule {
                let den = p.low_band_share_denominator.value.max(1);
                let share = (p.low_band_share_numerator.value * 100 + den / 2) / den;
                rec.flag(Flag::GarnishmentIncomeLimitBand {
                    person: i as u8,
                    share_percent: u8::try_from(share).unwrap_or(u8::MAX),
                    free_months: u8::try_from(p.free_months_income_limit_band.value)
                        .unwrap_or(u8::MAX),
                });
            }
            rec.flag(Flag::GarnishmentNeverFromBenefits);
        }
    }
    garnished
}

/// Step 4: the general housing allowance on the household's gross income.
/// Step 4: the housing allowance for pensioners when the household gets it, otherwise the
/// general housing allowance, on the household's gross income.
fn housing_allowance<R: Recorder>(
    prep: &Prepared,
    people: &[PersonMonth],
    rec: &mut R,
    out: &mut Outcome,
) {
    let s = prep.s;
    let gross_income = people.iter().fold(Cents::ZERO, |sum, person| {
        sum.add(person.wage)
            .add(person.unemployment_benefit)
            .add(person.pensions_and_other)
    });
    // A pensioner living alone or with a spouse, no children, no one else (docs/rules/
    // elakkeensaajan_asumistuki.md): the household where the pensioners' allowance can apply.
    let pensioners_household = prep.n_children == 0 && prep.n_adults <= 2 && !s.lives_with_parents;
    let entitled = people
        .iter()
        .filter(|person| person.pensions.entitles_pensioners_housing)
        .count() as u32;
    if pensioners_household && entitled > 0 {
        pensioners_housing_allowance(prep, entitled, gross_income, rec, out);
        return;
    }
    if R::ACTIVE && pensioners_household && people.iter().any(|x| x.pensions.turned_partial) {
        rec.flag(Flag::GeneralHousingAllowanceAfterPartialPension);
    }
    let allowance = asumistuki::asumistuki(
        &asumistuki::Household {
            adults: prep.n_adults as u32,
            children: prep.n_children as u32,
            group: prep.muni.housing_allowance_group(prep.period.tax_year),
            region_code: prep.muni.region_code,
            gross_income,
            assets: s.assets,
            housing: s.housing,
            lives_with_parents: s.lives_with_parents,
        },
        &prep.p.asumistuki,
    );
    out.totals.housing_allowance = allowance.amount;
    let im = &mut out.intermediate;
    im.housing_allowance_income = allowance.income;
    im.housing_allowance_asset_income = allowance.asset_income;
    im.basic_deductible = allowance.basic_deductible;
    im.housing_allowance_costs = allowance.costs;
    im.housing_allowance_cap = allowance.cap;
    if R::ACTIVE {
        rec.line(
            Item::HousingAllowance,
            None,
            allowance.with_reason(&prep.p.asumistuki),
        );
        if s.lives_with_parents {
            rec.flag(Flag::LivingWithParentsAssumption);
        }
    }
}

/// Step 4 for a pensioners' household: the housing allowance for pensioners instead of the general
/// one (never both).
fn pensioners_housing_allowance<R: Recorder>(
    prep: &Prepared,
    entitled: u32,
    gross_income: Cents,
    rec: &mut R,
    out: &mut Outcome,
) {
    let p = &prep.p.elakkeensaajan_asumistuki;
    let allowance = elakkeensaajan_asumistuki::allowance(
        &elakkeensaajan_asumistuki::Household {
            adults: prep.n_adults as u32,
            entitled,
            group: elakkeensaajan_asumistuki::municipality_group(
                prep.muni.housing_allowance_group(prep.period.tax_year),
                prep.s.municipality,
            ),
            monthly_income: gross_income,
            assets: prep.s.assets,
            monthly_costs: prep.housing_costs,
        },
        p,
    );
    out.totals.housing_allowance = allowance.amount;
    let im = &mut out.intermediate;
    im.pensioners_housing_allowance = allowance.amount;
    im.pensioners_housing_allowance_income = allowance.income;
    im.pensioners_housing_allowance_deductible = allowance.deductible;
    if R::ACTIVE {
        rec.line(
            Item::PensionersHousingAllowance,
            None,
            allowance.with_reason(p),
        );
        rec.flag(Flag::PensionersHousingAllowance);
    }
}

/// Step 5: child benefit, one line per eligible child.
fn child_benefit<R: Recorder>(prep: &Prepared, rec: &mut R, out: &mut Outcome) {
    let single_parent = prep.n_adults == 1 && !prep.s.lives_with_parents;
    let p = &prep.p.lapsilisa;
    let children =
        lapsilisa::for_household(&prep.children_sorted[..prep.n_children], single_parent, p);
    out.totals.child_benefit = children.total;
    if R::ACTIVE {
        for child in children.eligible() {
            rec.line(
                Item::ChildBenefit,
                Some(child.order - 1),
                child.with_reason(p),
            );
        }
    }
}

/// Step 6: basic social assistance on net income, housing allowance and child benefit included.
fn social_assistance<R: Recorder>(
    prep: &Prepared,
    people: &[PersonMonth],
    garnished: &[Cents; MAX_PERSONS],
    rec: &mut R,
    out: &mut Outcome,
) {
    let mut earners = [toimeentulotuki::Earner::default(); MAX_PERSONS];
    for ((earner, person), adult) in earners.iter_mut().zip(people).zip(&prep.s.household.adults) {
        *earner = toimeentulotuki::Earner {
            age: adult.age,
            wage: person.wage,
            other_income: person.unemployment_benefit.add(person.pensions_and_other),
            contributions: person.contributions,
            taxes: person.taxes,
        };
    }
    let p = &prep.p.toimeentulotuki;
    let assistance = toimeentulotuki::for_household(
        &toimeentulotuki::Household {
            earners: &earners[..people.len()],
            basic_amounts: prep.ttt_basic,
            accepted_housing_costs: prep.ttt_housing,
            housing_allowance: out.totals.housing_allowance,
            child_benefit: out.totals.child_benefit,
            assets: prep.s.assets,
            other_basic_expenses: out.totals.day_care_fees,
            income_not_counted: garnished.iter().fold(Cents::ZERO, |sum, g| sum.add(*g)),
        },
        p,
    );
    out.totals.social_assistance = assistance.amount;
    let im = &mut out.intermediate;
    im.social_assistance_basic_amounts = assistance.basic_amounts;
    im.social_assistance_housing_costs = assistance.housing_costs;
    im.social_assistance_net_income = assistance.net_income;
    im.social_assistance_disregard = assistance.disregard;
    if R::ACTIVE {
        rec.line(Item::SocialAssistance, None, assistance.with_reason(p));
        for flag in assistance.flags(prep.housing_costs) {
            rec.flag(flag);
        }
    }
}

/// Step 7: expense compensation for rehabilitative work activity: kulukorvaus with an
/// unemployment benefit, toimintaraha with social assistance.
fn expense_compensation<R: Recorder>(
    prep: &Prepared,
    people: &[PersonMonth],
    rec: &mut R,
    out: &mut Outcome,
) {
    let household_gets_assistance = out.totals.social_assistance.is_positive();
    for (i, person) in people.iter().enumerate() {
        // ylläpitokorvaus: tax-free, counted nowhere but in disposable income (kuntoutus.md)
        if let Some(maintenance) = person.maintenance {
            out.totals.expense_compensation =
                out.totals.expense_compensation.add(maintenance.amount);
            if R::ACTIVE {
                rec.line(Item::MaintenanceCompensation, Some(i as u8), maintenance);
            }
        }
    }
    for (i, (person, adult)) in people.iter().zip(&prep.s.household.adults).enumerate() {
        let days = adult.rehabilitative_work_days_per_week;
        if days == 0 {
            continue;
        }
        let compensation = kulukorvaus::for_person(
            days,
            person.unemployment_benefit.is_positive(),
            household_gets_assistance,
            &prep.p.kulukorvaus,
        );
        out.totals.expense_compensation = out.totals.expense_compensation.add(compensation.amount);
        if R::ACTIVE {
            rec.line(Item::ExpenseCompensation, Some(i as u8), compensation);
        }
    }
}

/// Step 8: disposable income, before and after housing costs.
fn disposable_income<R: Recorder>(prep: &Prepared, rec: &mut R, out: &mut Outcome) {
    let t = &mut out.totals;
    t.disposable_income = t
        .gross_wages
        .add(t.unemployment_benefit)
        .add(t.pensions_and_other_benefits)
        .sub(t.taxes)
        .sub(t.employee_contributions)
        .add(t.housing_allowance)
        .add(t.social_assistance)
        .add(t.child_benefit)
        .add(t.expense_compensation)
        .sub(t.day_care_fees)
        .sub(t.garnished);
    t.housing_costs = prep.housing_costs;
    t.disposable_after_housing = t.disposable_income.sub(t.housing_costs);
    if R::ACTIVE {
        rec.line(Item::HousingCosts, None, Because::input(t.housing_costs));
        let sum = |amount| Because {
            amount,
            reason: Reason::Sum,
        };
        rec.line(Item::DisposableIncome, None, sum(t.disposable_income));
        rec.line(
            Item::DisposableAfterHousing,
            None,
            sum(t.disposable_after_housing),
        );
    }
}

/// A full breakdown of a validated scenario.
pub(crate) fn breakdown(
    s: &Situation,
    period: &'static RulePeriod,
    p: &Params,
) -> Result<Breakdown, EngineError> {
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

/// A sickness or rehabilitation allowance for the month, with what the person should know.
struct AllowanceMonth {
    item: Item,
    because: Because,
    missing: bool,
    outside_age: bool,
    paid_to_employer: bool,
    below_floor: bool,
    estimated: bool,
    partial_without_work: bool,
    outside_band: Option<(u8, u8)>,
    young_with_wages: bool,
    earnings_test: Option<kuntoutus::EarningsTest>,
    /// Ylläpitokorvaus with the minimum rehabilitation allowance (tax-free).
    maintenance: Option<Because>,
}

impl AllowanceMonth {
    fn new(item: Item, because: Because) -> AllowanceMonth {
        AllowanceMonth {
            item,
            because,
            missing: false,
            outside_age: false,
            paid_to_employer: false,
            below_floor: false,
            estimated: false,
            partial_without_work: false,
            outside_band: None,
            young_with_wages: false,
            earnings_test: None,
            maintenance: None,
        }
    }

    fn flags(&self, person: u8) -> impl Iterator<Item = Flag> {
        let reduced = match self.earnings_test {
            Some(kuntoutus::EarningsTest::Halved) => Some(false),
            Some(kuntoutus::EarningsTest::NotPaid) => Some(true),
            _ => None,
        };
        [
            self.missing
                .then_some(Flag::AllowanceAmountMissing { person }),
            self.outside_age
                .then_some(Flag::OutsideAllowanceAge { person }),
            self.paid_to_employer
                .then_some(Flag::AllowancePaidToEmployer { person }),
            self.below_floor
                .then_some(Flag::MinimumAllowanceOnlyIfEntitled { person }),
            self.estimated
                .then_some(Flag::AllowanceEstimated { person }),
            self.partial_without_work
                .then_some(Flag::PartialAllowanceNeedsWork { person }),
            self.outside_band
                .map(|(min_percent, max_percent)| Flag::PartialWorkOutsideBand {
                    person,
                    min_percent,
                    max_percent,
                }),
            self.young_with_wages
                .then_some(Flag::YoungPersonsAllowanceWagesNotReconciled { person }),
            reduced
                .map(|stopped| Flag::RehabilitationAllowanceReducedByEarnings { person, stopped }),
        ]
        .into_iter()
        .flatten()
    }
}

/// Step 3 of docs/rules/order-of-computation.md for one adult: the sickness allowance
/// ([`sairausvakuutus`]) or rehabilitation allowance ([`kuntoutus`]) of the chosen status, per
/// month. A full allowance presupposes no work: the employer's wage for the same days goes first
/// (Kela pays the allowance to the employer up to it). A partial allowance comes on top of the
/// part-time wage. `None` when the adult is on neither.
fn work_ability_allowance(adult: &Adult, wage: Cents, p: &Params) -> Option<AllowanceMonth> {
    let (s, k) = (&p.sairausvakuutus, &p.kuntoutus);
    let status = adult.work_ability;
    let zero = Because {
        amount: Cents::ZERO,
        reason: Reason::Input,
    };
    let (item, full, share, source, in_ages) = match status {
        WorkAbility::None => return None,
        WorkAbility::SicknessAllowance | WorkAbility::PartialSicknessAllowance => (
            Item::SicknessAllowance,
            sairausvakuutus::full_daily(adult.kela_daily_amount, adult.annual_work_income, s),
            s.partial_share.value,
            s.rate_below_breakpoint.source,
            sairausvakuutus::within_ages(adult.age, s),
        ),
        WorkAbility::EarningsRelatedRehabilitationAllowance => {
            let Some(decided) = adult.rehabilitation_allowance_monthly else {
                let mut m = AllowanceMonth::new(Item::RehabilitationAllowance, zero);
                m.missing = true;
                return Some(m);
            };
            let (amount, test) =
                kuntoutus::earnings_related(decided, adult.stabilised_earnings, wage, k);
            let mut m = AllowanceMonth::new(
                Item::RehabilitationAllowance,
                Because {
                    amount,
                    reason: Reason::EarningsRelatedRehabilitation {
                        decided,
                        test,
                        source: k.earnings_related_partial_limit.source,
                    },
                },
            );
            m.earnings_test = Some(test);
            return Some(m);
        }
        _ => (
            Item::RehabilitationAllowance,
            kuntoutus::kela_full_daily(
                status,
                adult.kela_daily_amount,
                adult.annual_work_income,
                k,
                s,
            ),
            k.partial_share.value,
            if status == WorkAbility::VocationalRehabilitationAllowance {
                k.vocational_rate.source
            } else {
                k.minimum_daily.source
            },
            kuntoutus::within_ages(status, adult.age, k, s),
        ),
    };
    let Some(full) = full.filter(|_| in_ages) else {
        let mut m = AllowanceMonth::new(item, zero);
        m.missing = in_ages;
        m.outside_age = !in_ages;
        return Some(m);
    };
    let daily = if status.is_partial() {
        sairausvakuutus::share_of(&full, share)
    } else {
        full.daily
    };
    let month = sairausvakuutus::per_month(daily, s);
    let young = status == WorkAbility::YoungPersonsRehabilitationAllowance;
    // the employer's wage goes first on a full allowance; the young person's reconciliation
    // of wages is not computed (flagged)
    let paid_by_employer = if status.is_partial() || young {
        Cents::ZERO
    } else {
        wage.min(month)
    };
    let mut m = AllowanceMonth::new(
        item,
        Because {
            amount: sairausvakuutus::paid_to_person(month, paid_by_employer),
            reason: Reason::DailyAllowance {
                status,
                full_daily: full.daily,
                daily,
                days: s.days_per_month.value,
                insured_income: full.insured_income,
                basis: full.basis,
                rate: if full.basis == sairausvakuutus::AllowanceBasis::Vocational {
                    k.vocational_rate.value
                } else {
                    s.rate_below_breakpoint.value
                },
                year_days: s.working_days_per_year.value,
                paid_by_employer,
                source,
            },
        },
    );
    m.maintenance =
        kuntoutus::maintenance_compensation(status, full.daily, s.days_per_month.value, k);
    m.paid_to_employer = !status.is_partial() && !young && wage.is_positive();
    m.below_floor = full.basis == sairausvakuutus::AllowanceBasis::BelowIncomeFloor;
    m.estimated = full.basis != sairausvakuutus::AllowanceBasis::Decision
        && full.basis != sairausvakuutus::AllowanceBasis::YoungPersonsMinimum;
    m.partial_without_work = status.is_partial() && !wage.is_positive();
    let percent = |r: Rate| u8::try_from(r.0 / 10_000).unwrap_or(u8::MAX);
    m.outside_band = (status == WorkAbility::PartialSicknessAllowance
        && wage.is_positive()
        && adult
            .full_time_wage
            .is_some_and(|f| sairausvakuutus::outside_partial_work_band(wage, f, s)))
    .then(|| {
        (
            percent(s.partial_work_min_share.value),
            percent(s.partial_work_max_share.value),
        )
    });
    m.young_with_wages = young && wage.is_positive();
    Some(m)
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
