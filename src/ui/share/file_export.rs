use yew::prelude::*;

use super::{web, FILE_NAME};
use crate::i18n::{k, tr};
use crate::ui::scenario::state::use_scenario;
use crate::ui::state::use_lang;

/// The scenario as the file's text: the scenario JSON, indented for people who open it.
pub fn file_text(scenario: &crate::scenario::Scenario) -> String {
    let mut text = scenario.to_json_pretty();
    text.push('\n');
    text
}

/// "Save as a file": downloads the calculation as `askel-scenario.json`, made in memory on the
/// device (no network), in the same format a file is opened from.
#[component]
pub fn FileExport() -> Html {
    let lang = use_lang();
    let state = use_scenario();
    let saved = use_state(|| None::<bool>);
    let onclick = {
        let saved = saved.clone();
        let scenario = state.scenario.clone();
        Callback::from(move |_: MouseEvent| {
            saved.set(Some(web::download(
                FILE_NAME,
                "application/json",
                &file_text(&scenario),
            )));
        })
    };
    let status = match *saved {
        Some(true) => tr(lang, k::SHARE_FILE_SAVED),
        Some(false) => tr(lang, k::SHARE_FILE_SAVE_FAILED),
        None => "",
    };
    html! {
        <div class="file-export">
            <button type="button" class="secondary" {onclick}>{ tr(lang, k::SHARE_FILE_SAVE) }</button>
            <p class="share-status" role="status">{ status }</p>
        </div>
    }
}
