//! Properties of our JSON reader and writer (src/json), checked against serde_json as an
//! independent reader (a native dev-dependency only; it is not in the WebAssembly).
//!
//! - What we write, we read back unchanged (compact and indented), and serde_json reads the same.
//! - No input makes the reader panic: arbitrary bytes, and valid documents with a byte changed.
//! - On any document, serde_json and we agree: what serde_json refuses we refuse too; what we
//!   accept serde_json reads as the same tree; what only serde_json accepts has a key given twice
//!   (serde_json lets the last win) or is nested deeper than our limit.
//! - Our formats survive any text: self-assessment answers with any goals and questions.
#![cfg(not(target_arch = "wasm32"))]

use askel::assessment::{Answers, Response, SingleItemId, SupportTopic};
use askel::json::{self, ErrorKind, Value};
use proptest::prelude::*;

fn number() -> impl Strategy<Value = String> {
    "-?(0|[1-9][0-9]{0,12})(\\.[0-9]{1,6})?([eE][+-]?[0-9]{1,2})?"
}

fn value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        number().prop_map(Value::Number),
        ".{0,12}".prop_map(Value::String),
    ];
    leaf.prop_recursive(5, 48, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::vec((".{0,6}", inner), 0..6).prop_map(|pairs| {
                // Each key once, in the generated order.
                let mut seen = Vec::new();
                Value::Object(
                    pairs
                        .into_iter()
                        .filter(|(k, _)| {
                            let new = !seen.contains(k);
                            seen.push(k.clone());
                            new
                        })
                        .collect(),
                )
            }),
        ]
    })
}

/// A document, then one byte of it replaced, removed or inserted (as text, so still UTF-8).
fn mutated() -> impl Strategy<Value = String> {
    (
        value(),
        any::<prop::sample::Index>(),
        0u8..3,
        prop::sample::select(b"{}[]\":,\\ 0123456789.eE+-tfnul\x01ab".to_vec()),
    )
        .prop_map(|(v, at, how, byte)| {
            let mut bytes = v.to_text().into_bytes();
            let i = at.index(bytes.len() + 1);
            match how {
                0 if i < bytes.len() => bytes[i] = byte,
                1 if i < bytes.len() => {
                    bytes.remove(i);
                }
                _ => bytes.insert(i, byte),
            }
            String::from_utf8_lossy(&bytes).into_owned()
        })
}

/// serde_json's view of a text, `None` when it refuses it (or a number is beyond `f64`, which
/// serde_json refuses and we keep as text: our formats read numbers from their digits).
fn serde_view(text: &str) -> Option<Result<serde_json::Value, ()>> {
    match serde_json::from_str::<serde_json::Value>(text) {
        Ok(v) => Some(Ok(v)),
        Err(e) if e.to_string().contains("number out of range") => None,
        Err(_) => Some(Err(())),
    }
}

fn agree(text: &str) -> Result<(), TestCaseError> {
    let ours = json::parse(text);
    match (serde_view(text), &ours) {
        (None, _) => {}
        (Some(Err(())), Ok(v)) => {
            return Err(TestCaseError::fail(format!(
                "serde_json refuses {text:?}, we read {v:?}"
            )))
        }
        (Some(Err(())), Err(_)) => {}
        (Some(Ok(theirs)), Ok(v)) => {
            let again: serde_json::Value = serde_json::from_str(&v.to_text())
                .map_err(|e| TestCaseError::fail(e.to_string()))?;
            prop_assert_eq!(again, theirs, "{:?}", text);
        }
        (Some(Ok(_)), Err(e)) => prop_assert!(
            matches!(e.kind, ErrorKind::DuplicateKey | ErrorKind::TooDeep),
            "serde_json reads {:?}, we refuse it: {}",
            text,
            e
        ),
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 1000, ..ProptestConfig::default() })]

    #[test]
    fn what_we_write_reads_back_the_same(v in value()) {
        let compact = v.to_text();
        prop_assert_eq!(json::parse(&compact), Ok(v.clone()));
        prop_assert_eq!(json::parse(&v.to_pretty_text()), Ok(v.clone()));
        prop_assert!(serde_json::from_str::<serde_json::Value>(&compact).is_ok(), "{}", compact);
        // Writing what was read gives the same bytes.
        prop_assert_eq!(json::parse(&compact).map(|w| w.to_text()), Ok(compact));
    }

    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        let text = String::from_utf8_lossy(&bytes);
        let _ = json::parse(&text);
        let _ = json::parse_keeping_duplicates(&text);
        agree(&text)?;
    }

    #[test]
    fn we_and_serde_json_agree_on_changed_documents(text in mutated()) {
        agree(&text)?;
    }

    #[test]
    fn we_and_serde_json_agree_on_valid_documents(v in value()) {
        agree(&v.to_text())?;
        agree(&v.to_pretty_text())?;
    }

    #[test]
    fn answers_with_any_text_round_trip(goals in "\\PC{0,40}|.{0,40}", questions in ".{0,40}", work in 0u8..=10) {
        let mut a = Answers::new("2026-03-12").expect("date");
        a.set_goals(&goals).expect("goals");
        a.set_questions(&questions).expect("questions");
        a.set_single(SingleItemId::WorkAbility, Some(Response::Value(work))).expect("single");
        a.set_support_topic(SupportTopic::Wellbeing, true);
        let text = a.to_json().expect("json");
        prop_assert_eq!(Answers::from_json(&text), Ok(a));
        prop_assert!(serde_json::from_str::<serde_json::Value>(&text).is_ok());
    }
}

#[test]
fn keys_given_twice_and_deep_nesting_are_what_only_serde_json_accepts() {
    agree(r#"{"a":1,"a":2}"#).expect("agree");
    agree(&format!("{}{}", "[".repeat(100), "]".repeat(100))).expect("agree");
    // A number beyond f64 is refused by serde_json and kept as text by us.
    assert_eq!(json::parse("1e400"), Ok(Value::Number("1e400".into())));
}
