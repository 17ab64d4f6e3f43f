use yew::prelude::*;

use super::state::{use_scenario, ScenarioAction};
use crate::i18n::{k, tr, tr_args, Key};
use crate::ui::state::use_lang;

/// A preset's button texts: its name ("Matti, 22") and one line about the household.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PresetTexts {
    pub id: &'static str,
    pub name: Key,
    pub text: Key,
    /// The names of its options, in order (`scenario.preset_option.<id>.<n>`).
    pub option_labels: &'static [Key],
}

/// The presets of the project's user stories in the order they are offered, with their texts as generated
/// constants (a test checks that they match `scenario::presets`).
pub const PRESET_TEXTS: [PresetTexts; 9] = [
    PresetTexts {
        id: "matti",
        name: k::SCENARIO_PRESET_MATTI,
        text: k::SCENARIO_PRESET_MATTI_TEXT,
        option_labels: &[
            k::SCENARIO_PRESET_OPTION_MATTI_1,
            k::SCENARIO_PRESET_OPTION_MATTI_2,
            k::SCENARIO_PRESET_OPTION_MATTI_3,
        ],
    },
    PresetTexts {
        id: "jenna",
        name: k::SCENARIO_PRESET_JENNA,
        text: k::SCENARIO_PRESET_JENNA_TEXT,
        option_labels: &[
            k::SCENARIO_PRESET_OPTION_JENNA_1,
            k::SCENARIO_PRESET_OPTION_JENNA_2,
            k::SCENARIO_PRESET_OPTION_JENNA_3,
        ],
    },
    PresetTexts {
        id: "irina",
        name: k::SCENARIO_PRESET_IRINA,
        text: k::SCENARIO_PRESET_IRINA_TEXT,
        option_labels: &[
            k::SCENARIO_PRESET_OPTION_IRINA_1,
            k::SCENARIO_PRESET_OPTION_IRINA_2,
        ],
    },
    PresetTexts {
        id: "mika",
        name: k::SCENARIO_PRESET_MIKA,
        text: k::SCENARIO_PRESET_MIKA_TEXT,
        option_labels: &[
            k::SCENARIO_PRESET_OPTION_MIKA_1,
            k::SCENARIO_PRESET_OPTION_MIKA_2,
        ],
    },
    PresetTexts {
        id: "janica",
        name: k::SCENARIO_PRESET_JANICA,
        text: k::SCENARIO_PRESET_JANICA_TEXT,
        option_labels: &[
            k::SCENARIO_PRESET_OPTION_JANICA_1,
            k::SCENARIO_PRESET_OPTION_JANICA_2,
        ],
    },
    PresetTexts {
        id: "sanna",
        name: k::SCENARIO_PRESET_SANNA,
        text: k::SCENARIO_PRESET_SANNA_TEXT,
        option_labels: &[
            k::SCENARIO_PRESET_OPTION_SANNA_1,
            k::SCENARIO_PRESET_OPTION_SANNA_2,
        ],
    },
    PresetTexts {
        id: "timo",
        name: k::SCENARIO_PRESET_TIMO,
        text: k::SCENARIO_PRESET_TIMO_TEXT,
        option_labels: &[
            k::SCENARIO_PRESET_OPTION_TIMO_1,
            k::SCENARIO_PRESET_OPTION_TIMO_2,
        ],
    },
    PresetTexts {
        id: "paula",
        name: k::SCENARIO_PRESET_PAULA,
        text: k::SCENARIO_PRESET_PAULA_TEXT,
        option_labels: &[
            k::SCENARIO_PRESET_OPTION_PAULA_1,
            k::SCENARIO_PRESET_OPTION_PAULA_2,
            k::SCENARIO_PRESET_OPTION_PAULA_3,
        ],
    },
    PresetTexts {
        id: "pekka",
        name: k::SCENARIO_PRESET_PEKKA,
        text: k::SCENARIO_PRESET_PEKKA_TEXT,
        option_labels: &[
            k::SCENARIO_PRESET_OPTION_PEKKA_1,
            k::SCENARIO_PRESET_OPTION_PEKKA_2,
        ],
    },
];

/// The texts of the preset `id`, if it is one of [`PRESET_TEXTS`].
pub fn preset_texts(id: &str) -> Option<&'static PresetTexts> {
    PRESET_TEXTS.iter().find(|p| p.id == id)
}

/// One tap loads a whole example household with its options.
#[component]
pub fn PresetBar() -> Html {
    let lang = use_lang();
    let state = use_scenario();
    let loaded = state.preset.and_then(preset_texts).map(|preset| {
        tr_args(
            lang,
            k::SCENARIO_PRESETS_LOADED,
            &[("name", tr(lang, preset.name))],
        )
    });
    html! {
        <section class="presets" aria-labelledby="presets-title">
            <h2 id="presets-title">{ tr(lang, k::SCENARIO_PRESETS_TITLE) }</h2>
            <p class="hint">{ tr(lang, k::SCENARIO_PRESETS_HINT) }</p>
            <ul class="preset-list">
            { for PRESET_TEXTS.iter().map(|preset| {
                let id: &'static str = preset.id;
                let pressed = if state.preset == Some(id) { "true" } else { "false" };
                let state = state.clone();
                let onclick = Callback::from(move |_| state.dispatch(ScenarioAction::LoadPreset(id, lang)));
                html! {
                    <li>
                        <button type="button" class="preset secondary" {onclick} aria-pressed={pressed}>
                            <span class="preset-name">{ tr(lang, preset.name) }</span>
                            <span class="preset-text">{ tr(lang, preset.text) }</span>
                        </button>
                    </li>
                }
            }) }
            </ul>
            <p class="visually-hidden" aria-live="polite">{ loaded.unwrap_or_default() }</p>
        </section>
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn every_preset_has_its_texts_in_order() {
        let ids: Vec<&str> = PRESET_TEXTS.iter().map(|p| p.id).collect();
        let presets: Vec<&str> = crate::scenario::presets::all(crate::scenario::FIRST_DATE)
            .iter()
            .map(|p| p.id)
            .collect();
        assert_eq!(ids, presets);
        for preset in PRESET_TEXTS {
            assert_eq!(preset.name.name(), format!("scenario.preset.{}", preset.id));
            assert_eq!(
                preset.text.name(),
                format!("scenario.preset.{}_text", preset.id)
            );
            let options = crate::scenario::presets::all(crate::scenario::FIRST_DATE)
                .into_iter()
                .find(|p| p.id == preset.id)
                .map(|p| p.scenario.options.len());
            assert_eq!(Some(preset.option_labels.len()), options, "{}", preset.id);
            for (index, key) in preset.option_labels.iter().enumerate() {
                assert_eq!(
                    key.name(),
                    format!("scenario.preset_option.{}.{}", preset.id, index + 1)
                );
            }
        }
        assert_eq!(preset_texts("nobody"), None);
    }
}
