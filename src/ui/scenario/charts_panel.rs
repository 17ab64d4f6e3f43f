use std::rc::Rc;

use yew::prelude::*;

use super::model::Results;
use super::results_view::column_title;
use crate::i18n::{k, money_whole, tr, tr_args};
use crate::rules::{Cents, Curve, CurvePoint};
use crate::scenario::reference_budget;
use crate::ui::charts::{
    IncomeChart, IncomePoint, MarginalChart, MarginalPoint, Marker, ReferenceRange, Segment,
};
use crate::ui::state::use_lang;

/// The gain people are asked about: "how much wage for 100 € more than now?"
const GAIN: Cents = Cents(10_000);

/// One curve point as chart parts. Taxes and contributions are taken from the wage first, then
/// from the taxable benefits; the garnished amount and the day-care fees next, from what is left
/// of the wage first, so every part is what actually reaches the household and the parts add up
/// to disposable income (the income after those costs).
pub fn income_point(point: &CurvePoint) -> IncomePoint {
    let t = &point.totals;
    let mut tax = t.taxes.0.saturating_add(t.employee_contributions.0);
    let mut take = |amount: i64| {
        let taken = tax.min(amount.max(0));
        tax -= taken;
        amount - taken
    };
    let net_wage = take(t.gross_wages.0);
    let unemployment_benefit = take(t.unemployment_benefit.0);
    let pensions = take(t.pensions_and_other_benefits.0);
    let mut costs = t.day_care_fees.0.saturating_add(t.garnished.0).max(0);
    let mut pay = |amount: i64| {
        let paid = costs.min(amount.max(0));
        costs -= paid;
        amount - paid
    };
    IncomePoint {
        wage: point.wage.0,
        net_wage: pay(net_wage),
        unemployment_benefit: pay(unemployment_benefit),
        other: pay(pensions.saturating_add(t.expense_compensation.0)),
        housing_allowance: pay(t.housing_allowance.0),
        social_assistance: pay(t.social_assistance.0),
        child_benefit: pay(t.child_benefit.0),
        disposable: t.disposable_income.0,
    }
}

/// One curve point's marginal rate in tenths of a percent (the engine gives basis points).
pub fn marginal_point(point: &CurvePoint) -> MarginalPoint {
    let e = point.emtr;
    MarginalPoint {
        wage: point.wage.0,
        tax: e.taxes / 10,
        unemployment_benefit: e.unemployment_benefit / 10,
        housing_allowance: e.housing_allowance / 10,
        social_assistance: e.social_assistance / 10,
        costs: e.costs / 10,
        other: e.other / 10,
        total: e.total / 10,
    }
}

/// The curve as the charts draw it: income parts, marginal rates and cliff wages.
struct ChartData {
    income: Rc<[IncomePoint]>,
    marginal: Rc<[MarginalPoint]>,
    cliffs: Rc<[i64]>,
    traps: Rc<[Segment]>,
}

fn chart_data(curve: &Curve) -> ChartData {
    ChartData {
        income: curve.points.iter().map(income_point).collect(),
        marginal: curve.points.iter().map(marginal_point).collect(),
        cliffs: curve.cliffs.iter().map(|c| c.from.0).collect(),
        traps: curve
            .traps
            .iter()
            .map(|t| Segment {
                from: t.from.0,
                to: t.to.0,
            })
            .collect(),
    }
}

#[derive(Properties, PartialEq)]
pub struct ChartsPanelProps {
    pub results: Rc<Results>,
}

/// Money for living and the marginal rate against the first adult's wage, with the current
/// situation and each option marked.
#[component]
pub fn ChartsPanel(props: &ChartsPanelProps) -> Html {
    let lang = use_lang();
    let Some(curve) = props.results.curve.as_ref() else {
        return html! {};
    };
    let ChartData {
        income,
        marginal,
        cliffs,
        traps,
    } = chart_data(curve);
    let markers: Rc<[Marker]> = props
        .results
        .columns
        .iter()
        .filter_map(|column| {
            let breakdown = column.result.as_ref().ok()?;
            let wage = column.scenario.household.adults.first()?.wage.monthly();
            Some(Marker {
                label: column_title(lang, column),
                wage: wage.0,
                disposable: breakdown.totals.disposable_income.0,
            })
        })
        .collect();
    let gain_sentence = match curve.wage_needed_for_gain(GAIN) {
        Some(wage) => tr_args(
            lang,
            k::SCENARIO_CHART_GAIN,
            &[
                ("gain", &money_whole(lang, GAIN.0)),
                ("wage", &money_whole(lang, wage.0)),
            ],
        ),
        None => tr_args(
            lang,
            k::SCENARIO_CHART_GAIN_NONE,
            &[("gain", &money_whole(lang, GAIN.0))],
        ),
    };
    // Participation tax rate at each option's wage, read off the curve (same household, only the
    // first adult's wage varies).
    let mut ptr_wages: Vec<i64> = markers.iter().map(|m| m.wage).filter(|w| *w > 0).collect();
    crate::sort::sort(&mut ptr_wages);
    ptr_wages.dedup();
    let ptr_sentences: Vec<String> = ptr_wages
        .iter()
        .filter_map(|wage| {
            let point = curve.points.iter().find(|p| p.wage.0 >= *wage)?;
            // The option's own wage, exact: the same figure as in the table.
            Some(tr_args(
                lang,
                k::SCENARIO_CHART_PTR,
                &[
                    ("wage", &crate::i18n::money(lang, *wage)),
                    (
                        "rate",
                        &crate::i18n::percent(lang, i64::from(point.ptr) / 10),
                    ),
                ],
            ))
        })
        .collect();
    let several = props.results.source.household.adults.len() > 1;
    // The household's reference budget from the published data, when its type has one.
    let reference =
        reference_budget::for_household(&props.results.source.household).map(|b| ReferenceRange {
            low: b.low.0,
            high: b.high.0,
        });
    let reference_note = match reference {
        Some(range) => tr_args(
            lang,
            k::SCENARIO_CHART_REFERENCE_NOTE,
            &[(
                "range",
                &tr_args(
                    lang,
                    k::SCENARIO_REFERENCE_RANGE,
                    &[
                        ("low", &money_whole(lang, range.low)),
                        ("high", &money_whole(lang, range.high)),
                    ],
                ),
            )],
        ),
        None => tr(lang, k::SCENARIO_CHART_REFERENCE_NONE).to_string(),
    };
    html! {
        <section class="charts" aria-labelledby="charts-title">
            <h3 id="charts-title" class="visually-hidden">{ tr(lang, k::SCENARIO_CHART_INCOME_TITLE) }</h3>
            if several {
                <p class="hint">{ tr_args(lang, k::SCENARIO_CHART_VARIES, &[("person", tr(lang, k::SCENARIO_WHO_PERSON1))]) }</p>
            }
            <IncomeChart points={income} markers={Rc::clone(&markers)} {reference} id="income-chart" />
            <p class="chart-reference-note">{ reference_note }</p>
            <p class="chart-gain">{ gain_sentence }</p>
            { for ptr_sentences.into_iter().map(|s| html! { <p class="chart-ptr">{ s }</p> }) }
            <MarginalChart points={marginal} {cliffs} {traps} markers={Rc::clone(&markers)} id="marginal-chart" />
        </section>
    }
}
