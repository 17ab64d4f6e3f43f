use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

use super::state::{use_assessment, Action};
use super::step_nav::StepNav;
use super::STEP_HEADING_ID;
use crate::assessment::MAX_TEXT_CHARS;
use crate::i18n::{k, tr};
use crate::ui::state::use_lang;

/// Own goals and questions for the next meeting: two optional free texts that stay on this
/// device.
#[component]
pub fn GoalsStep() -> Html {
    let lang = use_lang();
    let state = use_assessment();
    let on_goals = {
        let state = state.clone();
        Callback::from(move |e: InputEvent| {
            let text = e.target_unchecked_into::<HtmlTextAreaElement>().value();
            state.dispatch(Action::SetGoals(text));
        })
    };
    let on_questions = {
        let state = state.clone();
        Callback::from(move |e: InputEvent| {
            let text = e.target_unchecked_into::<HtmlTextAreaElement>().value();
            state.dispatch(Action::SetQuestions(text));
        })
    };
    let max = MAX_TEXT_CHARS.to_string();
    html! {
        <section class="assessment-step" aria-labelledby={STEP_HEADING_ID}>
            <h2 id={STEP_HEADING_ID} tabindex="-1">{ tr(lang, k::ASSESSMENT_GOALS_STEP_TITLE) }</h2>
            <p class="hint">{ tr(lang, k::ASSESSMENT_FREE_TEXT_PRIVATE) }{ " " }{ tr(lang, k::ASSESSMENT_FREE_TEXT_OPTIONAL) }</p>
            <div class="field">
                <label for="goals">{ tr(lang, k::ASSESSMENT_GOALS_TITLE) }</label>
                <span class="hint" id="goals-hint">{ tr(lang, k::ASSESSMENT_GOALS_PROMPT) }</span>
                <textarea id="goals" aria-describedby="goals-hint" maxlength={max.clone()}
                    value={state.answers.goals().to_owned()} oninput={on_goals} />
            </div>
            <div class="field">
                <label for="questions">{ tr(lang, k::ASSESSMENT_QUESTIONS_TITLE) }</label>
                <span class="hint" id="questions-hint">{ tr(lang, k::ASSESSMENT_QUESTIONS_PROMPT) }</span>
                <textarea id="questions" aria-describedby="questions-hint" maxlength={max}
                    value={state.answers.questions().to_owned()} oninput={on_questions} />
            </div>
            <StepNav />
        </section>
    }
}
