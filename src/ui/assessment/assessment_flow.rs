use yew::prelude::*;

use super::area_step::AreaStep;
use super::goals_step::GoalsStep;
use super::intro::Intro;
use super::progress::Progress;
use super::result_view::ResultView;
use super::single_items_step::SingleItemsStep;
use super::state::{use_assessment, Action, Notice, Step, STEP_STATE_KEY};
use super::support_step::SupportStep;
use super::text::t;
use super::{HISTORY_HEADING_ID, STEP_HEADING_ID};
use crate::i18n::{k, tr_args};
use crate::ui::browser;
use crate::ui::state::use_lang;

/// The assessment, one step at a time: progress, the current step, a polite announcement of
/// each new step, focus on the new step's heading, and any message about saving.
#[component]
pub fn AssessmentFlow() -> Html {
    let lang = use_lang();
    let state = use_assessment();
    let step = state.step;
    {
        // Each step the person moves to with a button is a history entry of its own, so the
        // phone's Back button returns to the previous step; steps reached through the history
        // (Back, Forward, a reload) only update their entry.
        let first = use_mut_ref(|| true);
        let from_history = state.from_history;
        use_effect_with(step, move |step| {
            let index = step.index().to_string();
            let mut first = first.borrow_mut();
            if *first {
                *first = false;
                // An entry without a step is the first step already (Back and Forward read it
                // so): no write while the page starts.
                let held = browser::recall(STEP_STATE_KEY);
                let first_step = *step == Step::Intro;
                let write = crate::ui::state::tab_entry_write(held.as_deref(), first_step, || {
                    Some(index.clone())
                });
                if let Some(index) = write {
                    browser::remember(STEP_STATE_KEY, &index);
                }
            } else {
                if from_history {
                    browser::remember(STEP_STATE_KEY, &index);
                } else {
                    browser::push_entry(STEP_STATE_KEY, &index);
                }
                browser::scroll_to_top();
                browser::focus(STEP_HEADING_ID);
            }
        });
    }
    {
        let state = state.clone();
        use_effect_with((), move |_| {
            let listener =
                gloo::events::EventListener::new(&gloo::utils::window(), "popstate", move |_| {
                    let here = browser::current_route().page;
                    if here != crate::ui::route::Page::Assessment {
                        return;
                    }
                    // An entry without a step is the first one (see above).
                    let step = match browser::recall(STEP_STATE_KEY) {
                        None => Some(Step::Intro),
                        Some(index) => index
                            .parse::<usize>()
                            .ok()
                            .and_then(|i| Step::all().get(i).copied()),
                    };
                    if let Some(step) = step {
                        state.dispatch(Action::Revisit(step));
                    }
                });
            move || drop(listener)
        });
    }
    {
        // After deleting, the pressed button is gone: put focus where the message is.
        use_effect_with(state.notice, move |notice| {
            if matches!(notice, Some(Notice::Deleted | Notice::DeletedAll))
                && !browser::focus(HISTORY_HEADING_ID)
            {
                browser::focus(STEP_HEADING_ID);
            }
        });
    }
    let announcement = step.number().map(|n| {
        tr_args(
            lang,
            k::ASSESSMENT_NAV_ANNOUNCE,
            &[
                ("step", &n.to_string()),
                ("total", &Step::TOTAL.to_string()),
                ("title", t(lang, step.title_key())),
            ],
        )
    });
    let notice = state.notice.map(|n| t(lang, n.key()));
    let body = match step {
        Step::Intro => html! { <Intro /> },
        Step::Single => html! { <SingleItemsStep /> },
        Step::Area(area) => html! { <AreaStep {area} /> },
        Step::Support => html! { <SupportStep /> },
        Step::Goals => html! { <GoalsStep /> },
        Step::Result => html! { <ResultView /> },
    };
    html! {
        <div class="assessment">
            <p class="visually-hidden" aria-live="polite">{ announcement.unwrap_or_default() }</p>
            <Progress {step} />
            if step != Step::Result {
                <div class="notice-region" role="status">
                    if let Some(text) = notice { <p class="notice">{ text }</p> }
                </div>
            }
            { body }
        </div>
    }
}
