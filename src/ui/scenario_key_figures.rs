use yew::prelude::*;

use crate::i18n::{count_text, k, money, signed_money, tr, tr_args};
use crate::ui::nav_link::NavLink;
use crate::ui::route::Page;
use crate::ui::scenario::model;
use crate::ui::scenario::municipality_picker::display_name;
use crate::ui::scenario::results_view::{column_title, date_text};
use crate::ui::scenario::state::ScenarioContext;
use crate::ui::state::use_lang;

/// The facts a calculation rests on, so that a worker can check them: rules date, municipality,
/// household and housing costs.
fn household_facts(lang: crate::i18n::Lang, scenario: &crate::scenario::Scenario) -> Html {
    let municipality = crate::rules::municipalities::find(&scenario.municipality)
        .map(|m| display_name(lang, m))
        .unwrap_or_else(|| "–".to_string());
    let household = &scenario.household;
    let mut people = count_text(
        lang,
        crate::plural_keys!("summary.facts.adults"),
        i64::try_from(household.adults.len()).unwrap_or(0),
    );
    if !household.children.is_empty() {
        let ages: Vec<String> = household
            .children
            .iter()
            .map(|c| c.age.to_string())
            .collect();
        people.push_str(", ");
        people.push_str(&count_text(
            lang,
            crate::plural_keys!("summary.facts.children"),
            i64::try_from(ages.len()).unwrap_or(0),
        ));
        people.push(' ');
        people.push_str(&tr_args(
            lang,
            k::SUMMARY_FACTS_CHILD_AGES,
            &[("ages", &ages.join(", "))],
        ));
    }
    let housing = tr_args(
        lang,
        k::SUMMARY_FACTS_HOUSING_VALUE,
        &[
            ("rent", &money(lang, scenario.housing.rent.0)),
            ("water", &money(lang, scenario.housing.water.0)),
            ("heating", &money(lang, scenario.housing.heating.0)),
        ],
    );
    let fact = |label, value: String| {
        html! {
            <div><dt>{ tr(lang, label) }</dt><dd>{ value }</dd></div>
        }
    };
    html! {
        <dl class="household-facts">
            { fact(k::SUMMARY_FACTS_RULES_DATE, date_text(scenario.rules_date)) }
            { fact(k::SUMMARY_FACTS_MUNICIPALITY, municipality) }
            { fact(k::SUMMARY_FACTS_HOUSEHOLD, people) }
            { fact(k::SUMMARY_FACTS_HOUSING, housing) }
        </dl>
    }
}

/// The income scenarios' key figures on the meeting summary: money for living now and in each
/// option, and the difference, with the household facts they rest on. Before a calculation can
/// be made it says that one can be added, with a link to the calculation.
#[component]
pub fn ScenarioKeyFigures() -> Html {
    let lang = use_lang();
    let route = crate::ui::state::use_app().route;
    // Without a scenario page around it (an assessment-only embedding, a test) there is nothing
    // to show.
    let state = use_context::<ScenarioContext>();
    let scenario = state.as_ref().map(|s| s.scenario.clone());
    let results = use_memo(scenario, |s| s.as_ref().map(model::compute));
    let none_yet = html! {
        <section class="key-figures" aria-labelledby="s-income">
            <h2 id="s-income">{ tr(lang, k::ASSESSMENT_SUMMARY_INCOME) }</h2>
            <p>{ tr(lang, k::SUMMARY_NO_CALCULATION) }</p>
            <p class="no-print">
                <NavLink to={route.with_page(Page::Scenarios)}>{ tr(lang, k::SUMMARY_ADD_CALCULATION) }</NavLink>
            </p>
        </section>
    };
    let (Some(state), Some(results)) = (state, results.as_ref()) else {
        return none_yet;
    };
    let Some(now) = results.now() else {
        return none_yet;
    };
    let now_total = now.totals.disposable_income.0;
    html! {
        <section class="key-figures" aria-labelledby="s-income">
            <h2 id="s-income">{ tr(lang, k::ASSESSMENT_SUMMARY_INCOME) }</h2>
            <p class="hint">
                { tr_args(lang, k::SCENARIO_RESULTS_RULES_DATE, &[
                    ("date", &date_text(state.scenario.rules_date)),
                    ("period", now.period.label),
                ]) }
            </p>
            { household_facts(lang, &state.scenario) }
            <table>
                <caption class="visually-hidden">{ tr(lang, k::SCENARIO_RESULTS_TABLE_CAPTION) }</caption>
                <thead>
                    <tr>
                        <th scope="col">{ tr(lang, k::SCENARIO_RESULTS_ITEM) }</th>
                        <th scope="col" class="num">{ tr(lang, k::SCENARIO_RESULTS_DISPOSABLE) }</th>
                        <th scope="col" class="num">{ tr(lang, k::SCENARIO_RESULTS_DIFFERENCE) }</th>
                    </tr>
                </thead>
                <tbody>
                { for results.columns.iter().filter_map(|column| {
                    let total = column.result.as_ref().ok()?.totals.disposable_income.0;
                    let difference = if column.option.is_some() { signed_money(lang, total - now_total) } else { "–".to_string() };
                    Some(html! {
                        <tr>
                            <th scope="row">{ column_title(lang, column) }</th>
                            <td class="num">{ money(lang, total) }</td>
                            <td class="num">{ difference }</td>
                        </tr>
                    })
                }) }
                </tbody>
            </table>
        </section>
    }
}
