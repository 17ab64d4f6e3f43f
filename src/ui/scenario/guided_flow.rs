use yew::prelude::*;

use super::home_fields::HomeFields;
use super::household_fields::HouseholdFields;
use super::income_fields::IncomeFields;
use super::option_fields::OptionFields;
use super::results_view::ResultsView;
use super::rules_date_field::RulesDateField;
use super::state::{use_scenario, ScenarioAction, GUIDED_STEPS};
use crate::i18n::{k, tr, tr_args, Key};
use crate::ui::browser;
use crate::ui::state::use_lang;

const STEP_TITLE_ID: &str = "step-title";

fn step_texts(step: usize) -> (Key, Option<Key>) {
    match step {
        0 => (
            k::SCENARIO_STEP_HOUSEHOLD,
            Some(k::SCENARIO_STEP_HOUSEHOLD_INTRO),
        ),
        1 => (k::SCENARIO_STEP_HOME, Some(k::SCENARIO_STEP_HOME_INTRO)),
        2 => (k::SCENARIO_STEP_INCOME, Some(k::SCENARIO_STEP_INCOME_INTRO)),
        3 => (
            k::SCENARIO_STEP_OPTIONS,
            Some(k::SCENARIO_STEP_OPTIONS_INTRO),
        ),
        _ => (k::SCENARIO_STEP_RESULTS, None),
    }
}

/// The client's way in: one group of questions per step, back and next, progress shown.
#[component]
pub fn GuidedFlow() -> Html {
    let lang = use_lang();
    let state = use_scenario();
    let step = state.step.min(GUIDED_STEPS - 1);
    {
        let first = use_mut_ref(|| true);
        use_effect_with(step, move |_| {
            let mut first = first.borrow_mut();
            if *first {
                *first = false;
            } else {
                browser::focus(STEP_TITLE_ID);
            }
        });
    }
    let go = |to: usize| {
        let state = state.clone();
        Callback::from(move |_| state.dispatch(ScenarioAction::GoToStep(to)))
    };
    let (title, intro) = step_texts(step);
    let body = match step {
        0 => html! { <><RulesDateField /><HouseholdFields /></> },
        1 => html! { <HomeFields /> },
        2 => html! { <IncomeFields /> },
        3 => html! { <OptionFields /> },
        _ => html! { <ResultsView titled={false} /> },
    };
    let last_input_step = GUIDED_STEPS - 2;
    html! {
        <section class="guided" aria-labelledby={STEP_TITLE_ID}>
            <p class="progress-text">
                { tr_args(lang, k::SCENARIO_STEP_PROGRESS, &[("step", &(step + 1).to_string()), ("total", &GUIDED_STEPS.to_string())]) }
            </p>
            <progress class="progress" max={GUIDED_STEPS.to_string()} value={(step + 1).to_string()} aria-hidden="true"></progress>
            <h2 id={STEP_TITLE_ID} tabindex="-1">{ tr(lang, title) }</h2>
            if let Some(intro) = intro {
                <p>{ tr(lang, intro) }</p>
            }
            { body }
            <div class="actions step-actions">
                if step > 0 {
                    <button type="button" class="secondary" onclick={go(step - 1)}>
                        { if step == GUIDED_STEPS - 1 { tr(lang, k::SCENARIO_NAV_EDIT) } else { tr(lang, k::SCENARIO_NAV_BACK) } }
                    </button>
                }
                if step < last_input_step {
                    <button type="button" onclick={go(step + 1)}>{ tr(lang, k::SCENARIO_NAV_NEXT) }</button>
                } else if step == last_input_step {
                    <button type="button" onclick={go(step + 1)}>{ tr(lang, k::SCENARIO_NAV_SHOW_RESULTS) }</button>
                }
            </div>
        </section>
    }
}
