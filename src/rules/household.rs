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
//! 6. basic social assistance on net income incl. housing allowance and child benefit;
//! 7. expense compensation (kulukorvaus / toimintaraha);
//! 8. disposable income.
//!
//! The same code serves [`super::compute`] (recording lines) and [`super::curve`] (totals only:
//! nothing is allocated per point).

use super::limits::MAX_PERSONS;
use super::municipalities::Municipality;
use super::params::{Params, RulePeriod};
use super::situation::{Adult, BenefitKind, Church, Wage};
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
    out.entitles_pensioners_housing = full_pension_kept || kela_kept;
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
    housing_allowance(prep, people, rec, &mut out);
    child_benefit(prep, rec, &mut out);
    social_assistance(prep, people, rec, &mut out);
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
    let other = adult.other_taxable_benefit_monthly;
    let children = prep.n_children as u32;
    // No unemployment benefit beside a full disability pension or Kela's disability pension
    // (docs/rules/tyoelake.md, "Interactions").
    let no_benefit = adult.disability_pension.is_full() || adult.kela_disability_pension;
    let benefit_kind = if no_benefit {
        BenefitKind::None
    } else {
        adult.unemployment_benefit
    };
    if R::ACTIVE && no_benefit && adult.unemployment_benefit != BenefitKind::None {
        rec.flag(Flag::NoUnemploymentBenefitWithDisabilityPension { person: i as u8 });
    }
    let benefit = tyottomyysturva::monthly(
        benefit_kind,
        adult.earnings_related_daily,
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
        if other.is_positive() {
            rec.line(Item::OtherTaxableBenefit, who, Because::input(other));
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
        .add(t.expense_compensation);
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
