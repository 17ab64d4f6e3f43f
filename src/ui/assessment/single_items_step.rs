use yew::prelude::*;

use super::scale_question::{ScaleOptionView, ScaleQuestion};
use super::state::{use_assessment, Action};
use super::step_nav::StepNav;
use super::text::t;
use super::STEP_HEADING_ID;
use crate::assessment::instrument;
use crate::i18n::{k, tr};
use crate::ui::state::use_lang;

/// The five single questions: work ability, life satisfaction, health, functional capacity and
/// closeness to working life.
#[component]
pub fn SingleItemsStep() -> Html {
    let lang = use_lang();
    let state = use_assessment();
    let questions = instrument().single_items.iter().map(|item| {
        let numeric = item.max == 10;
        let options: Vec<ScaleOptionView> = (item.min..=item.max)
            .map(|value| ScaleOptionView {
                value,
                label: match item.anchors.iter().find(|a| a.value == value) {
                    Some(a) if !numeric => AttrValue::from(t(lang, a.label_key)),
                    _ => AttrValue::from(value.to_string()),
                },
            })
            .collect();
        let anchors = if numeric {
            item.anchors
                .iter()
                .map(|a| AttrValue::from(t(lang, a.label_key)))
                .collect()
        } else {
            Vec::new()
        };
        let id = item.id;
        let on_change = {
            let state = state.clone();
            Callback::from(move |r| state.dispatch(Action::SetSingle(id, r)))
        };
        html! {
            <ScaleQuestion name={format!("single-{}", id.as_str())}
                legend={t(lang, item.question_key)}
                help={item.help_key.map(|h| AttrValue::from(t(lang, h)))}
                {anchors} {options} {numeric}
                prefer_not={t(lang, instrument().prefer_not_to_say_key)}
                selected={state.answers.single(id)} {on_change} />
        }
    });
    html! {
        <section class="assessment-step" aria-labelledby={STEP_HEADING_ID}>
            <h2 id={STEP_HEADING_ID} tabindex="-1">{ tr(lang, k::ASSESSMENT_SINGLE_TITLE) }</h2>
            <p>{ tr(lang, k::ASSESSMENT_SINGLE_INTRO) }</p>
            { for questions }
            <StepNav />
        </section>
    }
}
