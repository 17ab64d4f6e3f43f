use yew::prelude::*;

use super::home_fields::HomeFields;
use super::household_fields::HouseholdFields;
use super::income_fields::IncomeFields;
use super::option_fields::OptionFields;
use super::results_slot::use_results_slot;
use super::rules_date_field::RulesDateField;
use super::state::{use_scenario, ScenarioAction, GUIDED_STEPS};
use crate::i18n::{k, tr, tr_args, Key};
use crate::ui::browser;
use crate::ui::state::use_lang;

const STEP_TITLE_ID: &str = "step-title";
/// The element holding the current step's questions.
const STEP_BODY_ID: &str = "guided-step";
/// Where each step's history entry keeps its step number (see `browser::push_entry`).
pub const STEP_STATE_KEY: &str = "askel.scenario.step";

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
///
/// Each step is a history entry of its own (same address, the step in the entry's state), so the
/// phone's Back button goes to the previous step and Forward returns. "Next" does not move on
/// while a field holds text it could not read: focus goes to that field and its message.
#[component]
pub fn GuidedFlow() -> Html {
    let lang = use_lang();
    let state = use_scenario();
    let step = state.step.min(GUIDED_STEPS - 1);
    let results = use_results_slot();
    {
        let first = use_mut_ref(|| true);
        use_effect_with(step, move |step| {
            let mut first = first.borrow_mut();
            if *first {
                *first = false;
                // This entry shows this step (it may carry another page's copy). An entry without
                // a step is the first step already (Back and Forward read it so): no write.
                let held = browser::recall(STEP_STATE_KEY);
                let write = crate::ui::state::tab_entry_write(held.as_deref(), *step == 0, || {
                    Some(step.to_string())
                });
                if let Some(step) = write {
                    browser::remember(STEP_STATE_KEY, &step);
                }
            } else {
                // A resumed step (after a reload) is this entry's step too.
                browser::remember(STEP_STATE_KEY, &step.to_string());
                if *step == GUIDED_STEPS - 1 {
                    // The answer on the first screen: the result starts at the top.
                    browser::scroll_to_element(STEP_TITLE_ID);
                }
                browser::focus(STEP_TITLE_ID);
            }
        });
    }
    {
        // Back and Forward between the steps' history entries.
        let state = state.clone();
        use_effect_with((), move |_| {
            let listener =
                gloo::events::EventListener::new(&gloo::utils::window(), "popstate", move |_| {
                    let here = browser::current_route().page;
                    if here != crate::ui::route::Page::Scenarios {
                        return;
                    }
                    let step = browser::recall(STEP_STATE_KEY)
                        .and_then(|s| s.parse::<usize>().ok())
                        .unwrap_or(0);
                    state.dispatch(ScenarioAction::GoToStep(step));
                });
            move || drop(listener)
        });
    }
    let go = |to: usize| {
        let state = state.clone();
        let forward = to > step;
        Callback::from(move |_| {
            if forward {
                if let Some(field) = browser::first_invalid_field(STEP_BODY_ID) {
                    browser::focus(&field);
                    return;
                }
            }
            browser::push_entry(STEP_STATE_KEY, &to.to_string());
            state.dispatch(ScenarioAction::GoToStep(to))
        })
    };
    let (title, intro) = step_texts(step);
    let body = match step {
        0 => html! { <><RulesDateField /><HouseholdFields /></> },
        1 => html! { <HomeFields /> },
        2 => html! { <IncomeFields /> },
        3 => html! { <OptionFields /> },
        _ => (results.0)(false),
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
            <div id={STEP_BODY_ID}>{ body }</div>
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
