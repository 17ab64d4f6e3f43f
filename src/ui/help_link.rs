//! The help link of the footer: the word list (glossary) on the About page, in the same place
//! on every page (WCAG 2.2, 3.2.6 Consistent Help). The fragment of the address is kept for share
//! links, so the link opens the About page and then shows and focuses the glossary's heading
//! itself; with a modifier key, in a new tab, or from a page of the other module (whose link loads
//! the About page's own file) it opens the About page.

use yew::prelude::*;

use super::browser;
use super::modules::use_module;
use super::route::Page;
use super::state::{use_app, Action};
use crate::i18n::{k, tr};

/// The id of the glossary's heading on the About page (focusable with `tabindex="-1"`).
const GLOSSARY_HEADING_ID: &str = "about-glossary";

#[component]
pub fn HelpLink() -> Html {
    let app = use_app();
    let module = use_module();
    let route = app.route;
    let to = route.with_page(Page::About);
    let onclick = Callback::from(move |event: MouseEvent| {
        if event.button() != 0
            || event.ctrl_key()
            || event.meta_key()
            || event.shift_key()
            || event.alt_key()
        {
            return;
        }
        event.prevent_default();
        if !module.shows(Page::About) {
            // The About page's own file, at the glossary.
            browser::load_keeping_tab_state(&format!("{}#{GLOSSARY_HEADING_ID}", to.href()));
            return;
        }
        if to == app.route {
            browser::show_and_focus(GLOSSARY_HEADING_ID);
        } else {
            // Shown once the About page has rendered (the app's navigation effect does it).
            browser::focus_after_navigation(GLOSSARY_HEADING_ID);
            browser::push_url(&to.href());
            app.dispatch(Action::Navigate(to));
        }
    });
    html! {
        <a href={to.href()} class="help-link" {onclick}>{ tr(route.lang, k::SHELL_FOOTER_HELP) }</a>
    }
}
