use yew::prelude::*;

use super::persist::{self, DeviceStatus};
use super::state::{use_scenario, ScenarioAction};
use crate::i18n::{k, lookup, tr};
use crate::ui::state::use_lang;

/// "Save on this device": opt in once, then the scenario is kept up to date; one button deletes
/// everything Askel saved.
#[component]
pub fn DeviceSave() -> Html {
    let lang = use_lang();
    let state = use_scenario();
    let status = state.device;
    let on_save = {
        let state = state.clone();
        Callback::from(move |_| {
            let status = persist::opt_in(&state.scenario);
            state.dispatch(ScenarioAction::SetDevice(status));
        })
    };
    let on_delete = {
        let state = state.clone();
        Callback::from(move |_| {
            state.dispatch(ScenarioAction::SetDevice(persist::delete_everything()))
        })
    };
    let saved = matches!(
        status,
        DeviceStatus::Saved | DeviceStatus::Restored | DeviceStatus::Unreadable
    );
    let message = status
        .message_key()
        .and_then(|key| lookup(lang, key))
        .unwrap_or_default();
    html! {
        <section class="device-save no-print" aria-labelledby="device-save-title">
            <h3 id="device-save-title">{ tr(lang, k::SCENARIO_SAVE_TITLE) }</h3>
            <p>{ tr(lang, k::SCENARIO_SAVE_TEXT) }</p>
            <div class="actions">
                if !saved && status != DeviceStatus::Unavailable {
                    <button type="button" onclick={on_save}>{ tr(lang, k::SCENARIO_SAVE_BUTTON) }</button>
                }
                if saved {
                    <button type="button" class="danger" onclick={on_delete}>{ tr(lang, k::SCENARIO_SAVE_DELETE) }</button>
                }
            </div>
            <p class="status" role="status">{ message }</p>
        </section>
    }
}
