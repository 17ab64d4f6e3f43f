use yew::prelude::*;

use crate::i18n::{k, tr};
use crate::ui::nav_link::NavLink;
use crate::ui::route::Page;
use crate::ui::state::use_app;

/// The front page: what Askel is for, and the two ways in.
#[component]
pub fn HomePage() -> Html {
    let route = use_app().route;
    let lang = route.lang;
    html! {
        <>
            <h1>{ tr(lang, k::HOME_TITLE) }</h1>
            <p class="lead">{ tr(lang, k::HOME_LEAD) }</p>
            <div class="cards">
                <section class="card" aria-labelledby="home-scenarios">
                    <h2 id="home-scenarios">{ tr(lang, k::HOME_SCENARIOS_TITLE) }</h2>
                    <p>{ tr(lang, k::HOME_SCENARIOS_TEXT) }</p>
                    <NavLink to={route.with_page(Page::Scenarios)} class="button">
                        { tr(lang, k::HOME_SCENARIOS_START) }
                    </NavLink>
                </section>
                <section class="card" aria-labelledby="home-assessment">
                    <h2 id="home-assessment">{ tr(lang, k::HOME_ASSESSMENT_TITLE) }</h2>
                    <p>{ tr(lang, k::HOME_ASSESSMENT_TEXT) }</p>
                    <NavLink to={route.with_page(Page::Assessment)} class="button">
                        { tr(lang, k::HOME_ASSESSMENT_START) }
                    </NavLink>
                </section>
            </div>
            <section class="note" aria-labelledby="home-privacy">
                <h2 id="home-privacy">{ tr(lang, k::HOME_PRIVACY_TITLE) }</h2>
                <p>{ tr(lang, k::HOME_PRIVACY_TEXT) }</p>
            </section>
        </>
    }
}
