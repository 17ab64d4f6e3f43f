use yew::prelude::*;

use super::text::{single_answer, t};
use crate::assessment::{Response, SingleItemId};
use crate::ui::state::use_lang;

#[derive(Properties, PartialEq)]
pub struct SingleAnswersProps {
    pub items: Vec<(SingleItemId, Option<Response>)>,
    /// The summary's denser layout.
    #[prop_or_default]
    pub compact: bool,
}

/// The single questions (work ability, health …) with the person's answers, as a list.
#[component]
pub fn SingleAnswers(props: &SingleAnswersProps) -> Html {
    let lang = use_lang();
    html! {
        <dl class={classes!("single-answers", props.compact.then_some("compact"))}>
        { for props.items.iter().map(|&(id, r)| html! {
            <div>
                <dt>{ t(lang, id.item().question_key) }</dt>
                <dd>{ single_answer(lang, id, r) }</dd>
            </div>
        }) }
        </dl>
    }
}
