//! State income tax scale (tuloveroasteikkolaki), municipal and church tax, the allocation of
//! credits (tuloverolaki 1535/1992 125 §, SISU `VahennJakoS`) and the pension income surtax
//! (tuloverolaki 124 §). Formulas: docs/rules/verotus.md.

use crate::rules::money::Exact;
use crate::rules::params::Verotus;

/// State income tax before credits: the bracket's base tax + its marginal rate × the excess over
/// its lower limit. Source: SISU pvero; `tuloveroasteikko` (Finlex 701/2024 for 2025, HE 98/2025 for 2026).
pub fn state_tax(taxable: Exact, p: &Verotus) -> Exact {
    let lower = p.state_tax_lower.value;
    let base = p.state_tax_base.value;
    let rate = p.state_tax_rate.value;
    let n = lower.len().min(base.len()).min(rate.len());
    let mut i = 0;
    while i + 1 < n && taxable >= Exact::from(lower[i + 1]) {
        i += 1;
    }
    if n == 0 || taxable < Exact::from(lower[0]) {
        return Exact::ZERO;
    }
    Exact::from(base[i]).add(taxable.sub(Exact::from(lower[i])).mul_rate(rate[i]))
}

/// Taxes after the credit.
#[derive(Clone, Copy, Debug)]
pub struct Allocation {
    /// State tax after the credit.
    pub state: Exact,
    /// The other taxes after the credit, in the order given.
    pub others: [Exact; 3],
}

/// The credit goes first against the state tax; any excess against the other taxes (municipal tax,
/// sairaanhoitomaksu, church tax) in proportion to them; never a refund. Source: SISU `VahennJakoS`
/// [legal basis beyond SISU UNCONFIRMED].
pub fn allocate_credit(credit: Exact, state: Exact, others: [Exact; 3]) -> Allocation {
    let credit = credit.floor0();
    if credit <= state {
        return Allocation {
            state: state.sub(credit),
            others,
        };
    }
    let excess = credit.sub(state);
    let total = others.iter().fold(Exact::ZERO, |a, b| a.add(*b));
    if excess >= total || total.0 <= 0 {
        return Allocation {
            state: Exact::ZERO,
            others: [Exact::ZERO; 3],
        };
    }
    let mut out = others;
    for o in out.iter_mut() {
        let share = excess.mul_div(o.0, total.0);
        *o = o.sub(share).floor0();
    }
    Allocation {
        state: Exact::ZERO,
        others: out,
    }
}

/// Eläketulon lisävero: the surtax rate × the pension income after the eläketulovähennys above the
/// surtax limit (both dated parameters). Source: SISU pvero; Verohallinto (`vero-vahennykset`).
pub fn pension_surtax(pension_after_deduction: Exact, p: &Verotus) -> Exact {
    pension_after_deduction
        .sub(Exact::from(p.pension_surtax_limit.value))
        .floor0()
        .mul_rate(p.pension_surtax_rate.value)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::money::Cents;
    use crate::rules::params::PERIODS;

    #[test]
    fn scale() {
        let p25 = &PERIODS[0].params.verotus;
        let p26 = &PERIODS[1].params.verotus;
        assert_eq!(
            state_tax(Exact::from(Cents(732_332)), p25).round_cents(),
            Cents(92_567)
        );
        assert_eq!(
            state_tax(Exact::from(Cents(2_662_198)), p25).round_cents(),
            Cents(370_986)
        );
        assert_eq!(
            state_tax(Exact::from(Cents(708_260)), p26).round_cents(),
            Cents(89_524)
        );
        assert_eq!(
            state_tax(Exact::from(Cents(2_627_152)), p26).round_cents(),
            Cents(359_239)
        );
        assert_eq!(
            state_tax(Exact::from(Cents::euros(60_000)), p26).round_cents(),
            Cents(1_401_605)
        );
    }

    #[test]
    fn allocation_is_proportional() {
        let a = allocate_credit(
            Exact::from(Cents(300)),
            Exact::from(Cents(100)),
            [
                Exact::from(Cents(300)),
                Exact::from(Cents(100)),
                Exact::ZERO,
            ],
        );
        assert_eq!(a.state, Exact::ZERO);
        assert_eq!(a.others[0].round_cents(), Cents(150));
        assert_eq!(a.others[1].round_cents(), Cents(50));
    }
}
