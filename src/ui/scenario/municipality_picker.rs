use yew::prelude::*;

use super::state::{use_scenario, ScenarioAction};
use crate::i18n::{k, tr, tr_args, Lang};
use crate::rules::{municipalities, Municipality};
use crate::ui::state::use_lang;

/// A municipality's name as shown in `lang` (both names when they differ).
pub fn display_name(lang: Lang, m: &Municipality) -> String {
    let (first, second) = match lang {
        Lang::Sv => (m.name_sv, m.name_fi),
        _ => (m.name_fi, m.name_sv),
    };
    if first == second {
        first.to_string()
    } else {
        format!("{first} – {second}")
    }
}

/// Mainland municipalities whose Finnish or Swedish name contains `query`, sorted by name.
pub fn matching(lang: Lang, query: &str) -> Vec<(&'static Municipality, String)> {
    let query = query.trim().to_lowercase();
    let mut found: Vec<_> = municipalities::all()
        .iter()
        .filter(|m| !m.aland)
        .filter(|m| {
            query.is_empty()
                || m.name_fi.to_lowercase().contains(&query)
                || m.name_sv.to_lowercase().contains(&query)
                || m.code == query
        })
        .map(|m| (m, display_name(lang, m)))
        .collect();
    found.sort_by(|a, b| a.1.cmp(&b.1));
    found
}

/// Search field plus a list of all mainland municipalities (Finnish and Swedish names).
#[component]
pub fn MunicipalityPicker() -> Html {
    let lang = use_lang();
    let state = use_scenario();
    let query = use_state(String::new);
    let selected = state.scenario.municipality.clone();
    let mut options = matching(lang, &query);
    let count = options.len();
    if let Some(current) = municipalities::find(&selected) {
        if !options.iter().any(|(m, _)| m.code == current.code) {
            options.insert(0, (current, display_name(lang, current)));
        }
    }
    let oninput = {
        let query = query.clone();
        Callback::from(move |event: InputEvent| {
            query.set(
                event
                    .target_unchecked_into::<web_sys::HtmlInputElement>()
                    .value(),
            )
        })
    };
    let onchange = {
        let state = state.clone();
        Callback::from(move |event: Event| {
            let code = event
                .target_unchecked_into::<web_sys::HtmlSelectElement>()
                .value();
            state.dispatch(ScenarioAction::SetMunicipality(code))
        })
    };
    let missing = municipalities::find(&selected).is_none();
    html! {
        <div class={classes!("field", "municipality", missing.then_some("needs-choice"))}>
            <label for="municipality-search">{ tr(lang, k::SCENARIO_FIELD_MUNICIPALITY_SEARCH) }</label>
            <span class="hint" id="municipality-hint">{ tr(lang, k::SCENARIO_FIELD_MUNICIPALITY_HINT) }</span>
            <input type="search" id="municipality-search" autocomplete="off" value={(*query).clone()}
                {oninput} aria-describedby="municipality-hint municipality-count" aria-controls="municipality" />
            <p class="hint" id="municipality-count" aria-live="polite">
                { tr_args(lang, k::SCENARIO_FIELD_MUNICIPALITY_COUNT, &[("count", &count.to_string())]) }
            </p>
            <label for="municipality">{ tr(lang, k::SCENARIO_FIELD_MUNICIPALITY) }</label>
            <select id="municipality" {onchange} aria-invalid={missing.then_some("true")}
                aria-describedby={missing.then_some("municipality-error")}>
                if missing {
                    <option value="" selected=true>{ tr(lang, k::SCENARIO_FIELD_MUNICIPALITY_CHOOSE) }</option>
                }
                { for options.iter().map(|(m, name)| html! {
                    <option value={m.code} selected={m.code == selected}>{ name.clone() }</option>
                }) }
            </select>
            <p class="error" id="municipality-error" aria-live="polite">
                { if missing { tr(lang, k::SCENARIO_ERROR_NO_MUNICIPALITY) } else { "" } }
            </p>
        </div>
    }
}
