use yew::prelude::*;

use super::municipality_picker::MunicipalityPicker;
use super::state::{use_scenario, ScenarioAction};
use crate::i18n::{k, tr};
use crate::rules::Cents;
use crate::scenario::{MAX_ASSETS, MAX_HOUSING};
use crate::ui::form::{NumberInput, NumberKind};
use crate::ui::state::use_lang;

/// Where the household lives and what the home costs; the assets.
#[component]
pub fn HomeFields() -> Html {
    let lang = use_lang();
    let state = use_scenario();
    let housing = state.scenario.housing;
    let send = |make: fn(Cents) -> ScenarioAction| {
        let state = state.clone();
        Callback::from(move |cents: i64| state.dispatch(make(Cents(cents))))
    };
    html! {
        <div class="field-group">
            <MunicipalityPicker />
            <NumberInput id="rent" label={tr(lang, k::SCENARIO_FIELD_RENT)}
                hint={AttrValue::from(tr(lang, k::SCENARIO_FIELD_RENT_HINT))}
                kind={NumberKind::Money { max: MAX_HOUSING.0 }}
                value={housing.rent.0} on_change={send(ScenarioAction::SetRent)} />
            <NumberInput id="water" label={tr(lang, k::SCENARIO_FIELD_WATER)}
                hint={AttrValue::from(tr(lang, k::SCENARIO_FIELD_WATER_HINT))}
                kind={NumberKind::Money { max: MAX_HOUSING.0 }}
                value={housing.water.0} on_change={send(ScenarioAction::SetWater)} />
            <NumberInput id="heating" label={tr(lang, k::SCENARIO_FIELD_HEATING)}
                hint={AttrValue::from(tr(lang, k::SCENARIO_FIELD_HEATING_HINT))}
                kind={NumberKind::Money { max: MAX_HOUSING.0 }}
                value={housing.heating.0} on_change={send(ScenarioAction::SetHeating)} />
            <NumberInput id="assets" label={tr(lang, k::SCENARIO_FIELD_ASSETS)}
                hint={AttrValue::from(tr(lang, k::SCENARIO_FIELD_ASSETS_HINT))}
                kind={NumberKind::Money { max: MAX_ASSETS.0 }}
                value={state.scenario.assets.0} on_change={send(ScenarioAction::SetAssets)} />
        </div>
    }
}
