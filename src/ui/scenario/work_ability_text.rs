//! The sickness, rehabilitation and ansiopäiväraha rules in words: the "why" of their lines and
//! the sentences of their flags, also listed on the About page. Kept apart from
//! [`super::reason_text`] so that the new rules read as one piece. Pure, tested natively.

use crate::i18n::{self, k, tr, tr_args, Key, Lang};
use crate::rules::kuntoutus::EarningsTest;
use crate::rules::sairausvakuutus::AllowanceBasis;
use crate::rules::situation::WorkAbility;
use crate::rules::{Cents, Flag, Rate, Reason};

fn m(lang: Lang, cents: Cents) -> String {
    i18n::money(lang, cents.0)
}

/// The allowance's name in the sentences ("sickness allowance (sairauspäiväraha)").
pub fn status_name(lang: Lang, status: WorkAbility) -> &'static str {
    tr(lang, status_key(status))
}

/// The message key of a status's name (also the form's choice labels).
pub fn status_key(status: WorkAbility) -> Key {
    match status {
        WorkAbility::None => k::WORK_ABILITY_STATUS_NONE,
        WorkAbility::SicknessAllowance => k::WORK_ABILITY_STATUS_SICKNESS,
        WorkAbility::PartialSicknessAllowance => k::WORK_ABILITY_STATUS_PARTIAL_SICKNESS,
        WorkAbility::RehabilitationAllowance => k::WORK_ABILITY_STATUS_REHABILITATION,
        WorkAbility::PartialRehabilitationAllowance => {
            k::WORK_ABILITY_STATUS_PARTIAL_REHABILITATION
        }
        WorkAbility::VocationalRehabilitationAllowance => k::WORK_ABILITY_STATUS_VOCATIONAL,
        WorkAbility::YoungPersonsRehabilitationAllowance => k::WORK_ABILITY_STATUS_YOUNG,
        WorkAbility::EarningsRelatedRehabilitationAllowance => {
            k::WORK_ABILITY_STATUS_EARNINGS_RELATED
        }
    }
}

/// How a sickness or rehabilitation line's amount came about; `None` for other reasons.
pub fn reason_sentences(lang: Lang, reason: &Reason) -> Option<Vec<String>> {
    match reason {
        Reason::DailyAllowance {
            status,
            full_daily,
            daily,
            days,
            insured_income,
            basis,
            rate,
            year_days,
            paid_by_employer,
            ..
        } => {
            let mut out = vec![tr_args(
                lang,
                k::WORK_ABILITY_REASON_MONTH,
                &[
                    ("benefit", status_name(lang, *status)),
                    ("days", &i18n::decimal_millionths(lang, days.0, 2)),
                    ("daily", &m(lang, *daily)),
                ],
            )];
            let income = m(lang, *insured_income);
            let full = m(lang, *full_daily);
            let rate = i18n::percent_ppm(lang, rate.0);
            let year_days = year_days.to_string();
            out.push(match basis {
                AllowanceBasis::Decision => {
                    tr_args(lang, k::WORK_ABILITY_REASON_DECISION, &[("full", &full)])
                }
                AllowanceBasis::BelowIncomeFloor => tr_args(
                    lang,
                    k::WORK_ABILITY_REASON_BELOW_FLOOR,
                    &[("income", &income), ("full", &full)],
                ),
                AllowanceBasis::YoungPersonsMinimum => tr_args(
                    lang,
                    k::WORK_ABILITY_REASON_YOUNG_MINIMUM,
                    &[("full", &full)],
                ),
                AllowanceBasis::Minimum => tr_args(
                    lang,
                    k::WORK_ABILITY_REASON_MINIMUM,
                    &[("income", &income), ("full", &full)],
                ),
                AllowanceBasis::Percentage => tr_args(
                    lang,
                    k::WORK_ABILITY_REASON_PERCENTAGE,
                    &[
                        ("rate", &rate),
                        ("income", &income),
                        ("year_days", &year_days),
                        ("full", &full),
                    ],
                ),
                AllowanceBasis::AboveBreakpoint => tr_args(
                    lang,
                    k::WORK_ABILITY_REASON_ABOVE_BREAKPOINT,
                    &[("income", &income), ("full", &full)],
                ),
                AllowanceBasis::Vocational => tr_args(
                    lang,
                    k::WORK_ABILITY_REASON_VOCATIONAL,
                    &[
                        ("rate", &rate),
                        ("income", &income),
                        ("year_days", &year_days),
                        ("full", &full),
                    ],
                ),
            });
            if status.is_partial() {
                out.push(tr_args(
                    lang,
                    k::WORK_ABILITY_REASON_PARTIAL,
                    &[("full", &m(lang, *full_daily))],
                ));
            }
            if paid_by_employer.is_positive() {
                out.push(tr_args(
                    lang,
                    k::WORK_ABILITY_REASON_EMPLOYER,
                    &[("wage", &m(lang, *paid_by_employer))],
                ));
            }
            Some(out)
        }
        Reason::EarningsRelatedRehabilitation { decided, test, .. } => Some(vec![tr_args(
            lang,
            match test {
                EarningsTest::Full => k::WORK_ABILITY_REASON_PENSION_PROVIDER,
                EarningsTest::Halved => k::WORK_ABILITY_REASON_PENSION_PROVIDER_HALVED,
                EarningsTest::NotPaid => k::WORK_ABILITY_REASON_PENSION_PROVIDER_STOPPED,
            },
            &[("decided", &m(lang, *decided))],
        )]),
        _ => None,
    }
}

/// The sentence of a flag of these rules; `None` for the engine's other flags.
pub fn flag_sentence(lang: Lang, flag: &Flag) -> Option<String> {
    let plain = |key| Some(tr(lang, key).to_string());
    match flag {
        Flag::AnsiopaivarahaSteppedDown {
            percent, paid_days, ..
        } => Some(tr_args(
            lang,
            k::WORK_ABILITY_FLAG_STEPPED_DOWN,
            &[
                ("percent", &percent.to_string()),
                ("days", &paid_days.to_string()),
            ],
        )),
        Flag::AnsiopaivarahaHundredPercentRule { limit, .. } => Some(tr_args(
            lang,
            k::WORK_ABILITY_FLAG_HUNDRED_PERCENT,
            &[("limit", &m(lang, *limit))],
        )),
        Flag::AnsiopaivarahaDaysLeft {
            days_left,
            max_days,
            ..
        } => Some(tr_args(
            lang,
            k::WORK_ABILITY_FLAG_DAYS_LEFT,
            &[
                ("days", &days_left.to_string()),
                ("max", &max_days.to_string()),
            ],
        )),
        Flag::PensionDeductedFromAnsiopaivaraha { .. } => {
            plain(k::WORK_ABILITY_FLAG_PENSION_DEDUCTED)
        }
        Flag::NoUnemploymentBenefitWithAllowance { .. } => {
            plain(k::WORK_ABILITY_FLAG_NO_UNEMPLOYMENT_BENEFIT)
        }
        Flag::AllowancePaidToEmployer { .. } => plain(k::WORK_ABILITY_FLAG_PAID_TO_EMPLOYER),
        Flag::MinimumAllowanceOnlyIfEntitled { .. } => plain(k::WORK_ABILITY_FLAG_MINIMUM_ONLY),
        Flag::AllowanceEstimated { .. } => plain(k::WORK_ABILITY_FLAG_ESTIMATED),
        Flag::PartialWorkOutsideBand {
            min_percent,
            max_percent,
            ..
        } => Some(tr_args(
            lang,
            k::WORK_ABILITY_FLAG_OUTSIDE_BAND,
            &[
                ("min", &min_percent.to_string()),
                ("max", &max_percent.to_string()),
            ],
        )),
        Flag::PartialAllowanceNeedsWork { .. } => plain(k::WORK_ABILITY_FLAG_NEEDS_WORK),
        Flag::AllowanceAmountMissing { .. } => plain(k::WORK_ABILITY_FLAG_AMOUNT_MISSING),
        Flag::OutsideAllowanceAge { .. } => plain(k::WORK_ABILITY_FLAG_OUTSIDE_AGE),
        Flag::YoungPersonsAllowanceWagesNotReconciled { .. } => {
            plain(k::WORK_ABILITY_FLAG_YOUNG_WAGES)
        }
        Flag::RehabilitationAllowanceReducedByEarnings { stopped, .. } => plain(if *stopped {
            k::WORK_ABILITY_FLAG_REHABILITATION_STOPPED
        } else {
            k::WORK_ABILITY_FLAG_REHABILITATION_HALVED
        }),
        _ => None,
    }
}

/// One example of every flag of these rules, with the numbers of the rule data on the day the
/// rules are last known, for the About page.
pub fn about_examples() -> Vec<Flag> {
    let p = crate::rules::period_for(crate::rules::last_known_date())
        .map(|period| &period.params.tyottomyysturva)
        .ok();
    let percent = |r: Option<Rate>| r.map_or(100, |r| u8::try_from(r.0 / 10_000).unwrap_or(100));
    let person = 0;
    let max_days = p.map_or(0, |p| {
        u16::try_from(p.earnings_related_max_duration.value).unwrap_or(u16::MAX)
    });
    let s = crate::rules::period_for(crate::rules::last_known_date())
        .map(|period| &period.params.sairausvakuutus)
        .ok();
    vec![
        Flag::AnsiopaivarahaSteppedDown {
            person,
            percent: percent(p.map(|p| p.step_down_first_share.value)),
            paid_days: p.map_or(0, |p| {
                u16::try_from(p.step_down_first_days.value).unwrap_or(u16::MAX)
            }),
        },
        Flag::AnsiopaivarahaDaysLeft {
            person,
            days_left: max_days,
            max_days,
        },
        Flag::PensionDeductedFromAnsiopaivaraha { person },
        Flag::NoUnemploymentBenefitWithAllowance { person },
        Flag::AllowancePaidToEmployer { person },
        Flag::MinimumAllowanceOnlyIfEntitled { person },
        Flag::AllowanceEstimated { person },
        Flag::PartialWorkOutsideBand {
            person,
            min_percent: percent(s.map(|s| s.partial_work_min_share.value)),
            max_percent: percent(s.map(|s| s.partial_work_max_share.value)),
        },
        Flag::PartialAllowanceNeedsWork { person },
        Flag::AllowanceAmountMissing { person },
        Flag::OutsideAllowanceAge { person },
        Flag::YoungPersonsAllowanceWagesNotReconciled { person },
        Flag::RehabilitationAllowanceReducedByEarnings {
            person,
            stopped: false,
        },
        Flag::RehabilitationAllowanceReducedByEarnings {
            person,
            stopped: true,
        },
    ]
}

/// The 100 % rule in general words, for the About page (its result sentence names the limit).
pub fn about_hundred_percent_rule(lang: Lang) -> &'static str {
    tr(lang, k::WORK_ABILITY_ABOUT_HUNDRED_PERCENT)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_reason_reads_in_every_language() {
        let bases = [
            AllowanceBasis::Decision,
            AllowanceBasis::BelowIncomeFloor,
            AllowanceBasis::Minimum,
            AllowanceBasis::Percentage,
            AllowanceBasis::AboveBreakpoint,
            AllowanceBasis::Vocational,
            AllowanceBasis::YoungPersonsMinimum,
        ];
        for lang in [Lang::Fi, Lang::Sv, Lang::En, Lang::Selko] {
            for (status, _) in WorkAbility::ALL {
                for basis in bases {
                    let reason = Reason::DailyAllowance {
                        status,
                        full_daily: Cents(6823),
                        daily: Cents(3412),
                        days: Rate(25_000_000),
                        insured_income: Cents(3_291_120),
                        basis,
                        rate: Rate(700_000),
                        year_days: 300,
                        paid_by_employer: Cents(10_000),
                        source: "sairausvakuutus.rate_below_breakpoint",
                    };
                    let text = reason_sentences(lang, &reason)
                        .expect("sentences")
                        .join(" ");
                    assert!(!text.contains('{'), "{lang:?} {basis:?}: {text}");
                    assert!(
                        text.contains(&i18n::money(lang, 6823)),
                        "{lang:?} {basis:?}: {text}"
                    );
                }
            }
            for test in [
                EarningsTest::Full,
                EarningsTest::Halved,
                EarningsTest::NotPaid,
            ] {
                let reason = Reason::EarningsRelatedRehabilitation {
                    decided: Cents(200_000),
                    test,
                    source: "kuntoutus.earnings_related_partial_limit",
                };
                assert!(reason_sentences(lang, &reason).expect("sentences")[0]
                    .contains(&i18n::money(lang, 200_000)));
            }
        }
    }

    #[test]
    fn every_flag_of_these_rules_has_a_sentence_in_every_language() {
        for lang in [Lang::Fi, Lang::Sv, Lang::En, Lang::Selko] {
            for flag in about_examples() {
                let text = flag_sentence(lang, &flag).expect("a sentence");
                assert!(!text.contains('{'), "{lang:?} {flag:?}: {text}");
            }
            let capped = Flag::AnsiopaivarahaHundredPercentRule {
                person: 0,
                limit: Cents(144_690),
            };
            assert!(flag_sentence(lang, &capped)
                .expect("a sentence")
                .contains(&i18n::money(lang, 144_690)));
        }
    }
}
