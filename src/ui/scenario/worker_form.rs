use yew::prelude::*;

use super::home_fields::HomeFields;
use super::household_fields::HouseholdFields;
use super::income_fields::IncomeFields;
use super::option_fields::OptionFields;
use super::results_slot::use_results_slot;
use super::rules_date_field::RulesDateField;
use crate::i18n::{k, tr};
use crate::ui::state::use_lang;

/// How many steps the form is shown in as it appears, each a task of its own (see
/// [`WorkerForm`]).
const STEPS: u8 = 4;

/// The worker's way in: every question on one page, results beside or below, updated on every
/// keystroke.
///
/// In the browser the form appears in [`STEPS`] tasks: the household, then the home and the
/// income, then the options and the results. Meeting mode shows it as the page starts, after
/// the prerendered guided flow, and in one task the whole form was the longest task of that
/// start (docs/PERFORMANCE.md, "Meeting mode's start"); each step lies below the one before and
/// the form keeps a screen's height until the last, so nothing painted moves. The page is marked
/// ready after the last step ([`ReadyHold`]). When the results' module takes the page over
/// (src/ui/start.rs), it renders the form in the same steps into a body not yet shown, and
/// shows it after the last. The prerender and the server-side tests render it whole.
///
/// [`ReadyHold`]: crate::ui::start::ReadyHold
#[component]
pub fn WorkerForm() -> Html {
    let lang = use_lang();
    let results = use_results_slot();
    let in_steps = cfg!(target_arch = "wasm32");
    let shown = use_state(|| if in_steps { 1 } else { STEPS });
    let hold = use_mut_ref(|| in_steps.then(crate::ui::start::ReadyHold::new));
    {
        let shown = shown.clone();
        use_effect_with(*shown, move |&step| {
            let next = (step < STEPS)
                .then(|| gloo::timers::callback::Timeout::new(0, move || shown.set(step + 1)));
            if next.is_none() {
                hold.borrow_mut().take();
            }
            move || drop(next)
        });
    }
    let step = *shown;
    // A screen's height reserved until the last step, so that what lies below (the footer) stays
    // where it is while the steps appear.
    let filling = (step < STEPS).then_some("worker-form-filling");
    html! {
        <div class={classes!("worker-form", filling)}>
            <div class="form-column">
                if step >= 2 {
                    <section aria-labelledby="form-household">
                        <h2 id="form-household">{ tr(lang, k::SCENARIO_STEP_HOUSEHOLD) }</h2>
                        <RulesDateField />
                        <HouseholdFields />
                    </section>
                }
                if step >= 3 {
                    <section aria-labelledby="form-home">
                        <h2 id="form-home">{ tr(lang, k::SCENARIO_STEP_HOME) }</h2>
                        <HomeFields />
                    </section>
                    <section aria-labelledby="form-income">
                        <h2 id="form-income">{ tr(lang, k::SCENARIO_STEP_INCOME) }</h2>
                        <IncomeFields />
                    </section>
                }
                if step >= 4 {
                    <section aria-labelledby="form-options">
                        <h2 id="form-options">{ tr(lang, k::SCENARIO_STEP_OPTIONS) }</h2>
                        <OptionFields />
                    </section>
                }
            </div>
            <div class="results-column">
                if step >= 4 {
                    { (results.0)(true) }
                }
            </div>
        </div>
    }
}
