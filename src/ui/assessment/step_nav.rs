use yew::prelude::*;

use super::state::{today, use_assessment, Action, Step};
use crate::i18n::{k, tr};
use crate::ui::state::use_lang;

/// Back and Next under a question step. On the last question step, Next is "See my result",
/// which dates the answers today.
#[component]
pub fn StepNav() -> Html {
    let lang = use_lang();
    let state = use_assessment();
    let step = state.step;
    let back = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(Action::Go(step.back())))
    };
    let last = step.next() == Step::Result;
    let next = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| {
            if last {
                state.dispatch(Action::Finish(today()));
            } else {
                state.dispatch(Action::Go(step.next()));
            }
        })
    };
    let next_label = if last {
        tr(lang, k::ASSESSMENT_NAV_SEE_RESULT)
    } else {
        tr(lang, k::ASSESSMENT_NAV_NEXT)
    };
    html! {
        <div class="actions step-nav">
            <button type="button" class="secondary back" onclick={back}>{ tr(lang, k::ASSESSMENT_NAV_BACK) }</button>
            <button type="button" class="next" onclick={next}>{ next_label }</button>
        </div>
    }
}
