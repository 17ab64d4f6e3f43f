//! Golden cases: every `tests/cases/*.json` is one household with expected outputs.
//!
//! Case format (see docs/SCENARIO-FORMAT.md, "Golden cases"):
//! `description`, `source` (a document id of params/sources.toml, optionally with a note, or "derived"), `scenario` (askel-scenario/1),
//! `expect` (output name → euros), optional `tolerance` (euros, default 0.01), optional
//! `parameters` (parameter path → value, applied over the period's parameters; used for official
//! examples with old parameters and for the average municipal tax rate `municipal_tax_pct`),
//! optional `flags` (names of `rules::Flag`s that must be raised), optional `notes`. Every file is checked and all failures are reported at the end.
#![cfg(not(target_arch = "wasm32"))]

use askel::rules::{self, Cents};
use askel::scenario::Scenario;
use serde_json::Value;
use std::path::Path;

/// A case's `source` is "derived" or starts with the id of a document in params/sources.toml
/// (optionally followed by a note), so every official example names a document the About page lists.
fn source_problem(source: &str) -> Option<String> {
    if source == "derived" {
        return None;
    }
    let id = source.split([' ', ';', ',']).next().unwrap_or("");
    if rules::sources::find(id).is_some() {
        None
    } else {
        Some(format!(
            "`{id}` is neither \"derived\" nor a document id of params/sources.toml"
        ))
    }
}

/// Check one case; returns the failures (empty when it passes).
fn check_case(file: &str, text: &str) -> Vec<String> {
    let mut failures = Vec::new();
    let v: Value = match serde_json::from_str(text) {
        Ok(v) => v,
        Err(e) => return vec![format!("{file}: malformed JSON: {e}")],
    };
    let Some(obj) = v.as_object() else {
        return vec![format!("{file}: a case must be a JSON object")];
    };
    for k in obj.keys() {
        if ![
            "description",
            "source",
            "scenario",
            "expect",
            "tolerance",
            "parameters",
            "flags",
            "notes",
        ]
        .contains(&k.as_str())
        {
            failures.push(format!("{file}: unknown case field `{k}`"));
        }
    }
    for k in ["description", "source"] {
        if !obj.get(k).is_some_and(Value::is_string) {
            failures.push(format!("{file}: `{k}` must be a string"));
        }
    }
    if let Some(source) = obj.get("source").and_then(Value::as_str) {
        if let Some(problem) = source_problem(source) {
            failures.push(format!("{file}: `source`: {problem}"));
        }
    }
    let tolerance = match obj.get("tolerance") {
        None => Cents(1),
        Some(t) => match t.as_f64().and_then(Cents::from_euros_f64) {
            Some(c) => c,
            None => {
                failures.push(format!("{file}: `tolerance` must be a number"));
                Cents(1)
            }
        },
    };
    let scenario = match obj.get("scenario").map(Scenario::from_value) {
        None => {
            failures.push(format!("{file}: `scenario` missing"));
            return failures;
        }
        Some(Err(e)) => {
            failures.push(format!("{file}: invalid scenario: {e}"));
            return failures;
        }
        Some(Ok(s)) => s,
    };
    let period = match rules::period_for(scenario.rules_date) {
        Ok(p) => p,
        Err(e) => {
            failures.push(format!("{file}: {e}"));
            return failures;
        }
    };
    let mut overrides = Vec::new();
    if let Some(p) = obj.get("parameters") {
        match p.as_object() {
            None => failures.push(format!("{file}: `parameters` must be an object")),
            Some(m) => {
                for (k, v) in m {
                    let text = match v {
                        Value::Number(n) => n.to_string(),
                        Value::Bool(b) => b.to_string(),
                        Value::String(s) => s.clone(),
                        _ => {
                            failures.push(format!("{file}: parameters.{k} must be a number"));
                            continue;
                        }
                    };
                    overrides.push((k.clone(), text));
                }
            }
        }
    }
    let params = match period.params.with_overrides(&overrides) {
        Ok(p) => p,
        Err(e) => {
            failures.push(format!("{file}: parameters: {e}"));
            return failures;
        }
    };
    let b = match rules::compute_with(&scenario, &params) {
        Ok(b) => b,
        Err(e) => {
            failures.push(format!("{file}: compute failed: {e}"));
            return failures;
        }
    };
    if let Some(fl) = obj.get("flags") {
        match fl.as_array() {
            None => failures.push(format!("{file}: `flags` must be an array of flag names")),
            Some(list) => {
                let have: Vec<String> = b.flags.iter().map(|f| format!("{f:?}")).collect();
                for want in list {
                    let want = want.as_str().unwrap_or("");
                    // a name alone ("LivingWithParentsAssumption") or with its person ("KelaDisabilityPensionSuspended { person: 0 }")
                    if !have
                        .iter()
                        .any(|h| h == want || h.split(' ').next() == Some(want))
                    {
                        failures.push(format!(
                            "{file}: flag `{want}` expected, flags are {have:?}"
                        ));
                    }
                }
            }
        }
    }
    match obj.get("expect").and_then(Value::as_object) {
        None => failures.push(format!("{file}: `expect` must be an object")),
        Some(expect) if expect.is_empty() => failures.push(format!("{file}: `expect` is empty")),
        Some(expect) => {
            // Month outputs (`month[YYYY-MM].<output>`) come from the month-by-month view of the
            // scenario's `month_event`, computed once with the built-in rules.
            let months = expect
                .keys()
                .any(|k| k.starts_with("month["))
                .then(|| scenario.month_by_month());
            if let Some(Err(e)) = &months {
                failures.push(format!("{file}: month view failed: {e}"));
            }
            if months.is_some() && !overrides.is_empty() {
                failures.push(format!(
                    "{file}: month outputs are computed with the built-in rules; remove `parameters`"
                ));
            }
            for (name, ev) in expect {
                let Some(expected) = ev.as_f64().and_then(Cents::from_euros_f64) else {
                    failures.push(format!("{file}: expect.{name} must be a number"));
                    continue;
                };
                let actual = if name.starts_with("month[") {
                    months
                        .as_ref()
                        .and_then(|m| m.as_ref().ok())
                        .and_then(|m| m.output(name))
                } else {
                    b.output(name)
                };
                match actual {
                    None => failures.push(format!("{file}: unknown output `{name}`")),
                    Some(actual) => {
                        if (actual.0 - expected.0).abs() > tolerance.0 {
                            failures.push(format!(
                                "{file}: {name}: expected {expected}, actual {actual}"
                            ));
                        }
                    }
                }
            }
        }
    }
    failures
}

#[test]
fn golden_cases() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cases");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("tests/cases")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    let mut failures = Vec::new();
    for f in &files {
        let name = f
            .file_name()
            .map(|n| n.to_string_lossy().to_string())
            .unwrap_or_default();
        match std::fs::read_to_string(f) {
            Ok(text) => failures.extend(check_case(&name, &text)),
            Err(e) => failures.push(format!("{name}: {e}")),
        }
    }
    if !failures.is_empty() {
        panic!(
            "{} golden failure(s) in {} files:\n  {}",
            failures.len(),
            files.len(),
            failures.join("\n  ")
        );
    }
    assert!(
        files.len() >= 40,
        "expected at least 40 golden cases, found {}",
        files.len()
    );
    println!("{} golden cases passed", files.len());
}

#[test]
fn malformed_case_names_file_and_field() {
    let text = r#"{"description":"x","source":"derived","expect":{"taxes":0},
      "scenario":{"format":"askel-scenario/1","rules_date":"2026-06-01","municipality":"837",
      "household":{"adults":[{"age":30,"monthly_wage":-5}]}}}"#;
    let f = check_case("bad.json", text);
    assert_eq!(f.len(), 1, "{f:?}");
    assert!(f[0].starts_with("bad.json: invalid scenario"), "{f:?}");
    assert!(f[0].contains("household.adults[0].monthly_wage"), "{f:?}");
    let f = check_case("broken.json", "{");
    assert!(f[0].starts_with("broken.json: malformed JSON"), "{f:?}");
    let f = check_case(
        "typo.json",
        &text
            .replace("\"taxes\":0", "\"taxess\":0")
            .replace("-5", "5"),
    );
    assert!(
        f.iter().any(|m| m.contains("unknown output `taxess`")),
        "{f:?}"
    );
    let with_flag = text.replace("-5", "5").replace(
        "\"expect\"",
        "\"flags\":[\"LivingWithParentsAssumption\"],\"expect\"",
    );
    let f = check_case("flag.json", &with_flag);
    assert!(
        f.iter()
            .any(|m| m.contains("flag `LivingWithParentsAssumption` expected")),
        "{f:?}"
    );
}

#[test]
fn a_case_source_is_derived_or_a_listed_document() {
    assert_eq!(source_problem("derived"), None);
    assert_eq!(source_problem("kela-yleistuki-2026"), None);
    assert_eq!(
        source_problem("kela-sairauspaivaraha-laskukaava (Kela 2025 formula table)"),
        None
    );
    for unknown in ["S16", "W11 (Työeläke.fi)", "", "Derived"] {
        assert!(source_problem(unknown).is_some(), "{unknown:?}");
    }
}
