use yew::prelude::*;

use super::browser;
use super::messages;
use super::modules::use_module;
use super::route::Route;
use super::state::{use_app, Action};

#[derive(Properties, PartialEq)]
pub struct NavLinkProps {
    pub to: Route,
    #[prop_or_default]
    pub class: Classes,
    /// Marks the link as the current page (`aria-current="page"`).
    #[prop_or_default]
    pub current: bool,
    #[prop_or_default]
    pub hreflang: Option<AttrValue>,
    #[prop_or_default]
    pub lang: Option<AttrValue>,
    #[prop_or_default]
    pub children: Html,
}

/// A link inside the app: a real `<a href>` (so it can be opened in a new tab or copied), which
/// on a plain click changes the route without loading anything when the page is one of this
/// module's (src/ui/modules.rs); a page of the other module is loaded as its own file, with what
/// this tab remembers (both halves' unsaved work), so coming back finds it as it was.
#[component]
pub fn NavLink(props: &NavLinkProps) -> Html {
    let app = use_app();
    let module = use_module();
    let to = props.to;
    let onclick = Callback::from(move |event: MouseEvent| {
        if !browser::is_plain_click(&event) {
            return;
        }
        event.prevent_default();
        if !module.shows(to.page) {
            browser::load_keeping_tab_state(&to.href());
            return;
        }
        // Another language's messages are fetched first (served by the service worker after
        // the first visit), so the new page never shows in the wrong language.
        let app = app.clone();
        messages::when_ready(module, to.lang, move || {
            browser::push_url(&to.href());
            app.dispatch(Action::Navigate(to));
        });
    });
    html! {
        <a href={to.href()} class={props.class.clone()} {onclick}
            aria-current={props.current.then_some("page")}
            hreflang={props.hreflang.clone()} lang={props.lang.clone()}>
            { props.children.clone() }
        </a>
    }
}
