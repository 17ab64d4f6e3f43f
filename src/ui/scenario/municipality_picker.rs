use yew::prelude::*;

use super::state::{use_scenario, ScenarioAction};
use crate::i18n::{count_text, k, tr, Lang};
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
    // The code breaks ties, so the order does not depend on the data's.
    crate::sort::sort_by(&mut found, |a, b| {
        crate::i18n::collate(lang, &a.1, &b.1).then_with(|| a.0.code.cmp(b.0.code))
    });
    found
}

/// The municipality that Enter in the search field chooses: the only match, or the one whose
/// name is exactly what was typed.
pub fn enter_choice(lang: Lang, query: &str) -> Option<&'static Municipality> {
    let found = matching(lang, query);
    if query.trim().is_empty() {
        return None;
    }
    if let [(only, _)] = found.as_slice() {
        return Some(only);
    }
    let typed = query.trim().to_lowercase();
    found
        .into_iter()
        .map(|(m, _)| m)
        .find(|m| m.name_fi.to_lowercase() == typed || m.name_sv.to_lowercase() == typed)
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
    let onkeydown = {
        let state = state.clone();
        let query = query.clone();
        Callback::from(move |event: KeyboardEvent| {
            if event.key() == "Enter" {
                event.prevent_default();
                if let Some(m) = enter_choice(lang, &query) {
                    state.dispatch(ScenarioAction::SetMunicipality(m.code.to_string()));
                }
            }
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
                {oninput} {onkeydown} aria-describedby="municipality-hint municipality-count" aria-controls="municipality" />
            <p class="hint" id="municipality-count" aria-live="polite">
                { count_text(lang, crate::plural_keys!("scenario.field.municipality_count"), i64::try_from(count).unwrap_or(i64::MAX)) }
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
                { if missing { tr(lang, k::FORM_ERROR_NO_MUNICIPALITY) } else { "" } }
            </p>
        </div>
    }
}
