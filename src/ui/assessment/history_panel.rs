use yew::prelude::*;

use super::state::{delete_entry, delete_saved, save_current, use_assessment, Action, Confirm};
use super::text::{area_score, change, date, t};
use super::HISTORY_HEADING_ID;
use crate::assessment::Since;
use crate::i18n::{k, tr, tr_args};
use crate::ui::share::DeleteEverything;
use crate::ui::state::use_lang;

#[derive(Properties, PartialEq)]
pub struct HistoryPanelProps {
    /// Offer saving the current result (on the result step; not on the intro).
    #[prop_or(true)]
    pub with_save: bool,
}

/// Saving on this device (opt-in, for the self-assessment only), the saved results with their
/// dates and changes, deleting one, "Stop saving and delete my results" (this feature's data and
/// consent) and "Delete everything Askel saved on this device" (both confirmed first).
#[component]
pub fn HistoryPanel(props: &HistoryPanelProps) -> Html {
    let lang = use_lang();
    let state = use_assessment();
    let save = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(save_current(&state)))
    };
    let ask = |confirm: Option<Confirm>| {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(Action::Ask(confirm)))
    };
    let deleted_everything = {
        let state = state.clone();
        Callback::from(move |()| state.dispatch(Action::DeletedAll))
    };
    let delete_all = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(delete_saved()))
    };

    let save_view = if state.saved_id.is_some() || !props.with_save {
        html! {}
    } else {
        let label = if state.consent {
            tr(lang, k::ASSESSMENT_HISTORY_SAVE_THIS)
        } else {
            tr(lang, k::ASSESSMENT_HISTORY_SAVE_CONSENT)
        };
        html! {
            <>
                if !state.consent {
                    <p id="save-help">{ tr(lang, k::ASSESSMENT_HISTORY_SAVE_CONSENT_HELP) }</p>
                    <p>{ tr(lang, k::ASSESSMENT_HISTORY_SHARED_DEVICE) }</p>
                }
                <div class="actions">
                    <button type="button" class="save" onclick={save}
                        aria-describedby={(!state.consent).then_some("save-help")}>{ label }</button>
                </div>
                <p class="hint">{ tr(lang, k::ASSESSMENT_HISTORY_NOT_SAVED) }</p>
            </>
        }
    };

    let entries = state.history.entries().iter().enumerate().rev().map(|(position, entry)| {
        let id = entry.id;
        let show_first = position >= 2;
        let when = date(lang, &entry.result.date);
        let comparison = state
            .history
            .compare_entry(id)
            .filter(|_| state.history.entries().first().map(|e| e.id) != Some(id));
        let rows = entry.result.areas.iter().map(|&(area, score)| {
            let ch = comparison
                .as_ref()
                .and_then(|c| c.areas.iter().find(|(a, _)| *a == area))
                .map(|(_, ch)| *ch);
            html! {
                <tr>
                    <th scope="row">{ t(lang, area.area().title_key) }</th>
                    <td class="num">{ area_score(lang, score) }</td>
                    <td>
                        if let Some(ch) = ch {
                            { change(lang, ch.since_previous, Since::Previous) }
                            if show_first {
                                <br />{ change(lang, ch.since_first, Since::First) }
                            }
                        }
                    </td>
                </tr>
            }
        });
        let delete_id = format!("delete-{id}");
        let confirming = state.confirm == Some(Confirm::DeleteEntry(id));
        let confirm_view = if confirming {
            let state = state.clone();
            let yes = Callback::from(move |_: MouseEvent| state.dispatch(delete_entry(id)));
            html! {
                <div class="confirm" role="group" aria-labelledby={format!("confirm-{id}")}>
                    <p id={format!("confirm-{id}")}>{ tr_args(lang, k::ASSESSMENT_HISTORY_DELETE_ONE_CONFIRM, &[("date", &when)]) }</p>
                    <div class="actions">
                        <button type="button" class="danger" onclick={yes}>{ tr(lang, k::ASSESSMENT_HISTORY_CONFIRM_YES) }</button>
                        <button type="button" class="secondary" onclick={ask(None)}>{ tr(lang, k::ASSESSMENT_HISTORY_CANCEL) }</button>
                    </div>
                </div>
            }
        } else {
            html! {}
        };
        let trigger = html! {
            <button type="button" class="danger" id={delete_id}
                aria-expanded={confirming.to_string()}
                aria-label={format!("{} – {}", tr(lang, k::ASSESSMENT_HISTORY_DELETE_ONE),
                    tr_args(lang, k::ASSESSMENT_HISTORY_ENTRY, &[("date", &when)]))}
                onclick={ask((!confirming).then_some(Confirm::DeleteEntry(id)))}>
                { tr(lang, k::ASSESSMENT_HISTORY_DELETE_ONE) }
            </button>
        };
        html! {
            <li class="history-entry">
                <table class="history-table">
                        <caption>{ tr_args(lang, k::ASSESSMENT_HISTORY_ENTRY, &[("date", &when)]) }</caption>
                        <thead>
                            <tr>
                                <th scope="col" class="col-area">{ tr(lang, k::ASSESSMENT_TABLE_AREA) }</th>
                                <th scope="col" class="num col-score">{ tr(lang, k::ASSESSMENT_TABLE_SCORE) }</th>
                                <th scope="col">{ tr(lang, k::ASSESSMENT_TABLE_CHANGE) }</th>
                            </tr>
                        </thead>
                        <tbody>{ for rows }</tbody>
                </table>
                { trigger }
                { confirm_view }
            </li>
        }
    });

    let can_delete_all = state.consent || !state.history.is_empty() || state.unreadable;
    let confirming_all = state.confirm == Some(Confirm::DeleteAll);
    let delete_all_view = if !can_delete_all {
        html! {}
    } else {
        html! {
            <>
                <div class="actions">
                    <button type="button" class="danger delete-all" aria-expanded={confirming_all.to_string()}
                        onclick={ask((!confirming_all).then_some(Confirm::DeleteAll))}>
                        { tr(lang, k::ASSESSMENT_HISTORY_DELETE_ALL) }
                    </button>
                </div>
                if state.consent {
                    <p class="hint saving-on">{ tr(lang, k::ASSESSMENT_HISTORY_SAVING_ON) }</p>
                }
                if confirming_all {
                    <div class="confirm" role="group" aria-labelledby="confirm-all">
                        <p id="confirm-all">{ tr(lang, k::ASSESSMENT_HISTORY_DELETE_ALL_CONFIRM) }</p>
                        <div class="actions">
                            <button type="button" class="danger" onclick={delete_all}>{ tr(lang, k::ASSESSMENT_HISTORY_CONFIRM_YES) }</button>
                            <button type="button" class="secondary" onclick={ask(None)}>{ tr(lang, k::ASSESSMENT_HISTORY_CANCEL) }</button>
                        </div>
                    </div>
                }
            </>
        }
    };

    html! {
        <section class="panel history" aria-labelledby={HISTORY_HEADING_ID}>
            <h3 id={HISTORY_HEADING_ID} tabindex="-1">{ tr(lang, k::ASSESSMENT_HISTORY_TITLE) }</h3>
            if props.with_save {
                <div class="notice-region" role="status">
                    if let Some(n) = state.notice { <p class="notice">{ t(lang, n.key()) }</p> }
                </div>
            }
            if state.unreadable && state.notice.is_none() {
                <p class="notice">{ t(lang, super::state::Notice::Unreadable.key()) }</p>
            }
            { save_view }
            if state.history.is_empty() {
                <p>{ tr(lang, k::ASSESSMENT_HISTORY_EMPTY) }</p>
            } else {
                <ul class="history-list">{ for entries }</ul>
            }
            { delete_all_view }
            // Always here, so that its confirmation and its "deleted" message stay in place.
            <DeleteEverything id="assessment-delete-everything" on_deleted={deleted_everything} />
        </section>
    }
}
