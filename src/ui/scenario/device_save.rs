use yew::prelude::*;

use super::persist::{self, DeviceStatus};
use super::state::{use_scenario, ScenarioAction};
use crate::i18n::{k, tr};
use crate::ui::share::DeleteEverything;
use crate::ui::state::use_lang;

/// "Save on this device" for the income scenario only (the self-assessment asks on its own):
/// opt in once, then the scenario is kept up to date; "Stop saving" deletes the saved scenario
/// after a confirmation. When a link's calculation is open while another one is saved, the
/// person chooses whether to save the link's over it or to open the saved one.
#[component]
pub fn DeviceSave() -> Html {
    let lang = use_lang();
    let state = use_scenario();
    let confirming = use_state(|| false);
    let status = state.device;
    let on_save = {
        let state = state.clone();
        Callback::from(move |_| {
            let status = persist::opt_in(&state.scenario);
            state.dispatch(ScenarioAction::SetDevice(status));
        })
    };
    let on_open_saved = {
        let state = state.clone();
        Callback::from(move |_| match persist::restore() {
            (Some(saved), _) => {
                state.dispatch(ScenarioAction::SetDevice(DeviceStatus::Off));
                state.dispatch(ScenarioAction::Restore(Box::new(saved)));
            }
            (None, status) => state.dispatch(ScenarioAction::SetDevice(status)),
        })
    };
    let ask = {
        let confirming = confirming.clone();
        Callback::from(move |_| confirming.set(!*confirming))
    };
    let on_delete = {
        let state = state.clone();
        let confirming = confirming.clone();
        Callback::from(move |_| {
            confirming.set(false);
            state.dispatch(ScenarioAction::SetDevice(persist::delete_saved()))
        })
    };
    let on_deleted_everything = {
        let state = state.clone();
        Callback::from(move |()| state.dispatch(ScenarioAction::SetDevice(DeviceStatus::Off)))
    };
    let saved = matches!(
        status,
        DeviceStatus::Saved | DeviceStatus::Restored | DeviceStatus::Unreadable
    );
    let message = status
        .message_key()
        .map(|key| tr(lang, key))
        .unwrap_or_default();
    html! {
        <section class="device-save no-print" aria-labelledby="device-save-title">
            <h3 id="device-save-title">{ tr(lang, k::SCENARIO_SAVE_TITLE) }</h3>
            <p>{ tr(lang, k::SCENARIO_SAVE_TEXT) }</p>
            <div class="actions">
                if status == (DeviceStatus::FromLink { saved_exists: true }) {
                    <button type="button" class="save-over" onclick={on_save}>{ tr(lang, k::SCENARIO_SAVE_SAVE_OVER) }</button>
                    <button type="button" class="secondary open-saved" onclick={on_open_saved}>{ tr(lang, k::SCENARIO_SAVE_OPEN_SAVED) }</button>
                } else if !saved && status != DeviceStatus::Unavailable {
                    <button type="button" onclick={on_save}>{ tr(lang, k::SCENARIO_SAVE_BUTTON) }</button>
                }
                if saved {
                    <button type="button" class="danger delete-scenario" aria-expanded={confirming.to_string()} onclick={ask.clone()}>{ tr(lang, k::SCENARIO_SAVE_DELETE) }</button>
                }
            </div>
            if saved && *confirming {
                <div class="confirm" role="group" aria-labelledby="delete-scenario-confirm">
                    <p id="delete-scenario-confirm">{ tr(lang, k::SCENARIO_SAVE_DELETE_CONFIRM) }</p>
                    <div class="actions">
                        <button type="button" class="danger confirm-delete-scenario" onclick={on_delete}>{ tr(lang, k::SCENARIO_SAVE_CONFIRM_YES) }</button>
                        <button type="button" class="secondary" onclick={ask}>{ tr(lang, k::SCENARIO_SAVE_CANCEL) }</button>
                    </div>
                </div>
            }
            if status != DeviceStatus::Unavailable {
                <DeleteEverything id="scenario-delete-everything" on_deleted={on_deleted_everything} />
            }
            <p class="status" role="status">{ message }</p>
        </section>
    }
}
