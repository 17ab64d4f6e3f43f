use yew::prelude::*;

use crate::assessment::History;
use crate::i18n::{k, tr, tr_args};
use crate::storage::{self, Feature, Inventory};
use crate::ui::state::use_lang;

#[derive(Properties, PartialEq)]
pub struct DeleteEverythingProps {
    /// Called after everything was deleted.
    #[prop_or_default]
    pub on_deleted: Callback<()>,
    /// Makes the element ids unique when several are on one page.
    pub id: AttrValue,
}

/// What the confirmation lists.
#[derive(Clone, PartialEq)]
enum Step {
    Idle,
    Confirm(Inventory, Option<usize>),
    Done,
    Failed,
}

/// "Delete everything Askel saved on this device": first lists exactly what will be deleted
/// (read from storage when the button is pressed), and deletes only after "Yes". Every page
/// that shows it learns of the deletion through [`storage::announce_deletion`].
#[component]
pub fn DeleteEverything(props: &DeleteEverythingProps) -> Html {
    let lang = use_lang();
    let step = use_state(|| Step::Idle);
    let ask = {
        let step = step.clone();
        Callback::from(move |_: MouseEvent| {
            if matches!(*step, Step::Confirm(..)) {
                step.set(Step::Idle);
                return;
            }
            match storage::inventory() {
                Ok(inventory) => {
                    let results = storage::load::<History>(storage::ASSESSMENT_HISTORY_KEY)
                        .ok()
                        .flatten()
                        .map(|h| h.entries().len());
                    step.set(Step::Confirm(inventory, results));
                }
                Err(_) => step.set(Step::Failed),
            }
        })
    };
    let cancel = {
        let step = step.clone();
        Callback::from(move |_: MouseEvent| step.set(Step::Idle))
    };
    let yes = {
        let step = step.clone();
        let on_deleted = props.on_deleted.clone();
        Callback::from(move |_: MouseEvent| match storage::delete_everything() {
            Ok(()) => {
                storage::announce_deletion();
                step.set(Step::Done);
                on_deleted.emit(());
            }
            Err(_) => step.set(Step::Failed),
        })
    };
    let confirming = matches!(*step, Step::Confirm(..));
    let title_id = format!("{}-confirm", props.id);
    let confirm = match &*step {
        Step::Confirm(inventory, _) if inventory.is_empty() => html! {
            <p class="notice" id={title_id}>{ tr(lang, k::SHARE_DELETE_NOTHING) }</p>
        },
        Step::Confirm(inventory, results) => {
            let mut items = Vec::new();
            if inventory.has_data(Feature::Scenario) {
                items.push(tr(lang, k::SHARE_DELETE_ITEM_SCENARIO).to_string());
            }
            if inventory.has_data(Feature::Assessment) {
                items.push(match results {
                    Some(n) => tr_args(
                        lang,
                        k::SHARE_DELETE_ITEM_ASSESSMENT,
                        &[("count", &n.to_string())],
                    ),
                    None => tr(lang, k::SHARE_DELETE_ITEM_ASSESSMENT_UNREADABLE).to_string(),
                });
            }
            if !inventory.consent.is_empty() {
                items.push(tr(lang, k::SHARE_DELETE_ITEM_CONSENT).to_string());
            }
            if !inventory.other.is_empty() {
                items.push(tr(lang, k::SHARE_DELETE_ITEM_OTHER).to_string());
            }
            html! {
                <div class="confirm" role="group" aria-labelledby={title_id.clone()}>
                    <p id={title_id}>{ tr(lang, k::SHARE_DELETE_INTRO) }</p>
                    <ul class="delete-list">{ for items.into_iter().map(|i| html! { <li>{ i }</li> }) }</ul>
                    <p>{ tr(lang, k::SHARE_DELETE_UNDO) }</p>
                    <div class="actions">
                        <button type="button" class="danger confirm-delete-everything" onclick={yes}>{ tr(lang, k::SHARE_DELETE_YES) }</button>
                        <button type="button" class="secondary" onclick={cancel}>{ tr(lang, k::SHARE_DELETE_CANCEL) }</button>
                    </div>
                </div>
            }
        }
        _ => html! {},
    };
    let status = match *step {
        Step::Done => tr(lang, k::SHARE_DELETE_DONE),
        Step::Failed => tr(lang, k::FORM_SAVE_UNAVAILABLE),
        _ => "",
    };
    html! {
        <div class="delete-everything">
            <div class="actions">
                <button type="button" class="danger delete-everything" aria-expanded={confirming.to_string()} onclick={ask}>
                    { tr(lang, k::SHARE_DELETE_BUTTON) }
                </button>
            </div>
            { confirm }
            <p class="status" role="status">{ status }</p>
        </div>
    }
}
