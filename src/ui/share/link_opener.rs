use yew::prelude::*;

use super::problem_list::{link_error_text, read_notice_text};
use super::ProblemList;
use crate::i18n::{k, tr};
use crate::scenario::share::{self, ShareError};
use crate::scenario::ReadNotice;
use crate::ui::browser;
use crate::ui::route::Page;
use crate::ui::scenario::persist;
use crate::ui::scenario::state::{use_scenario, ScenarioAction, GUIDED_STEPS};
use crate::ui::state::{use_app, Action};

/// What the last share link did.
#[derive(Clone, PartialEq)]
enum Opened {
    Ok(Vec<ReadNotice>),
    Failed(ShareError),
}

/// Opens a share link: when the page's fragment holds a payload (at start, or when only the
/// fragment changes), the link's scenario is opened in place of the current one and the
/// scenarios page opens on the results. It is not saved: a scenario saved on this device stays
/// as it was, and the save panel asks whether to save the link's calculation over it. The fragment is then removed from the address bar, so the answers do not stay
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
                let here = browser::current_route();
                match result {
                    Ok(opened) => {
                        // First the status, so that the saved scenario is neither overwritten
                        // by the keep-saved effect nor put back over the link by the restore
                        // at start.
                        scenario.dispatch(ScenarioAction::SetDevice(persist::link_opened()));
                        scenario.dispatch(ScenarioAction::Replace(Box::new(opened.scenario)));
                        scenario.dispatch(ScenarioAction::GoToStep(GUIDED_STEPS - 1));
                        let to = here.with_page(Page::Scenarios);
                        browser::replace_url(&to.href());
                        app.dispatch(Action::Navigate(to));
                        notice.set(Some((Opened::Ok(opened.notices), Page::Scenarios)));
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
        Some((Opened::Ok(notices), page)) if *page == app.route.page => html! {
            <div class="notice success" role="status">
                <p>{ tr(lang, k::SHARE_OPENED_LINK) }</p>
                { for notices.iter().map(|n| html! { <p>{ read_notice_text(lang, n) }</p> }) }
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
