//! Property tests over random valid scenarios: no panics or overflow, sane signs, and curves that
//! agree with single computations.
#![cfg(not(target_arch = "wasm32"))]

use askel::rules::{self, Cents, CurveSpec};
use askel::scenario::{
    Adult, BenefitKind, Child, Church, Date, DisabilityPension, Hours, Household, Housing,
    Scenario, Wage, WorkAbility, FORMAT,
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
    "2026-08-01",
    "2026-12-31",
];

fn money(max_euros: i64) -> impl Strategy<Value = Cents> {
    prop_oneof![Just(Cents::ZERO), (0..=max_euros * 100).prop_map(Cents)]
}

/// The sickness, rehabilitation and ansiopäiväraha inputs (docs/rules/sairausvakuutus.md,
/// kuntoutus.md, tyottomyysturva.md), any combination.
fn work_ability() -> impl Strategy<Value = Adult> {
    (
        (
            0usize..WorkAbility::ALL.len(),
            proptest::option::of(money(300)),
            proptest::option::of(money(120_000)),
            proptest::option::of(money(8_000)),
        ),
        (
            proptest::option::of(money(5_000)),
            proptest::option::of(money(8_000)),
            proptest::option::of(money(8_000)),
            0u16..=255,
            proptest::option::of(any::<bool>()),
        ),
    )
        .prop_map(
            |(
                (status, daily, annual, full_time),
                (rehab, stabilised, basis, days, new_condition),
            )| {
                Adult {
                    work_ability: WorkAbility::ALL[status].0,
                    kela_daily_amount: daily,
                    annual_work_income: annual,
                    full_time_wage: full_time,
                    rehabilitation_allowance_monthly: rehab,
                    stabilised_earnings: stabilised,
                    ansio_basis_wage: basis,
                    ansio_paid_days: days,
                    ansio_new_work_condition: new_condition,
                    ..Adult::default()
                }
            },
        )
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
        (
            0usize..5,
            proptest::option::of(money(200)),
            0u8..=7,
            any::<bool>(),
        ),
        (
            money(3_000),
            money(2_000),
            proptest::option::of(money(3_000)),
            proptest::option::of(money(3_000)),
        ),
        work_ability(),
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
                (kind, daily, days, garnished),
                (pension, other, kl, el),
                wa,
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
                    wage_garnished: garnished,
                    disability_pension,
                    pre_disability_earnings: k,
                    kela_disability_pension: kela,
                    other_pensions_monthly: op,
                    ..wa
                }
            },
        )
}

fn scenario() -> impl Strategy<Value = Scenario> {
    (
        0usize..DATES.len(),
        0usize..CODES.len(),
        proptest::collection::vec(adult(), 1..=3),
        proptest::collection::vec((0u8..=17, prop_oneof![Just(0u8), 1u8..=80]), 0..=5),
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
                        children: children
                            .into_iter()
                            .map(|(age, day_care_hours_per_week)| Child {
                                age,
                                day_care_hours_per_week,
                            })
                            .collect(),
                    },
                    housing: Housing {
                        rent,
                        water,
                        heating,
                    },
                    assets,
                    lives_with_parents: lwp,
                    options: Vec::new(),
                    month_event: None,
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
        for v in [t.unemployment_benefit, t.housing_allowance, t.social_assistance, t.child_benefit, t.expense_compensation, t.taxes, t.employee_contributions, t.pensions_and_other_benefits, t.day_care_fees, t.garnished] {
            prop_assert!(v.0 >= 0, "{:?}", t);
        }
        let taxable = t.gross_wages.add(t.unemployment_benefit).add(t.pensions_and_other_benefits);
        prop_assert!(t.taxes.add(t.employee_contributions) <= taxable, "taxes {:?} > income {:?}", t.taxes, taxable);
        prop_assert!(b.annual.taxes.0 <= taxable.times(12).0);
        // Garnishment takes at most half of the net income; the day-care fees, a share of the
        // income above the limit, stay below the family's gross income.
        let net = taxable.sub(t.taxes).sub(t.employee_contributions);
        prop_assert!(t.garnished.times(2) <= net.add(Cents(2)), "garnished {:?} of net {:?}", t.garnished, net);
        prop_assert!(t.day_care_fees <= taxable, "fees {:?} income {:?}", t.day_care_fees, taxable);
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
            prop_assert_eq!(e.total, e.taxes + e.unemployment_benefit + e.housing_allowance + e.social_assistance + e.costs + e.other);
            // no overflow: at most 100 × the step, except at a cliff (a pension that rests
            // with one more euro of wage takes its whole amount)
            prop_assert!(e.total.abs() <= 1_000_000 || !c.cliffs.is_empty(), "emtr {:?}", e);
        }
    }

    /// A partial allowance is half of the full one at most, a full allowance never grows with the
    /// wage the employer pays, and the step-down never raises the ansiopäiväraha.
    #[test]
    fn allowances_respect_their_rules(s in scenario(), wage in money(6_000), days in 0u16..=255) {
        let allowance = |sc: &Scenario| -> Result<Cents, TestCaseError> {
            let b = rules::compute(sc).map_err(|e| TestCaseError::fail(e.to_string()))?;
            Ok(b.lines.iter()
                .filter(|l| l.person == Some(0) && matches!(l.item, rules::Item::SicknessAllowance | rules::Item::RehabilitationAllowance))
                .fold(Cents::ZERO, |sum, l| sum.add(l.amount)))
        };
        let mut full = s.clone();
        full.household.adults[0].work_ability = WorkAbility::SicknessAllowance;
        full.household.adults[0].wage = Wage::Monthly(Cents::ZERO);
        let mut partial = full.clone();
        partial.household.adults[0].work_ability = WorkAbility::PartialSicknessAllowance;
        partial.household.adults[0].wage = Wage::Monthly(wage);
        let (f, p) = (allowance(&full)?, allowance(&partial)?);
        prop_assert!(f.0 >= 0 && p.0 >= 0);
        prop_assert!(p.0 * 2 <= f.0 + 50, "partial {p:?} full {f:?}");
        let mut with_sick_pay = full.clone();
        with_sick_pay.household.adults[0].wage = Wage::Monthly(wage);
        prop_assert!(allowance(&with_sick_pay)? <= f);
        let mut ansio = s.clone();
        let a = &mut ansio.household.adults[0];
        a.work_ability = WorkAbility::None;
        a.unemployment_benefit = BenefitKind::EarningsRelated;
        a.earnings_related_daily = a.earnings_related_daily.or(Some(Cents(6000)));
        a.ansio_paid_days = 0;
        let before = rules::compute(&ansio).map_err(|e| TestCaseError::fail(e.to_string()))?.totals.unemployment_benefit;
        ansio.household.adults[0].ansio_paid_days = days;
        let after = rules::compute(&ansio).map_err(|e| TestCaseError::fail(e.to_string()))?.totals.unemployment_benefit;
        prop_assert!(after <= before, "step-down raised {before:?} → {after:?}");
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
        wage_garnished: true,
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
            children: vec![
                Child {
                    age: 0,
                    day_care_hours_per_week: askel::scenario::MAX_DAY_CARE_HOURS,
                };
                10
            ],
        },
        housing: Housing {
            rent: askel::scenario::MAX_HOUSING,
            water: askel::scenario::MAX_HOUSING,
            heating: askel::scenario::MAX_HOUSING,
        },
        assets: askel::scenario::MAX_ASSETS,
        lives_with_parents: false,
        options: Vec::new(),
        month_event: None,
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
    fn any_number_in_any_field(s in scenario(), field in 0usize..21, x in prop_oneof![any::<f64>(), Just(1e300), Just(-1e300), Just(-0.0), Just(4.0e15), Just(255.0), Just(256.0), Just(-1.0)]) {
        let mut v = s.to_value();
        let fields = ["age", "monthly_wage", "hourly_wage", "hours_per_week", "earnings_related_daily",
            "rehabilitative_work_days_per_week", "earnings_related_pension_monthly", "other_taxable_benefit_monthly",
            "kela_disability_pension_limit", "earnings_related_pension_limit", "rent", "assets",
            "kela_daily_amount", "annual_work_income", "full_time_wage", "rehabilitation_allowance_monthly",
            "stabilised_earnings", "ansio_basis_wage", "ansio_paid_days",
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
