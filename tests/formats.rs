//! Every released format version still opens. `tests/fixtures/` keeps one record of each
//! released version of each format — a scenario file (`askel-scenario/N`), a share link (`sN.`),
//! and the values kept in the browser's storage (envelope `format: N`: the scenario, the
//! self-assessment history and notes, the old single consent) — written the way that version
//! wrote them. Each is read with today's code, migrated, and checked. Raising a format version
//! without adding its fixture fails `every_released_version_has_a_fixture`.

use std::path::Path;

use askel::assessment::HISTORY_FORMAT;
use askel::rules::Cents;
use askel::scenario::{share, Date, Hours, ReadNotice, Scenario, Wage, FIRST_DATE, FORMAT};
use askel::storage::{
    self, Feature, MemoryBackend, Store, ASSESSMENT_HISTORY_KEY, ASSESSMENT_NOTES_KEY,
    LEGACY_CONSENT_KEY, SCENARIO_KEY,
};
use askel::ui::assessment::state::{load_saved_from, Action};
use askel::ui::scenario::persist::{restore_from, DeviceStatus};

fn fixture(name: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn version_after(text: &str, separator: char) -> u32 {
    text.rsplit(separator)
        .next()
        .and_then(|v| v.parse().ok())
        .unwrap_or_else(|| panic!("no version in {text}"))
}

#[test]
fn every_released_version_has_a_fixture() {
    for v in 1..=version_after(FORMAT, '/') {
        fixture(&format!("scenario-{v}.json"));
    }
    let link_version: u32 = share::PREFIX
        .trim_start_matches('s')
        .trim_end_matches('.')
        .parse()
        .expect("sN.");
    for v in 1..=link_version {
        fixture(&format!("link-s{v}.txt"));
    }
    for v in 1..=storage::FORMAT {
        for record in [
            "scenario",
            "assessment-history",
            "assessment-notes",
            "consent",
        ] {
            fixture(&format!("storage-{v}-{record}.json"));
        }
    }
    assert_eq!(
        version_after(HISTORY_FORMAT, '/'),
        1,
        "a new history format needs its fixture and a migration test here"
    );
}

fn expected_v1() -> Scenario {
    Scenario::read(&fixture("scenario-1.json"))
        .expect("the version-1 file opens")
        .scenario
}

#[test]
fn the_version_1_file_opens_with_its_early_date_moved_and_exact_amounts() {
    let opened = Scenario::read(&fixture("scenario-1.json")).expect("opens");
    assert_eq!(
        opened.notices,
        vec![ReadNotice::DateMoved {
            from: Date::new(2024, 11, 1).expect("date"),
            to: FIRST_DATE
        }]
    );
    let s = opened.scenario;
    assert_eq!(s.rules_date, FIRST_DATE);
    assert_eq!(
        s.household.adults[0].wage,
        Wage::Hourly {
            hourly: Cents(1345),
            hours_per_week: Hours(3750)
        }
    );
    assert_eq!(
        s.household.adults[0].other_taxable_benefit_monthly,
        Cents(12_030)
    );
    assert_eq!(
        s.household.adults[1].earnings_related_daily,
        Some(Cents(8122))
    );
    assert_eq!(s.housing.rent, Cents(85_050));
    assert_eq!(s.options.len(), 2);
    // What today's version writes opens again unchanged.
    assert_eq!(Scenario::from_json(&s.to_json()), Ok(s));
}

#[test]
fn the_s1_link_opens_the_same_calculation() {
    let opened = share::open(fixture("link-s1.txt").trim()).expect("opens");
    assert_eq!(opened.scenario, expected_v1());
    assert_eq!(opened.notices.len(), 1, "the date move is reported");
}

#[test]
fn version_1_storage_opens_after_migrating_the_single_consent() {
    let store = Store::new(MemoryBackend::default());
    {
        let mut map = store.backend().map.borrow_mut();
        for (key, name) in [
            (LEGACY_CONSENT_KEY, "storage-1-consent.json"),
            (SCENARIO_KEY, "storage-1-scenario.json"),
            (ASSESSMENT_HISTORY_KEY, "storage-1-assessment-history.json"),
            (ASSESSMENT_NOTES_KEY, "storage-1-assessment-notes.json"),
        ] {
            map.insert(key.to_owned(), fixture(name).trim().to_owned());
        }
    }
    let (scenario, status) = restore_from(&store);
    assert_eq!(scenario, Some(expected_v1()));
    assert_eq!(status, DeviceStatus::RestoredDateMoved);
    match load_saved_from(&store) {
        Action::Loaded {
            consent,
            history,
            saved_answers,
            unreadable,
            notice,
        } => {
            assert!(consent && !unreadable, "{notice:?}");
            assert_eq!(history.entries().len(), 1);
            assert_eq!(saved_answers.expect("notes open").goals(), "Walk every day");
        }
        other => panic!("expected the saved data, got {other:?}"),
    }
    let mut keys = store.owned_keys().expect("keys");
    keys.sort();
    assert_eq!(
        keys,
        vec![
            ASSESSMENT_HISTORY_KEY,
            ASSESSMENT_NOTES_KEY,
            Feature::Assessment.consent_key(),
            Feature::Scenario.consent_key(),
            SCENARIO_KEY,
        ],
        "both features keep their consent; the old key is gone"
    );
}
