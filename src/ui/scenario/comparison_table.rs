use std::rc::Rc;

use yew::prelude::*;

use super::model::Results;
use super::results_view::column_title;
use crate::i18n::{k, money, money_whole, signed_money, tr, tr_args, Key};
use crate::rules::Totals;
use crate::scenario::reference_budget::{self, ReferenceBudget};
use crate::ui::assessment::text::date;
use crate::ui::state::use_lang;

#[derive(Properties, PartialEq)]
pub struct ComparisonTableProps {
    pub results: Rc<Results>,
}

/// A row of the comparison: its label, its amount in the totals, and whether it is taken away.
type Row = (Key, fn(&Totals) -> i64, bool);

/// The rows of the comparison, in reading order.
pub const ROWS: [Row; 9] = [
    (k::SCENARIO_ROW_WAGE, |t| t.gross_wages.0, false),
    (
        k::SCENARIO_ROW_CONTRIBUTIONS,
        |t| t.employee_contributions.0,
        true,
    ),
    (k::SCENARIO_ROW_TAXES, |t| t.taxes.0, true),
    (
        k::SCENARIO_ROW_UNEMPLOYMENT,
        |t| t.unemployment_benefit.0,
        false,
    ),
    (
        k::SCENARIO_ROW_PENSIONS,
        |t| t.pensions_and_other_benefits.0,
        false,
    ),
    (
        k::SCENARIO_ROW_HOUSING_ALLOWANCE,
        |t| t.housing_allowance.0,
        false,
    ),
    (
        k::SCENARIO_ROW_SOCIAL_ASSISTANCE,
        |t| t.social_assistance.0,
        false,
    ),
    (k::SCENARIO_ROW_CHILD_BENEFIT, |t| t.child_benefit.0, false),
    (k::SCENARIO_ROW_EXPENSE, |t| t.expense_compensation.0, false),
];

/// Now and each option side by side: every component, money for living, the difference to now,
/// and what is left after housing costs.
#[component]
pub fn ComparisonTable(props: &ComparisonTableProps) -> Html {
    let lang = use_lang();
    let columns: Vec<_> = props
        .results
        .columns
        .iter()
        .map(|c| {
            (
                column_title(lang, c),
                c.result.as_ref().ok().map(|b| b.totals),
            )
        })
        .collect();
    let now = columns.first().and_then(|c| c.1);
    let reference = reference_budget::for_household(&props.results.source.household);
    let reference_range = |budget: &ReferenceBudget| {
        tr_args(
            lang,
            k::SCENARIO_REFERENCE_RANGE,
            &[
                ("low", &money_whole(lang, budget.low.0)),
                ("high", &money_whole(lang, budget.high.0)),
            ],
        )
    };
    let cell = |value: Option<i64>, negative: bool| match value {
        Some(v) if negative && v != 0 => money(lang, -v),
        Some(v) => money(lang, v),
        None => "–".to_string(),
    };
    html! {
        <>
        <div class="table-scroll comparison" tabindex="0" role="region" aria-labelledby="comparison-caption">
            <table>
                <caption id="comparison-caption">{ tr(lang, k::SCENARIO_RESULTS_TABLE_CAPTION) }</caption>
                <thead>
                    <tr>
                        <th scope="col">{ tr(lang, k::SCENARIO_RESULTS_ITEM) }</th>
                        { for columns.iter().map(|(title, _)| html! { <th scope="col" class="num">{ title.clone() }</th> }) }
                    </tr>
                </thead>
                <tbody>
                    { for ROWS.iter().map(|(key, get, negative)| html! {
                        <tr>
                            <th scope="row">{ tr(lang, *key) }</th>
                            { for columns.iter().map(|(_, totals)| html! {
                                <td class="num">{ cell(totals.as_ref().map(get), *negative) }</td>
                            }) }
                        </tr>
                    }) }
                    <tr class="total">
                        <th scope="row">
                            { tr(lang, k::SCENARIO_RESULTS_DISPOSABLE) }
                            <span class="hint">{ tr(lang, k::SCENARIO_RESULTS_DISPOSABLE_HINT) }</span>
                        </th>
                        { for columns.iter().map(|(_, totals)| html! {
                            <td class="num" data-disposable="">{ cell(totals.map(|t| t.disposable_income.0), false) }</td>
                        }) }
                    </tr>
                    <tr class="difference">
                        <th scope="row">{ tr(lang, k::SCENARIO_RESULTS_DIFFERENCE) }</th>
                        { for columns.iter().enumerate().map(|(index, (_, totals))| {
                            let text = match (index, totals, now) {
                                (0, _, _) => "–".to_string(),
                                (_, Some(t), Some(n)) => signed_money(lang, t.disposable_income.0 - n.disposable_income.0),
                                _ => "–".to_string(),
                            };
                            html! { <td class="num">{ text }</td> }
                        }) }
                    </tr>
                    if let Some(budget) = &reference {
                        <tr class="reference-budget">
                            <th scope="row">{ tr(lang, k::SCENARIO_REFERENCE_ROW) }</th>
                            { for columns.iter().map(|_| html! {
                                <td class="num">{ reference_range(budget) }</td>
                            }) }
                        </tr>
                    }
                    <tr>
                        <th scope="row">{ tr(lang, k::SCENARIO_ROW_HOUSING_COSTS) }</th>
                        { for columns.iter().map(|(_, totals)| html! {
                            <td class="num">{ cell(totals.map(|t| t.housing_costs.0), true) }</td>
                        }) }
                    </tr>
                    <tr class="total">
                        <th scope="row">{ tr(lang, k::SCENARIO_RESULTS_AFTER_HOUSING) }</th>
                        { for columns.iter().map(|(_, totals)| html! {
                            <td class="num">{ cell(totals.map(|t| t.disposable_after_housing.0), false) }</td>
                        }) }
                    </tr>
                </tbody>
            </table>
        </div>
        if let Some(budget) = &reference {
            <p class="hint reference-budget-note">
                { tr_args(lang, k::SCENARIO_REFERENCE_NOTE, &[("date", &date(lang, budget.published))]) }
                { " " }
                <a href={budget.source} rel="noopener noreferrer">{ tr(lang, k::SCENARIO_REFERENCE_SOURCE) }</a>
            </p>
        }
        </>
    }
}
