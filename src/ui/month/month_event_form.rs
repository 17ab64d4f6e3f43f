use yew::prelude::*;

use crate::i18n::{k, tr, tr_args, Key};
use crate::rules::maksuajankohdat::PayRhythm;
use crate::scenario::month_event::{ChangeKind, MonthEvent};
use crate::scenario::{Date, Hours, Problem, Wage, MAX_HOURLY_OR_DAILY, MAX_MONTHLY};
use crate::ui::form::{NumberInput, NumberKind, SelectField};
use crate::ui::scenario::state::{use_scenario, ScenarioAction};
use crate::ui::state::use_lang;
use crate::units::Cents;

fn change_key(c: ChangeKind) -> Key {
    match c {
        ChangeKind::JobStarts => k::MONTH_CHANGE_JOB_STARTS,
        ChangeKind::MoreHours => k::MONTH_CHANGE_MORE_HOURS,
        ChangeKind::JobEnds => k::MONTH_CHANGE_JOB_ENDS,
        ChangeKind::Gig => k::MONTH_CHANGE_GIG,
        ChangeKind::RehabilitativeWork => k::MONTH_CHANGE_REHABILITATIVE,
        ChangeKind::Option => k::MONTH_CHANGE_OPTION,
    }
}

fn rhythm_key(r: PayRhythm) -> Key {
    match r {
        PayRhythm::EndOfMonth => k::MONTH_RHYTHM_END,
        PayRhythm::MidNextMonth => k::MONTH_RHYTHM_MID,
        PayRhythm::TwiceAMonth => k::MONTH_RHYTHM_TWICE,
    }
}

/// The message for a problem of the event at `path`.
fn problem_key(path: &str, problem: &Problem) -> Key {
    match (path, problem) {
        (_, Problem::InvalidDate | Problem::DateOutOfRange { .. })
            if path.ends_with("pay_date") =>
        {
            k::MONTH_ERROR_PAY_DATE
        }
        (_, Problem::InvalidDate | Problem::DateOutOfRange { .. }) => k::MONTH_ERROR_DATE,
        (p, _) if p.ends_with("monthly_wage") || p.ends_with("hourly_wage") => k::MONTH_ERROR_WAGE,
        (p, _) if p.ends_with("gross") => k::MONTH_ERROR_GROSS,
        (p, _) if p.ends_with("days_per_week") => k::MONTH_ERROR_DAYS,
        (p, _) if p.ends_with("change") => k::MONTH_ERROR_NO_JOB,
        _ => k::MONTH_ERROR_OTHER,
    }
}

/// Choose the change: what, when, the wage and how it is paid. Every valid choice goes into the
/// scenario (and so into files and links); an invalid one gets a message next to its field and
/// the last valid change stays.
#[component]
pub fn MonthEventForm() -> Html {
    let lang = use_lang();
    let state = use_scenario();
    let scenario = &state.scenario;
    let candidate = {
        let initial = scenario.month_event.clone().unwrap_or(MonthEvent {
            change: ChangeKind::JobStarts,
            date: scenario.rules_date,
            adult: 0,
            wage: None,
            pay_rhythm: None,
            full_time: None,
            first_pay_with_next: false,
            holiday_compensation: Cents::ZERO,
            gross: Cents::ZERO,
            pay_date: None,
            hours: None,
            days_per_week: None,
            option: None,
        });
        use_state(move || initial)
    };
    let touched = use_state(|| false);
    let problems = candidate.problems(scenario);
    let update = {
        let candidate = candidate.clone();
        let touched = touched.clone();
        let state = state.clone();
        Callback::from(move |next: MonthEvent| {
            touched.set(true);
            if next.fits(&state.scenario) {
                state.dispatch(ScenarioAction::SetMonthEvent(Some(Box::new(next.clone()))));
            }
            candidate.set(next);
        })
    };
    let error_for = |field: &str| -> Option<String> {
        if !*touched {
            return None;
        }
        problems
            .iter()
            .find(|p| p.path == format!("month_event.{field}"))
            .map(|p| tr(lang, problem_key(&p.path, &p.problem)).to_string())
    };
    let c = (*candidate).clone();
    let edit = |f: fn(&mut MonthEvent, String)| {
        let update = update.clone();
        let c = c.clone();
        Callback::from(move |value: String| {
            let mut next = c.clone();
            f(&mut next, value);
            update.emit(next);
        })
    };
    let mut change_options: Vec<(AttrValue, AttrValue)> = ChangeKind::ALL[..5]
        .iter()
        .map(|kind| {
            (
                AttrValue::from(kind.as_str()),
                AttrValue::from(tr(lang, change_key(*kind))),
            )
        })
        .collect();
    for (i, o) in scenario.options.iter().enumerate() {
        let name = if o.label.is_empty() {
            tr_args(
                lang,
                k::SCENARIO_OPTION_COLUMN,
                &[("number", &(i + 1).to_string())],
            )
        } else {
            o.label.clone()
        };
        change_options.push((
            AttrValue::from(format!("option:{i}")),
            AttrValue::from(tr_args(
                lang,
                k::MONTH_CHANGE_FROM_OPTION,
                &[("option", &name)],
            )),
        ));
    }
    let selected = match (c.change, c.option) {
        (ChangeKind::Option, Some(i)) => format!("option:{i}"),
        (kind, _) => kind.as_str().to_string(),
    };
    let on_change_kind = edit(|m, v| {
        if let Some(i) = v.strip_prefix("option:").and_then(|n| n.parse::<u8>().ok()) {
            m.change = ChangeKind::Option;
            m.option = Some(i);
        } else if let Some(kind) = ChangeKind::ALL.iter().find(|k| k.as_str() == v) {
            m.change = *kind;
            m.option = None;
        }
    });
    let date_input = |id: &'static str,
                      label: Key,
                      value: Option<Date>,
                      field: &'static str,
                      set: fn(&mut MonthEvent, Option<Date>)| {
        let update = update.clone();
        let c = c.clone();
        let onchange = Callback::from(move |event: Event| {
            let text = event
                .target_unchecked_into::<web_sys::HtmlInputElement>()
                .value();
            let mut next = c.clone();
            set(&mut next, Date::parse(&text));
            update.emit(next);
        });
        let error = error_for(field);
        html! {
            <div class={classes!("field", "field-short", error.is_some().then_some("has-error"))}>
                <label for={id}>{ tr(lang, label) }</label>
                <input type="date" id={id} value={value.map(|d| d.to_string()).unwrap_or_default()} {onchange}
                    aria-invalid={error.is_some().then_some("true")} aria-describedby={format!("{id}-error")} />
                <p class="error" id={format!("{id}-error")} aria-live="polite">{ error.unwrap_or_default() }</p>
            </div>
        }
    };
    let checkbox = |id: &'static str, label: Key, checked: bool, set: fn(&mut MonthEvent, bool)| {
        let update = update.clone();
        let c = c.clone();
        let onchange = Callback::from(move |event: Event| {
            let on = event
                .target_unchecked_into::<web_sys::HtmlInputElement>()
                .checked();
            let mut next = c.clone();
            set(&mut next, on);
            update.emit(next);
        });
        html! {
            <div class="field">
                <label class="choice" for={id}>
                    <input type="checkbox" id={id} {checked} {onchange} />
                    { tr(lang, label) }
                </label>
            </div>
        }
    };
    let money = |id: &'static str,
                 label: Key,
                 value: Cents,
                 max: i64,
                 set: fn(&mut MonthEvent, Cents)| {
        let update = update.clone();
        let c = c.clone();
        html! {
            <NumberInput id={id} label={tr(lang, label)} kind={NumberKind::Money { max }} value={value.0}
                on_change={Callback::from(move |v: i64| {
                    let mut next = c.clone();
                    set(&mut next, Cents(v));
                    update.emit(next);
                })} />
        }
    };
    let wage_error = error_for("monthly_wage");
    let needs_wage = matches!(c.change, ChangeKind::JobStarts | ChangeKind::MoreHours);
    let hourly = matches!(c.wage, Some(Wage::Hourly { .. }));
    let (hourly_value, hours_value) = match c.wage {
        Some(Wage::Hourly {
            hourly,
            hours_per_week,
        }) => (hourly.0, i64::from(hours_per_week.0)),
        _ => (0, 0),
    };
    let wage_fields = if !needs_wage {
        html! {}
    } else {
        let kind_options = vec![
            (
                AttrValue::from("monthly"),
                AttrValue::from(tr(lang, k::MONTH_WAGE_MONTHLY)),
            ),
            (
                AttrValue::from("hourly"),
                AttrValue::from(tr(lang, k::MONTH_WAGE_HOURLY)),
            ),
        ];
        let on_kind = edit(|m, v| {
            m.wage = Some(if v == "hourly" {
                Wage::Hourly {
                    hourly: Cents::ZERO,
                    hours_per_week: Hours(0),
                }
            } else {
                Wage::Monthly(Cents::ZERO)
            });
        });
        let update_h = update.clone();
        let c_h = c.clone();
        let update_hw = update.clone();
        let c_hw = c.clone();
        html! {
            <>
                <SelectField id="month-wage-kind" label={tr(lang, k::MONTH_FORM_WAGE_KIND)} options={kind_options}
                    selected={if hourly { "hourly" } else { "monthly" }} on_change={on_kind} />
                if hourly {
                    <NumberInput id="month-hourly" label={tr(lang, k::MONTH_FORM_HOURLY)}
                        kind={NumberKind::Money { max: MAX_HOURLY_OR_DAILY.0 }} value={hourly_value}
                        on_change={Callback::from(move |v: i64| {
                            let mut next = c_h.clone();
                            let hours = match next.wage { Some(Wage::Hourly { hours_per_week, .. }) => hours_per_week, _ => Hours(0) };
                            next.wage = Some(Wage::Hourly { hourly: Cents(v), hours_per_week: hours });
                            update_h.emit(next);
                        })} />
                    <NumberInput id="month-hours-per-week" label={tr(lang, k::MONTH_FORM_HOURS_PER_WEEK)}
                        kind={NumberKind::Hours { max: 168 }} value={hours_value}
                        on_change={Callback::from(move |v: i64| {
                            let mut next = c_hw.clone();
                            let hourly = match next.wage { Some(Wage::Hourly { hourly, .. }) => hourly, _ => Cents::ZERO };
                            next.wage = Some(Wage::Hourly { hourly, hours_per_week: Hours(v.clamp(0, 16_800) as u32) });
                            update_hw.emit(next);
                        })} />
                } else {
                    { money("month-wage", k::MONTH_FORM_WAGE, c.wage.map(|w| w.monthly()).unwrap_or_default(), MAX_MONTHLY.0, |m, v| m.wage = Some(Wage::Monthly(v))) }
                }
                if let Some(message) = wage_error {
                    <p class="error" role="alert">{ message }</p>
                }
            </>
        }
    };
    let rhythm_options: Vec<(AttrValue, AttrValue)> = PayRhythm::ALL
        .iter()
        .map(|r| {
            (
                AttrValue::from(r.as_str()),
                AttrValue::from(tr(lang, rhythm_key(*r))),
            )
        })
        .collect();
    let rhythm = c
        .pay_rhythm
        .unwrap_or_else(|| PayRhythm::default_for(&c.wage.unwrap_or_default()));
    let on_rhythm = edit(|m, v| m.pay_rhythm = PayRhythm::parse(&v));
    let paid_job = matches!(
        c.change,
        ChangeKind::JobStarts | ChangeKind::MoreHours | ChangeKind::JobEnds | ChangeKind::Option
    );
    let adult_options: Vec<(AttrValue, AttrValue)> = (0..scenario.household.adults.len())
        .map(|i| {
            (
                AttrValue::from(i.to_string()),
                AttrValue::from(tr_args(
                    lang,
                    k::MONTH_ADULT,
                    &[("number", &(i + 1).to_string())],
                )),
            )
        })
        .collect();
    let on_adult = edit(|m, v| m.adult = v.parse().unwrap_or(0));
    let other_error = error_for("change")
        .or_else(|| error_for("option"))
        .or_else(|| error_for("adult"));
    html! {
        <fieldset class="month-form">
            <legend>{ tr(lang, k::MONTH_FORM_TITLE) }</legend>
            <SelectField id="month-change" label={tr(lang, k::MONTH_FORM_CHANGE)} options={change_options}
                selected={AttrValue::from(selected)} on_change={on_change_kind} />
            if scenario.household.adults.len() > 1 {
                <SelectField id="month-adult" label={tr(lang, k::MONTH_FORM_ADULT)} options={adult_options}
                    selected={AttrValue::from(c.adult.to_string())} on_change={on_adult} />
            }
            { date_input("month-date", if c.change == ChangeKind::JobEnds { k::MONTH_FORM_LAST_DAY } else { k::MONTH_FORM_DATE }, Some(c.date), "date", |m, d| if let Some(d) = d { m.date = d }) }
            { wage_fields }
            if paid_job {
                <SelectField id="month-rhythm" label={tr(lang, k::MONTH_FORM_RHYTHM)} options={rhythm_options}
                    selected={AttrValue::from(rhythm.as_str())} on_change={on_rhythm} />
                { checkbox("month-full-time", k::MONTH_FORM_FULL_TIME, c.full_time.unwrap_or(false), |m, on| m.full_time = Some(on)) }
            }
            if matches!(c.change, ChangeKind::JobStarts | ChangeKind::Option) {
                { checkbox("month-first-with-next", k::MONTH_FORM_FIRST_WITH_NEXT, c.first_pay_with_next, |m, on| m.first_pay_with_next = on) }
            }
            if c.change == ChangeKind::JobEnds {
                { money("month-holiday", k::MONTH_FORM_HOLIDAY, c.holiday_compensation, MAX_MONTHLY.0, |m, v| m.holiday_compensation = v) }
            }
            if c.change == ChangeKind::Gig {
                { money("month-gross", k::MONTH_FORM_GROSS, c.gross, MAX_MONTHLY.0, |m, v| m.gross = v) }
                if let Some(message) = error_for("gross") {
                    <p class="error" role="alert">{ message }</p>
                }
                { date_input("month-pay-date", k::MONTH_FORM_PAY_DATE, c.pay_date, "pay_date", |m, d| m.pay_date = d) }
                <NumberInput id="month-gig-hours" label={tr(lang, k::MONTH_FORM_HOURS)} kind={NumberKind::Hours { max: 744 }}
                    value={c.hours.map_or(0, |h| i64::from(h.0))}
                    on_change={{
                        let update = update.clone();
                        let c = c.clone();
                        Callback::from(move |v: i64| {
                            let mut next = c.clone();
                            next.hours = Some(Hours(v.clamp(0, 74_400) as u32));
                            update.emit(next);
                        })
                    }} />
            }
            if c.change == ChangeKind::RehabilitativeWork {
                <NumberInput id="month-days" label={tr(lang, k::MONTH_FORM_DAYS)} kind={NumberKind::Whole { min: 1, max: 7 }}
                    value={c.days_per_week.map_or(0, i64::from)}
                    on_change={{
                        let update = update.clone();
                        let c = c.clone();
                        Callback::from(move |v: i64| {
                            let mut next = c.clone();
                            next.days_per_week = u8::try_from(v).ok();
                            update.emit(next);
                        })
                    }} />
            }
            if let Some(message) = other_error {
                <p class="error" role="alert">{ message }</p>
            }
        </fieldset>
    }
}
