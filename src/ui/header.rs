use yew::prelude::*;

use super::lang_switch::LangSwitch;
use super::nav_link::NavLink;
use super::route::{Page, Route};
use super::state::use_app;
use crate::i18n::{k, tr};

/// The header: the name (a link home), the main navigation and the language switch.
#[component]
pub fn Header() -> Html {
    let app = use_app();
    let route = app.route;
    let lang = route.lang;
    html! {
        <header class="site-header">
            <div class="header-bar">
                <NavLink to={route.with_page(Page::Home)} class="brand">
                    <span class="brand-mark" aria-hidden="true">{ "›" }</span>
                    <span class="brand-name">{ tr(lang, k::SHELL_APP_NAME) }</span>
                    <span class="brand-tagline">{ tr(lang, k::SHELL_TAGLINE) }</span>
                </NavLink>
                <div class="header-tools">
                    // Both labels, one shown by the display classes: the page's HTML is the
                    // same in both displays (see `Route::display_classes`).
                    <NavLink to={Route { meeting: !route.meeting, ..route }} class="meeting-toggle">
                        <span class="when-ordinary">{ tr(lang, k::SHELL_MEETING_ON) }</span>
                        <span class="when-meeting">{ tr(lang, k::SHELL_MEETING_OFF) }</span>
                    </NavLink>
                    <LangSwitch />
                </div>
            </div>
            <nav class="main-nav" aria-label={tr(lang, k::SHELL_NAV_LABEL)}>
                <ul>
                { for Page::NAV.into_iter().map(|page| html! {
                    <li>
                        <NavLink to={route.with_page(page)} current={page == route.page}>
                            { tr(lang, page.nav_key()) }
                        </NavLink>
                    </li>
                }) }
                </ul>
            </nav>
        </header>
    }
}

/// What is left of the header in an embed with `header=0`: only a compact language switch, so a
/// visitor can still read the page in their own language. Hidden in every other display.
#[component]
pub fn EmbedBar() -> Html {
    html! {
        <div class="embed-bar">
            <LangSwitch />
        </div>
    }
}
