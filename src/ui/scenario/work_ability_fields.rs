//! The sickness and rehabilitation inputs of one adult: the person chooses their situation first
//! ("on sickness allowance", "in rehabilitation"), then sees only the fields it needs; and the
//! ansiopäiväraha's basis wage and paid days when that benefit is chosen. Each field validates
//! itself next to the field (NumberInput) and keeps the last good value.

use yew::prelude::*;

use super::state::{use_scenario, AdultEdit, ScenarioAction};
use super::work_ability_text::status_key;
use crate::i18n::{k, tr};
use crate::rules::Cents;
use crate::scenario::{BenefitKind, WorkAbility, MAX_HOURLY_OR_DAILY, MAX_MONTHLY};
use crate::ui::form::{NumberInput, NumberKind, SelectField};
use crate::ui::state::use_lang;

/// Which adult.
#[derive(Properties, PartialEq)]
pub struct WorkAbilityFieldsProps {
    /// Index of the adult.
    pub index: usize,
}

/// The adult's sickness or rehabilitation status and its fields.
#[component]
pub fn WorkAbilityFields(props: &WorkAbilityFieldsProps) -> Html {
    let lang = use_lang();
    let state = use_scenario();
    let index = props.index;
    let Some(adult) = state.scenario.household.adults.get(index).cloned() else {
        return html! {};
    };
    let edit = |make: fn(Cents) -> AdultEdit| {
        let state = state.clone();
        Callback::from(move |cents: i64| {
            state.dispatch(ScenarioAction::EditAdult(index, make(Cents(cents))))
        })
    };
    let on_status = {
        let state = state.clone();
        Callback::from(move |value: String| {
            if let Some(status) = WorkAbility::from_name(&value) {
                state.dispatch(ScenarioAction::EditAdult(
                    index,
                    AdultEdit::WorkAbility(status),
                ))
            }
        })
    };
    let on_paid_days = {
        let state = state.clone();
        Callback::from(move |days: i64| {
            let days = u16::try_from(days).unwrap_or(0);
            state.dispatch(ScenarioAction::EditAdult(
                index,
                AdultEdit::AnsioPaidDays(days),
            ))
        })
    };
    let options = WorkAbility::ALL
        .iter()
        .map(|(status, name)| {
            (
                AttrValue::from(*name),
                AttrValue::from(tr(lang, status_key(*status))),
            )
        })
        .collect::<Vec<_>>();
    let id = format!("adult{index}-wa");
    let status = adult.work_ability;
    let money = |max: Cents| NumberKind::Money { max: max.0 };
    let kela = matches!(
        status,
        WorkAbility::SicknessAllowance
            | WorkAbility::PartialSicknessAllowance
            | WorkAbility::RehabilitationAllowance
            | WorkAbility::PartialRehabilitationAllowance
            | WorkAbility::VocationalRehabilitationAllowance
            | WorkAbility::YoungPersonsRehabilitationAllowance
    );
    let income_based = kela && status != WorkAbility::YoungPersonsRehabilitationAllowance;
    html! {
        <>
            <SelectField id={format!("{id}-status")} label={tr(lang, k::WORK_ABILITY_FIELD_STATUS)}
                hint={AttrValue::from(tr(lang, k::WORK_ABILITY_FIELD_STATUS_HELP))}
                options={options} selected={AttrValue::from(status.as_str())} on_change={on_status} />
            if kela {
                <NumberInput id={format!("{id}-kela-daily")} label={tr(lang, k::WORK_ABILITY_FIELD_KELA_DAILY)}
                    hint={AttrValue::from(tr(lang, k::WORK_ABILITY_FIELD_KELA_DAILY_HELP))}
                    kind={money(MAX_HOURLY_OR_DAILY)}
                    value={adult.kela_daily_amount.unwrap_or_default().0}
                    on_change={edit(AdultEdit::KelaDaily)} />
            }
            if income_based {
                <NumberInput id={format!("{id}-annual")} label={tr(lang, k::WORK_ABILITY_FIELD_ANNUAL_INCOME)}
                    hint={AttrValue::from(tr(lang, k::WORK_ABILITY_FIELD_ANNUAL_INCOME_HELP))}
                    kind={money(Cents(MAX_MONTHLY.0.saturating_mul(12)))}
                    value={adult.annual_work_income.unwrap_or_default().0}
                    on_change={edit(AdultEdit::AnnualIncome)} />
            }
            if status == WorkAbility::PartialSicknessAllowance {
                <NumberInput id={format!("{id}-full-time")} label={tr(lang, k::WORK_ABILITY_FIELD_FULL_TIME_WAGE)}
                    kind={money(MAX_MONTHLY)}
                    value={adult.full_time_wage.unwrap_or_default().0}
                    on_change={edit(AdultEdit::FullTimeWage)} />
            }
            if status == WorkAbility::EarningsRelatedRehabilitationAllowance {
                <NumberInput id={format!("{id}-rehab-monthly")} label={tr(lang, k::WORK_ABILITY_FIELD_REHABILITATION_MONTHLY)}
                    kind={money(MAX_MONTHLY)}
                    value={adult.rehabilitation_allowance_monthly.unwrap_or_default().0}
                    on_change={edit(AdultEdit::RehabilitationMonthly)} />
                <NumberInput id={format!("{id}-stabilised")} label={tr(lang, k::WORK_ABILITY_FIELD_STABILISED_EARNINGS)}
                    kind={money(MAX_MONTHLY)}
                    value={adult.stabilised_earnings.unwrap_or_default().0}
                    on_change={edit(AdultEdit::StabilisedEarnings)} />
            }
            if status == WorkAbility::None && adult.unemployment_benefit == BenefitKind::EarningsRelated {
                <NumberInput id={format!("{id}-ansio-basis")} label={tr(lang, k::WORK_ABILITY_FIELD_ANSIO_BASIS)}
                    hint={AttrValue::from(tr(lang, k::WORK_ABILITY_FIELD_ANSIO_BASIS_HELP))}
                    kind={money(MAX_MONTHLY)}
                    value={adult.ansio_basis_wage.unwrap_or_default().0}
                    on_change={edit(AdultEdit::AnsioBasisWage)} />
                <NumberInput id={format!("{id}-ansio-days")} label={tr(lang, k::WORK_ABILITY_FIELD_ANSIO_PAID_DAYS)}
                    hint={AttrValue::from(tr(lang, k::WORK_ABILITY_FIELD_ANSIO_PAID_DAYS_HELP))}
                    kind={NumberKind::Whole { min: 0, max: 255 }}
                    value={i64::from(adult.ansio_paid_days)} on_change={on_paid_days} />
            }
        </>
    }
}
