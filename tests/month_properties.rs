//! Property tests of the month-by-month view (rules::maksuajankohdat) over random households and
//! changes: it never fails on a valid scenario, the months add up to the payments, nothing is
//! negative, no payment is dated before the fact it depends on, and without a change every month
//! equals the steady month within the documented differences (weekdays per claim period).
#![cfg(not(target_arch = "wasm32"))]

use askel::rules::maksuajankohdat::{Component, PayRhythm, Why};
use askel::rules::{self, kalenteri, Cents};
use askel::scenario::month_event::{ChangeKind, MonthEvent};
use askel::scenario::{
    Adult, BenefitKind, Child, Church, Date, Hours, Household, Housing, Scenario, Wage, FORMAT,
};
use proptest::prelude::*;

fn day_in_window() -> impl Strategy<Value = Date> {
    (0i64..240).prop_map(|n| kalenteri::add_days(Date::new(2026, 5, 1).expect("date"), n))
}

fn household() -> impl Strategy<Value = Scenario> {
    (
        (18u8..64, 0usize..3, prop_oneof![Just(0i64), 0i64..=300_000]),
        (
            0usize..3,
            0i64..=120_000,
            prop::sample::select(vec!["091", "837", "398", "167"]),
        ),
        (0i64..=500_000, any::<bool>()),
    )
        .prop_map(
            |((age, kind, wage), (children, rent, muni), (assets, hourly))| {
                let kind = [
                    BenefitKind::None,
                    BenefitKind::Yleistuki,
                    BenefitKind::EarningsRelated,
                ][kind];
                let wage = if hourly && wage > 0 {
                    Wage::Hourly {
                        hourly: Cents(wage / 150),
                        hours_per_week: Hours(2_000),
                    }
                } else {
                    Wage::Monthly(Cents(wage))
                };
                Scenario {
                    format: FORMAT.to_string(),
                    rules_date: Date::new(2026, 5, 1).expect("date"),
                    municipality: muni.to_string(),
                    household: Household {
                        adults: vec![Adult {
                            age,
                            church: Church::None,
                            wage,
                            unemployment_benefit: kind,
                            earnings_related_daily: (kind == BenefitKind::EarningsRelated)
                                .then_some(Cents(7_000)),
                            ..Adult::default()
                        }],
                        children: (0..children)
                            .map(|i| Child {
                                age: 3 + i as u8,
                                day_care_hours_per_week: 0,
                            })
                            .collect(),
                    },
                    housing: Housing {
                        rent: Cents(rent),
                        ..Housing::default()
                    },
                    assets: Cents(assets),
                    lives_with_parents: false,
                    options: Vec::new(),
                    month_event: None,
                }
            },
        )
}

fn event() -> impl Strategy<Value = MonthEvent> {
    (
        (0usize..5, day_in_window(), 1i64..=400_000, 0usize..3),
        (
            proptest::option::of(any::<bool>()),
            any::<bool>(),
            0i64..=300_000,
        ),
        (0u32..=20_000, 0i64..20, 1u8..=5),
    )
        .prop_map(
            |((kind, date, amount, rhythm), (full_time, next, comp), (hours, pay_after, days))| {
                let change = [
                    ChangeKind::JobStarts,
                    ChangeKind::MoreHours,
                    ChangeKind::JobEnds,
                    ChangeKind::Gig,
                    ChangeKind::RehabilitativeWork,
                ][kind];
                MonthEvent {
                    change,
                    date,
                    adult: 0,
                    wage: matches!(change, ChangeKind::JobStarts | ChangeKind::MoreHours)
                        .then_some(Wage::Monthly(Cents(amount))),
                    pay_rhythm: Some(PayRhythm::ALL[rhythm]),
                    full_time,
                    first_pay_with_next: next,
                    holiday_compensation: Cents(comp),
                    gross: Cents(amount),
                    pay_date: Some(kalenteri::add_days(date, pay_after)),
                    hours: Some(Hours(hours)),
                    days_per_week: Some(days),
                    option: None,
                }
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]

    #[test]
    fn months_add_up_and_nothing_comes_before_its_fact(mut s in household(), e in event()) {
        if e.change == ChangeKind::JobEnds && !s.household.adults[0].wage.monthly().is_positive() {
            s.household.adults[0].wage = Wage::Monthly(Cents(200_000));
        }
        s.month_event = Some(e.clone());
        let view = s.month_by_month().expect("a valid scenario has months");
        prop_assert_eq!(view.months.len(), 7);
        let months_total = view.months.iter().fold(Cents::ZERO, |a, m| a.add(m.total));
        let payments_total = view.payments.iter().fold(Cents::ZERO, |a, p| a.add(p.net));
        prop_assert_eq!(months_total, payments_total);
        for m in &view.months {
            let sum = m.by_component.iter().fold(Cents::ZERO, |a, c| a.add(*c));
            prop_assert_eq!(sum, m.total);
        }
        for p in &view.payments {
            prop_assert!(p.net.0 >= 0 && p.withheld.0 >= 0 && p.gross == p.net.add(p.withheld), "{p:?}");
            prop_assert!(p.earliest <= p.typical && p.typical <= p.latest, "{p:?}");
            prop_assert!(kalenteri::is_banking_day(p.typical), "{p:?}");
            match p.component {
                // Claimed afterwards: never paid before the period it pays for has ended.
                Component::UnemploymentBenefit => prop_assert!(p.earliest > p.to, "{p:?}"),
                Component::ExpenseCompensation => prop_assert!(p.earliest > p.to, "{p:?}"),
                // A wage is paid for work done: never before the first day worked.
                Component::Wage => prop_assert!(p.typical >= p.from, "{p:?}"),
                _ => prop_assert!(p.typical >= p.from, "{p:?}"),
            }
            if let Why::HousingMonth { reviewed: true } = p.why {
                prop_assert!(p.typical > e.date, "a review is paid after the change: {p:?}");
            }
        }
        for t in &view.checklist {
            if let Some(by) = t.by {
                prop_assert!(by >= e.date || kalenteri::days_between(by, e.date) <= 1, "{t:?}");
            }
        }
    }

    #[test]
    fn without_a_change_every_month_is_the_steady_month_but_for_weekdays(s in household()) {
        let steady = rules::compute(&s).expect("computes");
        let view = s.month_by_month().expect("months");
        let days_per_month = rules::period_for(s.rules_date).expect("period").params.tyottomyysturva.days_per_month.value;
        for p in &view.payments {
            match p.component {
                Component::HousingAllowance => prop_assert_eq!(p.gross, steady.totals.housing_allowance),
                Component::ChildBenefit => prop_assert_eq!(p.gross, steady.totals.child_benefit),
                Component::UnemploymentBenefit => {
                    if let Why::Claim { payable_days, wages, .. } = p.why {
                        // The steady month pays 21.5 days; a claim period pays its weekdays.
                        let per_day = steady.totals.unemployment_benefit.0 as i128 * 1_000_000 / days_per_month.0 as i128;
                        let expected = per_day * payable_days as i128;
                        if wages == steady.totals.gross_wages {
                            prop_assert!((p.gross.0 as i128 - expected).abs() <= 2 * payable_days as i128, "{p:?} vs {expected}");
                        }
                    }
                }
                _ => {}
            }
        }
    }
}
