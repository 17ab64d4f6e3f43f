//! The build's check of `tr_args` and `tr` calls (`build/i18n.rs`): a call must pass exactly the
//! message's placeholders. The build script runs it over `src/`; these tests run it over small
//! pieces of code, so the check itself is shown to catch what it should.
#![cfg(not(target_arch = "wasm32"))]

#[allow(dead_code)]
#[path = "../build/i18n.rs"]
mod i18n_build;

use std::collections::BTreeMap;
use std::path::PathBuf;

use i18n_build::{check_source, constant_name, Catalogue};

fn catalogue() -> Catalogue {
    [
        ("scenario.explain.more", "You would have {amount} more."),
        ("scenario.range", "{from}–{to}"),
        ("shell.app_name", "Askel"),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_owned(), (v.to_owned(), PathBuf::from("en.txt"))))
    .collect()
}

fn problems(code: &str) -> Vec<String> {
    let reference = catalogue();
    let by_constant: BTreeMap<String, &str> = reference
        .keys()
        .map(|key| (constant_name(key), key.as_str()))
        .collect();
    let mut problems = Vec::new();
    check_source("x.rs", code, &by_constant, &reference, &mut problems);
    problems
}

#[test]
fn exact_placeholders_pass() {
    let code = r#"
        let a = tr_args(lang, k::SCENARIO_EXPLAIN_MORE, &[("amount", &money(lang, 5))]);
        let b = tr_args(
            lang,
            crate::i18n::k::SCENARIO_RANGE,
            &[("to", "2"), ("from", &format!("{}", 1))],
        );
        let c = tr(lang, k::SHELL_APP_NAME);
    "#;
    assert_eq!(problems(code), Vec::<String>::new());
}

#[test]
fn a_missing_misspelt_or_extra_name_fails() {
    let found = problems(
        r#"
        tr_args(lang, k::SCENARIO_EXPLAIN_MORE, &[("amuont", "1")]);
        tr_args(lang, k::SCENARIO_RANGE, &[("from", "1")]);
        tr_args(lang, k::SCENARIO_EXPLAIN_MORE, &[("amount", "1"), ("extra", "2")]);
    "#,
    );
    assert_eq!(found.len(), 3, "{found:?}");
    assert!(found[0].starts_with("x.rs:2:"), "{}", found[0]);
    assert!(found[1].contains("scenario.range"));
}

#[test]
fn arguments_the_build_cannot_read_fail() {
    let found = problems("tr_args(lang, k::SCENARIO_RANGE, &args);");
    assert_eq!(found.len(), 1);
    assert!(found[0].contains("pass the arguments as a list"));
}

#[test]
fn a_message_with_placeholders_needs_tr_args() {
    let found = problems("let s = tr(lang, k::SCENARIO_EXPLAIN_MORE);");
    assert_eq!(found.len(), 1);
    assert!(found[0].contains("use tr_args"));
}

#[test]
fn comments_definitions_and_caller_chosen_keys_are_not_read() {
    let code = r#"
        // tr_args(lang, k::SCENARIO_RANGE, &[("wrong", "x")])
        /* tr(lang, k::SCENARIO_EXPLAIN_MORE) */
        pub fn tr_args(lang: Lang, key: Key, args: &[(&str, &str)]) -> String { todo() }
        let s = "tr_args(lang, k::SCENARIO_RANGE, &[])";
        let t = tr_args(lang, up, &[("amount", "1")]);
    "#;
    assert_eq!(problems(code), Vec::<String>::new());
}
