//! The inputs that refine an adult's pensions and day-care fee with what a decision or the
//! person knows: the national pension from Kela's decision (used instead of the computed one), an
//! old-age pension (which gives the pensioners' housing allowance), and whether the municipality
//! adds the holiday-pay share to the wage for the day-care fee. Each field is shown only where it
//! applies; the engine does the rest.

use yew::prelude::*;

use super::state::{use_scenario, AdultEdit, ScenarioAction};
use crate::i18n::{k, tr};
use crate::rules::Cents;
use crate::scenario::{DisabilityPension, MAX_MONTHLY};
use crate::ui::form::{NumberInput, NumberKind};
use crate::ui::state::use_lang;

/// Which adult.
#[derive(Properties, PartialEq)]
pub struct PensionAndFeeFieldsProps {
    /// Index of the adult.
    pub index: usize,
}

/// A checkbox with its hint.
fn checkbox(
    id: String,
    label: &str,
    hint: &str,
    checked: bool,
    on_change: Callback<Event>,
) -> Html {
    let hint_id = format!("{id}-hint");
    html! {
        <div class="field">
            <label class="choice" for={id.clone()}>
                <input type="checkbox" id={id} checked={checked}
                    onchange={on_change} aria-describedby={hint_id.clone()} />
                { label.to_string() }
            </label>
            <span class="hint" id={hint_id}>{ hint.to_string() }</span>
        </div>
    }
}

/// The adult's decision amounts and day-care fee choice, where they apply.
#[component]
pub fn PensionAndFeeFields(props: &PensionAndFeeFieldsProps) -> Html {
    let lang = use_lang();
    let state = use_scenario();
    let index = props.index;
    let scenario = &state.scenario;
    let Some(adult) = scenario.household.adults.get(index).cloned() else {
        return html! {};
    };
    let id = format!("adult{index}");
    let toggle = |make: fn(bool) -> AdultEdit| {
        let state = state.clone();
        Callback::from(move |event: Event| {
            let checked = event
                .target_unchecked_into::<web_sys::HtmlInputElement>()
                .checked();
            state.dispatch(ScenarioAction::EditAdult(index, make(checked)))
        })
    };
    let on_kela_amount = {
        let state = state.clone();
        Callback::from(move |cents: i64| {
            state.dispatch(ScenarioAction::EditAdult(
                index,
                AdultEdit::KelaPensionMonthly(Cents(cents)),
            ))
        })
    };
    let children_in_care = scenario
        .household
        .children
        .iter()
        .any(|c| c.day_care_hours_per_week > 0);
    let old_age_applies = adult.disability_pension == DisabilityPension::None
        && (adult.earnings_related_pension_monthly.is_positive() || adult.old_age_pension);
    html! {
        <>
            if adult.kela_disability_pension {
                <NumberInput id={format!("{id}-kela-amount")} label={tr(lang, k::SCENARIO_FIELD_KELA_PENSION_AMOUNT)}
                    hint={AttrValue::from(tr(lang, k::SCENARIO_FIELD_KELA_PENSION_AMOUNT_HINT))}
                    kind={NumberKind::Money { max: MAX_MONTHLY.0 }}
                    value={adult.kela_pension_monthly.unwrap_or_default().0}
                    on_change={on_kela_amount} />
            }
            if old_age_applies {
                { checkbox(format!("{id}-old-age"), tr(lang, k::SCENARIO_FIELD_OLD_AGE_PENSION),
                    tr(lang, k::SCENARIO_FIELD_OLD_AGE_PENSION_HINT), adult.old_age_pension,
                    toggle(AdultEdit::OldAgePension)) }
            }
            if children_in_care && adult.wage.monthly().is_positive() {
                { checkbox(format!("{id}-holiday-pay"), tr(lang, k::SCENARIO_FIELD_DAY_CARE_HOLIDAY_PAY),
                    tr(lang, k::SCENARIO_FIELD_DAY_CARE_HOLIDAY_PAY_HINT),
                    adult.day_care_holiday_pay_addition.unwrap_or(true),
                    toggle(AdultEdit::DayCareHolidayPay)) }
            }
        </>
    }
}
