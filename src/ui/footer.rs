use yew::prelude::*;

use super::help_link::HelpLink;
use super::nav_link::NavLink;
use super::route::Page;
use super::state::use_app;
use crate::i18n::{k, tr};

/// The footer: the privacy promise in one sentence, the help link (the same place on every
/// page) and links to the About sections.
#[component]
pub fn Footer() -> Html {
    let route = use_app().route;
    let lang = route.lang;
    html! {
        <footer class="site-footer">
            <p>{ tr(lang, k::SHELL_FOOTER_PRIVACY) }</p>
            <p class="footer-links">
                <HelpLink />
                { " · " }
                <NavLink to={route.with_page(Page::About)}>{ tr(lang, k::SHELL_FOOTER_ABOUT) }</NavLink>
                { " · " }
                <NavLink to={route.with_page(Page::Accessibility)}>{ tr(lang, k::STATEMENT_TITLE) }</NavLink>
            </p>
        </footer>
    }
}
