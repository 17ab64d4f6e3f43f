//! Social assistance has no minimum payable amount: the act defines it as the difference between
//! expenses and income, and every positive amount is paid (Kela's limit for small amounts concerns
//! only splitting a payment). docs/rules/toimeentulotuki.md.
#![cfg(not(target_arch = "wasm32"))]

use askel::rules::{self, Cents};
use askel::scenario::Scenario;
use proptest::prelude::*;

fn single_with_wage(euros: i64, rent: i64, municipality: &str) -> Scenario {
    Scenario::from_json(&format!(
        r#"{{"format":"askel-scenario/1","rules_date":"2026-06-15","municipality":"{municipality}",
            "household":{{"adults":[{{"age":30,"monthly_wage":{euros}}}]}},"housing":{{"rent":{rent}}}}}"#
    ))
    .expect("scenario")
}

/// Walking the wage up one euro at a time, social assistance falls by at most a euro a step, so
/// some wage leaves only a few cents: those cents are paid.
#[test]
fn a_few_cents_of_social_assistance_are_paid() {
    let mut smallest = None;
    for euros in 0..3000 {
        let b = rules::compute(&single_with_wage(euros, 550, "837")).expect("computes");
        let sa = b.totals.social_assistance;
        if sa.is_positive() && sa < Cents(100) {
            smallest = Some((euros, sa));
            break;
        }
    }
    let (wage, sa) = smallest.expect("a wage that leaves under 1 € of social assistance");
    assert!(sa.is_positive(), "wage {wage}: {sa:?} is paid");
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]
    /// Whatever the amount, social assistance is exactly expenses − income (≥ 0): no threshold.
    #[test]
    fn social_assistance_is_the_whole_difference(euros in 0i64..3000, rent in 200i64..1200) {
        let b = rules::compute(&single_with_wage(euros, rent, "091")).expect("computes");
        let i = &b.intermediate;
        let difference = i
            .social_assistance_basic_amounts
            .add(i.social_assistance_housing_costs)
            .sub(i.social_assistance_net_income)
            .floor0();
        prop_assert_eq!(b.totals.social_assistance, difference);
    }
}
