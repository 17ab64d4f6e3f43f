//! "My wage is garnished" (ulosotto): an adult with debts in enforcement keeps only part of the
//! wage above the protected amount. One checkbox per adult; the engine does the rest.

use yew::prelude::*;

use super::state::{use_scenario, AdultEdit, ScenarioAction};
use crate::i18n::{k, tr};
use crate::ui::state::use_lang;

#[derive(Properties, PartialEq)]
pub struct GarnishmentFieldProps {
    /// Index of the adult.
    pub index: usize,
    /// Whether the adult's wage is garnished.
    pub garnished: bool,
}

/// The checkbox with a hint that says what is never garnished.
#[component]
pub fn GarnishmentField(props: &GarnishmentFieldProps) -> Html {
    let lang = use_lang();
    let state = use_scenario();
    let index = props.index;
    let id = format!("adult{index}-garnished");
    let hint_id = format!("{id}-hint");
    let label = if index == 0 {
        k::SCENARIO_FIELD_GARNISHED
    } else {
        k::SCENARIO_FIELD_GARNISHED_SPOUSE
    };
    let on_change = Callback::from(move |event: Event| {
        let checked = event
            .target_unchecked_into::<web_sys::HtmlInputElement>()
            .checked();
        state.dispatch(ScenarioAction::EditAdult(
            index,
            AdultEdit::Garnished(checked),
        ))
    });
    html! {
        <div class="field garnishment">
            <label class="choice" for={id.clone()}>
                <input type="checkbox" id={id} checked={props.garnished}
                    onchange={on_change} aria-describedby={hint_id.clone()} />
                { tr(lang, label) }
            </label>
            <span class="hint" id={hint_id}>{ tr(lang, k::SCENARIO_FIELD_GARNISHED_HINT) }</span>
        </div>
    }
}
