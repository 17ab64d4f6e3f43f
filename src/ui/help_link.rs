//! The help link of the footer: the word list (glossary) on the About page, in the same place
//! on every page (WCAG 2.2, 3.2.6 Consistent Help). The fragment of the address is kept for share
//! links, so the link opens the About page and then scrolls its glossary into view itself; with
//! a modifier key or in a new tab it opens the About page.

use yew::prelude::*;

use super::browser;
use super::route::Page;
use super::state::{use_app, Action};
use crate::i18n::{k, tr};

/// The glossary section's id on the About page, and its heading's.
const GLOSSARY_ID: &str = "glossary";
const GLOSSARY_HEADING_ID: &str = "about-glossary";

#[component]
pub fn HelpLink() -> Html {
    let app = use_app();
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
        if to != app.route {
            browser::push_url(&to.href());
            app.dispatch(Action::Navigate(to));
        }
        // After the About page has rendered and the navigation has put focus on the content.
        gloo::timers::callback::Timeout::new(0, || {
            browser::scroll_to_element(GLOSSARY_ID);
            browser::focus(GLOSSARY_HEADING_ID);
        })
        .forget();
    });
    html! {
        <a href={to.href()} class="help-link" {onclick}>{ tr(route.lang, k::SHELL_FOOTER_HELP) }</a>
    }
}
