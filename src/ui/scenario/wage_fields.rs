use yew::prelude::*;

use crate::i18n::{k, tr};
use crate::scenario::{Hours, Wage, MAX_HOURLY_OR_DAILY, MAX_MONTHLY};
use crate::ui::form::{ChoiceGroup, NumberInput, NumberKind};
use crate::ui::state::use_lang;

#[derive(Properties, PartialEq)]
pub struct WageFieldsProps {
    /// Prefix of the element ids (unique per person and option).
    pub id: AttrValue,
    pub wage: Wage,
    pub on_hourly: Callback<bool>,
    pub on_monthly_wage: Callback<i64>,
    pub on_hourly_wage: Callback<i64>,
    pub on_hours: Callback<Hours>,
}

/// Above these a wage is more likely a typo than real; the field asks to check it (not a limit).
pub const PLAUSIBLE_MONTHLY_WAGE: i64 = 1_500_000;
pub const PLAUSIBLE_HOURLY_WAGE: i64 = 10_000;

/// A wage as a monthly amount, or as an hourly wage times hours per week.
#[component]
pub fn WageFields(props: &WageFieldsProps) -> Html {
    let lang = use_lang();
    let hourly = matches!(props.wage, Wage::Hourly { .. });
    let on_kind = {
        let on_hourly = props.on_hourly.clone();
        Callback::from(move |value: String| on_hourly.emit(value == "hourly"))
    };
    let id = &props.id;
    let check = Some(AttrValue::from(tr(lang, k::SCENARIO_NOTE_CHECK_AMOUNT)));
    html! {
        <div class="wage-fields">
            <ChoiceGroup name={format!("{id}-wage-kind")} legend={tr(lang, k::SCENARIO_FIELD_WAGE_KIND)}
                options={vec![
                    (AttrValue::from("monthly"), AttrValue::from(tr(lang, k::SCENARIO_FIELD_WAGE_MONTHLY))),
                    (AttrValue::from("hourly"), AttrValue::from(tr(lang, k::SCENARIO_FIELD_WAGE_HOURLY))),
                ]}
                selected={AttrValue::from(if hourly { "hourly" } else { "monthly" })} on_change={on_kind} />
            { match props.wage {
                Wage::Monthly(value) => html! {
                    <NumberInput id={format!("{id}-monthly-wage")} label={tr(lang, k::SCENARIO_FIELD_MONTHLY_WAGE)}
                        hint={AttrValue::from(tr(lang, k::SCENARIO_FIELD_MONTHLY_WAGE_HINT))}
                        kind={NumberKind::Money { max: MAX_MONTHLY.0 }}
                        value={value.0} on_change={props.on_monthly_wage.clone()}
                        plausible_max={Some(PLAUSIBLE_MONTHLY_WAGE)} plausibility_note={check.clone()} />
                },
                Wage::Hourly { hourly, hours_per_week } => {
                    let on_hours = props.on_hours.clone();
                    let on_hours = Callback::from(move |hundredths: i64| {
                        on_hours.emit(Hours(u32::try_from(hundredths).unwrap_or(0)))
                    });
                    html! {
                        <div class="field-row">
                            <NumberInput id={format!("{id}-hourly-wage")} label={tr(lang, k::SCENARIO_FIELD_HOURLY_WAGE)}
                                kind={NumberKind::Money { max: MAX_HOURLY_OR_DAILY.0 }}
                                value={hourly.0} on_change={props.on_hourly_wage.clone()}
                                plausible_max={Some(PLAUSIBLE_HOURLY_WAGE)} plausibility_note={check.clone()} />
                            <NumberInput id={format!("{id}-hours")} label={tr(lang, k::SCENARIO_FIELD_HOURS_PER_WEEK)}
                                hint={AttrValue::from(tr(lang, k::SCENARIO_FIELD_HOURS_HINT))}
                                kind={NumberKind::Hours { max: 80 }}
                                value={i64::from(hours_per_week.0)} on_change={on_hours} />
                        </div>
                    }
                }
            } }
        </div>
    }
}
