use yew::prelude::*;

use super::garnishment_field::GarnishmentField;
use super::state::{benefit_choices, use_scenario, AdultEdit, ScenarioAction};
use super::wage_fields::WageFields;
use crate::i18n::{k, tr, Key};
use crate::rules::Cents;
use crate::scenario::{BenefitKind, DisabilityPension, MAX_HOURLY_OR_DAILY, MAX_MONTHLY};
use crate::ui::form::{NumberInput, NumberKind, SelectField};
use crate::ui::state::use_lang;

/// The message key naming a benefit kind in the benefit list.
pub fn benefit_key(kind: BenefitKind) -> Key {
    match kind {
        BenefitKind::None => k::SCENARIO_BENEFIT_NONE,
        BenefitKind::Yleistuki => k::SCENARIO_BENEFIT_YLEISTUKI,
        BenefitKind::LabourMarketSubsidy => k::SCENARIO_BENEFIT_LABOUR_MARKET_SUBSIDY,
        BenefitKind::BasicDailyAllowance => k::SCENARIO_BENEFIT_BASIC_DAILY_ALLOWANCE,
        BenefitKind::EarningsRelated => k::SCENARIO_BENEFIT_EARNINGS_RELATED,
    }
}

/// The name of a disability pension's kind in the field's choices.
fn disability_pension_key(kind: DisabilityPension) -> Key {
    match kind {
        DisabilityPension::None => k::SCENARIO_DISABILITY_PENSION_NONE,
        DisabilityPension::Full => k::SCENARIO_DISABILITY_PENSION_FULL,
        DisabilityPension::Partial => k::SCENARIO_DISABILITY_PENSION_PARTIAL,
        DisabilityPension::FullFixedTerm => k::SCENARIO_DISABILITY_PENSION_FULL_FIXED_TERM,
        DisabilityPension::PartialFixedTerm => k::SCENARIO_DISABILITY_PENSION_PARTIAL_FIXED_TERM,
    }
}

/// Each adult's income now: wage, unemployment benefit, rehabilitative work activity, pensions.
#[component]
pub fn IncomeFields() -> Html {
    let lang = use_lang();
    let state = use_scenario();
    let scenario = &state.scenario;
    let several = scenario.household.adults.len() > 1;
    let people = scenario.household.adults.iter().enumerate().map(|(index, adult)| {
        let edit = |make: fn(Cents) -> AdultEdit| {
            let state = state.clone();
            Callback::from(move |cents: i64| {
                state.dispatch(ScenarioAction::EditAdult(index, make(Cents(cents))))
            })
        };
        let on_hourly = {
            let state = state.clone();
            Callback::from(move |hourly: bool| {
                state.dispatch(ScenarioAction::EditAdult(index, AdultEdit::WageHourly(hourly)))
            })
        };
        let on_hours = {
            let state = state.clone();
            Callback::from(move |hours| state.dispatch(ScenarioAction::EditAdult(index, AdultEdit::Hours(hours))))
        };
        let on_benefit = {
            let state = state.clone();
            let date = scenario.rules_date;
            Callback::from(move |value: String| {
                if let Some(kind) = benefit_choices(date).iter().find(|kind| kind.as_str() == value) {
                    state.dispatch(ScenarioAction::EditAdult(index, AdultEdit::Benefit(*kind)))
                }
            })
        };
        let on_days = {
            let state = state.clone();
            Callback::from(move |days: i64| {
                state.dispatch(ScenarioAction::EditAdult(index, AdultEdit::RehabDays(u8::try_from(days).unwrap_or(0))))
            })
        };
        let benefit_options = benefit_choices(scenario.rules_date)
            .iter()
            .map(|kind| {
                (
                    AttrValue::from(kind.as_str()),
                    AttrValue::from(tr(lang, benefit_key(*kind))),
                )
            })
            .collect::<Vec<_>>();
        let on_disability = {
            let state = state.clone();
            Callback::from(move |value: String| {
                if let Some(kind) = DisabilityPension::from_name(&value) {
                    state.dispatch(ScenarioAction::EditAdult(index, AdultEdit::DisabilityPension(kind)))
                }
            })
        };
        let on_kela = {
            let state = state.clone();
            Callback::from(move |value: String| {
                state.dispatch(ScenarioAction::EditAdult(index, AdultEdit::KelaPension(value == "yes")))
            })
        };
        let disability_options = DisabilityPension::ALL
            .iter()
            .map(|kind| {
                (AttrValue::from(kind.as_str()), AttrValue::from(tr(lang, disability_pension_key(*kind))))
            })
            .collect::<Vec<_>>();
        let kela_options = vec![
            (AttrValue::from("no"), AttrValue::from(tr(lang, k::SCENARIO_KELA_PENSION_NO))),
            (AttrValue::from("yes"), AttrValue::from(tr(lang, k::SCENARIO_KELA_PENSION_YES))),
        ];
        let on_disability_pension = adult.disability_pension != DisabilityPension::None;
        let pension_missing = (on_disability_pension && !adult.earnings_related_pension_monthly.is_positive())
            .then(|| AttrValue::from(tr(lang, k::SCENARIO_PROBLEM_PENSION_MISSING)));
        let id = format!("adult{index}");
        let title = if index == 0 { tr(lang, k::SCENARIO_FIELD_YOU) } else { tr(lang, k::SCENARIO_FIELD_SPOUSE) };
        html! {
            <fieldset class="person">
                if several {
                    <legend>{ title }</legend>
                } else {
                    <legend class="visually-hidden">{ title }</legend>
                }
                <WageFields id={id.clone()} wage={adult.wage} on_hourly={on_hourly}
                    on_monthly_wage={edit(AdultEdit::MonthlyWage)} on_hourly_wage={edit(AdultEdit::HourlyWage)}
                    on_hours={on_hours} />
                <SelectField id={format!("{id}-benefit")} label={tr(lang, k::SCENARIO_FIELD_BENEFIT)}
                    hint={AttrValue::from(tr(lang, k::SCENARIO_FIELD_BENEFIT_HINT))}
                    options={benefit_options} selected={AttrValue::from(adult.unemployment_benefit.as_str())}
                    on_change={on_benefit} />
                if adult.unemployment_benefit == BenefitKind::EarningsRelated {
                    <NumberInput id={format!("{id}-er-daily")} label={tr(lang, k::SCENARIO_FIELD_EARNINGS_RELATED_DAILY)}
                        hint={AttrValue::from(tr(lang, k::SCENARIO_FIELD_EARNINGS_RELATED_DAILY_HINT))}
                        kind={NumberKind::Money { max: MAX_HOURLY_OR_DAILY.0 }}
                        value={adult.earnings_related_daily.unwrap_or_default().0}
                        on_change={edit(AdultEdit::EarningsRelatedDaily)} />
                }
                <super::work_ability_fields::WorkAbilityFields index={index} />
                <NumberInput id={format!("{id}-rehab-days")} label={tr(lang, k::SCENARIO_FIELD_REHAB_DAYS)}
                    hint={AttrValue::from(tr(lang, k::SCENARIO_FIELD_REHAB_DAYS_HINT))}
                    kind={NumberKind::Whole { min: 0, max: u32::from(crate::rules::compensated_rehabilitative_days(scenario.rules_date)) }}
                    value={i64::from(adult.rehabilitative_work_days_per_week)} on_change={on_days} />
                <GarnishmentField index={index} garnished={adult.wage_garnished} />
                <SelectField id={format!("{id}-disability")} label={tr(lang, k::SCENARIO_FIELD_DISABILITY_PENSION)}
                    hint={AttrValue::from(tr(lang, k::SCENARIO_FIELD_DISABILITY_PENSION_HINT))}
                    options={disability_options} selected={AttrValue::from(adult.disability_pension.as_str())}
                    on_change={on_disability} />
                if on_disability_pension {
                    <NumberInput id={format!("{id}-pension")} label={tr(lang, k::SCENARIO_FIELD_PENSION)}
                        hint={AttrValue::from(tr(lang, k::SCENARIO_FIELD_PENSION_HINT))}
                        kind={NumberKind::Money { max: MAX_MONTHLY.0 }}
                        note={pension_missing}
                        value={adult.earnings_related_pension_monthly.0} on_change={edit(AdultEdit::Pension)} />
                    <NumberInput id={format!("{id}-pre-disability")} label={tr(lang, k::SCENARIO_FIELD_PRE_DISABILITY_EARNINGS)}
                        hint={AttrValue::from(tr(lang, k::SCENARIO_FIELD_PRE_DISABILITY_EARNINGS_HINT))}
                        kind={NumberKind::Money { max: MAX_MONTHLY.0 }}
                        value={adult.pre_disability_earnings.unwrap_or_default().0}
                        on_change={edit(AdultEdit::PreDisabilityEarnings)} />
                    <NumberInput id={format!("{id}-pension-limit")} label={tr(lang, k::SCENARIO_FIELD_PENSION_LIMIT)}
                        hint={AttrValue::from(tr(lang, k::SCENARIO_FIELD_PENSION_LIMIT_HINT))}
                        kind={NumberKind::Money { max: MAX_MONTHLY.0 }}
                        value={adult.earnings_related_pension_limit.unwrap_or_default().0}
                        on_change={edit(AdultEdit::PensionLimit)} />
                }
                <SelectField id={format!("{id}-kela-pension")} label={tr(lang, k::SCENARIO_FIELD_KELA_PENSION)}
                    hint={AttrValue::from(tr(lang, k::SCENARIO_FIELD_KELA_PENSION_HINT))}
                    options={kela_options} selected={AttrValue::from(if adult.kela_disability_pension { "yes" } else { "no" })}
                    on_change={on_kela} />
                if adult.kela_disability_pension {
                    <NumberInput id={format!("{id}-other-pensions")} label={tr(lang, k::SCENARIO_FIELD_OTHER_PENSIONS)}
                        hint={AttrValue::from(tr(lang, k::SCENARIO_FIELD_OTHER_PENSIONS_HINT))}
                        kind={NumberKind::Money { max: MAX_MONTHLY.0 }}
                        value={adult.other_pensions_monthly.0} on_change={edit(AdultEdit::OtherPensions)} />
                    <NumberInput id={format!("{id}-kela-limit")} label={tr(lang, k::SCENARIO_FIELD_KELA_LIMIT)}
                        hint={AttrValue::from(tr(lang, k::SCENARIO_FIELD_KELA_LIMIT_HINT))}
                        kind={NumberKind::Money { max: MAX_MONTHLY.0 }}
                        value={adult.kela_disability_pension_limit.unwrap_or_default().0}
                        on_change={edit(AdultEdit::KelaLimit)} />
                }
                <super::pension_and_fee_fields::PensionAndFeeFields index={index} />
                <details class="advanced">
                    <summary>{ tr(lang, k::SCENARIO_FIELD_ADVANCED) }</summary>
                    if !on_disability_pension {
                        <NumberInput id={format!("{id}-pension")} label={tr(lang, k::SCENARIO_FIELD_PENSION)}
                            hint={AttrValue::from(tr(lang, k::SCENARIO_FIELD_PENSION_HINT))}
                            kind={NumberKind::Money { max: MAX_MONTHLY.0 }}
                            value={adult.earnings_related_pension_monthly.0} on_change={edit(AdultEdit::Pension)} />
                    }
                    <NumberInput id={format!("{id}-other-benefit")} label={tr(lang, k::SCENARIO_FIELD_OTHER_BENEFIT)}
                        hint={AttrValue::from(tr(lang, k::SCENARIO_FIELD_OTHER_BENEFIT_HINT))}
                        kind={NumberKind::Money { max: MAX_MONTHLY.0 }}
                        value={adult.other_taxable_benefit_monthly.0} on_change={edit(AdultEdit::OtherBenefit)} />
                    if !adult.kela_disability_pension {
                        <NumberInput id={format!("{id}-kela-limit")} label={tr(lang, k::SCENARIO_FIELD_KELA_LIMIT)}
                            hint={AttrValue::from(tr(lang, k::SCENARIO_FIELD_KELA_LIMIT_HINT))}
                            kind={NumberKind::Money { max: MAX_MONTHLY.0 }}
                            value={adult.kela_disability_pension_limit.unwrap_or_default().0}
                            on_change={edit(AdultEdit::KelaLimit)} />
                    }
                    if !on_disability_pension {
                        <NumberInput id={format!("{id}-pension-limit")} label={tr(lang, k::SCENARIO_FIELD_PENSION_LIMIT)}
                            hint={AttrValue::from(tr(lang, k::SCENARIO_FIELD_PENSION_LIMIT_HINT))}
                            kind={NumberKind::Money { max: MAX_MONTHLY.0 }}
                            value={adult.earnings_related_pension_limit.unwrap_or_default().0}
                            on_change={edit(AdultEdit::PensionLimit)} />
                    }
                </details>
            </fieldset>
        }
    });
    html! { <div class="field-group">{ for people }</div> }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn each_kind_has_the_message_named_after_it() {
        for kind in [
            BenefitKind::None,
            BenefitKind::Yleistuki,
            BenefitKind::LabourMarketSubsidy,
            BenefitKind::BasicDailyAllowance,
            BenefitKind::EarningsRelated,
        ] {
            assert_eq!(
                benefit_key(kind).name(),
                format!("scenario.benefit.{}", kind.as_str())
            );
        }
        for kind in DisabilityPension::ALL {
            assert_eq!(
                disability_pension_key(kind).name(),
                format!("scenario.disability_pension.{}", kind.as_str())
            );
        }
    }
}
