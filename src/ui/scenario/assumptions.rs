use yew::prelude::*;

use crate::i18n::{k, tr};
use crate::ui::nav_link::NavLink;
use crate::ui::route::Page;
use crate::ui::state::{use_app, use_lang};

/// The model's assumptions, one tap away, and the official services for real decisions.
#[component]
pub fn Assumptions() -> Html {
    let lang = use_lang();
    let route = use_app().route;
    html! {
        <>
            <details class="assumptions">
                <summary>{ tr(lang, k::SCENARIO_ASSUMPTIONS_TITLE) }</summary>
                <p>{ tr(lang, k::SCENARIO_ASSUMPTIONS_STEADY) }</p>
                <p>{ tr(lang, k::SCENARIO_ASSUMPTIONS_TIMING) }</p>
                <p>{ tr(lang, k::SCENARIO_ASSUMPTIONS_NOT_MODELLED) }</p>
                <p>
                    <NavLink to={route.with_page(Page::About)}>{ tr(lang, k::SCENARIO_ASSUMPTIONS_LIST) }</NavLink>
                </p>
            </details>
            <section class="official-links" aria-labelledby="links-title">
                <h3 id="links-title">{ tr(lang, k::SCENARIO_LINKS_TITLE) }</h3>
                <p class="hint">{ tr(lang, k::SCENARIO_LINKS_NOTE) }</p>
                <ul>
                    <li><a href="https://www.kela.fi/" rel="noopener noreferrer" target="_blank">{ tr(lang, k::SCENARIO_LINKS_KELA) }</a></li>
                    <li><a href="https://tyomarkkinatori.fi/" rel="noopener noreferrer" target="_blank">{ tr(lang, k::SCENARIO_LINKS_TYOMARKKINATORI) }</a></li>
                </ul>
            </section>
        </>
    }
}
