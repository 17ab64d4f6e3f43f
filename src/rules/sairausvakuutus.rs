//! Sairauspäiväraha and osasairauspäiväraha (sairausvakuutuslaki 1224/2004, chapters 8 and 11;
//! docs/rules/sairausvakuutus.md).
//!
//! Why a module of its own: the sickness allowance is the income of a person who cannot work, and
//! the same formula is the base of Kela's rehabilitation allowance ([`super::kuntoutus`]). Kela
//! computes it from the annual work income of a reference period, not from today's wage, so a
//! part-time wage now never raises it.
//!
//! The formula (Kela's 2025 table, law 693/2024):
//! - `Y` = annual wages × (1 − the employee's insurance contributions), to cents;
//! - `Y` below the income floor: no income-based allowance, the minimum is paid to those entitled;
//! - up to the breakpoint: `max(minimum, rate_below × Y / 300)`;
//! - above it: `rate_below × breakpoint / 300 + rate_above × (Y − breakpoint) / 300`;
//! - the daily amount is rounded to cents; the month is `round(daily × 25)`.
//!
//! The partial allowance is `partial_share` of the **unrounded** full daily amount, then rounded
//! (docs/rules/conventions.md). A decision amount, when the person has one, wins over the
//! estimate: the engine only halves it for the partial allowance.

use super::money::{Cents, Exact, Rate};
use super::params::Sairausvakuutus;
use crate::units::Date;

/// Which rule gave the full daily amount.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AllowanceBasis {
    /// The daily amount in Kela's (or the pension provider's) decision.
    Decision,
    /// Annual income under the floor: no income-based allowance; the minimum, if entitled.
    BelowIncomeFloor,
    /// The minimum binds (the percentage of the income would be less).
    Minimum,
    /// `rate_below × Y / 300`.
    Percentage,
    /// Above the breakpoint the rest of the income counts at the lower rate.
    AboveBreakpoint,
    /// Vocational rehabilitation: `vocational_rate × Y / 300` (docs/rules/kuntoutus.md).
    Vocational,
    /// Young person's rehabilitation allowance: the minimum.
    YoungPersonsMinimum,
}

/// The full daily allowance, unrounded and rounded, with what it was computed from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FullDaily {
    /// Exact amount (the partial allowance halves this, not the rounded amount).
    pub exact: Exact,
    /// Rounded to cents.
    pub daily: Cents,
    /// Annual income after the deduction of the insurance contributions (`Y`; zero for a decision).
    pub insured_income: Cents,
    /// Which rule gave it.
    pub basis: AllowanceBasis,
}

/// `Y`: annual wages after the deduction of the employee's insurance contributions, to cents
/// (Kela: "vakuutusmaksuvähennys"; source `kela-sairauspaivaraha-vuositulo`).
pub fn insured_income(annual_wages: Cents, p: &Sairausvakuutus) -> Cents {
    let kept = Rate::ONE.0 - p.insurance_contribution_deduction.value.0;
    annual_wages.mul_rate_exact(Rate(kept)).round_cents()
}

/// The full daily sickness allowance from `Y` (Kela's formula table; law 693/2024).
pub fn from_insured_income(y: Cents, p: &Sairausvakuutus) -> FullDaily {
    let days = i128::from(p.working_days_per_year.value.max(1));
    let per_day = |amount: Cents, rate: Rate| amount.mul_rate_exact(rate).mul_div(1, days);
    let minimum = Exact::from(p.minimum_daily.value);
    let breakpoint = p.breakpoint.value;
    let (exact, basis) = if y < p.income_floor.value {
        (minimum, AllowanceBasis::BelowIncomeFloor)
    } else if y <= breakpoint {
        let share = per_day(y, p.rate_below_breakpoint.value);
        if share.round_cents() <= p.minimum_daily.value {
            (minimum, AllowanceBasis::Minimum)
        } else {
            (share, AllowanceBasis::Percentage)
        }
    } else {
        let below = per_day(breakpoint, p.rate_below_breakpoint.value);
        let above = per_day(y.sub(breakpoint), p.rate_above_breakpoint.value);
        (below.add(above), AllowanceBasis::AboveBreakpoint)
    };
    FullDaily {
        exact,
        daily: exact.round_cents(),
        insured_income: y,
        basis,
    }
}

/// The full daily amount from the decision, or estimated from the annual wages; `None` when
/// neither is known.
pub fn full_daily(
    decision: Option<Cents>,
    annual_wages: Option<Cents>,
    p: &Sairausvakuutus,
) -> Option<FullDaily> {
    match (decision, annual_wages) {
        (Some(d), _) => Some(FullDaily {
            exact: Exact::from(d.floor0()),
            daily: d.floor0(),
            insured_income: Cents::ZERO,
            basis: AllowanceBasis::Decision,
        }),
        (None, Some(w)) => Some(from_insured_income(insured_income(w.floor0(), p), p)),
        (None, None) => None,
    }
}

/// `share` of the unrounded full daily amount, rounded to cents (the partial allowances).
pub fn share_of(full: &FullDaily, share: Rate) -> Cents {
    full.exact.mul_rate(share).round_cents()
}

/// The allowance for a month: `round(daily × days per month)` (docs/rules/conventions.md).
pub fn per_month(daily: Cents, p: &Sairausvakuutus) -> Cents {
    daily.mul_rate_exact(p.days_per_month.value).round_cents()
}

/// What the person receives of a full allowance while the employer pays wages for the same days:
/// Kela pays the allowance to the employer up to the wage and the rest to the person (Kela: sickness allowances, `sairausvakuutuslaki`).
pub fn paid_to_person(allowance: Cents, wage: Cents) -> Cents {
    allowance.sub_floor0(wage)
}

/// Whether the part-time wage is outside `partial_work_min_share`..=`partial_work_max_share` of
/// the full-time wage (the wage as a proxy for working time; SVL 8:11 §).
pub fn outside_partial_work_band(part_time: Cents, full_time: Cents, p: &Sairausvakuutus) -> bool {
    if !full_time.is_positive() {
        return false;
    }
    let low = full_time.mul_rate_exact(p.partial_work_min_share.value);
    let high = full_time.mul_rate_exact(p.partial_work_max_share.value);
    let wage = Exact::from(part_time);
    wage < low || wage > high
}

/// The reference period of the annual income (Kela, `kela-sairauspaivaraha-vuositulo`): the 12 calendar months before the month
/// preceding the month in which the incapacity began, as (first day, last day).
pub fn reference_period(incapacity_starts: Date) -> (Date, Date) {
    let month_index = |d: Date| i32::from(d.y) * 12 + i32::from(d.m) - 1;
    let from_index = |i: i32| {
        let y = u16::try_from(i.div_euclid(12)).unwrap_or(0);
        let m = u8::try_from(i.rem_euclid(12) + 1).unwrap_or(1);
        (y, m)
    };
    let start = month_index(incapacity_starts);
    let (fy, fm) = from_index(start - 13);
    let (ly, lm) = from_index(start - 2);
    let first = Date::new(fy, fm, 1).unwrap_or(incapacity_starts);
    // the last day of the month: the day before the first day of the next month
    let last = (28..=31)
        .rev()
        .find_map(|d| Date::new(ly, lm, d))
        .unwrap_or(incapacity_starts);
    (first, last)
}

/// Whether `age` is within the ages of the sickness allowance.
pub fn within_ages(age: u8, p: &Sairausvakuutus) -> bool {
    (p.age_min.value..=p.age_max.value).contains(&u32::from(age))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::params::PERIODS;

    fn p(year_index: usize) -> &'static Sairausvakuutus {
        &PERIODS[year_index].params.sairausvakuutus
    }

    #[test]
    fn kela_brackets_of_the_first_period() {
        let p = p(0);
        let at = |euros: i64| from_insured_income(Cents::euros(euros), p);
        // under the floor: no income-based allowance (the minimum, if entitled)
        assert_eq!(at(1716).basis, AllowanceBasis::BelowIncomeFloor);
        assert_eq!(at(1717).basis, AllowanceBasis::Minimum);
        assert_eq!(at(13_712).daily, Cents(3199));
        assert_eq!(at(13_712).basis, AllowanceBasis::Minimum);
        assert_eq!(at(13_713).basis, AllowanceBasis::Percentage);
        assert_eq!(at(13_713).daily, Cents(3200));
        // 0.7 × 28 241 / 300 = 65.8957 → 65.90
        assert_eq!(at(28_241).daily, Cents(6590));
        assert_eq!(at(28_242).basis, AllowanceBasis::AboveBreakpoint);
    }

    #[test]
    fn derived_table_of_the_specification() {
        let p25 = p(0);
        let from_wages = |p, w: i64| from_insured_income(insured_income(Cents::euros(w), p), p);
        assert_eq!(insured_income(Cents::euros(12_000), p25), Cents(1_097_040));
        assert_eq!(from_wages(p25, 12_000).daily, Cents(3199));
        assert_eq!(from_wages(p25, 24_000).daily, Cents(5120));
        assert_eq!(from_wages(p25, 31_125).daily, Cents(6600));
        let full = from_wages(p25, 36_000);
        assert_eq!(full.daily, Cents(6823));
        assert_eq!(per_month(full.daily, p25), Cents(170_575));
        let partial = share_of(&full, p25.partial_share.value);
        assert_eq!(partial, Cents(3412));
        assert_eq!(per_month(partial, p25), Cents(85_300));
        assert_eq!(
            share_of(&from_wages(p25, 12_000), p25.partial_share.value),
            Cents(1600)
        );
    }

    #[test]
    fn the_minimum_as_a_month_and_employer_paid_wages() {
        let p25 = p(0);
        assert_eq!(per_month(Cents(3199), p25), Cents(79_975));
        assert_eq!(
            paid_to_person(Cents(79_975), Cents::euros(500)),
            Cents(29_975)
        );
        assert_eq!(
            paid_to_person(Cents(79_975), Cents::euros(900)),
            Cents::ZERO
        );
        assert!(!outside_partial_work_band(
            Cents::euros(1500),
            Cents::euros(3000),
            p25
        ));
        assert!(outside_partial_work_band(
            Cents::euros(1900),
            Cents::euros(3000),
            p25
        ));
    }
}
