//! A later rule year is a data change only: the fixture `tests/fixtures/synthetic-year` adds
//! made-up values from 1.1 of a year after the last checked day, on top of the repository's own
//! data, and moves the checked-until day. Loaded at run time with the parser the build uses, it
//! must give a new period, the new values, the municipal tables of the latest year with a flag,
//! and an About-page listing, with no code change.
#![cfg(not(target_arch = "wasm32"))]

use askel::rules::{self, dataset, Flag, MunicipalTable, ParamValue};
use askel::scenario::{Date, Scenario};
use std::path::Path;

fn fixture() -> &'static rules::RuleData {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    dataset::load_dirs(&[root, &root.join("tests/fixtures/synthetic-year")]).expect("fixture loads")
}

/// The fixture's year: the one after the built-in data's last checked day.
fn year() -> u16 {
    rules::last_known_date().y + 1
}

/// A household dated `date`. The scenario format's own validation (another module) decides which
/// dates a file may carry; the engine computes any date from the first covered day on.
fn scenario(date: Date) -> Scenario {
    let mut s = Scenario::from_json(
        r#"{"format":"askel-scenario/1","rules_date":"2026-06-01","municipality":"837",
            "household":{"adults":[{"age":30,"monthly_wage":2500}]},"housing":{"rent":600}}"#,
    )
    .expect("scenario");
    s.rules_date = date;
    s
}

#[test]
fn the_fixture_is_a_later_year() {
    // The fixture's files are dated in the year after the built-in data; if the repository's
    // data moves on, the fixture must move with it.
    let data = fixture();
    assert_eq!(
        data.known_until,
        Date {
            y: year(),
            m: 12,
            d: 31
        }
    );
}

#[test]
fn a_new_period_starts_on_the_first_day_of_the_year() {
    let data = fixture();
    let builtin = rules::periods();
    assert_eq!(data.periods.len(), builtin.len() + 1);
    let last = data.periods.last().expect("a period");
    assert_eq!(
        last.starts,
        Date {
            y: year(),
            m: 1,
            d: 1
        }
    );
    assert_eq!(
        last.ends,
        Date {
            y: year(),
            m: 12,
            d: 31
        }
    );
    assert_eq!(last.id, year().to_string());
    assert_eq!(last.tax_year, year());
    // The previous period now ends the day before.
    assert_eq!(
        data.periods[data.periods.len() - 2].ends,
        Date {
            y: year() - 1,
            m: 12,
            d: 31
        }
    );
}

#[test]
fn parameter_lookups_use_the_new_values() {
    let data = fixture();
    let p = data
        .period_for(Date {
            y: year(),
            m: 6,
            d: 1,
        })
        .expect("period");
    assert_eq!(p.params.verotus.yle_max.value, rules::Cents::euros(170));
    assert_eq!(p.params.lapsilisa.amounts.value[0], rules::Cents(9_999));
    let earlier = data
        .period_for(Date {
            y: year() - 1,
            m: 6,
            d: 1,
        })
        .expect("period");
    assert_eq!(
        earlier.params.verotus.yle_max.value,
        rules::period_for(Date {
            y: year() - 1,
            m: 6,
            d: 1
        })
        .expect("built-in")
        .params
        .verotus
        .yle_max
        .value
    );
    let yle = data.parameter("verotus.yle_max").expect("parameter");
    assert_eq!(
        yle.values.last(),
        Some(&(
            Date {
                y: year(),
                m: 1,
                d: 1
            },
            ParamValue::Cents(rules::Cents::euros(170))
        ))
    );
}

#[test]
fn municipal_tables_fall_back_to_the_latest_year_and_say_so() {
    let data = fixture();
    let s = scenario(Date {
        y: year(),
        m: 6,
        d: 1,
    });
    let b = rules::compute_in(data, &s).expect("computes");
    let used = year() - 1;
    assert!(b.flags.contains(&Flag::MunicipalTableFromEarlierYear {
        table: MunicipalTable::TaxRates,
        year: year(),
        used,
    }));
    let tampere = rules::municipalities::find("837").expect("Tampere");
    assert_eq!(tampere.tax_rates(year()), tampere.tax_rates(used));
    // Within the fixture's checked range: no "rules not yet included" flag.
    assert!(!b
        .flags
        .iter()
        .any(|f| matches!(f, Flag::RulesAfterLastKnownDate { .. })));
}

#[test]
fn the_built_in_data_says_when_a_date_is_after_its_rules() {
    let s = scenario(Date {
        y: year(),
        m: 3,
        d: 1,
    });
    let b = rules::compute(&s).expect("computes with the latest rules");
    assert_eq!(b.period.id, rules::periods().last().expect("a period").id);
    assert!(b.flags.contains(&Flag::RulesAfterLastKnownDate {
        year: year(),
        known_until: rules::last_known_date(),
    }));
    let text = askel::ui::rule_data_text::data_flag_sentence(
        askel::i18n::Lang::Fi,
        &Flag::RulesAfterLastKnownDate {
            year: year(),
            known_until: rules::last_known_date(),
        },
    )
    .expect("a sentence");
    assert!(text.contains(&year().to_string()));
    let d = rules::last_known_date();
    assert!(text.contains(&format!("{}.{}.{}", d.d, d.m, d.y)));
}

#[test]
fn the_about_page_lists_the_new_values() {
    let data = fixture();
    let yle = data.parameter("verotus.yle_max").expect("parameter");
    let text = askel::ui::pages::history_text(askel::i18n::Lang::Fi, yle);
    assert!(text.contains(&format!("1.1.{}", year())), "{text}");
    assert!(text.contains("170,00"), "{text}");
}
