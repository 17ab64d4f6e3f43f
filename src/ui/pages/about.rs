use yew::prelude::*;

use crate::i18n::{k, tr};
use crate::ui::state::use_lang;

/// About Askel: privacy, the rules used, and accessibility.
#[component]
pub fn AboutPage() -> Html {
    let lang = use_lang();
    html! {
        <>
            <h1>{ tr(lang, k::ABOUT_TITLE) }</h1>
            <p class="lead">{ tr(lang, k::ABOUT_LEAD) }</p>
            <section id="privacy" aria-labelledby="about-privacy">
                <h2 id="about-privacy">{ tr(lang, k::ABOUT_PRIVACY_TITLE) }</h2>
                <p>{ tr(lang, k::ABOUT_PRIVACY_TEXT) }</p>
            </section>
            <section id="rules" aria-labelledby="about-rules">
                <h2 id="about-rules">{ tr(lang, k::ABOUT_RULES_TITLE) }</h2>
                <p>{ tr(lang, k::ABOUT_RULES_TEXT) }</p>
            </section>
            <section id="accessibility" aria-labelledby="about-accessibility">
                <h2 id="about-accessibility">{ tr(lang, k::ABOUT_ACCESSIBILITY_TITLE) }</h2>
                <p>{ tr(lang, k::ABOUT_ACCESSIBILITY_TEXT) }</p>
            </section>
        </>
    }
}
