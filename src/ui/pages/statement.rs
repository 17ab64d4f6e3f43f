use yew::prelude::*;

use crate::i18n::{k, tr};
use crate::ui::state::use_lang;

/// The accessibility statement (saavutettavuusseloste): conformance, known gaps, feedback.
#[component]
pub fn StatementPage() -> Html {
    let lang = use_lang();
    html! {
        <>
            <h1>{ tr(lang, k::STATEMENT_TITLE) }</h1>
            <p class="lead">{ tr(lang, k::STATEMENT_LEAD) }</p>
            <h2>{ tr(lang, k::STATEMENT_STATUS_TITLE) }</h2>
            <p>{ tr(lang, k::STATEMENT_STATUS_TEXT) }</p>
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
            <p class="hint">{ tr(lang, k::STATEMENT_DATE) }</p>
        </>
    }
}
