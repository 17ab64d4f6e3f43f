use yew::prelude::*;

use super::problem_list::link_error_text;
use super::ProblemList;
use crate::i18n::{k, tr};
use crate::scenario::share::{self, ShareError};
use crate::ui::browser;
use crate::ui::route::{Page, Route};
use crate::ui::scenario::state::{use_scenario, ScenarioAction, GUIDED_STEPS};
use crate::ui::state::{use_app, Action};

/// What the last share link did.
#[derive(Clone, PartialEq)]
enum Opened {
    Ok,
    Failed(ShareError),
}

/// Opens a share link: when the page's fragment holds a payload (at start, or when only the
/// fragment changes), the scenario replaces the current one and the scenarios page opens on
/// the results. The fragment is then removed from the address bar, so the answers do not stay
/// in this tab's history. A broken, cut-off or altered link changes nothing and says so.
#[component]
pub fn LinkOpener() -> Html {
    let app = use_app();
    let scenario = use_scenario();
    // The outcome and the page it belongs to (it is shown only there).
    let notice = use_state(|| None::<(Opened, Page)>);
    {
        let notice = notice.clone();
        let app = app.clone();
        use_effect_with((), move |_| {
            let open = move || {
                let Some(result) = share::from_fragment(&browser::current_hash()) else {
                    return;
                };
                let here = Route::parse(&browser::current_search());
                match result {
                    Ok(shared) => {
                        scenario.dispatch(ScenarioAction::Replace(Box::new(shared)));
                        scenario.dispatch(ScenarioAction::GoToStep(GUIDED_STEPS - 1));
                        let to = here.with_page(Page::Scenarios);
                        browser::replace_url(&to.href());
                        app.dispatch(Action::Navigate(to));
                        notice.set(Some((Opened::Ok, Page::Scenarios)));
                    }
                    Err(error) => notice.set(Some((Opened::Failed(error), here.page))),
                }
            };
            open();
            let listener = web_sys::window().map(|window| {
                gloo::events::EventListener::new(&window, "hashchange", move |_| open())
            });
            move || drop(listener)
        });
    }
    let lang = app.route.lang;
    match &*notice {
        Some((Opened::Ok, page)) if *page == app.route.page => html! {
            <div class="notice success" role="status">
                <p>{ tr(lang, k::SHARE_OPENED_LINK) }</p>
            </div>
        },
        Some((Opened::Failed(error), page)) if *page == app.route.page => {
            let (sentence, errors) = link_error_text(lang, error);
            html! {
                <div class="notice problems" role="alert">
                    <p>{ sentence }</p>
                    if let Some(errors) = errors {
                        <ProblemList errors={errors.clone()} />
                    }
                </div>
            }
        }
        _ => html! {},
    }
}
