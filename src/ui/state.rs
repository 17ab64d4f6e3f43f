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

/// What to write into the tab's history entry, given what it holds now (`held`): nothing when it
/// holds that snapshot already, nor when it holds nothing and the page is still as it starts
/// (`untouched`: a reload without a snapshot starts the same way), so `snapshot` is not even
/// written out then. Each write is a `history.replaceState`, which takes tens of milliseconds of
/// the main thread on a slow phone; a page used to make three of them while it started.
pub fn tab_entry_write(
    held: Option<&str>,
    untouched: bool,
    snapshot: impl FnOnce() -> Option<String>,
) -> Option<String> {
    if held.is_none() && untouched {
        return None;
    }
    snapshot().filter(|snapshot| held != Some(snapshot.as_str()))
}

#[cfg(test)]
mod tests {
    use super::tab_entry_write;

    #[test]
    fn a_tab_entry_is_written_only_when_it_would_change_what_a_reload_brings_back() {
        let snapshot = || Some("{}".to_string());
        // A fresh entry and a page as it starts: a reload starts the same way without a write,
        // and the snapshot is not written out.
        assert_eq!(tab_entry_write(None, true, || unreachable!()), None);
        // Anything entered is kept.
        assert_eq!(tab_entry_write(None, false, snapshot), Some("{}".into()));
        // The entry holds this already.
        assert_eq!(tab_entry_write(Some("{}"), false, snapshot), None);
        // The entry holds something else, even if the page is back at its start (a reload would
        // otherwise bring the old snapshot back).
        assert_eq!(
            tab_entry_write(Some("{\"a\":1}"), true, snapshot),
            Some("{}".into())
        );
        // Nothing to write.
        assert_eq!(tab_entry_write(None, false, || None), None);
    }
}
