//! The side-by-side comparison, laid out for the screen it is on. From 40rem it is one table
//! (a row per income item, a column per option). On a phone a table of up to five columns
//! cannot show its amounts next to a readable row label, so the same figures are drawn as one
//! card per option, each with its rows; CSS shows exactly one of the two renderings and print
//! always uses the table. Both come from the same [`rows`], so they can never disagree.

use std::rc::Rc;

use yew::prelude::*;

use super::model::Results;
use super::results_view::column_title;
use crate::i18n::{k, money, money_whole, signed_money, tr, tr_args, Key};
use crate::rules::Totals;
use crate::scenario::reference_budget;
use crate::ui::assessment::text::date;
use crate::ui::state::use_lang;

#[derive(Properties, PartialEq)]
pub struct ComparisonTableProps {
    pub results: Rc<Results>,
}

/// A row of the comparison: its label, its amount in the totals, and whether it is taken away.
type Row = (Key, fn(&Totals) -> i64, bool);

/// The rows of the comparison, in reading order.
pub const ROWS: [Row; 11] = [
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
    (k::SCENARIO_ROW_DAY_CARE_FEE, |t| t.day_care_fees.0, true),
    (k::SCENARIO_ROW_GARNISHED, |t| t.garnished.0, true),
];

/// How a row is emphasised.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RowKind {
    /// An income item or a deduction.
    Item,
    /// Money for living, or what is left after housing: the answer.
    Total,
    /// The difference to now: also the answer.
    Difference,
    /// The household's reference budget: the same in every column, a yardstick, not income.
    Reference,
}

/// One row as displayed: its label, an optional hint, and one text per column.
#[derive(Clone, Debug, PartialEq)]
pub struct DisplayRow {
    pub label: Key,
    pub hint: Option<Key>,
    pub kind: RowKind,
    /// Marks the money-for-living row (tests and the share panel read it).
    pub disposable: bool,
    pub cells: Vec<String>,
}

/// The rows shown for `columns` (each column's totals, `None` when it could not be computed).
/// An income item that is zero in every column is left out: it says nothing and, on a phone,
/// pushes the answer further down.
pub fn rows(lang: crate::i18n::Lang, columns: &[Option<Totals>]) -> Vec<DisplayRow> {
    let cell = |value: Option<i64>, negative: bool| match value {
        Some(v) if negative && v != 0 => money(lang, -v),
        Some(v) => money(lang, v),
        None => "–".to_string(),
    };
    let now = columns.first().copied().flatten();
    let mut out: Vec<DisplayRow> = ROWS
        .iter()
        .filter(|(_, get, _)| columns.iter().flatten().any(|t| get(t) != 0))
        .map(|(label, get, negative)| DisplayRow {
            label: *label,
            hint: None,
            kind: RowKind::Item,
            disposable: false,
            cells: columns
                .iter()
                .map(|t| cell(t.as_ref().map(get), *negative))
                .collect(),
        })
        .collect();
    out.push(DisplayRow {
        label: k::SCENARIO_RESULTS_DISPOSABLE,
        hint: Some(k::SCENARIO_RESULTS_DISPOSABLE_HINT),
        kind: RowKind::Total,
        disposable: true,
        cells: columns
            .iter()
            .map(|t| cell(t.map(|t| t.disposable_income.0), false))
            .collect(),
    });
    if columns.len() > 1 {
        out.push(DisplayRow {
            label: k::SCENARIO_RESULTS_DIFFERENCE,
            hint: None,
            kind: RowKind::Difference,
            disposable: false,
            cells: columns
                .iter()
                .enumerate()
                .map(|(index, totals)| match (index, totals, now) {
                    (0, _, _) => "–".to_string(),
                    (_, Some(t), Some(n)) => {
                        signed_money(lang, t.disposable_income.0 - n.disposable_income.0)
                    }
                    _ => "–".to_string(),
                })
                .collect(),
        });
    }
    if columns.iter().flatten().any(|t| t.housing_costs.0 != 0) {
        out.push(DisplayRow {
            label: k::SCENARIO_ROW_HOUSING_COSTS,
            hint: None,
            kind: RowKind::Item,
            disposable: false,
            cells: columns
                .iter()
                .map(|t| cell(t.map(|t| t.housing_costs.0), true))
                .collect(),
        });
        out.push(DisplayRow {
            label: k::SCENARIO_RESULTS_AFTER_HOUSING,
            hint: None,
            kind: RowKind::Total,
            disposable: false,
            cells: columns
                .iter()
                .map(|t| cell(t.map(|t| t.disposable_after_housing.0), false))
                .collect(),
        });
    }
    out
}

fn row_class(row: &DisplayRow) -> Option<&'static str> {
    match row.kind {
        RowKind::Item => None,
        RowKind::Total => Some("total"),
        RowKind::Difference => Some("difference"),
        RowKind::Reference => Some("reference-budget"),
    }
}

/// Now and each option side by side: every component, money for living, the difference to now,
/// and what is left after housing costs.
#[component]
pub fn ComparisonTable(props: &ComparisonTableProps) -> Html {
    let lang = use_lang();
    let titles: Vec<String> = props
        .results
        .columns
        .iter()
        .map(|c| column_title(lang, c))
        .collect();
    let totals: Vec<Option<Totals>> = props
        .results
        .columns
        .iter()
        .map(|c| c.result.as_ref().ok().map(|b| b.totals))
        .collect();
    let mut rows = rows(lang, &totals);
    let reference = reference_budget::for_household(&props.results.source.household);
    if let Some(budget) = &reference {
        let range = tr_args(
            lang,
            k::SCENARIO_REFERENCE_RANGE,
            &[
                ("low", &money_whole(lang, budget.low.0)),
                ("high", &money_whole(lang, budget.high.0)),
            ],
        );
        // Right under the answer: money for living and the difference to now.
        let after_answer = rows
            .iter()
            .rposition(|row| row.disposable || row.kind == RowKind::Difference)
            .map_or(rows.len(), |i| i + 1);
        rows.insert(
            after_answer,
            DisplayRow {
                label: k::SCENARIO_REFERENCE_ROW,
                hint: None,
                kind: RowKind::Reference,
                disposable: false,
                cells: vec![range; titles.len()],
            },
        );
    }
    let column_count = format!("columns-{}", titles.len());
    html! {
        <>
        <div class={classes!("comparison", column_count)}>
            <div class="table-scroll comparison-table" tabindex="0" role="region" aria-labelledby="comparison-caption">
                <table>
                    <caption id="comparison-caption">{ tr(lang, k::SCENARIO_RESULTS_TABLE_CAPTION) }</caption>
                    <thead>
                        <tr>
                            <th scope="col">{ tr(lang, k::SCENARIO_RESULTS_ITEM) }</th>
                            { for titles.iter().map(|title| html! { <th scope="col" class="num">{ title.clone() }</th> }) }
                        </tr>
                    </thead>
                    <tbody>
                        { for rows.iter().map(|row| html! {
                            <tr class={classes!(row_class(row))}>
                                <th scope="row">
                                    { tr(lang, row.label) }
                                    if let Some(hint) = row.hint {
                                        <span class="hint">{ tr(lang, hint) }</span>
                                    }
                                </th>
                                { for row.cells.iter().map(|text| html! {
                                    <td class="num" data-disposable={row.disposable.then_some("")}>{ text.clone() }</td>
                                }) }
                            </tr>
                        }) }
                    </tbody>
                </table>
            </div>
            <div class="comparison-cards">
                <p class="caption">{ tr(lang, k::SCENARIO_RESULTS_TABLE_CAPTION) }</p>
                { for titles.iter().enumerate().map(|(index, title)| {
                    let heading = format!("comparison-card-{index}");
                    html! {
                        <section class={classes!("comparison-card", (index == 0).then_some("now"))} aria-labelledby={heading.clone()}>
                            <h3 id={heading}>{ title.clone() }</h3>
                            <dl>
                                { for rows.iter().filter(|row| !(index == 0 && row.kind == RowKind::Difference)).map(|row| html! {
                                    <div class={classes!("card-row", row_class(row))}>
                                        <dt>{ tr(lang, row.label) }</dt>
                                        <dd class="amount">{ row.cells[index].clone() }</dd>
                                    </div>
                                }) }
                            </dl>
                        </section>
                    }
                }) }
            </div>
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
