//! Plain-language answers: what an option changes compared with now, built from the engine's
//! totals and flags. Honest when work pays little: the sentence says so and shows why.
//! Pure (no browser calls), so the server-side tests check the sentences.

use crate::i18n::{self, k, tr, tr_args, Key, Lang};
use crate::rules::{Breakdown, Flag, Totals};
use crate::scenario::{Scenario, Wage};

/// Differences below this many cents count as "about the same".
const SAME_BAND: i64 = 100;
/// Keeping less than this many cents of an extra euro is called out as work paying little.
const PAYS_LITTLE_CENTS: i64 = 20;

fn money(lang: Lang, cents: i64) -> String {
    i18n::money(lang, cents.abs())
}

fn change(lang: Lang, cents: i64, up: Key, down: Key) -> Option<String> {
    match cents {
        0 => None,
        c if c > 0 => Some(tr_args(lang, up, &[("amount", &money(lang, c))])),
        c => Some(tr_args(lang, down, &[("amount", &money(lang, c))])),
    }
}

/// Cents kept of each extra euro of wage between two situations, if the wage rose.
pub fn cents_kept(now: &Totals, option: &Totals) -> Option<i64> {
    let wage_rise = option.gross_wages.0 - now.gross_wages.0;
    if wage_rise <= 0 {
        return None;
    }
    let gain = option.disposable_income.0 - now.disposable_income.0;
    Some((gain.saturating_mul(100) + wage_rise / 2).div_euclid(wage_rise))
}

/// The sentences for one option, in reading order.
pub fn explain(lang: Lang, now: &Breakdown, option: &Breakdown) -> Vec<String> {
    explain_with_limit(lang, now, option, None)
}

/// The option's scenario computed with the wage exactly at the earnings limit above which its
/// pension rests (when the option crosses one that "now" does not): what working up to the limit
/// would give. `None` when the option crosses no such limit.
pub fn at_the_limit(
    option_scenario: &Scenario,
    now: &Breakdown,
    option: &Breakdown,
) -> Option<Breakdown> {
    let (person, limit) = newly_resting(now, option)?;
    let mut s = option_scenario.clone();
    s.options = Vec::new();
    s.household.adults.get_mut(usize::from(person))?.wage = Wage::Monthly(limit);
    crate::rules::compute(&s).ok()
}

/// [`explain`], and when the option's pension rests above a limit, how much less it leaves than
/// working up to that limit (`at_limit`, from [`at_the_limit`]).
pub fn explain_with_limit(
    lang: Lang,
    now: &Breakdown,
    option: &Breakdown,
    at_limit: Option<&Breakdown>,
) -> Vec<String> {
    let (a, b) = (&now.totals, &option.totals);
    let difference = b.disposable_income.0 - a.disposable_income.0;
    let mut sentences = Vec::new();
    sentences.push(if difference.abs() < SAME_BAND {
        tr(lang, k::SCENARIO_EXPLAIN_SAME).to_string()
    } else if difference > 0 {
        tr_args(
            lang,
            k::SCENARIO_EXPLAIN_MORE,
            &[("amount", &money(lang, difference))],
        )
    } else {
        tr_args(
            lang,
            k::SCENARIO_EXPLAIN_LESS,
            &[("amount", &money(lang, difference))],
        )
    });
    if b.gross_wages != a.gross_wages && b.gross_wages.0 > 0 {
        sentences.push(tr_args(
            lang,
            k::SCENARIO_EXPLAIN_WAGE,
            &[("amount", &money(lang, b.gross_wages.0))],
        ));
    }
    let changes = [
        change(
            lang,
            b.unemployment_benefit.0 - a.unemployment_benefit.0,
            k::SCENARIO_EXPLAIN_BENEFIT_UP,
            k::SCENARIO_EXPLAIN_BENEFIT_DOWN,
        ),
        change(
            lang,
            b.pensions_and_other_benefits.0 - a.pensions_and_other_benefits.0,
            k::SCENARIO_EXPLAIN_PENSION_UP,
            k::SCENARIO_EXPLAIN_PENSION_DOWN,
        ),
        change(
            lang,
            b.housing_allowance.0 - a.housing_allowance.0,
            k::SCENARIO_EXPLAIN_HOUSING_UP,
            k::SCENARIO_EXPLAIN_HOUSING_DOWN,
        ),
        change(
            lang,
            b.social_assistance.0 - a.social_assistance.0,
            k::SCENARIO_EXPLAIN_SOCIAL_UP,
            k::SCENARIO_EXPLAIN_SOCIAL_DOWN,
        ),
        change(
            lang,
            (b.taxes.0 + b.employee_contributions.0) - (a.taxes.0 + a.employee_contributions.0),
            k::SCENARIO_EXPLAIN_TAX_UP,
            k::SCENARIO_EXPLAIN_TAX_DOWN,
        ),
        change(
            lang,
            b.expense_compensation.0 - a.expense_compensation.0,
            k::SCENARIO_EXPLAIN_EXPENSE_UP,
            k::SCENARIO_EXPLAIN_EXPENSE_DOWN,
        ),
        change(
            lang,
            b.day_care_fees.0 - a.day_care_fees.0,
            k::SCENARIO_EXPLAIN_DAY_CARE_UP,
            k::SCENARIO_EXPLAIN_DAY_CARE_DOWN,
        ),
        change(
            lang,
            b.garnished.0 - a.garnished.0,
            k::SCENARIO_EXPLAIN_GARNISHED_UP,
            k::SCENARIO_EXPLAIN_GARNISHED_DOWN,
        ),
    ];
    sentences.extend(changes.into_iter().flatten());
    if let Some(kept) = cents_kept(a, b) {
        sentences.push(tr_args(
            lang,
            k::SCENARIO_EXPLAIN_KEEP,
            &[("cents", &kept.to_string())],
        ));
        if kept < PAYS_LITTLE_CENTS && difference >= 0 {
            sentences.push(tr(lang, k::SCENARIO_EXPLAIN_PAYS_LITTLE).to_string());
        }
    }
    let resting = newly_resting(now, option);
    let loss_at_limit =
        at_limit.map(|b| b.totals.disposable_income.0 - option.totals.disposable_income.0);
    let named = match (resting, loss_at_limit) {
        (Some((_, limit)), Some(loss)) if loss >= SAME_BAND => {
            sentences.push(tr_args(
                lang,
                k::SCENARIO_EXPLAIN_PENSION_RESTS_LOSS,
                &[
                    ("limit", &money(lang, limit.0)),
                    ("amount", &money(lang, loss)),
                ],
            ));
            true
        }
        _ => false,
    };
    if difference < 0 && difference.abs() >= SAME_BAND {
        sentences.push(tr(lang, k::SCENARIO_EXPLAIN_WORSE_OFF).to_string());
    }
    let flags: Vec<Flag> = option
        .flags
        .iter()
        .filter(|f| {
            !named
                || !matches!(
                    f,
                    Flag::DisabilityPensionRests { .. } | Flag::KelaPensionsRest { .. }
                )
        })
        .copied()
        .collect();
    sentences.extend(flag_sentences(lang, &flags));
    sentences
}

/// The adult and the limit above which a pension rests in the option but not now (the cliff the
/// option crosses).
fn newly_resting(now: &Breakdown, option: &Breakdown) -> Option<(u8, crate::rules::Cents)> {
    option.flags.iter().find_map(|f| match f {
        Flag::DisabilityPensionRests { person, limit }
            if !now.flags.iter().any(
                |g| matches!(g, Flag::DisabilityPensionRests { person: p, .. } if p == person),
            ) =>
        {
            Some((*person, *limit))
        }
        Flag::KelaPensionsRest { person, limit }
            if !now
                .flags
                .iter()
                .any(|g| matches!(g, Flag::KelaPensionsRest { person: p, .. } if p == person)) =>
        {
            Some((*person, *limit))
        }
        _ => None,
    })
}

/// A warning about the disability pensions, with its figures from the engine.
fn pension_flag_sentence(lang: Lang, flag: &Flag) -> Option<String> {
    let with = |key, args: &[(&str, i64)]| {
        let texts: Vec<(&str, String)> = args.iter().map(|(n, c)| (*n, money(lang, *c))).collect();
        let refs: Vec<(&str, &str)> = texts.iter().map(|(n, t)| (*n, t.as_str())).collect();
        Some(tr_args(lang, key, &refs))
    };
    match *flag {
        Flag::DisabilityPensionLimits { full, partial, .. } if full == partial => with(
            k::SCENARIO_EXPLAIN_PENSION_LIMITS_PARTIAL,
            &[("partial", partial.0)],
        ),
        Flag::DisabilityPensionLimits { full, partial, .. } => with(
            k::SCENARIO_EXPLAIN_PENSION_LIMITS_FULL,
            &[("full", full.0), ("partial", partial.0)],
        ),
        Flag::DisabilityPensionTurnsPartial { limit, .. } => with(
            k::SCENARIO_EXPLAIN_PENSION_TURNS_PARTIAL,
            &[("limit", limit.0)],
        ),
        Flag::DisabilityPensionRests { limit, .. } => {
            with(k::SCENARIO_EXPLAIN_PENSION_RESTS, &[("limit", limit.0)])
        }
        Flag::KelaPensionsRest { limit, .. } => {
            with(k::SCENARIO_EXPLAIN_KELA_RESTS, &[("limit", limit.0)])
        }
        _ => None,
    }
}

/// Warnings the engine raised, in words.
pub fn flag_sentences(lang: Lang, flags: &[Flag]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for flag in flags {
        if let Some(text) = crate::ui::rule_data_text::data_flag_sentence(lang, flag)
            .or_else(|| super::work_ability_text::flag_sentence(lang, flag))
        {
            if !out.contains(&text) {
                out.push(text);
            }
            continue;
        }
        if let Some(text) = cost_flag_sentence(lang, flag) {
            if !out.contains(&text) {
                out.push(text);
            }
            continue;
        }
        if let Some(text) = pension_flag_sentence(lang, flag) {
            if !out.contains(&text) {
                out.push(text);
            }
            continue;
        }
        let key = match flag {
            Flag::HoursOver80PercentNoBenefit { .. } => Some(k::SCENARIO_EXPLAIN_NO_BENEFIT_HOURS),
            Flag::DisabilityPensionLimitIsMinimum { .. } => {
                Some(k::SCENARIO_EXPLAIN_PENSION_LIMIT_MINIMUM)
            }
            Flag::KelaPensionNotWithPartialPension { .. } => {
                Some(k::SCENARIO_EXPLAIN_KELA_PARTIAL_ONLY)
            }
            Flag::NoUnemploymentBenefitWithDisabilityPension { .. } => {
                Some(k::SCENARIO_EXPLAIN_NO_BENEFIT_PENSION)
            }
            Flag::PensionersHousingAllowance => Some(k::SCENARIO_EXPLAIN_PENSIONERS_HOUSING),
            Flag::GeneralHousingAllowanceAfterPartialPension => {
                Some(k::SCENARIO_EXPLAIN_GENERAL_HOUSING_AFTER_PARTIAL)
            }
            Flag::KelaDisabilityPensionSuspended { .. } => Some(k::SCENARIO_EXPLAIN_CLIFF_KELA),
            Flag::EarningsRelatedPensionLimitExceeded { .. } => {
                Some(k::SCENARIO_EXPLAIN_CLIFF_PENSION)
            }
            _ => None,
        };
        if let Some(key) = key {
            let text = tr(lang, key).to_string();
            if !out.contains(&text) {
                out.push(text);
            }
        }
    }
    out
}

/// The day-care fee's and the garnishment's warnings, their numbers filled from the flag (the
/// engine's data), never typed into the message.
fn cost_flag_sentence(lang: Lang, flag: &Flag) -> Option<String> {
    match *flag {
        Flag::DayCareFeeRisesWithIncome { rate, max } => Some(tr_args(
            lang,
            k::SCENARIO_EXPLAIN_DAY_CARE_RATE,
            &[
                ("rate", &i18n::percent_ppm(lang, rate.0)),
                ("max", &i18n::money(lang, max.0)),
            ],
        )),
        Flag::DayCareFeeCanBeLowered => {
            Some(tr(lang, k::SCENARIO_EXPLAIN_DAY_CARE_LOWER).to_string())
        }
        Flag::GarnishmentIncomeLimitBand {
            share_percent,
            free_months,
            ..
        } => Some(tr_args(
            lang,
            k::SCENARIO_EXPLAIN_GARNISHMENT_BAND,
            &[
                ("share", &share_percent.to_string()),
                ("months", &free_months.to_string()),
            ],
        )),
        Flag::GarnishmentNeverFromBenefits => {
            Some(tr(lang, k::SCENARIO_EXPLAIN_GARNISHMENT_NEVER).to_string())
        }
        _ => None,
    }
}
