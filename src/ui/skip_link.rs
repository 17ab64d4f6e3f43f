use yew::prelude::*;

use super::browser;
use super::state::use_lang;
use crate::i18n::{k, tr};

/// The id of the main content region, the skip link's target.
pub const MAIN_ID: &str = "main";

/// "Skip to content": the first focusable element, visible when focused.
#[component]
pub fn SkipLink() -> Html {
    let lang = use_lang();
    let onclick = Callback::from(|event: MouseEvent| {
        event.prevent_default();
        browser::focus(MAIN_ID);
    });
    html! {
        <a class="skip-link" href={format!("#{MAIN_ID}")} {onclick}>{ tr(lang, k::SHELL_SKIP_TO_CONTENT) }</a>
    }
}
