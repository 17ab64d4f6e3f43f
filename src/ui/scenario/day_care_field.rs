//! Whether a child is in day care, and for how many hours a week: the day-care fee
//! (varhaiskasvatusmaksu) depends on both. Asked per child, under the child's age.

use yew::prelude::*;

use super::state::{use_scenario, ScenarioAction};
use crate::i18n::{k, tr, tr_args};
use crate::scenario::MAX_DAY_CARE_HOURS;
use crate::ui::form::{NumberInput, NumberKind};
use crate::ui::state::use_lang;

/// Hours a week filled in when the box is ticked: full-time care, five days of eight hours.
const FULL_WEEK_HOURS: u8 = 40;

#[derive(Properties, PartialEq)]
pub struct DayCareFieldProps {
    /// Index of the child in the household.
    pub index: usize,
    /// Hours a week in day care (0: not in day care).
    pub hours: u8,
}

/// A checkbox "in day care" and, when ticked, the weekly hours.
#[component]
pub fn DayCareField(props: &DayCareFieldProps) -> Html {
    let lang = use_lang();
    let state = use_scenario();
    let index = props.index;
    let number = (index + 1).to_string();
    let id = format!("child{index}-day-care");
    let hint_id = format!("{id}-hint");
    let on_check = {
        let state = state.clone();
        Callback::from(move |event: Event| {
            let checked = event
                .target_unchecked_into::<web_sys::HtmlInputElement>()
                .checked();
            let hours = if checked { FULL_WEEK_HOURS } else { 0 };
            state.dispatch(ScenarioAction::SetChildDayCare(index, hours))
        })
    };
    let on_hours = {
        let state = state.clone();
        Callback::from(move |hours: i64| {
            state.dispatch(ScenarioAction::SetChildDayCare(
                index,
                u8::try_from(hours).unwrap_or(MAX_DAY_CARE_HOURS),
            ))
        })
    };
    html! {
        <div class="field day-care">
            <label class="choice" for={id.clone()}>
                <input type="checkbox" id={id.clone()} checked={props.hours > 0}
                    onchange={on_check} aria-describedby={hint_id.clone()} />
                { tr_args(lang, k::SCENARIO_FIELD_DAY_CARE, &[("number", &number)]) }
            </label>
            <span class="hint" id={hint_id}>{ tr(lang, k::SCENARIO_FIELD_DAY_CARE_HINT) }</span>
            if props.hours > 0 {
                <NumberInput id={format!("{id}-hours")}
                    label={tr_args(lang, k::SCENARIO_FIELD_DAY_CARE_HOURS, &[("number", &number)])}
                    hint={AttrValue::from(tr(lang, k::SCENARIO_FIELD_DAY_CARE_HOURS_HINT))}
                    kind={NumberKind::Whole { min: 1, max: u32::from(MAX_DAY_CARE_HOURS) }}
                    value={i64::from(props.hours)} on_change={on_hours} />
            }
        </div>
    }
}
