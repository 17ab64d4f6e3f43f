//! The breakdown's lines in words: what each line is, how its amount came about, and the source
//! of the parameters used ("How was this calculated?"). Pure, tested natively.

use crate::i18n::{self, k, tr, tr_args, Key, Lang};
use crate::rules::kansanelake::KelaState;
use crate::rules::tyoelake::Payment;
use crate::rules::{
    BenefitComputed, ExpensePaidAs, GarnishmentBand, HousingAllowanceLimit, Item, Line, Reason,
};

fn m(lang: Lang, cents: crate::rules::Cents) -> String {
    i18n::money(lang, cents.0)
}

fn item_key(item: Item) -> Key {
    match item {
        Item::Wage => k::BREAKDOWN_ITEM_WAGE,
        Item::TyEL => k::BREAKDOWN_ITEM_TYEL,
        Item::TVM => k::BREAKDOWN_ITEM_TVM,
        Item::DailyAllowanceContribution => k::BREAKDOWN_ITEM_DAILY_ALLOWANCE_CONTRIBUTION,
        Item::StateTax => k::BREAKDOWN_ITEM_STATE_TAX,
        Item::MunicipalTax => k::BREAKDOWN_ITEM_MUNICIPAL_TAX,
        Item::ChurchTax => k::BREAKDOWN_ITEM_CHURCH_TAX,
        Item::HealthCareContribution => k::BREAKDOWN_ITEM_HEALTH_CARE_CONTRIBUTION,
        Item::YleTax => k::BREAKDOWN_ITEM_YLE_TAX,
        Item::EarnedIncomeCredit => k::BREAKDOWN_ITEM_EARNED_INCOME_CREDIT,
        Item::UnemploymentBenefitFull => k::BREAKDOWN_ITEM_BENEFIT_FULL,
        Item::UnemploymentBenefitAdjusted => k::BREAKDOWN_ITEM_BENEFIT_ADJUSTED,
        Item::EarningsRelatedPension => k::BREAKDOWN_ITEM_PENSION,
        Item::OtherTaxableBenefit => k::BREAKDOWN_ITEM_OTHER_BENEFIT,
        Item::SicknessAllowance => k::WORK_ABILITY_ITEM_SICKNESS,
        Item::RehabilitationAllowance => k::WORK_ABILITY_ITEM_REHABILITATION,
        Item::HousingAllowance => k::BREAKDOWN_ITEM_HOUSING_ALLOWANCE,
        Item::SocialAssistance => k::BREAKDOWN_ITEM_SOCIAL_ASSISTANCE,
        Item::ChildBenefit => k::BREAKDOWN_ITEM_CHILD_BENEFIT,
        Item::ExpenseCompensation => k::BREAKDOWN_ITEM_EXPENSE,
        Item::HousingCosts => k::BREAKDOWN_ITEM_HOUSING_COSTS,
        Item::DisposableIncome => k::BREAKDOWN_ITEM_DISPOSABLE,
        Item::DisposableAfterHousing => k::BREAKDOWN_ITEM_AFTER_HOUSING,
        Item::DayCareFee => k::BREAKDOWN_ITEM_DAY_CARE_FEE,
        Item::Garnishment => k::BREAKDOWN_ITEM_GARNISHMENT,
        Item::DisabilityPension => k::BREAKDOWN_ITEM_DISABILITY_PENSION,
        Item::KelaPension => k::BREAKDOWN_ITEM_KELA_PENSION,
        Item::GuaranteePension => k::BREAKDOWN_ITEM_GUARANTEE_PENSION,
        Item::OtherPensions => k::BREAKDOWN_ITEM_OTHER_PENSIONS,
        Item::PensionersHousingAllowance => k::BREAKDOWN_ITEM_PENSIONERS_HOUSING,
        Item::MaintenanceCompensation => k::WORK_ABILITY_ITEM_MAINTENANCE,
    }
}

fn benefit_name(lang: Lang, kind: BenefitComputed) -> &'static str {
    tr(
        lang,
        match kind {
            BenefitComputed::Tyomarkkinatuki => k::BREAKDOWN_BENEFIT_TYOMARKKINATUKI,
            BenefitComputed::Peruspaivaraha => k::BREAKDOWN_BENEFIT_PERUSPAIVARAHA,
            BenefitComputed::Yleistuki => k::BREAKDOWN_BENEFIT_YLEISTUKI,
            BenefitComputed::Ansiopaivaraha => k::BREAKDOWN_BENEFIT_ANSIOPAIVARAHA,
        },
    )
}

/// The line's name, with the person it concerns when the household has several.
pub fn line_label(lang: Lang, line: &Line, several_people: bool) -> String {
    let name = tr(lang, item_key(line.item));
    match (line.item, line.person) {
        (Item::ChildBenefit | Item::DayCareFee, Some(child)) => format!(
            "{name}, {}",
            tr_args(
                lang,
                k::BREAKDOWN_CHILD,
                &[("number", &(u32::from(child) + 1).to_string())]
            )
        ),
        (_, Some(person)) if several_people => format!(
            "{name}, {}",
            tr_args(
                lang,
                k::BREAKDOWN_PERSON,
                &[("number", &(u32::from(person) + 1).to_string())]
            )
        ),
        _ => name.to_string(),
    }
}

/// How the line's amount came about, in sentences.
pub fn reason_sentences(lang: Lang, reason: &Reason) -> Vec<String> {
    let pct = |rate: crate::rules::Rate| i18n::percent_ppm(lang, rate.0);
    if let Some(sentences) = super::work_ability_text::reason_sentences(lang, reason) {
        return sentences;
    }
    match reason {
        Reason::Input => vec![tr(lang, k::BREAKDOWN_REASON_INPUT).to_string()],
        Reason::HourlyWage {
            hourly,
            hours_per_week,
        } => vec![tr_args(
            lang,
            k::BREAKDOWN_REASON_HOURLY,
            &[
                ("hourly", &m(lang, *hourly)),
                (
                    "hours",
                    &i18n::decimal_millionths(lang, i64::from(*hours_per_week) * 10_000, 2),
                ),
            ],
        )],
        Reason::Contribution { base, rate, .. } => {
            if rate.0 == 0 {
                vec![tr(lang, k::BREAKDOWN_REASON_CONTRIBUTION_NONE).to_string()]
            } else {
                vec![tr_args(
                    lang,
                    k::BREAKDOWN_REASON_CONTRIBUTION,
                    &[("rate", &pct(*rate)), ("base", &m(lang, *base))],
                )]
            }
        }
        Reason::Tax {
            taxable_income,
            before_credit,
            credit,
            annual,
            rate,
            ..
        } => {
            let mut out = vec![tr_args(
                lang,
                k::BREAKDOWN_REASON_TAX,
                &[
                    ("taxable", &m(lang, *taxable_income)),
                    ("before", &m(lang, *before_credit)),
                    ("credit", &m(lang, *credit)),
                    ("annual", &m(lang, *annual)),
                ],
            )];
            if rate.0 > 0 {
                out.push(tr_args(
                    lang,
                    k::BREAKDOWN_REASON_TAX_RATE,
                    &[("rate", &pct(*rate))],
                ));
            }
            out
        }
        Reason::YleTax {
            base,
            threshold,
            annual,
            ..
        } => vec![tr_args(
            lang,
            k::BREAKDOWN_REASON_YLE,
            &[
                ("base", &m(lang, *base)),
                ("threshold", &m(lang, *threshold)),
                ("annual", &m(lang, *annual)),
            ],
        )],
        Reason::EarnedIncomeCredit {
            maximum,
            reduction,
            annual,
            ..
        } => vec![tr_args(
            lang,
            k::BREAKDOWN_REASON_CREDIT,
            &[
                ("annual", &m(lang, *annual)),
                ("maximum", &m(lang, *maximum)),
                ("reduction", &m(lang, *reduction)),
            ],
        )],
        Reason::BenefitFull {
            kind, daily, days, ..
        } => vec![tr_args(
            lang,
            k::BREAKDOWN_REASON_BENEFIT_FULL,
            &[
                ("benefit", benefit_name(lang, *kind)),
                ("days", &i18n::decimal_millionths(lang, days.0, 2)),
                ("daily", &m(lang, *daily)),
            ],
        )],
        Reason::WageAdjustment {
            full,
            wage,
            deduction,
            rate,
            other_income,
            means_test_reduction,
            ..
        } => {
            let mut out = vec![tr_args(
                lang,
                k::BREAKDOWN_REASON_ADJUSTMENT,
                &[
                    ("full", &m(lang, *full)),
                    ("rate", &pct(*rate)),
                    ("wage", &m(lang, *wage)),
                    ("deduction", &m(lang, *deduction)),
                ],
            )];
            if means_test_reduction.0 > 0 {
                out.push(tr_args(
                    lang,
                    k::BREAKDOWN_REASON_MEANS_TEST,
                    &[
                        ("other", &m(lang, *other_income)),
                        ("reduction", &m(lang, *means_test_reduction)),
                    ],
                ));
            }
            out
        }
        Reason::HousingAllowance {
            income,
            basic_deductible,
            costs,
            cap,
            share,
            limit,
            ..
        } => match limit {
            HousingAllowanceLimit::LivesWithParents => {
                vec![tr(lang, k::BREAKDOWN_REASON_HOUSING_PARENTS).to_string()]
            }
            HousingAllowanceLimit::AssetsOverMaximum => {
                vec![tr(lang, k::BREAKDOWN_REASON_HOUSING_ASSETS).to_string()]
            }
            HousingAllowanceLimit::NoHousingCosts => {
                vec![tr(lang, k::BREAKDOWN_REASON_HOUSING_NO_COSTS).to_string()]
            }
            other => {
                let mut out = vec![tr_args(
                    lang,
                    k::BREAKDOWN_REASON_HOUSING,
                    &[
                        ("share", &pct(*share)),
                        ("costs", &m(lang, *costs)),
                        ("cap", &m(lang, *cap)),
                        ("deductible", &m(lang, *basic_deductible)),
                        ("income", &m(lang, *income)),
                    ],
                )];
                if *other == HousingAllowanceLimit::BelowMinimum {
                    out.push(tr(lang, k::BREAKDOWN_REASON_HOUSING_MINIMUM).to_string());
                }
                out
            }
        },
        Reason::SocialAssistance {
            basic_amounts,
            housing_costs,
            net_income,
            disregard,
            assets,
            ..
        } => {
            let mut out = vec![tr_args(
                lang,
                k::BREAKDOWN_REASON_SOCIAL,
                &[
                    ("basic", &m(lang, *basic_amounts)),
                    ("housing", &m(lang, *housing_costs)),
                    ("net", &m(lang, *net_income)),
                    ("assets", &m(lang, *assets)),
                ],
            )];
            if disregard.0 > 0 {
                out.push(tr_args(
                    lang,
                    k::BREAKDOWN_REASON_SOCIAL_DISREGARD,
                    &[("disregard", &m(lang, *disregard))],
                ));
            }
            out
        }
        Reason::ChildBenefit {
            order,
            base,
            under_3,
            single_parent,
            ..
        } => {
            let mut out = vec![tr_args(
                lang,
                k::BREAKDOWN_REASON_CHILD,
                &[("order", &order.to_string()), ("base", &m(lang, *base))],
            )];
            if under_3.0 > 0 {
                out.push(tr_args(
                    lang,
                    k::BREAKDOWN_REASON_CHILD_UNDER_3,
                    &[("amount", &m(lang, *under_3))],
                ));
            }
            if single_parent.0 > 0 {
                out.push(tr_args(
                    lang,
                    k::BREAKDOWN_REASON_CHILD_SINGLE,
                    &[("amount", &m(lang, *single_parent))],
                ));
            }
            out
        }
        Reason::ExpenseCompensation {
            days_per_week,
            daily,
            paid_as,
            ..
        } => vec![
            tr_args(
                lang,
                k::BREAKDOWN_REASON_EXPENSE,
                &[
                    ("daily", &m(lang, *daily)),
                    ("days", &days_per_week.to_string()),
                ],
            ),
            tr(
                lang,
                match paid_as {
                    ExpensePaidAs::Kulukorvaus => k::BREAKDOWN_REASON_EXPENSE_KELA,
                    ExpensePaidAs::Toimintaraha => k::BREAKDOWN_REASON_EXPENSE_MUNICIPALITY,
                    ExpensePaidAs::NotPaid => k::BREAKDOWN_REASON_EXPENSE_NOT_PAID,
                },
            )
            .to_string(),
        ],
        Reason::Sum => vec![tr(lang, k::BREAKDOWN_REASON_SUM).to_string()],
        Reason::DayCareFee { .. } => day_care_sentences(lang, reason),
        Reason::Garnishment { .. } => garnishment_sentences(lang, reason),
        Reason::DailyAllowance { .. }
        | Reason::EarningsRelatedRehabilitation { .. }
        | Reason::MaintenanceCompensation { .. } => Vec::new(),
        Reason::DisabilityPension {
            decided,
            wage,
            full_limit,
            partial_limit,
            payment,
            ..
        } => {
            let (decided, wage) = (m(lang, *decided), m(lang, *wage));
            let (full, partial) = (m(lang, *full_limit), m(lang, *partial_limit));
            let args: [(&str, &str); 4] = [
                ("decided", &decided),
                ("wage", &wage),
                ("full_limit", &full),
                ("partial_limit", &partial),
            ];
            // each text names the limit that decided the payment (a partial text no full one)
            let (key, used): (Key, &[(&str, &str)]) = match payment {
                Payment::Full => (k::BREAKDOWN_REASON_DISABILITY_FULL, &args[..3]),
                Payment::TurnedPartial => (k::BREAKDOWN_REASON_DISABILITY_TURNED_PARTIAL, &args),
                Payment::Partial => (
                    k::BREAKDOWN_REASON_DISABILITY_PARTIAL,
                    &[args[0], args[1], args[3]],
                ),
                Payment::Resting => (
                    k::BREAKDOWN_REASON_DISABILITY_RESTING,
                    &[args[0], args[1], args[3]],
                ),
            };
            vec![tr_args(lang, key, used)]
        }
        Reason::KelaPension {
            state: KelaState::Paid,
            decided: true,
            ..
        } => vec![tr(lang, k::BREAKDOWN_REASON_KELA_DECIDED).to_string()],
        Reason::KelaPension {
            full,
            other_pensions,
            earnings_limit,
            state,
            ..
        } => kela_sentences(
            lang,
            *state,
            *earnings_limit,
            k::BREAKDOWN_REASON_KELA_PENSION,
            *full,
            *other_pensions,
        ),
        Reason::GuaranteePension {
            full,
            other_pensions,
            earnings_limit,
            state,
            ..
        } => kela_sentences(
            lang,
            *state,
            *earnings_limit,
            k::BREAKDOWN_REASON_GUARANTEE_PENSION,
            *full,
            *other_pensions,
        ),
        Reason::PensionersHousingAllowance {
            income,
            deductible,
            costs,
            cap,
            share,
            ..
        } => vec![tr_args(
            lang,
            k::BREAKDOWN_REASON_PENSIONERS_HOUSING,
            &[
                ("share", &pct(*share)),
                ("costs", &m(lang, *costs)),
                ("cap", &m(lang, *cap)),
                ("deductible", &m(lang, *deductible)),
                ("income", &m(lang, *income)),
            ],
        )],
    }
}

/// The national or guarantee pension in words: paid from the other pensions, or why not.
fn kela_sentences(
    lang: Lang,
    state: KelaState,
    limit: crate::rules::Cents,
    paid_key: Key,
    full: crate::rules::Cents,
    other: crate::rules::Cents,
) -> Vec<String> {
    match state {
        KelaState::Paid => vec![tr_args(
            lang,
            paid_key,
            &[("full", &m(lang, full)), ("other", &m(lang, other))],
        )],
        KelaState::Resting => vec![tr_args(
            lang,
            k::BREAKDOWN_REASON_KELA_RESTING,
            &[("limit", &m(lang, limit))],
        )],
        KelaState::PartialPensionOnly => {
            vec![tr(lang, k::BREAKDOWN_REASON_KELA_PARTIAL_ONLY).to_string()]
        }
    }
}

/// The day-care fee of one child in words: the income above the limit, the youngest child's
/// fee, the sibling and hours shares, and the smallest fee.
fn day_care_sentences(lang: Lang, reason: &Reason) -> Vec<String> {
    let Reason::DayCareFee {
        income,
        family_size,
        limit,
        full_time_fee,
        order,
        sibling_share,
        hours_per_week,
        hours_share,
        below_minimum,
        ..
    } = reason
    else {
        return Vec::new();
    };
    let pct = |rate: crate::rules::Rate| i18n::percent_ppm(lang, rate.0);
    let mut out = vec![tr_args(
        lang,
        k::BREAKDOWN_REASON_DAY_CARE,
        &[
            ("income", &m(lang, *income)),
            ("size", &family_size.to_string()),
            ("limit", &m(lang, *limit)),
            ("fee", &m(lang, *full_time_fee)),
        ],
    )];
    if *order > 1 {
        out.push(tr_args(
            lang,
            k::BREAKDOWN_REASON_DAY_CARE_SIBLING,
            &[
                ("order", &order.to_string()),
                ("share", &pct(*sibling_share)),
            ],
        ));
    }
    if hours_share.0 != crate::rules::Rate::ONE.0 {
        out.push(tr_args(
            lang,
            k::BREAKDOWN_REASON_DAY_CARE_HOURS,
            &[
                ("hours", &hours_per_week.to_string()),
                ("share", &pct(*hours_share)),
            ],
        ));
    }
    if *below_minimum {
        out.push(tr(lang, k::BREAKDOWN_REASON_DAY_CARE_BELOW_MINIMUM).to_string());
    }
    out.push(tr(lang, k::BREAKDOWN_REASON_DAY_CARE_EXPENSE).to_string());
    out
}

/// The garnished amount in words: the net income, the protected amount and the band.
fn garnishment_sentences(lang: Lang, reason: &Reason) -> Vec<String> {
    let Reason::Garnishment {
        net_income,
        protected,
        dependants,
        band,
        capped,
        ..
    } = reason
    else {
        return Vec::new();
    };
    let mut out = vec![tr_args(
        lang,
        k::BREAKDOWN_REASON_GARNISHMENT,
        &[
            ("net", &m(lang, *net_income)),
            ("protected", &m(lang, *protected)),
            ("dependants", &dependants.to_string()),
        ],
    )];
    out.push(
        tr(
            lang,
            match band {
                GarnishmentBand::Protected => k::BREAKDOWN_REASON_GARNISHMENT_PROTECTED,
                GarnishmentBand::IncomeLimit => k::BREAKDOWN_REASON_GARNISHMENT_INCOME_LIMIT,
                GarnishmentBand::OneThird => k::BREAKDOWN_REASON_GARNISHMENT_THIRD,
                GarnishmentBand::Top => k::BREAKDOWN_REASON_GARNISHMENT_TOP,
            },
        )
        .to_string(),
    );
    if *capped {
        out.push(tr(lang, k::BREAKDOWN_REASON_GARNISHMENT_CAPPED).to_string());
    }
    out.push(tr(lang, k::BREAKDOWN_REASON_GARNISHMENT_NEVER).to_string());
    out
}

/// The source ids a reason cites.
pub fn reason_source(reason: &Reason) -> Option<&'static str> {
    match reason {
        Reason::Contribution { source, .. }
        | Reason::Tax { source, .. }
        | Reason::YleTax { source, .. }
        | Reason::EarnedIncomeCredit { source, .. }
        | Reason::BenefitFull { source, .. }
        | Reason::WageAdjustment { source, .. }
        | Reason::HousingAllowance { source, .. }
        | Reason::SocialAssistance { source, .. }
        | Reason::ChildBenefit { source, .. }
        | Reason::ExpenseCompensation { source, .. }
        | Reason::DayCareFee { source, .. }
        | Reason::Garnishment { source, .. } => Some(source),
        Reason::DailyAllowance { source, .. }
        | Reason::EarningsRelatedRehabilitation { source, .. }
        | Reason::MaintenanceCompensation { source, .. } => Some(source),
        Reason::DisabilityPension { source, .. }
        | Reason::KelaPension { source, .. }
        | Reason::GuaranteePension { source, .. }
        | Reason::PensionersHousingAllowance { source, .. } => Some(source),
        Reason::Input | Reason::HourlyWage { .. } | Reason::Sum => None,
    }
}

/// "Source: Laki yleisradioverosta 484/2012 § 2" for a reason's source: the parameter it came
/// from (or a document id), printed as the law or page title in the page's language.
pub fn source_text(lang: Lang, source: &str) -> String {
    let name = crate::ui::rule_data_text::reference_text(lang, source);
    tr_args(lang, k::BREAKDOWN_SOURCE, &[("source", &name)])
}
