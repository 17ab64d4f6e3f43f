//! The bytes every released format is written as, in one text: each golden case's scenario (file,
//! indented file, share link, stored envelope), each fixture read and written again, each preset
//! (file, link, tab state in every language) and self-assessment answers, history and notes.
//!
//! Why: the JSON codec was replaced (issue 16, serde_json out of the browser build), and "nothing
//! changed" has to be shown byte for byte, not argued. Run it before and after a codec change and
//! compare the two files:
//!
//! ```sh
//! CODEC_DUMP=/tmp/before.txt cargo test --test codec_dump -- --ignored
//! # … change the codec …
//! CODEC_DUMP=/tmp/after.txt cargo test --test codec_dump -- --ignored
//! cmp /tmp/before.txt /tmp/after.txt
//! ```
//!
//! It is `#[ignore]`d in ordinary runs (it only writes a file; the checks are the comparison and
//! the fixture tests in tests/formats.rs).
#![cfg(not(target_arch = "wasm32"))]

use std::fmt::Write as _;
use std::path::Path;

use askel::assessment::{score, Answers, History, Response, SingleItemId, SupportTopic};
use askel::i18n::Lang;
use askel::scenario::{presets, share, Scenario, FIRST_DATE};
use askel::storage::{
    Feature, MemoryBackend, Store, ASSESSMENT_HISTORY_KEY, ASSESSMENT_NOTES_KEY,
    LEGACY_CONSENT_KEY, SCENARIO_KEY,
};
use askel::ui::assessment::state::{load_saved_from, Action, AssessmentState, SavedNotes};
use askel::ui::scenario::persist::{keep_in, restore_from};
use askel::ui::scenario::state::ScenarioState;

fn read(dir: &str, name: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(dir).join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The scenario object of a golden case as JSON text: the text between `"scenario":` and the
/// matching closing brace, found by counting braces outside strings (no JSON library, so this
/// reads the same before and after a codec change).
fn scenario_text(case: &str) -> Option<&str> {
    let start = case.find("\"scenario\"")?;
    let open = start + case[start..].find('{')?;
    let bytes = case.as_bytes();
    let (mut depth, mut in_string, mut escaped) = (0usize, false, false);
    for (i, &b) in bytes.iter().enumerate().skip(open) {
        if in_string {
            match b {
                _ if escaped => escaped = false,
                b'\\' => escaped = true,
                b'"' => in_string = false,
                _ => {}
            }
            continue;
        }
        match b {
            b'"' => in_string = true,
            b'{' => depth += 1,
            b'}' => {
                depth -= 1;
                if depth == 0 {
                    return Some(&case[open..=i]);
                }
            }
            _ => {}
        }
    }
    None
}

fn consenting_store() -> Store<MemoryBackend> {
    let store = Store::new(MemoryBackend::default());
    for feature in Feature::ALL {
        store.set_consent(feature, true).expect("consent");
    }
    store
}

fn stored(store: &Store<MemoryBackend>) -> String {
    let map = store.backend().map.borrow();
    let mut out = String::new();
    for (key, value) in map.iter() {
        let _ = writeln!(out, "  {key} = {value}");
    }
    out
}

fn scenario_lines(out: &mut String, s: &Scenario) {
    let _ = writeln!(out, "  file: {}", s.to_json());
    let _ = writeln!(out, "  pretty: {}", s.to_json_pretty());
    let _ = writeln!(out, "  link: {}", share::encode(s));
    let store = consenting_store();
    let _ = keep_in(&store, s);
    out.push_str(&stored(&store));
}

fn sample_answers(goals: &str) -> Answers {
    let mut a = Answers::new("2026-03-12").expect("date");
    a.set_single(SingleItemId::WorkAbility, Some(Response::Value(6)))
        .expect("single");
    a.set_single(SingleItemId::Health, Some(Response::PreferNotToSay))
        .expect("single");
    for (i, item) in askel::assessment::instrument()
        .areas
        .iter()
        .flat_map(|area| area.items.iter())
        .enumerate()
    {
        let response = match i % 4 {
            0 => Some(Response::Value((i % 5) as u8 + 1)),
            1 => Some(Response::PreferNotToSay),
            2 => Some(Response::Value(3)),
            _ => None,
        };
        a.set_area_item(item.id, response).expect("item");
    }
    a.set_support_topic(SupportTopic::Housing, true);
    a.set_support_topic(SupportTopic::Health, true);
    a.set_goals(goals).expect("goals");
    a.set_questions("Mitä \"tukea\" saan?\n\tKiitos \\ / ✓ 🙂")
        .expect("questions");
    a
}

fn dump() -> String {
    let mut out = String::new();
    // Golden cases.
    let mut cases: Vec<String> =
        std::fs::read_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cases"))
            .expect("cases")
            .filter_map(|e| e.ok()?.file_name().into_string().ok())
            .filter(|n| n.ends_with(".json"))
            .collect();
    cases.sort();
    for name in &cases {
        let text = read("tests/cases", name);
        let _ = writeln!(out, "case {name}");
        match scenario_text(&text).map(Scenario::from_json) {
            Some(Ok(s)) => scenario_lines(&mut out, &s),
            Some(Err(e)) => {
                let _ = writeln!(out, "  error: {e:?}");
            }
            None => out.push_str("  no scenario\n"),
        }
    }
    // Fixtures: each released format read and written again.
    let file = Scenario::read(&read("tests/fixtures", "scenario-1.json")).expect("file /1");
    out.push_str("fixture scenario-1.json\n");
    scenario_lines(&mut out, &file.scenario);
    let link = share::open(read("tests/fixtures", "link-s1.txt").trim()).expect("link s1");
    out.push_str("fixture link-s1.txt\n");
    scenario_lines(&mut out, &link.scenario);
    let store = Store::new(MemoryBackend::default());
    for (key, name) in [
        (LEGACY_CONSENT_KEY, "storage-1-consent.json"),
        (SCENARIO_KEY, "storage-1-scenario.json"),
        (ASSESSMENT_HISTORY_KEY, "storage-1-assessment-history.json"),
        (ASSESSMENT_NOTES_KEY, "storage-1-assessment-notes.json"),
    ] {
        store.backend().map.borrow_mut().insert(
            key.to_owned(),
            read("tests/fixtures", name).trim().to_owned(),
        );
    }
    let (scenario, status) = restore_from(&store);
    let _ = writeln!(out, "fixture storage-1 scenario: {status:?}");
    let Action::Loaded {
        history,
        saved_answers,
        ..
    } = load_saved_from(&store)
    else {
        panic!("the version-1 storage opens")
    };
    keep_in(&store, &scenario.expect("scenario"));
    store
        .save(ASSESSMENT_HISTORY_KEY, &history)
        .expect("history");
    let notes = SavedNotes::of(&saved_answers.expect("notes"));
    store.save(ASSESSMENT_NOTES_KEY, &notes).expect("notes");
    out.push_str(&stored(&store));
    let _ = writeln!(out, "  history: {}", history.to_json().expect("json"));
    // Presets: file, link and the tab's state in every language.
    for preset in presets::all(FIRST_DATE) {
        let _ = writeln!(out, "preset {}", preset.id);
        scenario_lines(&mut out, &preset.scenario);
        for lang in Lang::ALL {
            let state = ScenarioState::with_preset(FIRST_DATE, preset.id, lang);
            let _ = writeln!(out, "  tab {lang:?}: {}", state.tab_snapshot());
        }
    }
    // Self-assessment: answers, the tab's state, history and notes as stored.
    for goals in ["", "Kävellä joka päivä", "a\u{1}b\u{1f}c\u{7f}\u{2028}"] {
        let answers = sample_answers(goals);
        let _ = writeln!(out, "answers: {}", answers.to_json().expect("json"));
        let mut state = AssessmentState::new("2026-03-12");
        state.answers = answers.clone();
        state.finished = true;
        let _ = writeln!(out, "  tab: {}", state.tab_snapshot().expect("tab"));
        let mut history = History::new();
        history.add(score(&answers)).expect("add");
        history
            .add(score(&Answers::new("2026-01-02").expect("date")))
            .expect("add");
        let store = consenting_store();
        store
            .save(ASSESSMENT_HISTORY_KEY, &history)
            .expect("history");
        store
            .save(ASSESSMENT_NOTES_KEY, &SavedNotes::of(&answers))
            .expect("notes");
        out.push_str(&stored(&store));
    }
    out
}

#[test]
#[ignore = "writes the dump to $CODEC_DUMP; compare two runs with cmp"]
fn write_the_codec_dump() {
    let path = std::env::var("CODEC_DUMP").expect("set CODEC_DUMP to the output file");
    std::fs::write(&path, dump()).expect("written");
}
