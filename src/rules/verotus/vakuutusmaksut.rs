//! Employee contributions and health insurance contributions (docs/rules/verotus.md):
//! työeläkemaksu (TyEL, TyEL 153 §), työttömyysvakuutusmaksu (TVM), sairausvakuutuksen
//! päivärahamaksu and sairaanhoitomaksu (sairausvakuutuslaki 18:8–9).

use crate::rules::money::{Cents, Exact, Rate};
use crate::rules::params::Verotus;

/// TyEL rate for an age: 0 outside the TyEL ages, the senior rate within the senior ages, the
/// ordinary rate otherwise (all dated parameters). Source: SISU pvero; Verohallinto (`vero-vahennykset`).
pub fn tyel_rate(age: u8, p: &Verotus) -> Rate {
    let age = age as u32;
    if age < p.tyel_min_age.value || age > p.tyel_max_age.value {
        Rate::ZERO
    } else if age >= p.tyel_senior_min_age.value && age <= p.tyel_senior_max_age.value {
        p.tyel_rate_senior.value
    } else {
        p.tyel_rate.value
    }
}

/// TVM rate for an age: 0 outside 18–64. Source: SISU pvero; Verohallinto (`vero-vahennykset`).
pub fn tvm_rate(age: u8, p: &Verotus) -> Rate {
    let age = age as u32;
    if age < p.tvm_min_age.value || age > p.tvm_max_age.value {
        Rate::ZERO
    } else {
        p.tvm_rate.value
    }
}

/// Päivärahamaksu on the whole annual wage, when the annual wage reaches the threshold and the age
/// is within the liable ages (docs/rules/conventions.md). Source: SISU pvero, the yearly
/// government decree on health insurance contributions.
pub fn daily_allowance_contribution(annual_wage: Cents, age: u8, p: &Verotus) -> Exact {
    let age = age as u32;
    if age < p.daily_allowance_min_age.value
        || age > p.daily_allowance_max_age.value
        || annual_wage < p.daily_allowance_threshold.value
    {
        Exact::ZERO
    } else {
        annual_wage.mul_rate_exact(p.daily_allowance_rate.value)
    }
}

/// Sairaanhoitomaksu before credits: base rate × taxable income + the benefit surcharge on the
/// part of the taxable income above the gross wage (docs/rules/verotus.md). Source: SISU pvero,
/// `ElKorSvMaksu`.
pub fn health_care_contribution(taxable: Exact, annual_wage: Cents, p: &Verotus) -> Exact {
    let base = taxable.mul_rate(p.health_care_rate.value);
    let surcharge = taxable
        .sub(Exact::from(annual_wage))
        .floor0()
        .mul_rate(p.health_care_benefit_surcharge.value);
    base.add(surcharge)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::params::PERIODS;

    #[test]
    fn contributions_2025_and_2026() {
        let p25 = &PERIODS[0].params.verotus;
        let p26 = &PERIODS[1].params.verotus;
        assert_eq!(
            Cents::euros(30_000).mul_rate(tyel_rate(30, p25)),
            Cents::euros(2145)
        );
        assert_eq!(
            Cents::euros(30_000).mul_rate(tyel_rate(55, p25)),
            Cents::euros(2595)
        );
        assert_eq!(
            Cents::euros(30_000).mul_rate(tyel_rate(55, p26)),
            Cents::euros(2190)
        );
        assert_eq!(tyel_rate(16, p25), Rate::ZERO);
        assert_eq!(tvm_rate(65, p25), Rate::ZERO);
        assert_eq!(
            daily_allowance_contribution(Cents::euros(30_000), 30, p25).round_cents(),
            Cents::euros(252)
        );
        assert_eq!(
            daily_allowance_contribution(Cents::euros(16_000), 30, p25).round_cents(),
            Cents::ZERO
        );
        // benefit-only 2025: VT 6 472.58 × 1.45 % = 93.85
        assert_eq!(
            health_care_contribution(Exact::from(Cents(647_258)), Cents::ZERO, p25).round_cents(),
            Cents(9385)
        );
    }
}
