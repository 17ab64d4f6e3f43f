use yew::prelude::*;

use crate::i18n::{k, tr};
use crate::ui::state::use_lang;

/// The work-ability self-assessment.
#[component]
pub fn AssessmentPage() -> Html {
    let lang = use_lang();
    html! {
        <>
            <h1>{ tr(lang, k::SHELL_NAV_ASSESSMENT) }</h1>
            <p class="lead">{ tr(lang, k::HOME_ASSESSMENT_TEXT) }</p>
        </>
    }
}
