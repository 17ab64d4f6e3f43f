//! The help link of the footer: the word list (glossary) on the About page, in the same place
//! on every page (WCAG 2.2, 3.2.6 Consistent Help). About is read from its own file
//! (src/ui/modules.rs, `READ_ONLY`), so the link loads it at the glossary's heading, keeping this
//! tab's state as every link to another module's page does; static/boot.js focuses the heading
//! there. With a modifier key, or in a new tab, the browser opens the same address.

use yew::prelude::*;

use super::browser;
use super::route::Page;
use super::state::use_app;
use crate::i18n::{k, tr};

/// The id of the glossary's heading on the About page (focusable with `tabindex="-1"`).
const GLOSSARY_HEADING_ID: &str = "about-glossary";

#[component]
pub fn HelpLink() -> Html {
    let app = use_app();
    let route = app.route;
    let href = format!(
        "{}#{GLOSSARY_HEADING_ID}",
        route.with_page(Page::About).href()
    );
    let onclick = {
        let href = href.clone();
        Callback::from(move |event: MouseEvent| {
            if !browser::is_plain_click(&event) {
                return;
            }
            event.prevent_default();
            browser::load_keeping_tab_state(&href);
        })
    };
    html! {
        <a {href} class="help-link" {onclick}>{ tr(route.lang, k::SHELL_FOOTER_HELP) }</a>
    }
}
