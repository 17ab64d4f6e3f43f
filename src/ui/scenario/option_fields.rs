use yew::prelude::*;

use super::state::{use_scenario, OptionEdit, ScenarioAction, MAX_OPTIONS};
use super::wage_fields::WageFields;
use crate::i18n::{k, tr, tr_args};
use crate::rules::Cents;
use crate::ui::form::{NumberInput, NumberKind};
use crate::ui::state::use_lang;

/// The options to compare with now: a name, and per adult what changes (wage, activity days).
#[component]
pub fn OptionFields() -> Html {
    let lang = use_lang();
    let state = use_scenario();
    let scenario = &state.scenario;
    let several = scenario.household.adults.len() > 1;
    let options = scenario.options.iter().enumerate().map(|(index, option)| {
        let number = (index + 1).to_string();
        let default_name = tr_args(lang, k::SCENARIO_FIELD_OPTION_DEFAULT, &[("number", &number)]);
        let on_label = {
            let state = state.clone();
            Callback::from(move |event: InputEvent| {
                let text = event.target_unchecked_into::<web_sys::HtmlInputElement>().value();
                state.dispatch(ScenarioAction::EditOption(index, 0, OptionEdit::Label(text)))
            })
        };
        let on_remove = {
            let state = state.clone();
            Callback::from(move |_| state.dispatch(ScenarioAction::RemoveOption(index)))
        };
        let people = scenario.household.adults.iter().enumerate().map(|(adult, current)| {
            let change = option.adults.get(adult).cloned().unwrap_or_default();
            let wage = change.wage.unwrap_or(current.wage);
            let days = change
                .rehabilitative_work_days_per_week
                .unwrap_or(current.rehabilitative_work_days_per_week);
            let send = |make: fn(Cents) -> OptionEdit| {
                let state = state.clone();
                Callback::from(move |cents: i64| {
                    state.dispatch(ScenarioAction::EditOption(index, adult, make(Cents(cents))))
                })
            };
            let on_hourly = {
                let state = state.clone();
                Callback::from(move |hourly: bool| {
                    state.dispatch(ScenarioAction::EditOption(index, adult, OptionEdit::WageHourly(hourly)))
                })
            };
            let on_hours = {
                let state = state.clone();
                Callback::from(move |hours| {
                    state.dispatch(ScenarioAction::EditOption(index, adult, OptionEdit::Hours(hours)))
                })
            };
            let on_days = {
                let state = state.clone();
                Callback::from(move |days: i64| {
                    state.dispatch(ScenarioAction::EditOption(
                        index,
                        adult,
                        OptionEdit::RehabDays(u8::try_from(days).unwrap_or(0)),
                    ))
                })
            };
            let status = change.work_ability.unwrap_or(current.work_ability);
            let show_status = current.work_ability != crate::scenario::WorkAbility::None
                || change.work_ability.is_some();
            let on_status = {
                let state = state.clone();
                Callback::from(move |value: String| {
                    if let Some(status) = crate::scenario::WorkAbility::from_name(&value) {
                        state.dispatch(ScenarioAction::EditOption(index, adult, OptionEdit::WorkAbility(status)))
                    }
                })
            };
            let status_options = crate::scenario::WorkAbility::ALL
                .iter()
                .map(|(s, name)| (AttrValue::from(*name), AttrValue::from(tr(lang, super::work_ability_text::status_key(*s)))))
                .collect::<Vec<_>>();
            let id = format!("option{index}-adult{adult}");
            let who = if adult == 0 { tr(lang, k::SCENARIO_FIELD_YOU) } else { tr(lang, k::SCENARIO_FIELD_SPOUSE) };
            html! {
                <div class="option-person">
                    if several {
                        <h4>{ who }</h4>
                    }
                    <WageFields id={id.clone()} {wage} {on_hourly}
                        on_monthly_wage={send(OptionEdit::MonthlyWage)} on_hourly_wage={send(OptionEdit::HourlyWage)}
                        {on_hours} />
                    <NumberInput id={format!("{id}-rehab-days")} label={tr(lang, k::SCENARIO_FIELD_REHAB_DAYS)}
                        hint={AttrValue::from(tr(lang, k::SCENARIO_FIELD_REHAB_DAYS_HINT))}
                        kind={NumberKind::Whole { min: 0, max: u32::from(crate::rules::compensated_rehabilitative_days(scenario.rules_date)) }}
                        value={i64::from(days)} on_change={on_days} />
                    if show_status {
                        <crate::ui::form::SelectField id={format!("{id}-wa-status")} label={tr(lang, k::WORK_ABILITY_FIELD_STATUS)}
                            options={status_options} selected={AttrValue::from(status.as_str())} on_change={on_status} />
                    }
                </div>
            }
        });
        html! {
            <fieldset class="option">
                <legend>{ if option.label.trim().is_empty() { default_name.clone() } else { option.label.clone() } }</legend>
                <p class="hint">{ tr(lang, k::SCENARIO_FIELD_OPTION_HINT) }</p>
                <div class="field">
                    <label for={format!("option{index}-label")}>{ tr(lang, k::SCENARIO_FIELD_OPTION_NAME) }</label>
                    <input type="text" id={format!("option{index}-label")} value={option.label.clone()}
                        placeholder={default_name} oninput={on_label} maxlength={crate::scenario::MAX_LABEL_CHARS.to_string()} autocomplete="off" />
                </div>
                { for people }
                <button type="button" class="secondary" onclick={on_remove}>
                    { tr_args(lang, k::SCENARIO_FIELD_REMOVE_OPTION, &[("number", &number)]) }
                </button>
            </fieldset>
        }
    });
    let on_add = {
        let state = state.clone();
        Callback::from(move |_| state.dispatch(ScenarioAction::AddOption))
    };
    let full = scenario.options.len() >= MAX_OPTIONS;
    html! {
        <div class="field-group options">
            { for options }
            if full {
                <p class="hint">{ tr(lang, k::SCENARIO_FIELD_MAX_OPTIONS) }</p>
            } else {
                <button type="button" onclick={on_add}>{ tr(lang, k::SCENARIO_FIELD_ADD_OPTION) }</button>
            }
        </div>
    }
}
