use yew::prelude::*;

use crate::i18n::{k, tr, tr_args};
use crate::ui::assessment::text::date;
use crate::ui::state::use_lang;

/// The statement's dates, kept as data beside the other dated files (no date in the code).
const DATES: &str = include_str!("../../../data/accessibility_statement.txt");

/// The `YYYY-MM-DD` value of `name` in [`DATES`] (empty when missing: a test checks both are there).
pub fn statement_date(name: &str) -> &'static str {
    DATES
        .lines()
        .map(str::trim)
        .filter(|line| !line.starts_with('#'))
        .filter_map(|line| line.split_once('='))
        .find(|(key, _)| key.trim() == name)
        .map_or("", |(_, value)| value.trim())
}

/// The accessibility statement (saavutettavuusseloste): conformance, what was tested, known
/// gaps, feedback.
#[component]
pub fn StatementPage() -> Html {
    let lang = use_lang();
    html! {
        <>
            <h1>{ tr(lang, k::STATEMENT_TITLE) }</h1>
            <p class="lead">{ tr(lang, k::STATEMENT_LEAD) }</p>
            <h2>{ tr(lang, k::STATEMENT_STATUS_TITLE) }</h2>
            <p>{ tr(lang, k::STATEMENT_STATUS_TEXT) }</p>
            <h2>{ tr(lang, k::STATEMENT_TESTED_TITLE) }</h2>
            <ul class="statement-tested">
                <li>{ tr(lang, k::STATEMENT_TESTED_TARGETS) }</li>
                <li>{ tr(lang, k::STATEMENT_TESTED_FOCUS) }</li>
                <li>{ tr(lang, k::STATEMENT_TESTED_HELP) }</li>
                <li>{ tr(lang, k::STATEMENT_TESTED_ONCE) }</li>
                <li>{ tr(lang, k::STATEMENT_TESTED_DRAG) }</li>
            </ul>
            <h2>{ tr(lang, k::STATEMENT_GAPS_TITLE) }</h2>
            <ul>
                <li>{ tr(lang, k::STATEMENT_GAP_CHARTS) }</li>
                <li>{ tr(lang, k::STATEMENT_GAP_QR) }</li>
                <li>{ tr(lang, k::STATEMENT_GAP_SCREEN_READERS) }</li>
                <li>{ tr(lang, k::STATEMENT_GAP_EMBED) }</li>
            </ul>
            <h2>{ tr(lang, k::STATEMENT_FEEDBACK_TITLE) }</h2>
            <p>{ tr(lang, k::STATEMENT_FEEDBACK_TEXT) }</p>
            <p class="placeholder">{ tr(lang, k::STATEMENT_FEEDBACK_PLACEHOLDER) }</p>
            <h2>{ tr(lang, k::STATEMENT_ENFORCEMENT_TITLE) }</h2>
            <p>{ tr(lang, k::STATEMENT_ENFORCEMENT_TEXT) }</p>
            <p class="hint">
                { tr_args(lang, k::STATEMENT_DATE, &[
                    ("prepared", &date(lang, statement_date("prepared"))),
                    ("reviewed", &date(lang, statement_date("reviewed"))),
                ]) }
            </p>
        </>
    }
}

#[cfg(test)]
mod tests {
    use super::statement_date;

    #[test]
    fn both_dates_are_in_the_data_as_iso_dates() {
        for name in ["prepared", "reviewed"] {
            let value = statement_date(name);
            let parts: Vec<&str> = value.split('-').collect();
            assert!(
                parts.len() == 3
                    && parts[0].len() == 4
                    && parts.iter().all(|p| p.parse::<u32>().is_ok()),
                "{name}: {value:?}"
            );
        }
        assert!(statement_date("prepared") <= statement_date("reviewed"));
    }
}
