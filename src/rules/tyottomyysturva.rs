//! Unemployment benefits (työttömyysturvalaki 1290/2002; yleistukilaki 48/2026;
//! docs/rules/tyottomyysturva.md): työmarkkinatuki and peruspäiväraha until yleistuki takes
//! effect, then yleistuki, and
//! ansiopäiväraha given its full daily amount; adjustment by wages (sovittelu) and the means test
//! of other income.
//!
//! Conventions (docs/rules/conventions.md): the month has `days_per_month` payable days; the
//! monthly benefit is rounded to cents once, after adjustment:
//! `round(max(0, days × daily − wage_adjustment × wage − means-test reduction))`.

use super::money::{Cents, Exact, Rate};
use super::params::{Tyottomyysturva, Verotus};
use super::situation::{Adult, BenefitKind};
use super::{Because, BenefitComputed, Flag, Reason};

/// The month's benefit for one person.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BenefitMonth {
    /// Which benefit was computed (`None` if none).
    pub kind: Option<BenefitComputed>,
    /// Full daily amount.
    pub daily: Cents,
    /// Full monthly amount (days per month × daily, rounded).
    pub full: Cents,
    /// Deduction because of the wage (rounded, for display).
    pub wage_deduction: Cents,
    /// Other income counted in the means test.
    pub other_income: Cents,
    /// Reduction because of other income (rounded, for display).
    pub means_test_reduction: Cents,
    /// The benefit paid for the month.
    pub amount: Cents,
    /// Source of the daily amount.
    pub source: &'static str,
    /// Share of the full ansiopäiväraha paid after the step-down (1 = no step-down).
    pub step: Rate,
    /// The 100 % rule's limit (adjusted allowance + wage) when it reduced the allowance.
    pub cap: Option<Cents>,
    /// Benefits deducted from the ansiopäiväraha in full (a partial disability pension).
    pub deducted_in_full: Cents,
}

impl BenefitMonth {
    /// The full monthly benefit before adjustment (`days × daily`), with its reason; `None` when
    /// the person gets no benefit.
    pub fn full_with_reason(&self, p: &Tyottomyysturva) -> Option<Because> {
        let kind = self.kind?;
        Some(Because {
            amount: self.full,
            reason: Reason::BenefitFull {
                kind,
                daily: self.daily,
                days: p.days_per_month.value,
                source: self.source,
            },
        })
    }

    /// The benefit paid after adjustment by `wage` and the means test, with its reason; `None`
    /// when the person gets no benefit.
    pub fn paid_with_reason(&self, wage: Cents, p: &Tyottomyysturva) -> Option<Because> {
        let kind = self.kind?;
        Some(Because {
            amount: self.amount,
            reason: Reason::WageAdjustment {
                kind,
                full: self.full,
                wage,
                deduction: self.wage_deduction,
                rate: p.wage_adjustment.value,
                other_income: self.other_income,
                means_test_reduction: self.means_test_reduction,
                source: p.wage_adjustment.source,
            },
        })
    }

    /// What the person should know about this month's benefit: hours above the limit for an
    /// adjusted benefit, a benefit computed as yleistuki, the ansiopäiväraha cap not applied, an
    /// age outside the working-age range.
    pub fn flags(
        &self,
        person: u8,
        adult: &Adult,
        wage: Cents,
        p: &Tyottomyysturva,
    ) -> impl Iterator<Item = Flag> {
        let kind = self.kind;
        let hours_over = adult
            .wage
            .hours()
            .is_some_and(|h| wage.is_positive() && hours_over_limit(h.0, p));
        let age = adult.age as u32;
        let outside_age = age < p.working_age_min.value || age > p.working_age_max.value;
        let ansio = kind == Some(BenefitComputed::Ansiopaivaraha) && !outside_age;
        let percent = |r: Rate| u8::try_from(r.0 / 10_000).unwrap_or(100);
        [
            hours_over.then_some(Flag::HoursOver80PercentNoBenefit { person }),
            (kind == Some(BenefitComputed::Yleistuki)
                && adult.unemployment_benefit != BenefitKind::Yleistuki)
                .then_some(Flag::ComputedAsYleistuki { person }),
            (ansio
                && wage.is_positive()
                && self.amount.is_positive()
                && adult.ansio_basis_wage.is_none())
            .then_some(Flag::AnsiopaivarahaCapNotApplied { person }),
            outside_age.then_some(Flag::OutsideWorkingAge { person }),
            (ansio && self.step != Rate::ONE).then_some(Flag::AnsiopaivarahaSteppedDown {
                person,
                percent: percent(self.step),
                paid_days: adult.ansio_paid_days,
            }),
            self.cap
                .filter(|_| ansio)
                .map(|limit| Flag::AnsiopaivarahaHundredPercentRule { person, limit }),
            (ansio && adult.ansio_paid_days > 0).then(|| Flag::AnsiopaivarahaDaysLeft {
                person,
                days_left: u16::try_from(days_left(adult.ansio_paid_days, p)).unwrap_or(u16::MAX),
                max_days: u16::try_from(p.earnings_related_max_duration.value).unwrap_or(u16::MAX),
            }),
            self.deducted_in_full
                .is_positive()
                .then_some(Flag::PensionDeductedFromAnsiopaivaraha { person }),
        ]
        .into_iter()
        .flatten()
        .filter(move |_| kind.is_some())
    }
}

/// The benefit per payable day after adjustment: the month / days per month, rounded to cents
/// (Kela's way of stating an adjusted benefit).
pub fn per_payable_day(month: Cents, p: &Tyottomyysturva) -> Cents {
    Cents(crate::units::div_round(
        month.0 as i128 * 1_000_000,
        p.days_per_month.value.0 as i128,
    ) as i64)
}

/// Which benefit a chosen kind becomes in this period: työmarkkinatuki and peruspäiväraha are
/// computed as yleistuki once it is in force (Kela moves recipients automatically; `kela-yleistuki-2026`).
pub fn effective_kind(kind: BenefitKind, p: &Tyottomyysturva) -> Option<BenefitComputed> {
    match kind {
        BenefitKind::None => None,
        BenefitKind::EarningsRelated => Some(BenefitComputed::Ansiopaivaraha),
        _ if p.yleistuki.value => Some(BenefitComputed::Yleistuki),
        BenefitKind::BasicDailyAllowance => Some(BenefitComputed::Peruspaivaraha),
        // Yleistuki before 1.5.2026 is a validation error; with overridden parameters, treat as TMT.
        BenefitKind::LabourMarketSubsidy | BenefitKind::Yleistuki => {
            Some(BenefitComputed::Tyomarkkinatuki)
        }
    }
}

/// Means-test reduction of TMT / yleistuki because of the person's other income (pensions and
/// other taxable benefits), exact. TMT: the means-test rate over the limit, or the dependants' rate
/// over the dependants' limit + a sum per child; none from the exempt age. Yleistuki: the rate over
/// the limit, no dependants'
/// limit, no age exemption \[UNCONFIRMED\]. Source: SISU ptturva `RajaYks`, `TarvPros`, `RajaHuolt`,
/// `TarvHarkIka`; `kela-yleistuki-2026` for yleistuki.
pub fn means_test_reduction(
    kind: BenefitComputed,
    other_income: Cents,
    age: u8,
    children: u32,
    p: &Tyottomyysturva,
) -> Exact {
    if !matches!(
        kind,
        BenefitComputed::Tyomarkkinatuki | BenefitComputed::Yleistuki
    ) {
        return Exact::ZERO;
    }
    let exempt = p.means_test_exempt_age.value;
    if exempt > 0 && age as u32 >= exempt {
        return Exact::ZERO;
    }
    let (limit, rate) = if children > 0 && p.means_test_limit_dependants.value.is_positive() {
        (
            p.means_test_limit_dependants
                .value
                .add(p.means_test_limit_per_child.value.times(children as i64)),
            p.means_test_rate_dependants.value,
        )
    } else {
        (p.means_test_limit.value, p.means_test_rate.value)
    };
    other_income.sub_floor0(limit).mul_rate_exact(rate)
}

/// What the ansiopäiväraha is computed from besides the wage of the month (docs/rules/tyottomyysturva.md):
/// the daily amount of the fund's decision or the wage it is based on, the days already paid
/// (step-down), and benefits deducted from it in full.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct EarningsRelated {
    /// Full daily amount from the fund's decision (wins over the wage).
    pub decision_daily: Option<Cents>,
    /// Monthly wage the allowance is based on, before the statutory deduction.
    pub basis_wage: Option<Cents>,
    /// Days already paid in this maximum period.
    pub paid_days: u16,
    /// Whether the work condition was met with wages after the step-down reform.
    pub new_work_condition: bool,
    /// The statutory deduction ([`ansiopaivaraha_deduction`]).
    pub deduction: Rate,
    /// Benefits deducted in full (a partial disability pension), per month.
    pub deducted_in_full: Cents,
}

impl EarningsRelated {
    /// Only the decision's daily amount (no step-down, no cap: the basis is not known).
    pub fn from_daily(daily: Option<Cents>) -> EarningsRelated {
        EarningsRelated {
            decision_daily: daily,
            ..EarningsRelated::default()
        }
    }
}

/// The benefit for a month: full amount (days per month × daily), minus the adjustment share of
/// the gross wage above the protected amount, minus the means-test reduction; ≥ 0; rounded once
/// (työttömyysturvalaki 4 luku 5 §). Sources: `kela-yleistuki-2026`, `he-73-2023`, `super-soviteltu` (sovittelu); `kela-index-2026`,
/// `kela-peruspaivaraha-2024` (daily amount); `kassat-ansiopaivaraha`
/// (ansiopäiväraha).
pub fn monthly(
    kind: BenefitKind,
    earnings_related_daily: Option<Cents>,
    wage: Cents,
    other_income: Cents,
    age: u8,
    children: u32,
    p: &Tyottomyysturva,
) -> BenefitMonth {
    monthly_with(
        kind,
        &EarningsRelated::from_daily(earnings_related_daily),
        wage,
        other_income,
        age,
        children,
        p,
    )
}

/// [`monthly`] with everything the ansiopäiväraha may be computed from: the full daily amount
/// from the decision or the basis wage, the step-down after the paid days, the 100 % cap when the
/// basis wage is known, and benefits deducted in full (docs/rules/tyottomyysturva.md).
pub fn monthly_with(
    kind: BenefitKind,
    earnings: &EarningsRelated,
    wage: Cents,
    other_income: Cents,
    age: u8,
    children: u32,
    p: &Tyottomyysturva,
) -> BenefitMonth {
    let none = BenefitMonth {
        kind: None,
        daily: Cents::ZERO,
        full: Cents::ZERO,
        wage_deduction: Cents::ZERO,
        other_income: Cents::ZERO,
        means_test_reduction: Cents::ZERO,
        amount: Cents::ZERO,
        source: p.daily_amount.source,
        step: Rate::ONE,
        cap: None,
        deducted_in_full: Cents::ZERO,
    };
    let Some(k) = effective_kind(kind, p) else {
        return none;
    };
    if !within_benefit_ages(age, p) {
        // No unemployment benefit outside the ages the law allows (docs/rules/tyottomyysturva.md).
        return BenefitMonth {
            kind: Some(k),
            source: p.working_age_min.source,
            ..none
        };
    }
    let (daily, source, step) = match k {
        BenefitComputed::Ansiopaivaraha => {
            let full = earnings_related_full_daily(earnings, p);
            let step = step_share(earnings.paid_days, earnings.new_work_condition, p);
            let source = if earnings.basis_wage.is_none()
                || earnings.decision_daily.is_some_and(|d| d.is_positive())
            {
                "kassat-ansiopaivaraha"
            } else {
                p.earnings_related_rate_below.source
            };
            (stepped_daily(full, step, p), source, step)
        }
        _ => (p.daily_amount.value, p.daily_amount.source, Rate::ONE),
    };
    let full_exact = daily.mul_rate_exact(p.days_per_month.value);
    let deduction = wage
        .sub_floor0(p.protected_amount.value)
        .mul_rate_exact(p.wage_adjustment.value);
    let counted_other = if matches!(
        k,
        BenefitComputed::Tyomarkkinatuki | BenefitComputed::Yleistuki
    ) {
        other_income
    } else {
        Cents::ZERO
    };
    let reduction = means_test_reduction(k, counted_other, age, children, p);
    let mut adjusted = full_exact.sub(deduction).sub(reduction);
    let mut cap = None;
    let mut deducted_in_full = Cents::ZERO;
    if k == BenefitComputed::Ansiopaivaraha {
        if let Some(basis) = earnings.basis_wage.filter(|_| wage.is_positive()) {
            let limit = hundred_percent_limit(basis, earnings.deduction, p);
            let room = limit.sub(Exact::from(wage));
            if room < adjusted {
                adjusted = room;
                cap = Some(limit.round_cents());
            }
            // the adjusted basic amount is the floor, applied after the cap (SISU `SoviteltuKS`)
            let floor = p
                .earnings_related_basic_amount
                .value
                .mul_rate_exact(p.days_per_month.value)
                .sub(deduction);
            if adjusted < floor {
                adjusted = floor;
            }
        }
        deducted_in_full = earnings.deducted_in_full;
        adjusted = adjusted.sub(Exact::from(deducted_in_full));
    }
    BenefitMonth {
        kind: Some(k),
        daily,
        full: full_exact.round_cents(),
        wage_deduction: deduction.round_cents(),
        other_income: counted_other,
        means_test_reduction: reduction.round_cents(),
        amount: adjusted.floor0().round_cents(),
        source,
        step,
        cap,
        deducted_in_full,
    }
}

/// The full daily ansiopäiväraha before the step-down, exact: the decision's amount, or from the
/// basis wage ([`earnings_related_from_wage`]); 0 when neither is known.
pub fn earnings_related_full_daily(earnings: &EarningsRelated, p: &Tyottomyysturva) -> Exact {
    // an empty decision field (0) gives way to the basis wage when that is known
    let decision = earnings
        .decision_daily
        .filter(|d| d.is_positive() || earnings.basis_wage.is_none());
    match (decision, earnings.basis_wage) {
        (Some(d), _) => Exact::from(d.floor0()),
        (None, Some(w)) => earnings_related_from_wage(w, earnings.deduction, p),
        (None, None) => Exact::ZERO,
    }
}

/// The daily wage: the monthly basis wage after the statutory deduction / days per month.
pub fn daily_wage(basis_wage: Cents, deduction: Rate, p: &Tyottomyysturva) -> Exact {
    let kept = Rate(Rate::ONE.0 - deduction.0);
    let days = p.days_per_month.value.0.max(1) as i128;
    basis_wage
        .floor0()
        .mul_rate_exact(kept)
        .mul_div(Rate::ONE.0 as i128, days)
}

/// The full daily ansiopäiväraha from the basis wage (työttömyysturvalaki 6 luku; `kassat-ansiopaivaraha`): the basic
/// part + `rate_below` of the daily wage above it up to the breakpoint + `rate_above` of the rest,
/// at most `max_share` of the daily wage, at least the basic part.
pub fn earnings_related_from_wage(
    basis_wage: Cents,
    deduction: Rate,
    p: &Tyottomyysturva,
) -> Exact {
    let pp = daily_wage(basis_wage, deduction, p);
    let b = Exact::from(p.earnings_related_basic_amount.value);
    let t = breakpoint_daily(p);
    let part = if pp <= t {
        pp.sub(b)
            .floor0()
            .mul_rate(p.earnings_related_rate_below.value)
    } else {
        t.sub(b)
            .floor0()
            .mul_rate(p.earnings_related_rate_below.value)
            .add(pp.sub(t).mul_rate(p.earnings_related_rate_above.value))
    };
    let full = b
        .add(part)
        .min(pp.mul_rate(p.earnings_related_max_share.value));
    if full < b {
        b
    } else {
        full
    }
}

/// The breakpoint per day: `breakpoint_days` × the basic part / days per month (95 × 37.21 / 21.5).
pub fn breakpoint_daily(p: &Tyottomyysturva) -> Exact {
    Exact::from(taitekohta(p)).mul_div(Rate::ONE.0 as i128, p.days_per_month.value.0.max(1) as i128)
}

/// The share of the full allowance paid after the days already paid (HE 13/2024): 1 up to
/// `step_down_first_days`, then `step_down_first_share`, after `step_down_second_days`
/// `step_down_second_share` — each relative to the original amount; 1 when the work condition was
/// met before the reform.
pub fn step_share(paid_days: u16, new_work_condition: bool, p: &Tyottomyysturva) -> Rate {
    let days = u32::from(paid_days);
    if !new_work_condition || days < p.step_down_first_days.value {
        Rate::ONE
    } else if days < p.step_down_second_days.value {
        p.step_down_first_share.value
    } else {
        p.step_down_second_share.value
    }
}

/// The stepped daily amount, rounded to cents: `step × full`, never below the basic part.
pub fn stepped_daily(full: Exact, step: Rate, p: &Tyottomyysturva) -> Cents {
    let stepped = full.mul_rate(step);
    let basic = Exact::from(p.earnings_related_basic_amount.value);
    let floor = if full < basic { full } else { basic };
    if stepped < floor { floor } else { stepped }.round_cents()
}

/// The 100 % rule: adjusted allowance + wage ≤ `cap_share` × the basis wage after the statutory
/// deduction (Yrittäjäkassa; SISU `SovRaja`), per month, exact.
pub fn hundred_percent_limit(basis_wage: Cents, deduction: Rate, p: &Tyottomyysturva) -> Exact {
    let kept = Rate(Rate::ONE.0 - deduction.0);
    basis_wage
        .floor0()
        .mul_rate_exact(kept)
        .mul_rate(p.earnings_related_cap_share.value)
}

/// Days of the maximum period left after `paid_days` (information; the 400-day maximum).
pub fn days_left(paid_days: u16, p: &Tyottomyysturva) -> u32 {
    p.earnings_related_max_duration
        .value
        .saturating_sub(u32::from(paid_days))
}

/// Whether `age` is within the ages at which an unemployment benefit can be paid
/// (`working_age_min` ..= `working_age_max`).
pub fn within_benefit_ages(age: u8, p: &Tyottomyysturva) -> bool {
    (p.working_age_min.value..=p.working_age_max.value).contains(&u32::from(age))
}

/// Whether hours per week exceed the share of full-time hours above which no adjusted benefit is
/// paid (`hours_limit_share` of `full_time_hours_per_week`; `he-73-2023`, \[UNCONFIRMED\] for yleistuki).
/// `hours` in hundredths.
pub fn hours_over_limit(hours: u32, p: &Tyottomyysturva) -> bool {
    let limit = Rate(p.full_time_hours_per_week.value.0).mul(p.hours_limit_share.value);
    // hours in hundredths → ppm: × 10 000
    (hours as i64).saturating_mul(10_000) > limit.0
}

/// Statutory deduction of the ansiopäiväraha's basis wage: `deduction_share` × (päivärahamaksu +
/// TyEL + TVM of the employee − `deduction_reduction`), from the period's contribution rates
/// (työttömyysturvalaki 6 luku; `kassat-ansiopaivaraha`; docs/rules/tyottomyysturva.md).
pub fn ansiopaivaraha_deduction(p: &Tyottomyysturva, v: &Verotus) -> Rate {
    let sum = v.daily_allowance_rate.value.0 + v.tyel_rate.value.0 + v.tvm_rate.value.0
        - p.earnings_related_deduction_reduction.value.0;
    Rate(sum.max(0)).mul(p.earnings_related_deduction_share.value)
}

/// Taitekohta of the ansiopäiväraha per month: `breakpoint_days` × the basic part (`kassat-ansiopaivaraha`;
/// docs/rules/tyottomyysturva.md).
pub fn taitekohta(p: &Tyottomyysturva) -> Cents {
    p.earnings_related_basic_amount
        .value
        .times(i64::from(p.earnings_related_breakpoint_days.value))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::params::PERIODS;

    #[test]
    fn official_examples() {
        let p25 = &PERIODS[0].params.tyottomyysturva;
        let p26 = &PERIODS[3].params.tyottomyysturva;
        // Kela: 21.5 × 37.21 = 800.02
        let m = monthly(
            BenefitKind::LabourMarketSubsidy,
            None,
            Cents::ZERO,
            Cents::ZERO,
            30,
            0,
            p25,
        );
        assert_eq!(m.amount, Cents(80002));
        // Kela's example: wage 1 000 → yleistuki reduced by 500
        let m = monthly(
            BenefitKind::Yleistuki,
            None,
            Cents::euros(1000),
            Cents::ZERO,
            30,
            0,
            p26,
        );
        assert_eq!(m.wage_deduction, Cents::euros(500));
        assert_eq!(m.amount, Cents(30002));
        // a fund's example: ansiopäiväraha 50 €/day, wage 1 000 → 26.74 €/day
        let m = monthly(
            BenefitKind::EarningsRelated,
            Some(Cents::euros(50)),
            Cents::euros(1000),
            Cents::ZERO,
            30,
            0,
            p25,
        );
        assert_eq!(m.amount, Cents::euros(575));
        assert_eq!(Cents(m.amount.0 * 10).div_round(215), Cents(2674));
        // the funds' published deduction percentages: 3.54 % (2025), 3.834 % (2026)
        let v25 = &PERIODS[0].params.verotus;
        let v26 = &PERIODS[3].params.verotus;
        assert_eq!(ansiopaivaraha_deduction(p25, v25), Rate(35_400));
        assert_eq!(ansiopaivaraha_deduction(p26, v26), Rate(38_340));
        assert_eq!(taitekohta(p25), Cents(353_495));
        // KOKO's example: 3.54 % of 44 887.20 = 1 589.01 → 43 298.19
        let kept = Rate(Rate::ONE.0 - ansiopaivaraha_deduction(p25, v25).0);
        assert_eq!(Cents(4_488_720).mul_rate(kept), Cents(4_329_819));
    }

    #[test]
    fn ansiopaivaraha_from_the_basis_wage() {
        let p25 = &PERIODS[0].params.tyottomyysturva;
        let v25 = &PERIODS[0].params.verotus;
        let from_wage = |decision: Option<Cents>, paid_days: u16| EarningsRelated {
            decision_daily: decision,
            basis_wage: Some(Cents::euros(2500)),
            paid_days,
            new_work_condition: true,
            deduction: ansiopaivaraha_deduction(p25, v25),
            deducted_in_full: Cents::ZERO,
        };
        let month = |e: &EarningsRelated| {
            monthly_with(
                BenefitKind::EarningsRelated,
                e,
                Cents::ZERO,
                Cents::ZERO,
                40,
                0,
                p25,
            )
        };
        // 2 500 € → 70.94 €/day; an empty decision field (0) gives way to the wage
        assert_eq!(month(&from_wage(None, 0)).daily, Cents(7094));
        assert_eq!(month(&from_wage(Some(Cents::ZERO), 0)).daily, Cents(7094));
        assert_eq!(month(&from_wage(Some(Cents(8000)), 0)).daily, Cents(8000));
        // step-down relative to the original: 80 % after 40 days, 75 % after 170
        assert_eq!(month(&from_wage(None, 39)).step, Rate::ONE);
        assert_eq!(month(&from_wage(None, 40)).daily, Cents(5675));
        assert_eq!(month(&from_wage(None, 170)).daily, Cents(5320));
        assert_eq!(month(&from_wage(None, 170)).amount, Cents(114_380));
        // never below the basic part; no step-down with the old work condition
        let low = stepped_daily(Exact::from(Cents(4000)), Rate(750_000), p25);
        assert_eq!(low, Cents(3721));
        assert_eq!(step_share(300, false, p25), Rate::ONE);
        assert_eq!(days_left(50, p25), 350);
    }

    #[test]
    fn means_test() {
        let p25 = &PERIODS[0].params.tyottomyysturva;
        let p26 = &PERIODS[3].params.tyottomyysturva;
        // TMT, other income 411: 0.75 × 100 = 75
        let m = monthly(
            BenefitKind::LabourMarketSubsidy,
            None,
            Cents::ZERO,
            Cents::euros(411),
            30,
            0,
            p25,
        );
        assert_eq!(m.amount, Cents(72502));
        // aged 55: exempt in 2025
        let m = monthly(
            BenefitKind::LabourMarketSubsidy,
            None,
            Cents::ZERO,
            Cents::euros(411),
            55,
            0,
            p25,
        );
        assert_eq!(m.amount, Cents(80002));
        // yleistuki: 0.5 × 100 = 50, no exemption
        let m = monthly(
            BenefitKind::Yleistuki,
            None,
            Cents::ZERO,
            Cents::euros(411),
            55,
            0,
            p26,
        );
        assert_eq!(m.amount, Cents(75002));
        // peruspäiväraha: no means test
        let m = monthly(
            BenefitKind::BasicDailyAllowance,
            None,
            Cents::ZERO,
            Cents::euros(411),
            30,
            0,
            p25,
        );
        assert_eq!(m.amount, Cents(80002));
        assert!(hours_over_limit(3001, p25));
        assert!(!hours_over_limit(3000, p25));
    }
}
