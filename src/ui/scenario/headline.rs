use std::rc::Rc;

use yew::prelude::*;

use super::model::Results;
use super::results_view::column_title;
use crate::i18n::{k, money, signed_money, tr};
use crate::ui::state::use_lang;

#[derive(Properties, PartialEq)]
pub struct HeadlineProps {
    pub results: Rc<Results>,
}

/// The answer first, readable on the narrowest phone: money for living now and in each option,
/// with the difference to now. The full table follows.
#[component]
pub fn Headline(props: &HeadlineProps) -> Html {
    let lang = use_lang();
    let columns = &props.results.columns;
    let Some(now) = props.results.now().map(|b| b.totals.disposable_income.0) else {
        return html! {};
    };
    html! {
        <ul class="headline">
            { for columns.iter().filter_map(|column| {
                let total = column.result.as_ref().ok()?.totals.disposable_income.0;
                Some(html! {
                    <li class={classes!("headline-card", column.option.is_none().then_some("now"))}>
                        <span class="headline-title">{ column_title(lang, column) }</span>
                        <span class="headline-label">{ tr(lang, k::SCENARIO_RESULTS_DISPOSABLE) }</span>
                        <span class="headline-amount">{ money(lang, total) }</span>
                        if column.option.is_some() {
                            <span class="headline-difference">
                                { format!("{}: {}", tr(lang, k::SCENARIO_RESULTS_DIFFERENCE), signed_money(lang, total - now)) }
                            </span>
                        }
                    </li>
                })
            }) }
        </ul>
    }
}
