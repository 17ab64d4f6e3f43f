use yew::prelude::*;

use crate::i18n::{k, tr};
use crate::ui::state::use_lang;

/// Income scenarios.
#[component]
pub fn ScenariosPage() -> Html {
    let lang = use_lang();
    html! {
        <>
            <h1>{ tr(lang, k::SHELL_NAV_SCENARIOS) }</h1>
            <p class="lead">{ tr(lang, k::HOME_SCENARIOS_TEXT) }</p>
        </>
    }
}
