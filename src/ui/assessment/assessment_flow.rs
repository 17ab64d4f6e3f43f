use yew::prelude::*;

use super::area_step::AreaStep;
use super::goals_step::GoalsStep;
use super::intro::Intro;
use super::progress::Progress;
use super::result_view::ResultView;
use super::single_items_step::SingleItemsStep;
use super::state::{use_assessment, Notice, Step};
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
        let first = use_mut_ref(|| true);
        use_effect_with(step, move |_| {
            let mut first = first.borrow_mut();
            if *first {
                *first = false;
            } else {
                browser::scroll_to_top();
                browser::focus(STEP_HEADING_ID);
            }
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
