use yew::prelude::*;

use super::results_view::date_text;
use super::state::{benefit_for_date, use_scenario};
use crate::i18n::{k, money, signed_money, tr, tr_args};
use crate::rules;
use crate::scenario::{Date, Scenario};
use crate::ui::state::use_lang;

/// The date whose rules "what changed for me" compares with: the middle of the year before the
/// chosen date; `None` when the rules do not reach back that far.
pub fn comparison_date(chosen: Date) -> Option<Date> {
    let then = Date {
        y: chosen.y.checked_sub(1)?,
        m: 6,
        d: 15,
    };
    (then >= rules::first_date()).then_some(then)
}

/// The same household (current situation) under another date's rules.
pub fn at_date(scenario: &Scenario, date: Date) -> Scenario {
    let mut moved = scenario.clone();
    moved.options.clear();
    moved.rules_date = date;
    for adult in &mut moved.household.adults {
        adult.unemployment_benefit = benefit_for_date(adult.unemployment_benefit, date);
    }
    moved
}

/// "What changed for me?": disposable income under the rules of a year earlier and under the chosen date's.
#[component]
pub fn WhatChanged() -> Html {
    let lang = use_lang();
    let state = use_scenario();
    let scenario = &state.scenario;
    let Some(comparison) = comparison_date(scenario.rules_date) else {
        return html! {};
    };
    let then = rules::compute(&at_date(scenario, comparison));
    let now = rules::compute(&at_date(scenario, scenario.rules_date));
    let (Ok(then), Ok(now)) = (then, now) else {
        return html! {};
    };
    let rows = [
        (
            k::SCENARIO_ROW_UNEMPLOYMENT,
            then.totals.unemployment_benefit.0,
            now.totals.unemployment_benefit.0,
        ),
        (
            k::SCENARIO_ROW_TAXES,
            -then.totals.taxes.0 - then.totals.employee_contributions.0,
            -now.totals.taxes.0 - now.totals.employee_contributions.0,
        ),
        (
            k::SCENARIO_ROW_HOUSING_ALLOWANCE,
            then.totals.housing_allowance.0,
            now.totals.housing_allowance.0,
        ),
        (
            k::SCENARIO_ROW_SOCIAL_ASSISTANCE,
            then.totals.social_assistance.0,
            now.totals.social_assistance.0,
        ),
        (
            k::SCENARIO_RESULTS_DISPOSABLE,
            then.totals.disposable_income.0,
            now.totals.disposable_income.0,
        ),
    ];
    let then_label = tr_args(
        lang,
        k::SCENARIO_CHANGES_RULES_OF,
        &[("date", &date_text(comparison))],
    );
    let now_label = tr_args(
        lang,
        k::SCENARIO_CHANGES_RULES_OF,
        &[("date", &date_text(scenario.rules_date))],
    );
    html! {
        <details class="what-changed">
            <summary>{ tr(lang, k::SCENARIO_CHANGES_TITLE) }</summary>
            <p>{ tr_args(lang, k::SCENARIO_CHANGES_TEXT, &[("then", &date_text(comparison)), ("now", &date_text(scenario.rules_date))]) }</p>
            <div class="table-scroll">
                <table>
                    <caption>{ tr(lang, k::SCENARIO_CHANGES_CAPTION) }</caption>
                    <thead>
                        <tr>
                            <th scope="col">{ tr(lang, k::SCENARIO_RESULTS_ITEM) }</th>
                            <th scope="col" class="num">{ then_label }</th>
                            <th scope="col" class="num">{ now_label }</th>
                            <th scope="col" class="num">{ tr(lang, k::SCENARIO_CHANGES_DIFFERENCE) }</th>
                        </tr>
                    </thead>
                    <tbody>
                    { for rows.iter().map(|(key, a, b)| html! {
                        <tr>
                            <th scope="row">{ tr(lang, *key) }</th>
                            <td class="num">{ money(lang, *a) }</td>
                            <td class="num">{ money(lang, *b) }</td>
                            <td class="num">{ signed_money(lang, b - a) }</td>
                        </tr>
                    }) }
                    </tbody>
                </table>
            </div>
        </details>
    }
}
