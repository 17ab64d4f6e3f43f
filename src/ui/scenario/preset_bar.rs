use yew::prelude::*;

use super::state::{use_scenario, ScenarioAction};
use crate::i18n::{k, lookup, tr, tr_args};
use crate::ui::state::use_lang;

/// The presets of shared/USERS.md, in the order they are offered.
pub const PRESETS: [&str; 5] = ["matti", "jenna", "irina", "mika", "janica"];

/// One tap loads a whole example household with its options.
#[component]
pub fn PresetBar() -> Html {
    let lang = use_lang();
    let state = use_scenario();
    let loaded = state.preset.map(|id| {
        tr_args(
            lang,
            k::SCENARIO_PRESETS_LOADED,
            &[(
                "name",
                lookup(lang, &format!("scenario.preset.{id}")).unwrap_or(id),
            )],
        )
    });
    html! {
        <section class="presets" aria-labelledby="presets-title">
            <h2 id="presets-title">{ tr(lang, k::SCENARIO_PRESETS_TITLE) }</h2>
            <p class="hint">{ tr(lang, k::SCENARIO_PRESETS_HINT) }</p>
            <ul class="preset-list">
            { for PRESETS.iter().map(|id| {
                let id: &'static str = id;
                let pressed = if state.preset == Some(id) { "true" } else { "false" };
                let state = state.clone();
                let onclick = Callback::from(move |_| state.dispatch(ScenarioAction::LoadPreset(id, lang)));
                html! {
                    <li>
                        <button type="button" class="preset secondary" {onclick} aria-pressed={pressed}>
                            <span class="preset-name">{ lookup(lang, &format!("scenario.preset.{id}")).unwrap_or(id) }</span>
                            <span class="preset-text">{ lookup(lang, &format!("scenario.preset.{id}_text")).unwrap_or_default() }</span>
                        </button>
                    </li>
                }
            }) }
            </ul>
            <p class="visually-hidden" aria-live="polite">{ loaded.unwrap_or_default() }</p>
        </section>
    }
}
