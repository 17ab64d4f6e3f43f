use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::state::{use_assessment, Action};
use super::step_nav::StepNav;
use super::text::t;
use super::STEP_HEADING_ID;
use crate::assessment::SupportTopic;
use crate::i18n::{k, tr};
use crate::ui::state::use_lang;

/// "What I would like support with": a checkbox per topic, any number or none.
#[component]
pub fn SupportStep() -> Html {
    let lang = use_lang();
    let state = use_assessment();
    let topics = SupportTopic::all().iter().map(|&topic| {
        let id = format!("topic-{}", topic.as_str());
        let onchange = {
            let state = state.clone();
            Callback::from(move |e: Event| {
                let on = e.target_unchecked_into::<HtmlInputElement>().checked();
                state.dispatch(Action::SetTopic(topic, on));
            })
        };
        html! {
            <label class="choice big" for={id.clone()}>
                <input type="checkbox" id={id} {onchange}
                    checked={state.answers.support_topics().contains(&topic)} />
                <span>{ t(lang, topic.label_key()) }</span>
            </label>
        }
    });
    html! {
        <section class="assessment-step" aria-labelledby={STEP_HEADING_ID}>
            <h2 id={STEP_HEADING_ID} tabindex="-1">{ tr(lang, k::ASSESSMENT_SUPPORT_TITLE) }</h2>
            <fieldset aria-describedby="support-intro">
                <legend class="visually-hidden">{ tr(lang, k::ASSESSMENT_SUPPORT_TITLE) }</legend>
                <p class="hint" id="support-intro">{ tr(lang, k::ASSESSMENT_SUPPORT_INTRO) }</p>
                { for topics }
            </fieldset>
            <StepNav />
        </section>
    }
}
