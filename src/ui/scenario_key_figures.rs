use yew::prelude::*;

use crate::i18n::{k, money, signed_money, tr, tr_args};
use crate::ui::scenario::model;
use crate::ui::scenario::results_view::{column_title, date_text};
use crate::ui::scenario::state::ScenarioContext;
use crate::ui::state::use_lang;

/// The income scenarios' key figures on the meeting summary: money for living now and in each
/// option, and the difference. Renders nothing until the person has entered a household that
/// can be calculated.
#[component]
pub fn ScenarioKeyFigures() -> Html {
    let lang = use_lang();
    // Without a scenario page around it (an assessment-only embedding, a test) there is nothing
    // to show.
    let state = use_context::<ScenarioContext>();
    let scenario = state.as_ref().map(|s| s.scenario.clone());
    let results = use_memo(scenario, |s| s.as_ref().map(model::compute));
    let (Some(state), Some(results)) = (state, results.as_ref()) else {
        return html! {};
    };
    let Some(now) = results.now() else {
        return html! {};
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
