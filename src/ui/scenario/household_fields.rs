use yew::prelude::*;

use super::day_care_field::DayCareField;
use super::state::{use_scenario, AdultEdit, ScenarioAction};
use crate::i18n::{k, tr, tr_args};
use crate::scenario::Church;
use crate::ui::form::{ChoiceGroup, NumberInput, NumberKind, SelectField};
use crate::ui::state::use_lang;

/// Who lives in the household: adults (age, church), children (ages), living with parents.
#[component]
pub fn HouseholdFields() -> Html {
    let lang = use_lang();
    let state = use_scenario();
    let household = &state.scenario.household;
    let adults = household.adults.len();
    let ages_note =
        crate::rules::unemployment_benefit_ages(state.scenario.rules_date).map(|(min, max)| {
            AttrValue::from(tr_args(
                lang,
                k::SCENARIO_NOTE_BENEFIT_AGES,
                &[("min", &min.to_string()), ("max", &max.to_string())],
            ))
        });

    let on_adults = {
        let state = state.clone();
        Callback::from(move |value: String| {
            state.dispatch(ScenarioAction::SetAdults(if value == "2" { 2 } else { 1 }))
        })
    };
    let adults_choice = html! {
        <ChoiceGroup name="adults" legend={tr(lang, k::SCENARIO_FIELD_ADULTS)}
            hint={AttrValue::from(tr(lang, k::SCENARIO_FIELD_ADULTS_HINT))}
            options={vec![
                (AttrValue::from("1"), AttrValue::from(tr(lang, k::SCENARIO_FIELD_ADULTS_ONE))),
                (AttrValue::from("2"), AttrValue::from(tr(lang, k::SCENARIO_FIELD_ADULTS_TWO))),
            ]}
            selected={AttrValue::from(adults.to_string())} on_change={on_adults} />
    };

    let people = household.adults.iter().enumerate().map(|(index, adult)| {
        let title = if index == 0 { tr(lang, k::SCENARIO_FIELD_YOU) } else { tr(lang, k::SCENARIO_FIELD_SPOUSE) };
        let on_age = {
            let state = state.clone();
            Callback::from(move |age: i64| {
                state.dispatch(ScenarioAction::EditAdult(index, AdultEdit::Age(u8::try_from(age).unwrap_or(u8::MAX))))
            })
        };
        let on_church = {
            let state = state.clone();
            Callback::from(move |value: String| {
                let church = match value.as_str() {
                    "lutheran" => Church::Lutheran,
                    "orthodox" => Church::Orthodox,
                    _ => Church::None,
                };
                state.dispatch(ScenarioAction::EditAdult(index, AdultEdit::Church(church)))
            })
        };
        html! {
            <fieldset class="person">
                <legend>{ title }</legend>
                <NumberInput id={format!("adult{index}-age")} label={tr(lang, k::SCENARIO_FIELD_AGE)}
                    hint={AttrValue::from(tr(lang, k::SCENARIO_FIELD_AGE_HINT))}
                    kind={NumberKind::Whole { min: 15, max: 100 }}
                    value={i64::from(adult.age)} on_change={on_age} note={ages_note.clone()} />
                <SelectField id={format!("adult{index}-church")} label={tr(lang, k::SCENARIO_FIELD_CHURCH)}
                    hint={AttrValue::from(tr(lang, k::SCENARIO_FIELD_CHURCH_HINT))}
                    options={vec![
                        (AttrValue::from("none"), AttrValue::from(tr(lang, k::SCENARIO_CHURCH_NONE))),
                        (AttrValue::from("lutheran"), AttrValue::from(tr(lang, k::SCENARIO_CHURCH_LUTHERAN))),
                        (AttrValue::from("orthodox"), AttrValue::from(tr(lang, k::SCENARIO_CHURCH_ORTHODOX))),
                    ]}
                    selected={AttrValue::from(adult.church.as_str())} on_change={on_church} />
            </fieldset>
        }
    });

    let children = household.children.iter().enumerate().map(|(index, child)| {
        let number = (index + 1).to_string();
        let on_age = {
            let state = state.clone();
            Callback::from(move |age: i64| {
                state.dispatch(ScenarioAction::SetChildAge(
                    index,
                    u8::try_from(age).unwrap_or(17),
                ))
            })
        };
        let on_remove = {
            let state = state.clone();
            Callback::from(move |_| state.dispatch(ScenarioAction::RemoveChild(index)))
        };
        html! {
            <li class="child-row">
                <NumberInput id={format!("child{index}-age")}
                    label={tr_args(lang, k::SCENARIO_FIELD_CHILD_AGE, &[("number", &number)])}
                    kind={NumberKind::Whole { min: 0, max: 17 }}
                    value={i64::from(child.age)} on_change={on_age} />
                <DayCareField index={index} hours={child.day_care_hours_per_week} />
                <button type="button" class="secondary small" onclick={on_remove}>
                    { tr_args(lang, k::SCENARIO_FIELD_REMOVE_CHILD, &[("number", &number)]) }
                </button>
            </li>
        }
    });
    let on_add_child = {
        let state = state.clone();
        Callback::from(move |_| state.dispatch(ScenarioAction::AddChild))
    };
    let on_parents = {
        let state = state.clone();
        Callback::from(move |event: Event| {
            let checked = event
                .target_unchecked_into::<web_sys::HtmlInputElement>()
                .checked();
            state.dispatch(ScenarioAction::SetLivesWithParents(checked))
        })
    };

    html! {
        <div class="field-group">
            { adults_choice }
            { for people }
            <fieldset class="children">
                <legend>{ tr(lang, k::SCENARIO_FIELD_CHILDREN) }</legend>
                <span class="hint">{ tr(lang, k::SCENARIO_FIELD_CHILDREN_HINT) }</span>
                if household.children.is_empty() {
                    <p>{ tr(lang, k::SCENARIO_FIELD_NO_CHILDREN) }</p>
                } else {
                    <ul class="child-list">{ for children }</ul>
                }
                <button type="button" class="secondary" onclick={on_add_child}>{ tr(lang, k::SCENARIO_FIELD_ADD_CHILD) }</button>
            </fieldset>
            if adults == 1 {
                <div class="field">
                    <label class="choice" for="lives-with-parents">
                        <input type="checkbox" id="lives-with-parents" checked={state.scenario.lives_with_parents}
                            onchange={on_parents} aria-describedby="lives-with-parents-hint" />
                        { tr(lang, k::SCENARIO_FIELD_LIVES_WITH_PARENTS) }
                    </label>
                    <span class="hint" id="lives-with-parents-hint">{ tr(lang, k::SCENARIO_FIELD_LIVES_WITH_PARENTS_HINT) }</span>
                </div>
            }
        </div>
    }
}
