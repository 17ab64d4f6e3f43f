use yew::prelude::*;

use super::home_fields::HomeFields;
use super::household_fields::HouseholdFields;
use super::income_fields::IncomeFields;
use super::option_fields::OptionFields;
use super::results_view::ResultsView;
use super::rules_date_field::RulesDateField;
use crate::i18n::{k, tr};
use crate::ui::state::use_lang;

/// The worker's way in: every question on one page, results beside or below, updated on every
/// keystroke.
#[component]
pub fn WorkerForm() -> Html {
    let lang = use_lang();
    html! {
        <div class="worker-form">
            <div class="form-column">
                <section aria-labelledby="form-household">
                    <h2 id="form-household">{ tr(lang, k::SCENARIO_STEP_HOUSEHOLD) }</h2>
                    <RulesDateField />
                    <HouseholdFields />
                </section>
                <section aria-labelledby="form-home">
                    <h2 id="form-home">{ tr(lang, k::SCENARIO_STEP_HOME) }</h2>
                    <HomeFields />
                </section>
                <section aria-labelledby="form-income">
                    <h2 id="form-income">{ tr(lang, k::SCENARIO_STEP_INCOME) }</h2>
                    <IncomeFields />
                </section>
                <section aria-labelledby="form-options">
                    <h2 id="form-options">{ tr(lang, k::SCENARIO_STEP_OPTIONS) }</h2>
                    <OptionFields />
                </section>
            </div>
            <div class="results-column">
                <ResultsView />
            </div>
        </div>
    }
}
