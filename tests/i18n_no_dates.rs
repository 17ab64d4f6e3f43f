//! Message texts never type in a date or a year that comes from the rule data: the supported
//! range, the yleistuki start and the like are placeholders filled from `rules::first_date()`,
//! `rules::last_known_date()` and `rules::yleistuki_from()`, so a new rule year changes no text.
#![cfg(not(target_arch = "wasm32"))]

use std::path::Path;

/// Texts whose date is a fact about the text itself, not rule data.
const ALLOWED: &[(&str, &str)] = &[
    (
        "statement.date",
        "the day the accessibility statement was written",
    ),
    (
        "share.problem.invalid_date",
        "an example of the date format",
    ),
];

/// Whether `text` holds a year 2020–2039 as a number of its own.
fn has_year(text: &str) -> bool {
    let bytes = text.as_bytes();
    (0..bytes.len().saturating_sub(3)).any(|i| {
        let four = &bytes[i..i + 4];
        let digit_before = i > 0 && bytes[i - 1].is_ascii_digit();
        let digit_after = bytes.get(i + 4).is_some_and(|b| b.is_ascii_digit());
        four.starts_with(b"20")
            && (four[2] == b'2' || four[2] == b'3')
            && four[3].is_ascii_digit()
            && !digit_before
            && !digit_after
    })
}

fn texts() -> Vec<(String, String, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("i18n");
    let mut out = Vec::new();
    for lang in std::fs::read_dir(&root).expect("i18n").flatten() {
        for file in std::fs::read_dir(lang.path()).expect("lang").flatten() {
            let text = std::fs::read_to_string(file.path()).unwrap_or_default();
            for line in text.lines() {
                if let Some((key, value)) = line.split_once(" = ") {
                    out.push((
                        lang.file_name().to_string_lossy().into_owned(),
                        key.trim().to_owned(),
                        value.to_owned(),
                    ));
                }
            }
        }
    }
    out
}

#[test]
fn no_message_types_in_a_year() {
    let all = texts();
    assert!(all.len() > 400, "{} texts", all.len());
    let found: Vec<String> = all
        .iter()
        .filter(|(_, key, value)| has_year(value) && !ALLOWED.iter().any(|(k, _)| k == key))
        .map(|(lang, key, value)| format!("{lang}: {key} = {value}"))
        .collect();
    assert!(
        found.is_empty(),
        "use a placeholder filled from the rule data:\n{}",
        found.join("\n")
    );
}

#[test]
fn the_date_messages_take_their_dates_from_placeholders() {
    let all = texts();
    for (key, needed) in [
        ("scenario.field.rules_date_hint", &["{first}", "{last}"][..]),
        ("form.error.invalid_date", &["{first}"][..]),
        ("scenario.problem.date", &["{first}", "{last}"][..]),
        ("scenario.problem.yleistuki_date", &["{date}"][..]),
        ("share.problem.yleistuki_date", &["{date}"][..]),
        ("glossary.yleistuki.text", &["{from}"][..]),
    ] {
        let values: Vec<_> = all.iter().filter(|(_, k, _)| k == key).collect();
        assert_eq!(values.len(), 4, "{key} in every language");
        for (lang, _, value) in values {
            for p in needed {
                assert!(value.contains(p), "{lang}: {key} lacks {p}: {value}");
            }
        }
    }
}

#[test]
fn the_check_sees_years_and_dates() {
    assert!(has_year("from 1.5.2026 on"));
    assert!(has_year("2027"));
    assert!(!has_year("{first}–{last}"));
    assert!(!has_year("120 000 €"));
    assert!(!has_year("12025"));
}
