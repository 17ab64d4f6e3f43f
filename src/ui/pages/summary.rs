use yew::prelude::*;

use crate::i18n::{k, tr};
use crate::ui::assessment::MeetingSummary;
use crate::ui::state::use_lang;

/// The summary for a meeting: one printable page.
#[component]
pub fn SummaryPage() -> Html {
    let lang = use_lang();
    html! {
        <>
            <h1>{ tr(lang, k::SUMMARY_TITLE) }</h1>
            <p class="lead no-print">{ tr(lang, k::SUMMARY_LEAD) }</p>
            <MeetingSummary />
        </>
    }
}
