use yew::prelude::*;

use super::problem_list::read_notice_text;
use super::web::{self, ReadError};
use super::ProblemList;
use crate::i18n::{k, tr, tr_args};
use crate::scenario::{share::MAX_JSON_BYTES, ReadNotice, Scenario, ScenarioErrors};
use crate::ui::scenario::state::{use_scenario, ScenarioAction};
use crate::ui::state::use_lang;

const INPUT_ID: &str = "share-file";
const HINT_ID: &str = "share-file-hint";

/// What happened to the last file chosen.
#[derive(Clone, PartialEq)]
enum Outcome {
    Opened(String, Vec<ReadNotice>),
    Unreadable(ReadError),
    Invalid(ScenarioErrors),
}

/// "Open a file": reads a chosen `askel-scenario.json` on the device, checks it with
/// [`Scenario::read`] and only then replaces the calculation. On any problem nothing is
/// changed and the problems are listed with their field paths in plain words.
#[component]
pub fn FileImport() -> Html {
    let lang = use_lang();
    let state = use_scenario();
    let outcome = use_state(|| None::<Outcome>);
    let onchange = {
        let outcome = outcome.clone();
        let state = state.clone();
        Callback::from(move |event: Event| {
            let Some(input) = event.target_dyn_into::<web_sys::HtmlInputElement>() else {
                return;
            };
            let outcome = outcome.clone();
            let state = state.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let next = match web::read_chosen_file(&input, MAX_JSON_BYTES).await {
                    Err(ReadError::NoFile) => return,
                    Err(error) => Outcome::Unreadable(error),
                    Ok((name, text)) => match Scenario::read(&text) {
                        Ok(opened) => {
                            state.dispatch(ScenarioAction::Replace(Box::new(opened.scenario)));
                            Outcome::Opened(name, opened.notices)
                        }
                        Err(errors) => Outcome::Invalid(errors),
                    },
                };
                outcome.set(Some(next));
            });
        })
    };
    // Success is announced politely, a failure at once: two live regions, each always present.
    let (success, failure) = match &*outcome {
        None => (html! {}, html! {}),
        Some(Outcome::Opened(name, notices)) => (
            html! {
                <>
                    <p class="notice success">{ tr_args(lang, k::SHARE_FILE_OPENED, &[("name", name)]) }</p>
                    { for notices.iter().map(|n| html! { <p class="notice">{ read_notice_text(lang, n) }</p> }) }
                </>
            },
            html! {},
        ),
        Some(Outcome::Unreadable(error)) => {
            let key = match error {
                ReadError::Empty => k::SHARE_FILE_EMPTY,
                ReadError::TooLarge => k::SHARE_FILE_TOO_LARGE,
                ReadError::NoFile | ReadError::Failed => k::SHARE_FILE_READ_FAILED,
            };
            (
                html! {},
                html! { <p class="notice problems">{ tr(lang, key) }</p> },
            )
        }
        Some(Outcome::Invalid(errors)) => (
            html! {},
            html! {
                <div class="notice problems">
                    <p>{ tr(lang, k::SHARE_FILE_PROBLEMS) }</p>
                    <ProblemList errors={errors.clone()} />
                </div>
            },
        ),
    };
    html! {
        <div class="file-import field">
            <label for={INPUT_ID}>{ tr(lang, k::SHARE_FILE_OPEN) }</label>
            <span class="hint" id={HINT_ID}>{ tr(lang, k::SHARE_FILE_OPEN_HINT) }</span>
            <input id={INPUT_ID} type="file" accept="application/json,.json"
                aria-describedby={HINT_ID} {onchange} />
            <div class="share-outcome" role="status">{ success }</div>
            <div class="share-outcome" role="alert">{ failure }</div>
        </div>
    }
}
