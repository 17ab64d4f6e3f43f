use yew::prelude::*;

use super::text;
use crate::i18n::{k, tr};
use crate::rules::maksuajankohdat::Todo;
use crate::ui::state::use_lang;

#[derive(Properties, PartialEq)]
pub struct MonthChecklistProps {
    /// The items generated from the change.
    pub todos: Vec<Todo>,
    /// Heading level 3 (results) or 2 (meeting summary).
    #[prop_or(3)]
    pub level: u8,
}

/// "What to do": to whom, what, by when, what happens if not, with a link to the official page.
/// The same list is on the results, the meeting summary and in print.
#[component]
pub fn MonthChecklist(props: &MonthChecklistProps) -> Html {
    let lang = use_lang();
    if props.todos.is_empty() {
        return html! {};
    }
    let title = tr(lang, k::MONTH_TODO_TITLE);
    html! {
        <section class="month-todo" aria-labelledby="month-todo-title">
            if props.level == 2 {
                <h2 id="month-todo-title">{ title }</h2>
            } else {
                <h3 id="month-todo-title">{ title }</h3>
            }
            <ol class="month-todo-list">
            { for props.todos.iter().map(|t| {
                let (what, if_not) = text::task(lang, t.task);
                html! {
                    <li>
                        <p><strong>{ text::agency(lang, t.agency) }</strong>{ ": " }{ what }</p>
                        <p class="month-todo-when">{ text::by_when(lang, t) }</p>
                        <p class="month-todo-if-not">{ tr(lang, k::MONTH_IF_NOT) }{ " " }{ if_not }</p>
                        if let Some(url) = text::source_url(t.source) {
                            <p class="month-todo-link">
                                <a href={url} rel="noopener noreferrer">{ tr(lang, k::MONTH_OFFICIAL_PAGE) }</a>
                                <span class="url">{ format!(" ({url})") }</span>
                            </p>
                        }
                    </li>
                }
            }) }
            </ol>
        </section>
    }
}
