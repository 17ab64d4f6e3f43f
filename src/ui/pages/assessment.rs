use yew::prelude::*;

use crate::i18n::{k, tr};
use crate::ui::assessment::AssessmentFlow;
use crate::ui::state::use_lang;

/// The work-ability self-assessment: intro, single questions, five areas, support wishes,
/// goals and questions, result.
#[component]
pub fn AssessmentPage() -> Html {
    let lang = use_lang();
    html! {
        <>
            <h1>{ tr(lang, k::SHELL_NAV_ASSESSMENT) }</h1>
            <AssessmentFlow />
        </>
    }
}
