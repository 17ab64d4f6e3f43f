//! Completeness of the self-assessment texts: fi, sv, en and selko have the same keys, no empty values,
//! the same placeholders per key, and every key the instrument refers to.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::{BTreeMap, BTreeSet};

use askel::assessment::instrument;

const FILES: [(&str, &str); 4] = [
    ("fi", include_str!("../i18n/fi/assessment.txt")),
    ("sv", include_str!("../i18n/sv/assessment.txt")),
    ("en", include_str!("../i18n/en/assessment.txt")),
    ("selko", include_str!("../i18n/selko/assessment.txt")),
];

/// Parses the message format: `key = value` per line, `#` comment lines, blank lines.
fn parse(lang: &str, text: &str) -> BTreeMap<String, String> {
    let mut map = BTreeMap::new();
    for (n, line) in text.lines().enumerate() {
        let line_no = n + 1;
        let trimmed = line.trim();
        if trimmed.is_empty() || trimmed.starts_with('#') {
            continue;
        }
        let (key, value) = line
            .split_once(" = ")
            .unwrap_or_else(|| panic!("{lang}:{line_no}: expected `key = value`: {line}"));
        let (key, value) = (key.trim(), value.trim());
        assert!(
            !key.is_empty()
                && key.bytes().all(|b| b.is_ascii_lowercase()
                    || b.is_ascii_digit()
                    || b == b'_'
                    || b == b'.'),
            "{lang}:{line_no}: key {key:?} must match [a-z0-9_.]+"
        );
        assert!(
            key.starts_with("assessment."),
            "{lang}:{line_no}: {key} must start with assessment."
        );
        assert!(
            !value.is_empty(),
            "{lang}:{line_no}: {key} has an empty value"
        );
        assert!(
            map.insert(key.to_owned(), value.to_owned()).is_none(),
            "{lang}:{line_no}: duplicate key {key}"
        );
    }
    map
}

/// The `{name}` placeholders of a value; also checks that braces are balanced.
fn placeholders(lang: &str, key: &str, value: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let mut rest = value;
    while let Some(start) = rest.find('{') {
        let after = &rest[start + 1..];
        let end = after
            .find('}')
            .unwrap_or_else(|| panic!("{lang}: {key}: unclosed {{"));
        let name = &after[..end];
        assert!(
            !name.is_empty() && name.bytes().all(|b| b.is_ascii_lowercase() || b == b'_'),
            "{lang}: {key}: bad placeholder {{{name}}}"
        );
        out.insert(name.to_owned());
        rest = &after[end + 1..];
    }
    assert!(!rest.contains('}'), "{lang}: {key}: stray }}");
    out
}

#[test]
fn all_languages_have_the_same_keys_and_no_empty_values() {
    let parsed: Vec<(&str, BTreeMap<String, String>)> =
        FILES.iter().map(|(l, t)| (*l, parse(l, t))).collect();
    let (_, en) = &parsed[2];
    assert!(
        en.len() > 100,
        "expected the full set of texts, got {}",
        en.len()
    );
    for (lang, map) in &parsed {
        let keys: BTreeSet<&String> = map.keys().collect();
        let en_keys: BTreeSet<&String> = en.keys().collect();
        let missing: Vec<_> = en_keys.difference(&keys).collect();
        let extra: Vec<_> = keys.difference(&en_keys).collect();
        assert!(
            missing.is_empty() && extra.is_empty(),
            "{lang}: missing {missing:?}, extra {extra:?}"
        );
    }
}

#[test]
fn placeholders_are_the_same_in_every_language() {
    let parsed: Vec<(&str, BTreeMap<String, String>)> =
        FILES.iter().map(|(l, t)| (*l, parse(l, t))).collect();
    let (_, en) = &parsed[2];
    for (key, en_value) in en {
        let want = placeholders("en", key, en_value);
        for (lang, map) in &parsed {
            let got = placeholders(lang, key, &map[key]);
            assert_eq!(got, want, "{lang}: {key}");
        }
    }
    assert_eq!(
        placeholders("en", "k", &en["assessment.result.score"]),
        ["score".to_owned()].into()
    );
}

#[test]
fn every_key_the_instrument_refers_to_exists() {
    let keys = instrument().text_keys();
    assert!(keys.len() > 60);
    for (lang, text) in FILES {
        let map = parse(lang, text);
        for key in &keys {
            assert!(
                map.contains_key(key.name()),
                "{lang}: missing {}",
                key.name()
            );
        }
    }
}

#[test]
fn texts_are_short_enough_for_a_phone() {
    // Item statements and scale labels are read many times on a small screen.
    let keys = instrument().text_keys();
    for (lang, text) in FILES {
        let map = parse(lang, text);
        let names: Vec<&str> = keys.iter().map(|key| key.name()).collect();
        for key in names
            .iter()
            .filter(|k| k.starts_with("assessment.item.") && !k.ends_with(".help"))
        {
            let n = map[*key].chars().count();
            assert!(n <= 90, "{lang}: {key} is {n} characters");
        }
        for key in names.iter().filter(|k| k.starts_with("assessment.scale.")) {
            assert!(map[*key].chars().count() <= 45, "{lang}: {key}");
        }
    }
}

#[test]
fn assessment_module_stays_pure() {
    let sources = [
        include_str!("../src/assessment/mod.rs"),
        include_str!("../src/assessment/instrument.rs"),
        include_str!("../src/assessment/answers.rs"),
        include_str!("../src/assessment/scoring.rs"),
        include_str!("../src/assessment/history.rs"),
        include_str!("../src/assessment/summary.rs"),
    ];
    for src in sources {
        for line in src.lines().filter(|l| !l.trim_start().starts_with("//")) {
            for banned in ["yew", "web_sys", "gloo", "js_sys"] {
                assert!(
                    !line.contains(banned),
                    "pure module refers to {banned}: {line}"
                );
            }
        }
    }
}
