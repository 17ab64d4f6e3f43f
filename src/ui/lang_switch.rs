use yew::prelude::*;

use super::nav_link::NavLink;
use super::state::use_app;
use crate::i18n::{k, tr, Lang};

/// The language switch: the same page in Finnish, Swedish, English or easy-to-read Finnish, each
/// named in itself.
#[component]
pub fn LangSwitch() -> Html {
    let app = use_app();
    let route = app.route;
    html! {
        <nav class="lang-switch" aria-label={tr(route.lang, k::SHELL_LANGUAGE_LABEL)}>
            <ul>
            { for Lang::ALL.into_iter().map(|lang| html! {
                <li>
                    <NavLink to={route.with_lang(lang)} current={lang == route.lang}
                        hreflang={AttrValue::from(lang.html_lang())} lang={AttrValue::from(lang.html_lang())}>
                        { lang.native_name() }
                    </NavLink>
                </li>
            }) }
            </ul>
        </nav>
    }
}
