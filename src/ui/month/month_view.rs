use yew::prelude::*;

use super::month_chart::MonthChart;
use super::month_checklist::MonthChecklist;
use super::month_event_form::MonthEventForm;
use super::text;
use crate::i18n::{k, money, tr, tr_args, tr_template, Lang};
use crate::rules::kalenteri;
use crate::rules::maksuajankohdat::{
    Component, Month, MonthView as View, Payment, Processing, Why,
};
use crate::ui::rule_data_text::with_values;
use crate::ui::scenario::results_view::date_text;
use crate::ui::scenario::state::use_scenario;
use crate::ui::state::use_lang;

fn gap_sentences(lang: Lang, m: &Month) -> Option<Html> {
    if m.baseline || !(m.gap || m.shortfall.is_some()) {
        return None;
    }
    let name = text::month_name(lang, m.start);
    let by = date_text(kalenteri::month_end(m.start));
    let dash = "–".to_string();
    let first = if m.gap {
        tr_args(
            lang,
            k::MONTH_GAP,
            &[
                ("month", &name),
                (
                    "last",
                    &m.last_before.map(date_text).unwrap_or(dash.clone()),
                ),
                ("next", &m.next_from.map(date_text).unwrap_or(dash)),
            ],
        )
    } else {
        tr_args(lang, k::MONTH_THIN, &[("month", &name)])
    };
    let second = match m.shortfall {
        Some(amount) => tr_args(
            lang,
            k::MONTH_SHORTFALL,
            &[
                ("amount", &money(lang, amount.0)),
                ("month", &name),
                ("date", &by),
            ],
        ),
        None => tr_args(
            lang,
            k::MONTH_GAP_ASSISTANCE,
            &[("month", &name), ("date", &by)],
        ),
    };
    Some(html! { <p class="notice month-gap-note">{ first }{ " " }{ second }</p> })
}

/// The housing allowance ends after the review, or a new application can be paid from a month.
fn housing_sentence(lang: Lang, view: &View) -> Option<Html> {
    let (key, date) = match (view.housing_ends_from, view.housing_new_from) {
        (Some(d), _) => (k::MONTH_HOUSING_ENDS, d),
        (None, Some(d)) => (k::MONTH_HOUSING_NEW, d),
        (None, None) => return None,
    };
    Some(html! {
        <p class="notice month-housing-note">{ tr_args(lang, key, &[("date", &date_text(date))]) }</p>
    })
}

fn why_text(lang: Lang, p: &Payment, view: &View) -> String {
    match p.why {
        Why::Payday {
            holiday_compensation,
            ..
        } if holiday_compensation.is_positive() => tr_args(
            lang,
            k::MONTH_WHY_FINAL,
            &[("amount", &money(lang, holiday_compensation.0))],
        ),
        Why::Payday { .. } => tr_args(
            lang,
            k::MONTH_WHY_PAYDAY,
            &[("withheld", &money(lang, p.withheld.0))],
        ),
        Why::GigPay => tr_args(
            lang,
            k::MONTH_WHY_GIG,
            &[("withheld", &money(lang, p.withheld.0))],
        ),
        Why::Claim {
            payable_days,
            weekdays,
            wages,
            hours_over_limit,
            processing,
            periodised_days,
            waiting_days,
            step_down,
        } => {
            let mut s = tr_args(
                lang,
                k::MONTH_WHY_CLAIM,
                &[
                    ("days", &payable_days.to_string()),
                    ("weekdays", &weekdays.to_string()),
                    ("wages", &money(lang, wages.0)),
                    ("withheld", &money(lang, p.withheld.0)),
                ],
            );
            if hours_over_limit {
                s.push(' ');
                s.push_str(&with_values(
                    lang,
                    tr_template(lang, k::MONTH_WHY_OVER_LIMIT),
                ));
            }
            if periodised_days > 0 {
                s.push(' ');
                s.push_str(&tr_args(
                    lang,
                    k::MONTH_WHY_PERIODISED,
                    &[("days", &periodised_days.to_string())],
                ));
            }
            if waiting_days > 0 {
                s.push(' ');
                s.push_str(&tr_args(
                    lang,
                    k::MONTH_WHY_WAITING,
                    &[("days", &waiting_days.to_string())],
                ));
            }
            if let Some(step) = step_down {
                s.push(' ');
                s.push_str(&tr_args(
                    lang,
                    k::MONTH_WHY_STEP_DOWN,
                    &[
                        ("date", &date_text(step.from)),
                        ("share", &crate::i18n::percent_ppm(lang, step.share.0)),
                        ("days", &step.after_days.to_string()),
                    ],
                ));
            }
            s.push(' ');
            s.push_str(&match processing {
                Processing::Unchanged => tr(lang, k::MONTH_PROCESSING_UNCHANGED).to_string(),
                Processing::Adjusted => tr(lang, k::MONTH_PROCESSING_ADJUSTED).to_string(),
                Processing::First => {
                    with_values(lang, tr_template(lang, k::MONTH_PROCESSING_FIRST))
                }
            });
            s
        }
        Why::HousingMonth { reviewed: true } => tr(lang, k::MONTH_WHY_HOUSING_NEW).to_string(),
        Why::HousingMonth { reviewed: false } => match view.housing_review_from {
            Some(from) => tr_args(
                lang,
                k::MONTH_WHY_HOUSING_OLD_UNTIL,
                &[("date", &date_text(from))],
            ),
            None => tr(lang, k::MONTH_WHY_HOUSING_OLD).to_string(),
        },
        Why::SocialAssistanceMonth { net_income } => tr_args(
            lang,
            k::MONTH_WHY_SOCIAL,
            &[("income", &money(lang, net_income.0))],
        ),
        Why::ChildBenefitDay => tr(lang, k::MONTH_WHY_CHILD).to_string(),
        Why::WithBenefit { days } => {
            tr_args(lang, k::MONTH_WHY_EXPENSE, &[("days", &days.to_string())])
        }
    }
}

fn payment_item(lang: Lang, p: &Payment, view: &View) -> Html {
    let range = (p.earliest != p.latest).then(|| {
        tr_args(
            lang,
            k::MONTH_RANGE,
            &[
                ("earliest", &date_text(p.earliest)),
                ("latest", &date_text(p.latest)),
            ],
        )
    });
    let garnished = match p.why {
        Why::Payday { garnished, .. } if garnished.is_positive() => Some(garnished),
        _ => None,
    };
    html! {
        <li class="month-payment">
            <span class="month-payment-date">{ text::short_date(p.typical) }</span>
            { " " }
            <span class="month-payment-what">{ text::component(lang, p.component) }</span>
            { " " }
            <span class="month-payment-amount">{ money(lang, p.net.0) }</span>
            <span class="month-payment-for">
                { " " }{ tr_args(lang, k::MONTH_FOR_PERIOD, &[("from", &date_text(p.from)), ("to", &date_text(p.to))]) }
            </span>
            if let Some(g) = garnished {
                <span class="month-payment-garnished">
                    { tr_args(lang, k::MONTH_GARNISHED_LINE, &[("amount", &money(lang, g.0))]) }
                </span>
            }
            <details class="month-payment-why">
                <summary>{ tr(lang, k::MONTH_WHY) }</summary>
                <p>{ why_text(lang, p, view) }</p>
                if let Some(range) = range {
                    <p>{ range }</p>
                }
            </details>
        </li>
    }
}

fn month_card(lang: Lang, m: &Month, view: &View) -> Html {
    let id = format!("month-{}-{:02}", m.start.y, m.start.m);
    let payments: Vec<&Payment> = view
        .payments
        .iter()
        .filter(|p| (p.typical.y, p.typical.m) == (m.start.y, m.start.m))
        .collect();
    html! {
        <section class={classes!("month-card", (m.gap || m.shortfall.is_some()).then_some("month-card-gap"))} aria-labelledby={id.clone()}>
            <h4 id={id}>
                { text::month_name(lang, m.start) }
                if m.baseline {
                    { format!(" ({})", tr(lang, k::MONTH_BASELINE)) }
                }
            </h4>
            if payments.is_empty() {
                <p>{ tr(lang, k::MONTH_NOTHING_PAID) }</p>
            } else {
                <ul class="month-payments">{ for payments.iter().map(|p| payment_item(lang, p, view)) }</ul>
            }
        </section>
    }
}

fn table(lang: Lang, view: &View) -> Html {
    html! {
        <div class="month-table-wrap">
            <table class="month-table">
                <caption>{ tr(lang, k::MONTH_TABLE_CAPTION) }</caption>
                <colgroup>
                    <col class="month-col-month" />
                    <col class="month-col-paid" />
                    <col class="month-col-steady" />
                </colgroup>
                <thead>
                    <tr>
                        <th scope="col">{ tr(lang, k::MONTH_COL_MONTH) }</th>
                        <th scope="col">{ tr(lang, k::MONTH_COL_PAID) }</th>
                        <th scope="col">{ tr(lang, k::MONTH_COL_STEADY) }</th>
                    </tr>
                </thead>
                <tbody>
                { for view.months.iter().map(|m| {
                    let gap = m.gap || m.shortfall.is_some();
                    let mut parts: Vec<String> = Component::ALL
                        .iter()
                        .filter(|c| m.component(**c).is_positive())
                        .map(|c| format!("{} {}", text::component(lang, *c), money(lang, m.component(*c).0)))
                        .collect();
                    if m.garnished.is_positive() {
                        parts.push(tr_args(lang, k::MONTH_GARNISHED_PART, &[("amount", &money(lang, m.garnished.0))]));
                    }
                    html! {
                        <tr class={classes!(gap.then_some("month-row-gap"), m.baseline.then_some("month-row-base"))}
                            data-month={format!("{}-{:02}", m.start.y, m.start.m)}>
                            <th scope="row">
                                { text::month_name(lang, m.start) }
                                if m.baseline {
                                    <span class="month-tag">{ format!(" ({})", tr(lang, k::MONTH_BASELINE)) }</span>
                                }
                                if gap {
                                    <span class="month-tag month-tag-gap">{ format!(" ({})", tr(lang, k::MONTH_GAP_TAG)) }</span>
                                }
                            </th>
                            <td class="month-total">
                                <strong>{ money(lang, m.total.0) }</strong>
                                if !parts.is_empty() {
                                    <span class="month-parts">{ parts.join(", ") }</span>
                                }
                            </td>
                            <td class="month-steady-cell">{ money(lang, m.steady.0) }</td>
                        </tr>
                    }
                }) }
                </tbody>
            </table>
        </div>
    }
}

/// "Show month by month": the change, the baseline month and the next six calendar months (money
/// paid in per component and date, total against the steady month, gaps with a plain sentence),
/// a chart, the four differences from the steady view, the assumptions, and what to report.
#[component]
pub fn MonthView() -> Html {
    let lang = use_lang();
    let state = use_scenario();
    let open = use_state(|| state.scenario.month_event.is_some());
    let toggle = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(!*open))
    };
    let result = {
        let scenario = state.scenario.clone();
        use_memo(scenario, |s| {
            s.month_event.as_ref().map(|_| s.month_by_month())
        })
    };
    let body = match result.as_ref() {
        None => html! { <p class="hint">{ tr(lang, k::MONTH_CHOOSE) }</p> },
        Some(Err(_)) => html! { <p class="notice" role="status">{ tr(lang, k::MONTH_CANNOT) }</p> },
        Some(Ok(view)) => {
            let mut notes: Vec<Html> = view
                .months
                .iter()
                .filter_map(|m| gap_sentences(lang, m))
                .collect();
            notes.extend(housing_sentence(lang, view));
            html! {
                <>
                    <div class="month-notes" aria-live="polite">
                        if notes.is_empty() {
                            <p class="notice">{ tr(lang, k::MONTH_NO_GAP) }</p>
                        } else {
                            { for notes }
                        }
                    </div>
                    <div class="month-layout">
                        { table(lang, view) }
                        <MonthChart months={view.months.clone()} />
                    </div>
                    <section class="month-differences" aria-labelledby="month-differences-title">
                        <h4 id="month-differences-title">{ tr(lang, k::MONTH_DIFFERENCES_TITLE) }</h4>
                        <ul>
                        { for text::DIFFERENCE_TEXTS.iter().map(|key| html! {
                            <li>{ with_values(lang, tr_template(lang, *key)) }</li>
                        }) }
                        </ul>
                    </section>
                    <details class="month-assumptions">
                        <summary>{ tr(lang, k::MONTH_ASSUMPTIONS_TITLE) }</summary>
                        <ul>
                        { for text::ASSUMPTION_TEXTS.iter().map(|key| html! {
                            <li>{ with_values(lang, tr_template(lang, *key)) }</li>
                        }) }
                        </ul>
                        <p>{ tr_args(lang, k::MONTH_WITHHOLDING, &[
                            ("wage", &crate::i18n::percent_ppm(lang, view.wage_withholding.0)),
                            ("benefit", &crate::i18n::percent_ppm(lang, view.benefit_withholding.0)),
                        ]) }</p>
                    </details>
                    <h4 class="month-cards-title">{ tr(lang, k::MONTH_CARDS_TITLE) }</h4>
                    <div class="month-cards">
                        { for view.months.iter().map(|m| month_card(lang, m, view)) }
                    </div>
                    <MonthChecklist todos={view.checklist.clone()} />
                </>
            }
        }
    };
    html! {
        <section class="month-view" aria-labelledby="month-title">
            <h3 id="month-title">{ tr(lang, k::MONTH_TITLE) }</h3>
            <p>{ tr(lang, k::MONTH_LEAD) }</p>
            <button type="button" class="secondary no-print" aria-expanded={if *open { "true" } else { "false" }}
                aria-controls="month-panel" onclick={toggle}>
                { tr(lang, if *open { k::MONTH_HIDE } else { k::MONTH_SHOW }) }
            </button>
            if *open {
                <div id="month-panel" class="month-panel">
                    <MonthEventForm />
                    { body }
                </div>
            }
        </section>
    }
}
