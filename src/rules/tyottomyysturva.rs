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
use super::params::Tyottomyysturva;
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
        [
            hours_over.then_some(Flag::HoursOver80PercentNoBenefit { person }),
            (kind == Some(BenefitComputed::Yleistuki)
                && adult.unemployment_benefit != BenefitKind::Yleistuki)
                .then_some(Flag::ComputedAsYleistuki { person }),
            (kind == Some(BenefitComputed::Ansiopaivaraha)
                && wage.is_positive()
                && self.amount.is_positive())
            .then_some(Flag::AnsiopaivarahaCapNotApplied { person }),
            outside_age.then_some(Flag::OutsideWorkingAge { person }),
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
/// computed as yleistuki once it is in force (Kela moves recipients automatically; S3).
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
/// `TarvHarkIka` (S1); S3 for yleistuki.
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

/// The benefit for a month: full amount (days per month × daily), minus the adjustment share of
/// the gross wage above the protected amount, minus the means-test reduction; ≥ 0; rounded once
/// (työttömyysturvalaki 4 luku 5 §). Sources: S3, S7, S9 (sovittelu); S2, S6 (daily amount); S10
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
    let Some(k) = effective_kind(kind, p) else {
        return BenefitMonth {
            kind: None,
            daily: Cents::ZERO,
            full: Cents::ZERO,
            wage_deduction: Cents::ZERO,
            other_income: Cents::ZERO,
            means_test_reduction: Cents::ZERO,
            amount: Cents::ZERO,
            source: p.daily_amount.source,
        };
    };
    if !within_benefit_ages(age, p) {
        // No unemployment benefit outside the ages the law allows (docs/rules/tyottomyysturva.md).
        return BenefitMonth {
            kind: Some(k),
            daily: Cents::ZERO,
            full: Cents::ZERO,
            wage_deduction: Cents::ZERO,
            other_income: Cents::ZERO,
            means_test_reduction: Cents::ZERO,
            amount: Cents::ZERO,
            source: p.working_age_min.source,
        };
    }
    let (daily, source) = match k {
        BenefitComputed::Ansiopaivaraha => (
            earnings_related_daily.unwrap_or_default().floor0(),
            "kassat-ansiopaivaraha",
        ),
        _ => (p.daily_amount.value, p.daily_amount.source),
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
    let amount = full_exact
        .sub(deduction)
        .sub(reduction)
        .floor0()
        .round_cents();
    BenefitMonth {
        kind: Some(k),
        daily,
        full: full_exact.round_cents(),
        wage_deduction: deduction.round_cents(),
        other_income: counted_other,
        means_test_reduction: reduction.round_cents(),
        amount,
        source,
    }
}

/// Whether `age` is within the ages at which an unemployment benefit can be paid
/// (`working_age_min` ..= `working_age_max`).
pub fn within_benefit_ages(age: u8, p: &Tyottomyysturva) -> bool {
    (p.working_age_min.value..=p.working_age_max.value).contains(&u32::from(age))
}

/// Whether hours per week exceed the share of full-time hours above which no adjusted benefit is
/// paid (`hours_limit_share` of `full_time_hours_per_week`; S7, \[UNCONFIRMED\] for yleistuki).
/// `hours` in hundredths.
pub fn hours_over_limit(hours: u32, p: &Tyottomyysturva) -> bool {
    let limit = Rate(p.full_time_hours_per_week.value.0).mul(p.hours_limit_share.value);
    // hours in hundredths → ppm: × 10 000
    (hours as i64).saturating_mul(10_000) > limit.0
}

/// Statutory deduction of the ansiopäiväraha's daily wage: 0.6 × (päivärahamaksu + TyEL + TVM −
/// 2.68 percentage points) (S10; docs/rules/tyottomyysturva.md). Rates in ppm.
pub fn ansiopaivaraha_deduction(daily_allowance: Rate, tyel: Rate, tvm: Rate) -> Rate {
    let sum = daily_allowance.0 + tyel.0 + tvm.0 - 26_800;
    Rate(crate::rules::money::div_round(sum as i128 * 6, 10) as i64)
}

/// Taitekohta of the ansiopäiväraha: 95 × the daily basic amount per month (S10;
/// docs/rules/tyottomyysturva.md).
pub fn taitekohta(daily: Cents) -> Cents {
    daily.times(95)
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
        // the funds' published deduction percentages
        // 2024: 0.6 × 6.27 = 3.762 %, quoted by the funds as 3.76 %
        assert_eq!(
            ansiopaivaraha_deduction(Rate(10_100), Rate(71_500), Rate(7_900)).0 / 100,
            376
        );
        assert_eq!(
            ansiopaivaraha_deduction(Rate(8_400), Rate(71_500), Rate(5_900)),
            Rate(35_400)
        );
        assert_eq!(taitekohta(Cents(3721)), Cents(353_495));
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
