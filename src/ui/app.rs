use yew::prelude::*;

use super::browser;
use super::footer::Footer;
use super::header::{EmbedBar, Header};
use super::modules::{AppModule, PageArgs};
use super::route::Route;
use super::scenario::ScenarioState;
use super::share::UpdateNotice;
use super::skip_link::{SkipLink, MAIN_ID};
use super::state::{Action, AppContext, AppState};
use crate::i18n::{k, tr};
use crate::scenario::Date;

#[derive(Properties, PartialEq)]
pub struct AppProps {
    /// Where the app starts (from the URL in the browser, given directly in tests).
    pub route: Route,
    /// Today's date (from the browser's clock; fixed in tests): the default rules date.
    pub today: Date,
    /// The scenario to start with (a preset in tests); `None` starts with an empty household.
    #[prop_or_default]
    pub scenario: Option<ScenarioState>,
    /// The pages this module shows (src/ui/modules.rs): `ALL` natively. No default, so that
    /// a shipped module never links in the other's pages.
    pub module: AppModule,
}

/// The root component: owns the shared state and lays out the shell around the current page.
#[component]
pub fn App(props: &AppProps) -> Html {
    let initial = props.route;
    let state = use_reducer(move || AppState::new(initial));

    {
        let state = state.clone();
        let module = props.module;
        use_effect_with((), move |_| {
            let listener =
                gloo::events::EventListener::new(&gloo::utils::window(), "popstate", move |_| {
                    let route = browser::current_route();
                    if !module.shows(route.page) {
                        // An entry this module did not make: the page is the other module's.
                        browser::reload();
                        return;
                    }
                    let state = state.clone();
                    super::messages::when_ready(module, route.lang, move || {
                        state.dispatch(Action::Navigate(route));
                    });
                });
            move || drop(listener)
        });
    }

    // At start the app may hydrate the prerendered page in the ordinary display and then be
    // given the route with its display mode (meeting, embed): the elements painted first are
    // updated in place, not replaced (src/ui/start.rs).
    let started = use_mut_ref(|| false);
    {
        let state = state.clone();
        let started = started.clone();
        use_effect_with(props.route, move |route| {
            if state.route != *route {
                *started.borrow_mut() = true;
                state.dispatch(Action::Navigate(*route));
            }
        });
    }

    let route = state.route;
    let page = props.module.view(&PageArgs {
        page: route.page,
        today: props.today,
        scenario: props.scenario.clone(),
    });
    {
        let first_render = use_mut_ref(|| true);
        use_effect_with(route, move |route| {
            let title = format!(
                "{} – {}",
                tr(route.lang, route.page.nav_key()),
                tr(route.lang, k::SHELL_APP_NAME)
            );
            browser::set_document(route.lang, &title);
            let mut first = first_render.borrow_mut();
            // At the first render boot.js has set the display classes from the address already;
            // this render may be the ordinary display the module hydrates before its mode.
            if !*first {
                browser::set_display_classes(route);
            }
            if *first || started.replace(false) {
                *first = false;
            } else {
                browser::scroll_to_top();
                browser::focus(MAIN_ID);
            }
        });
    }

    // Both the header and the embed's bar are always there; the display classes on the root
    // element (boot.js, `browser::set_display_classes`) show one, so the page's HTML is the same
    // in every display mode and switching to one moves nothing.
    html! {
        <ContextProvider<AppContext> context={state}>
        <ContextProvider<AppModule> context={props.module}>
            <div class="app" lang={route.lang.html_lang()}>
                <SkipLink />
                <Header />
                <EmbedBar />
                <main id={MAIN_ID} tabindex="-1">
                    <UpdateNotice />
                    { page }
                </main>
                <Footer />
            </div>
        </ContextProvider<AppModule>>
        </ContextProvider<AppContext>>
    }
}
