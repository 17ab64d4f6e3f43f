//! The app's single state value, held in a reducer and shared through context. Components read
//! it and dispatch [`Action`]s; they never keep their own copy of shared data.

use std::rc::Rc;

use yew::prelude::*;

use super::route::Route;
use crate::i18n::Lang;

/// Everything the pages share.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct AppState {
    pub route: Route,
}

impl AppState {
    /// The state at start, on `route`.
    pub fn new(route: Route) -> AppState {
        AppState { route }
    }
}

/// A change to the shared state.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// Go to a route (page, language or mode change).
    Navigate(Route),
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        match action {
            Action::Navigate(route) if route == self.route => self,
            Action::Navigate(route) => {
                let mut next = (*self).clone();
                next.route = route;
                Rc::new(next)
            }
        }
    }
}

/// The context handle every component uses.
pub type AppContext = UseReducerHandle<AppState>;

/// The shared state from context.
#[hook]
pub fn use_app() -> AppContext {
    use_context::<AppContext>().expect("AppContext is provided by App")
}

/// The current language.
#[hook]
pub fn use_lang() -> Lang {
    use_app().route.lang
}
