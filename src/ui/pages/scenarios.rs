use yew::prelude::*;

use crate::i18n::{k, tr};
use crate::ui::form::ChoiceGroup;
use crate::ui::scenario::state::{use_scenario, InputMode, ScenarioAction};
use crate::ui::scenario::{GuidedFlow, PresetBar, WorkerForm};
use crate::ui::state::use_app;

/// Income scenarios: presets, the choice of guided or one-page input, and the results.
#[component]
pub fn ScenariosPage() -> Html {
    let route = use_app().route;
    let lang = route.lang;
    let state = use_scenario();
    // Meeting mode opens the one-page form: the worker's screen.
    let mode = if route.meeting {
        InputMode::Form
    } else {
        state.mode
    };
    let on_mode = {
        let state = state.clone();
        Callback::from(move |value: String| {
            state.dispatch(ScenarioAction::SetMode(if value == "form" {
                InputMode::Form
            } else {
                InputMode::Guided
            }))
        })
    };
    html! {
        <>
            <h1>{ tr(lang, k::SCENARIO_TITLE) }</h1>
            <p class="lead">{ tr(lang, k::SCENARIO_LEAD) }</p>
            <PresetBar />
            if !route.meeting {
            <ChoiceGroup name="input-mode" legend={tr(lang, k::SCENARIO_MODE_LABEL)}
                options={vec![
                    (AttrValue::from("guided"), AttrValue::from(tr(lang, k::SCENARIO_MODE_GUIDED))),
                    (AttrValue::from("form"), AttrValue::from(tr(lang, k::SCENARIO_MODE_FORM))),
                ]}
                selected={AttrValue::from(if mode == InputMode::Form { "form" } else { "guided" })}
                on_change={on_mode} />
            }
            { match mode {
                InputMode::Guided => html! { <GuidedFlow /> },
                InputMode::Form => html! { <WorkerForm /> },
            } }
        </>
    }
}
