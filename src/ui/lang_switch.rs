use yew::prelude::*;

use super::nav_link::NavLink;
use super::state::use_app;
use crate::i18n::{k, tr, Lang};

/// The language switch: the same page in Finnish, Swedish, English or easy-to-read Finnish, each
/// named in itself. Each link carries the short code and the full name; on a phone (and in an embed
/// without the header) only the code is shown, and the link's accessible name still contains what
/// is seen.
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
                        // The codes are ASCII (an i18n test checks): Unicode upper-casing
                        // would bring core's upper-case table (13.7 KB) into the module.
                        <span class="lang-code">{ lang.code().to_ascii_uppercase() }</span>
                        { " " }
                        <span class="lang-name">{ lang.native_name() }</span>
                    </NavLink>
                </li>
            }) }
            </ul>
        </nav>
    }
}
