//! Deductions in earned-income taxation (docs/rules/verotus.md): tulonhankkimisvähennys (TVL 95 §),
//! eläketulovähennys (TVL 101 §), perusvähennys (TVL 105 §).

use crate::rules::money::{Cents, Exact};
use crate::rules::params::Verotus;

/// Tulonhankkimisvähennys: `min(work_expense_deduction, wage)` per year. Source: Verohallinto (`vero-vahennykset`), SISU.
pub fn tulonhankkimisvahennys(annual_wage: Cents, p: &Verotus) -> Cents {
    annual_wage.min(p.work_expense_deduction.value).floor0()
}

/// Eläketulovähennys: the full amount, reduced by the first rate × net earned income between the
/// full amount and the limit, and by the second rate above it; ≥ 0 and never more than the pension
/// income (TVL 101 §). Source: SISU `ElTulVahS`; docs/rules/verotus.md.
pub fn elaketulovahennys(pension: Cents, net_earned_income: Cents, p: &Verotus) -> Exact {
    if !pension.is_positive() {
        return Exact::ZERO;
    }
    let full = p.pension_deduction_full.value;
    let mut d = Exact::from(full);
    if net_earned_income > full {
        let band1 = net_earned_income
            .min(p.pension_deduction_limit.value)
            .sub_floor0(full);
        let band2 = net_earned_income.sub_floor0(p.pension_deduction_limit.value);
        let red = band1
            .mul_rate_exact(p.pension_deduction_rate1.value)
            .add(band2.mul_rate_exact(p.pension_deduction_rate2.value));
        d = d.sub(red).floor0();
    }
    d.min(Exact::from(pension))
}

/// Perusvähennys on the income after the eläketulovähennys: the income itself up to the maximum,
/// above it `max − rate × (income − max)`, ≥ 0. Source: SISU `PerVahS`; docs/rules/verotus.md.
/// Exact (rounded only in the final tax items, docs/rules/conventions.md).
pub fn perusvahennys(income: Exact, p: &Verotus) -> Exact {
    let max = Exact::from(p.basic_deduction_max.value);
    if income <= max {
        income.floor0()
    } else {
        max.sub(income.sub(max).mul_rate(p.basic_deduction_rate.value))
            .floor0()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::params::PERIODS;

    #[test]
    fn derived_table_values() {
        let p25 = &PERIODS[0].params.verotus;
        let p26 = &PERIODS[1].params.verotus;
        // 2025, wage 30 000 → vA 26 676 → perusvähennys 54.02 (the verotus.md worked example)
        assert_eq!(
            perusvahennys(Exact::from(Cents::euros(26_676)), p25).round_cents(),
            Cents(5402)
        );
        // 2026, wage 12 000: vA = 11 250 − 876 − 106.80 = 10 267.20 → 3 184.60
        assert_eq!(
            perusvahennys(Exact::from(Cents(1_026_720)), p26).round_cents(),
            Cents(318_460)
        );
        assert_eq!(
            tulonhankkimisvahennys(Cents::euros(500), p25),
            Cents::euros(500)
        );
        // Pension 12 000 €/year alone: PA 12 000 > 11 030 → 11 030 − 0.51 × 970 = 10 535.30
        assert_eq!(
            elaketulovahennys(Cents::euros(12_000), Cents::euros(12_000), p25).round_cents(),
            Cents(1_053_530)
        );
        assert_eq!(
            elaketulovahennys(Cents::euros(5_000), Cents::euros(5_000), p25).round_cents(),
            Cents::euros(5_000)
        );
    }
}
