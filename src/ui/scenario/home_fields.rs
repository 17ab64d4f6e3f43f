use yew::prelude::*;

use super::municipality_picker::MunicipalityPicker;
use super::state::{use_scenario, ScenarioAction};
use crate::i18n::{k, tr};
use crate::rules::Cents;
use crate::scenario::{MAX_ASSETS, MAX_HOUSING};
use crate::ui::form::{NumberInput, NumberKind};
use crate::ui::state::use_lang;

/// Above these monthly amounts a housing cost is more likely a typo (an extra zero) than a real
/// cost, so the field asks the person to check it. Not a rule and not a limit: the amount is
/// still used as written.
pub const PLAUSIBLE_RENT: Cents = Cents(300_000);
pub const PLAUSIBLE_WATER: Cents = Cents(30_000);
pub const PLAUSIBLE_HEATING: Cents = Cents(60_000);

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
    let check = Some(AttrValue::from(tr(lang, k::SCENARIO_NOTE_CHECK_AMOUNT)));
    html! {
        <div class="field-group">
            <MunicipalityPicker />
            <NumberInput id="rent" label={tr(lang, k::SCENARIO_FIELD_RENT)}
                hint={AttrValue::from(tr(lang, k::SCENARIO_FIELD_RENT_HINT))}
                kind={NumberKind::Money { max: MAX_HOUSING.0 }}
                value={housing.rent.0} on_change={send(ScenarioAction::SetRent)}
                plausible_max={Some(PLAUSIBLE_RENT.0)} plausibility_note={check.clone()} />
            <NumberInput id="water" label={tr(lang, k::SCENARIO_FIELD_WATER)}
                hint={AttrValue::from(tr(lang, k::SCENARIO_FIELD_WATER_HINT))}
                kind={NumberKind::Money { max: MAX_HOUSING.0 }}
                value={housing.water.0} on_change={send(ScenarioAction::SetWater)}
                plausible_max={Some(PLAUSIBLE_WATER.0)} plausibility_note={check.clone()} />
            <NumberInput id="heating" label={tr(lang, k::SCENARIO_FIELD_HEATING)}
                hint={AttrValue::from(tr(lang, k::SCENARIO_FIELD_HEATING_HINT))}
                kind={NumberKind::Money { max: MAX_HOUSING.0 }}
                value={housing.heating.0} on_change={send(ScenarioAction::SetHeating)}
                plausible_max={Some(PLAUSIBLE_HEATING.0)} plausibility_note={check.clone()} />
            <NumberInput id="assets" label={tr(lang, k::SCENARIO_FIELD_ASSETS)}
                hint={AttrValue::from(tr(lang, k::SCENARIO_FIELD_ASSETS_HINT))}
                kind={NumberKind::Money { max: MAX_ASSETS.0 }}
                value={state.scenario.assets.0} on_change={send(ScenarioAction::SetAssets)} />
        </div>
    }
}
