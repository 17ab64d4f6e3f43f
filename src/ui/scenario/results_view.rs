use std::rc::Rc;

use yew::prelude::*;

use super::assumptions::Assumptions;
use super::breakdown_details::BreakdownDetails;
use super::comparison_table::ComparisonTable;
use super::explanations::Explanations;
use super::model;
use super::state::use_scenario;
use super::what_changed::WhatChanged;
use crate::i18n::{k, tr, tr_args, Lang};
use crate::scenario::{Date, FieldError, Problem, ScenarioErrors};
use crate::ui::share::SharePanel;
use crate::ui::state::use_lang;

/// A date as people write it in Finland (`23.11.2026`).
pub fn date_text(date: Date) -> String {
    format!("{}.{}.{}", date.d, date.m, date.y)
}

/// The heading of a comparison column.
pub fn column_title(lang: Lang, column: &model::Column) -> String {
    match column.option {
        None => tr(lang, k::SCENARIO_RESULTS_NOW).to_string(),
        Some(_) if !column.label.is_empty() => column.label.clone(),
        Some(index) => tr_args(
            lang,
            k::SCENARIO_OPTION_COLUMN,
            &[("number", &(index + 1).to_string())],
        ),
    }
}

/// "Choose a date between {first} and {last}", the dates from the rule data.
fn date_range(lang: Lang, first: Date, last: Date) -> String {
    tr_args(
        lang,
        k::SCENARIO_PROBLEM_DATE,
        &[("first", &date_text(first)), ("last", &date_text(last))],
    )
}

/// The first day of yleistuki, from the rule data (empty if no period has it).
pub fn yleistuki_from_text() -> String {
    crate::rules::yleistuki_from()
        .map(date_text)
        .unwrap_or_default()
}

/// A validation problem in words.
pub fn problem_text(lang: Lang, error: &FieldError) -> String {
    match &error.problem {
        Problem::UnknownMunicipality => tr(lang, k::SCENARIO_PROBLEM_MUNICIPALITY).to_string(),
        Problem::AlandNotSupported => tr(lang, k::SCENARIO_PROBLEM_ALAND).to_string(),
        Problem::DateOutOfRange { first, last } => date_range(lang, *first, *last),
        Problem::InvalidDate => date_range(
            lang,
            crate::rules::first_date(),
            crate::rules::last_known_date(),
        ),
        Problem::YleistukiNotInForce => tr_args(
            lang,
            k::SCENARIO_PROBLEM_YLEISTUKI_DATE,
            &[("date", &yleistuki_from_text())],
        ),
        Problem::EarningsRelatedDailyMissing => {
            tr(lang, k::SCENARIO_PROBLEM_DAILY_MISSING).to_string()
        }
        Problem::DisabilityPensionAmountMissing => {
            tr(lang, k::SCENARIO_PROBLEM_PENSION_MISSING).to_string()
        }
        _ => tr_args(lang, k::SCENARIO_PROBLEM_OTHER, &[("field", &error.path)]),
    }
}

fn problems(lang: Lang, errors: &ScenarioErrors) -> Html {
    let mut texts: Vec<String> = errors.0.iter().map(|e| problem_text(lang, e)).collect();
    texts.dedup();
    html! {
        <div class="notice problems" role="status">
            <ul>{ for texts.into_iter().map(|t| html! { <li>{ t }</li> }) }</ul>
        </div>
    }
}

/// The results: side-by-side columns, plain-language answers, charts, "what changed", the
/// calculation line by line, assumptions and links to the official services.
#[derive(Properties, PartialEq)]
pub struct ResultsViewProps {
    /// Show the "Results" heading (the guided flow has its own step heading instead).
    #[prop_or(true)]
    pub titled: bool,
}

#[component]
pub fn ResultsView(props: &ResultsViewProps) -> Html {
    let lang = use_lang();
    let state = use_scenario();
    let results = {
        let scenario = state.scenario.clone();
        use_memo(scenario, model::compute)
    };
    let scenario = &state.scenario;
    let period = crate::rules::period_for(scenario.rules_date).ok();
    let now = results.columns.first().map(|c| &c.result);
    // A short, polite summary for screen readers whenever the results change.
    let announcement = results
        .columns
        .iter()
        .filter_map(|c| {
            let total = c.result.as_ref().ok()?.totals.disposable_income.0;
            Some(format!(
                "{}: {}",
                column_title(lang, c),
                crate::i18n::money(lang, total)
            ))
        })
        .collect::<Vec<_>>()
        .join("; ");
    // The answer comes first (how much each option gives per month), then what it rests on.
    let rules_date = html! {
        <p class="rules-date">
            { tr_args(lang, k::SCENARIO_RESULTS_RULES_DATE, &[
                ("date", &date_text(scenario.rules_date)),
                ("period", period.map(|p| p.label).unwrap_or("–")),
            ]) }
            { " " }{ tr(lang, k::SCENARIO_ESTIMATE_NOTE) }
        </p>
    };
    html! {
        <section class="results" aria-labelledby={if props.titled { "results-title" } else { "step-title" }}>
            if props.titled {
                <h2 id="results-title">{ tr(lang, k::SCENARIO_RESULTS_TITLE) }</h2>
            }
            <p class="visually-hidden" aria-live="polite">
                if !announcement.is_empty() {
                    { format!("{} {}: {announcement}.", tr(lang, k::SCENARIO_RESULTS_UPDATED), tr(lang, k::SCENARIO_RESULTS_DISPOSABLE)) }
                }
            </p>
            { match now {
                Some(Err(errors)) => html! { <>{ rules_date.clone() }{ problems(lang, errors) }</> },
                Some(Ok(_)) => html! {
                    <>
                        <super::headline::Headline results={Rc::clone(&results)} />
                        { rules_date.clone() }
                        <ComparisonTable results={Rc::clone(&results)} />
                    </>
                },
                None => rules_date,
            } }
            // Always in the same place, so it stays mounted when a file makes the calculation
            // complete (and keeps its message).
            <SharePanel />
            if matches!(now, Some(Ok(_))) {
                <Explanations results={Rc::clone(&results)} />
                <super::charts_panel::ChartsPanel results={Rc::clone(&results)} />
                <WhatChanged />
                <crate::ui::month::MonthView />
                <BreakdownDetails results={Rc::clone(&results)} />
            }
            <super::device_save::DeviceSave />
            <Assumptions />
        </section>
    }
}
