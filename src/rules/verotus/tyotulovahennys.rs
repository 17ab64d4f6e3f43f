//! Työtulovähennys, the earned-income tax credit (tuloverolaki 1535/1992 125 §;
//! docs/rules/verotus.md).

use crate::rules::money::{Cents, Exact};
use crate::rules::params::Verotus;

/// The credit and how it was reached (annual amounts).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Credit {
    /// Maximum including child and age increases.
    pub maximum: Cents,
    /// Accrued amount before the phase-out: `min(18 % × work income, maximum)`.
    pub accrued: Cents,
    /// Phase-out on net earned income.
    pub reduction: Cents,
    /// The credit (rounded, for display).
    pub amount: Cents,
    /// The credit, exact (used in the allocation).
    pub exact: Exact,
}

/// Työtulovähennys: `min(rate × wage, maximum + child increase (× 2 for a sole guardian) + age
/// increase)`, reduced by the phase-out on net earned income (one or two phase-out rates between
/// dated limits; see docs/rules/verotus.md). Source: SISU `TyotVahS`
/// Verohallinto (`vero-vahennykset`; HE 108/2024, HE 98/2025).
pub fn tyotulovahennys(
    annual_wage: Cents,
    net_earned_income: Cents,
    age: u8,
    children: u32,
    sole_guardian: bool,
    p: &Verotus,
) -> Credit {
    let per_child = p
        .earned_income_credit_per_child
        .value
        .times(if sole_guardian { 2 } else { 1 });
    let mut maximum = p
        .earned_income_credit_max
        .value
        .add(per_child.times(children as i64));
    if age as u32 >= p.earned_income_credit_increase_age.value {
        maximum = maximum.add(p.earned_income_credit_age_increase.value);
    }
    let accrued = annual_wage
        .mul_rate_exact(p.earned_income_credit_rate.value)
        .min(Exact::from(maximum))
        .floor0();
    let band1 = net_earned_income
        .min(p.earned_income_credit_phase1_end.value)
        .sub_floor0(p.earned_income_credit_phase1_start.value);
    let band2 = net_earned_income.sub_floor0(p.earned_income_credit_phase2_start.value);
    let reduction = band1
        .mul_rate_exact(p.earned_income_credit_phase1_rate.value)
        .add(band2.mul_rate_exact(p.earned_income_credit_phase2_rate.value));
    let exact = accrued.sub(reduction).floor0();
    Credit {
        maximum,
        accrued: accrued.round_cents(),
        reduction: reduction.round_cents(),
        amount: exact.round_cents(),
        exact,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::params::PERIODS;

    #[test]
    fn credit_2025_and_2026() {
        let p25 = &PERIODS[0].params.verotus;
        let p26 = &PERIODS[1].params.verotus;
        // the verotus.md worked examples: 12 000 → 2 160; 30 000 (PA 29 250) → 3 225 − 111 = 3 114 (2025), 3 430 (2026)
        assert_eq!(
            tyotulovahennys(
                Cents::euros(12_000),
                Cents::euros(11_250),
                30,
                0,
                false,
                p25
            )
            .amount,
            Cents::euros(2160)
        );
        assert_eq!(
            tyotulovahennys(
                Cents::euros(30_000),
                Cents::euros(29_250),
                30,
                0,
                false,
                p25
            )
            .amount,
            Cents::euros(3114)
        );
        assert_eq!(
            tyotulovahennys(
                Cents::euros(30_000),
                Cents::euros(29_250),
                30,
                0,
                false,
                p26
            )
            .amount,
            Cents::euros(3430)
        );
        // sole guardian with 2 children, 2026: max 3 430 + 4 × 105 = 3 850
        assert_eq!(
            tyotulovahennys(Cents::euros(30_000), Cents::euros(29_250), 40, 2, true, p26).maximum,
            Cents::euros(3850)
        );
        // 2026 floor: PA 60 000 → 3 430 − 0.02 × 15 550 = 3 119
        assert_eq!(
            tyotulovahennys(
                Cents::euros(60_750),
                Cents::euros(60_000),
                30,
                0,
                false,
                p26
            )
            .amount,
            Cents::euros(3119)
        );
    }
}
