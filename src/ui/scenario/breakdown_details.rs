use std::rc::Rc;

use yew::prelude::*;

use super::model::Results;
use super::reason_text::{line_label, reason_sentences, reason_source, source_text};
use super::results_view::column_title;
use crate::i18n::{k, money, tr, tr_args};
use crate::ui::state::use_lang;

#[derive(Properties, PartialEq)]
pub struct BreakdownDetailsProps {
    pub results: Rc<Results>,
}

/// "How was this calculated?": every line of every column with its rule, amount and source.
#[component]
pub fn BreakdownDetails(props: &BreakdownDetailsProps) -> Html {
    let lang = use_lang();
    html! {
        <section class="details" aria-labelledby="details-title">
            <h3 id="details-title">{ tr(lang, k::SCENARIO_DETAILS_TITLE) }</h3>
            { for props.results.columns.iter().filter_map(|column| {
                let breakdown = column.result.as_ref().ok()?;
                let several = column.scenario.household.adults.len() > 1;
                let title = tr_args(lang, k::SCENARIO_DETAILS_COLUMN, &[("option", &column_title(lang, column))]);
                Some(html! {
                    <details class="breakdown">
                        <summary>{ title }</summary>
                        <dl>
                        { for breakdown.lines.iter().map(|line| html! {
                            <div class="line">
                                <dt><span class="line-label">{ line_label(lang, line, several) }</span><span class="amount">{ money(lang, line.amount.0) }</span></dt>
                                <dd>
                                    { for reason_sentences(lang, &line.reason).into_iter().map(|s| html! { <span class="reason">{ s }{ " " }</span> }) }
                                    if let Some(source) = reason_source(&line.reason) {
                                        <span class="source">{ source_text(lang, source) }</span>
                                    }
                                </dd>
                            </div>
                        }) }
                        </dl>
                    </details>
                })
            }) }
        </section>
    }
}
