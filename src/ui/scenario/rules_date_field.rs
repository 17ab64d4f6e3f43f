use yew::prelude::*;

use super::state::{use_scenario, ScenarioAction};
use crate::i18n::{k, tr, tr_args};
use crate::scenario::{Date, FIRST_DATE};
use crate::ui::rule_data_text::date_text;
use crate::ui::state::use_lang;

/// The date whose rules the calculation uses (defaults to today).
#[component]
pub fn RulesDateField() -> Html {
    let lang = use_lang();
    let state = use_scenario();
    let first = date_text(crate::rules::first_date());
    let last = date_text(crate::rules::last_known_date());
    let error = use_state(|| false);
    let onchange = {
        let state = state.clone();
        let error = error.clone();
        Callback::from(move |event: Event| {
            let text = event
                .target_unchecked_into::<web_sys::HtmlInputElement>()
                .value();
            match Date::parse(&text).filter(|d| *d >= FIRST_DATE) {
                Some(date) => {
                    error.set(false);
                    state.dispatch(ScenarioAction::SetRulesDate(date));
                }
                None => error.set(true),
            }
        })
    };
    html! {
        <div class={classes!("field", "field-short", error.then_some("has-error"))}>
            <label for="rules-date">{ tr(lang, k::SCENARIO_FIELD_RULES_DATE) }</label>
            <span class="hint" id="rules-date-hint">{ tr_args(lang, k::SCENARIO_FIELD_RULES_DATE_HINT, &[("first", &first), ("last", &last)]) }</span>
            <input type="date" id="rules-date" min={FIRST_DATE.to_string()}
                value={state.scenario.rules_date.to_string()} {onchange}
                aria-invalid={error.then_some("true")} aria-describedby="rules-date-hint rules-date-error" />
            <p class="error" id="rules-date-error" aria-live="polite">
                { if *error { tr_args(lang, k::FORM_ERROR_INVALID_DATE, &[("first", &first)]) } else { String::new() } }
            </p>
        </div>
    }
}
