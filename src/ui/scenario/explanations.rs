use std::rc::Rc;

use yew::prelude::*;

use super::explain::{at_the_limit, explain_with_limit, flag_sentences};
use super::model::Results;
use super::results_view::column_title;
use crate::i18n::{k, tr};
use crate::ui::state::use_lang;

#[derive(Properties, PartialEq)]
pub struct ExplanationsProps {
    pub results: Rc<Results>,
}

/// "In plain words": for each option, what it would change and why.
#[component]
pub fn Explanations(props: &ExplanationsProps) -> Html {
    let lang = use_lang();
    let columns = &props.results.columns;
    let Some(Ok(now)) = columns.first().map(|c| c.result.as_ref()) else {
        return html! {};
    };
    let now_flags = flag_sentences(lang, &now.flags);
    if columns.len() < 2 && now_flags.is_empty() {
        return html! {};
    }
    html! {
        <section class="explanations" aria-labelledby="explain-title">
            <h3 id="explain-title">{ tr(lang, k::SCENARIO_EXPLAIN_TITLE) }</h3>
            if !now_flags.is_empty() {
                <div class="explanation">
                    <h4>{ tr(lang, k::SCENARIO_RESULTS_NOW) }</h4>
                    { for now_flags.into_iter().map(|s| html! { <p>{ s }</p> }) }
                </div>
            }
            { for columns.iter().skip(1).filter_map(|column| {
                let option = column.result.as_ref().ok()?;
                let at_limit = at_the_limit(&column.scenario, now, option);
                Some(html! {
                    <div class="explanation">
                        <h4>{ column_title(lang, column) }</h4>
                        { for explain_with_limit(lang, now, option, at_limit.as_ref()).into_iter().map(|s| html! { <p>{ s }</p> }) }
                    </div>
                })
            }) }
        </section>
    }
}
