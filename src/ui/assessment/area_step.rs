use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::scale_question::{ScaleOptionView, ScaleQuestion};
use super::state::{use_assessment, Action};
use super::step_nav::StepNav;
use super::text::t;
use super::STEP_HEADING_ID;
use crate::assessment::{instrument, AreaId};
use crate::i18n::{k, tr};
use crate::ui::state::use_lang;

#[derive(Properties, PartialEq)]
pub struct AreaStepProps {
    pub area: AreaId,
}

/// One life area: its statements on the shared 1–5 scale, and "I would like support with this
/// area".
#[component]
pub fn AreaStep(props: &AreaStepProps) -> Html {
    let lang = use_lang();
    let state = use_assessment();
    let area = props.area.area();
    let ins = instrument();
    let options: Vec<ScaleOptionView> = ins
        .scale
        .iter()
        .map(|o| ScaleOptionView {
            value: o.value,
            label: AttrValue::from(t(lang, o.label_key)),
        })
        .collect();
    let items = area.items.iter().map(|item| {
        let id = item.id;
        let on_change = {
            let state = state.clone();
            Callback::from(move |r| state.dispatch(Action::SetItem(id, r)))
        };
        html! {
            <ScaleQuestion name={format!("item-{id}")} legend={t(lang, item.text_key)}
                help={item.help_key.map(|h| AttrValue::from(t(lang, h)))}
                options={options.clone()}
                prefer_not={t(lang, ins.prefer_not_to_say_key)}
                selected={state.answers.area_item(id)} {on_change} />
        }
    });
    let area_id = props.area;
    let wished = state.answers.support_areas().contains(&area_id);
    let on_wish = {
        let state = state.clone();
        Callback::from(move |e: Event| {
            let on = e.target_unchecked_into::<HtmlInputElement>().checked();
            state.dispatch(Action::SetSupportArea(area_id, on));
        })
    };
    let wish_id = format!("support-{}", area_id.as_str());
    html! {
        <section class="assessment-step" aria-labelledby={STEP_HEADING_ID}>
            <h2 id={STEP_HEADING_ID} tabindex="-1">{ t(lang, area.title_key) }</h2>
            <p>{ t(lang, area.intro_key) }</p>
            <p class="hint">{ tr(lang, k::ASSESSMENT_SCALE_QUESTION) }{ " " }{ tr(lang, k::ASSESSMENT_AREA_OPTIONAL) }</p>
            { for items }
            <div class="support-wish">
                <label class="choice" for={wish_id.clone()}>
                    <input type="checkbox" id={wish_id} checked={wished} onchange={on_wish} />
                    <span>{ tr(lang, k::ASSESSMENT_AREA_SUPPORT_WISH) }</span>
                </label>
            </div>
            <StepNav />
        </section>
    }
}
