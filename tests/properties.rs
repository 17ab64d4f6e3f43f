//! Property tests over random valid scenarios: no panics or overflow, sane signs, and curves that
//! agree with single computations.
#![cfg(not(target_arch = "wasm32"))]

use askel::rules::{self, Cents, CurveSpec};
use askel::scenario::{
    Adult, BenefitKind, Child, Church, Date, DisabilityPension, Hours, Household, Housing,
    Scenario, Wage, FORMAT,
};
use proptest::prelude::*;

const CODES: &[&str] = &[
    "091", "837", "853", "398", "286", "405", "564", "698", "167", "694", "005", "935", "507",
];
const DATES: &[&str] = &[
    "2025-01-01",
    "2025-07-15",
    "2026-01-31",
    "2026-02-28",
    "2026-03-01",
    "2026-04-30",
    "2026-05-01",
    "2026-12-31",
];

fn money(max_euros: i64) -> impl Strategy<Value = Cents> {
    prop_oneof![Just(Cents::ZERO), (0..=max_euros * 100).prop_map(Cents)]
}

fn adult() -> impl Strategy<Value = Adult> {
    (
        (
            15u8..=120,
            0usize..3,
            prop_oneof![
                money(8_000).prop_map(Wage::Monthly),
                (money(60), 0u32..=6000).prop_map(|(h, hrs)| Wage::Hourly {
                    hourly: h,
                    hours_per_week: Hours(hrs)
                })
            ],
        ),
        (0usize..5, proptest::option::of(money(200)), 0u8..=7),
        (
            money(3_000),
            money(2_000),
            proptest::option::of(money(3_000)),
            proptest::option::of(money(3_000)),
        ),
        (
            0usize..DisabilityPension::ALL.len(),
            proptest::option::of(money(8_000)),
            any::<bool>(),
            money(1_500),
        ),
    )
        .prop_map(
            |(
                (age, church, wage),
                (kind, daily, days),
                (pension, other, kl, el),
                (dp, k, kela, op),
            )| {
                let disability_pension = DisabilityPension::ALL[dp];
                // a disability pension needs its amount (validation)
                let pension = if disability_pension == DisabilityPension::None {
                    pension
                } else {
                    pension.max(Cents(100))
                };
                let kind = [
                    BenefitKind::None,
                    BenefitKind::Yleistuki,
                    BenefitKind::LabourMarketSubsidy,
                    BenefitKind::BasicDailyAllowance,
                    BenefitKind::EarningsRelated,
                ][kind];
                Adult {
                    age,
                    church: [Church::None, Church::Lutheran, Church::Orthodox][church],
                    wage,
                    unemployment_benefit: kind,
                    earnings_related_daily: if kind == BenefitKind::EarningsRelated {
                        Some(daily.unwrap_or(Cents(5000)))
                    } else {
                        daily
                    },
                    rehabilitative_work_days_per_week: days,
                    earnings_related_pension_monthly: pension,
                    other_taxable_benefit_monthly: other,
                    kela_disability_pension_limit: kl,
                    earnings_related_pension_limit: el,
                    disability_pension,
                    pre_disability_earnings: k,
                    kela_disability_pension: kela,
                    other_pensions_monthly: op,
                }
            },
        )
}

fn scenario() -> impl Strategy<Value = Scenario> {
    (
        0usize..DATES.len(),
        0usize..CODES.len(),
        proptest::collection::vec(adult(), 1..=3),
        proptest::collection::vec(0u8..=17, 0..=5),
        (
            money(2_000),
            money(100),
            money(150),
            money(80_000),
            any::<bool>(),
        ),
    )
        .prop_map(
            |(d, c, mut adults, children, (rent, water, heating, assets, lwp))| {
                let date = Date::parse(DATES[d]).unwrap_or(askel::scenario::FIRST_DATE);
                if date < askel::scenario::YLEISTUKI_FROM {
                    for a in adults.iter_mut() {
                        if a.unemployment_benefit == BenefitKind::Yleistuki {
                            a.unemployment_benefit = BenefitKind::LabourMarketSubsidy;
                        }
                    }
                }
                Scenario {
                    format: FORMAT.to_string(),
                    rules_date: date,
                    municipality: CODES[c].to_string(),
                    household: Household {
                        adults,
                        children: children.into_iter().map(|age| Child { age }).collect(),
                    },
                    housing: Housing {
                        rent,
                        water,
                        heating,
                    },
                    assets,
                    lives_with_parents: lwp,
                    options: Vec::new(),
                }
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn computes_with_sane_signs(s in scenario()) {
        let b = rules::compute(&s).map_err(|e| TestCaseError::fail(e.to_string()))?;
        let t = b.totals;
        prop_assert!(t.disposable_income.0 >= 0, "disposable {:?}", t);
        let im = b.intermediate;
        for v in [im.disability_pension, im.kela_pension, im.guarantee_pension, im.pensioners_housing_allowance] {
            prop_assert!(v.0 >= 0, "{:?}", im);
        }
        prop_assert!(im.pensioners_housing_allowance == Cents::ZERO || im.pensioners_housing_allowance == t.housing_allowance);
        for v in [t.unemployment_benefit, t.housing_allowance, t.social_assistance, t.child_benefit, t.expense_compensation, t.taxes, t.employee_contributions, t.pensions_and_other_benefits] {
            prop_assert!(v.0 >= 0, "{:?}", t);
        }
        let taxable = t.gross_wages.add(t.unemployment_benefit).add(t.pensions_and_other_benefits);
        prop_assert!(t.taxes.add(t.employee_contributions) <= taxable, "taxes {:?} > income {:?}", t.taxes, taxable);
        prop_assert!(b.annual.taxes.0 <= taxable.times(12).0);
        // JSON round trip
        let back = Scenario::from_json(&s.to_json()).map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert_eq!(back, s);
    }

    #[test]
    fn curve_matches_single_computations(s in scenario(), step in 1i64..=500, k in 0i64..=40) {
        let spec = CurveSpec { adult: 0, max_wage: Cents(step * 100 * 40), step: Cents(step * 100) };
        let c = rules::curve(&s, &spec).map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert_eq!(c.points.len(), 41);
        let p = c.points[k as usize];
        let mut one = s.clone();
        one.household.adults[0].wage = Wage::Monthly(p.wage);
        let b = rules::compute(&one).map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert_eq!(b.totals, p.totals);
        for q in &c.points {
            let e = q.emtr;
            prop_assert_eq!(e.total, e.taxes + e.unemployment_benefit + e.housing_allowance + e.social_assistance + e.other);
            // no overflow: at most 100 × the step, except at a cliff (a pension that rests
            // with one more euro of wage takes its whole amount)
            prop_assert!(e.total.abs() <= 1_000_000 || !c.cliffs.is_empty(), "emtr {:?}", e);
        }
    }

    #[test]
    fn arbitrary_json_never_panics(text in "\\PC{0,200}") {
        let _ = Scenario::from_json(&text);
    }
}

#[test]
fn extreme_valid_inputs_do_not_overflow() {
    let a = Adult {
        age: 120,
        wage: Wage::Monthly(askel::scenario::MAX_MONTHLY),
        unemployment_benefit: BenefitKind::EarningsRelated,
        earnings_related_daily: Some(askel::scenario::MAX_HOURLY_OR_DAILY),
        rehabilitative_work_days_per_week: 7,
        earnings_related_pension_monthly: askel::scenario::MAX_MONTHLY,
        other_taxable_benefit_monthly: askel::scenario::MAX_MONTHLY,
        disability_pension: DisabilityPension::Full,
        pre_disability_earnings: Some(askel::scenario::MAX_MONTHLY),
        kela_disability_pension: true,
        other_pensions_monthly: askel::scenario::MAX_MONTHLY,
        ..Default::default()
    };
    let s = Scenario {
        format: FORMAT.to_string(),
        rules_date: askel::scenario::LAST_DATE,
        municipality: "091".into(),
        household: Household {
            adults: vec![a; 10],
            children: vec![Child { age: 0 }; 10],
        },
        housing: Housing {
            rent: askel::scenario::MAX_HOUSING,
            water: askel::scenario::MAX_HOUSING,
            heating: askel::scenario::MAX_HOUSING,
        },
        assets: askel::scenario::MAX_ASSETS,
        lives_with_parents: false,
        options: Vec::new(),
    };
    let b = rules::compute(&s).expect("valid");
    assert!(b.totals.disposable_income.0 > 0);
    let c = rules::curve(
        &s,
        &CurveSpec {
            adult: 9,
            max_wage: askel::scenario::MAX_MONTHLY,
            step: Cents(10_000_000),
        },
    )
    .expect("curve");
    assert_eq!(c.points.len(), 11);
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    /// Any number in any field of a valid scenario: a value or a validation error, never a panic.
    #[test]
    fn any_number_in_any_field(s in scenario(), field in 0usize..14, x in prop_oneof![any::<f64>(), Just(1e300), Just(-1e300), Just(-0.0), Just(4.0e15), Just(255.0), Just(256.0), Just(-1.0)]) {
        let mut v = s.to_value();
        let fields = ["age", "monthly_wage", "hourly_wage", "hours_per_week", "earnings_related_daily",
            "rehabilitative_work_days_per_week", "earnings_related_pension_monthly", "other_taxable_benefit_monthly",
            "kela_disability_pension_limit", "earnings_related_pension_limit", "rent", "assets",
            "pre_disability_earnings_monthly", "other_pensions_monthly"];
        let num = serde_json::Number::from_f64(x).map(serde_json::Value::Number).unwrap_or(serde_json::Value::Null);
        let f = fields[field];
        if f == "rent" {
            v["housing"]["rent"] = num;
        } else if f == "assets" {
            v["assets"] = num;
        } else {
            v["household"]["adults"][0][f] = num;
        }
        if let Ok(sc) = Scenario::from_value(&v) {
            let b = rules::compute(&sc).map_err(|e| TestCaseError::fail(e.to_string()))?;
            prop_assert!(b.totals.disposable_income.0 >= 0);
        }
    }
}
