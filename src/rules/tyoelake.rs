//! Työeläke disability pensions while working: the earnings limits of the earnings-related
//! disability pension (työntekijän eläkelaki 395/2006 § 47; laki työkyvyttömyyseläkkeellä olevien
//! työhönpaluun edistämisestä 738/2009 §§ 3–4; docs/rules/tyoelake.md).
//!
//! Why a module of its own: the pension is the amount of the person's decision, so Askel does not
//! compute it — but whether it is *paid* depends on the wage, and that is where a person on a
//! disability pension meets the sharpest cliff of all. A full pension is paid while the wage is at
//! most 40 % of the earlier earnings; above that only a partial pension (half); above 60 % the
//! pension rests (is not paid). Both limits are at least the full guarantee pension. The result is
//! a computed amount, so the income curve shows the fall at the wage where it happens.

use super::money::{Cents, Exact, Rate};
use super::params::Tyoelake;
use super::situation::DisabilityPension;
use super::{Because, Reason};

/// Where the limits came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LimitBasis {
    /// The limit printed in the pension decision.
    Decision,
    /// 40 % / 60 % of the earlier earnings entered from the decision.
    EarlierEarnings,
    /// Neither was entered: the minimum limit only (the personal limit may be higher).
    MinimumOnly,
}

/// The monthly earnings limits of one person's pension.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Limits {
    /// Highest wage with which a full pension is paid in full.
    pub full: Cents,
    /// Highest wage with which a partial pension is paid (a full one as a partial one).
    pub partial: Cents,
    /// Where they came from.
    pub basis: LimitBasis,
}

/// What the wage does to the pension.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Payment {
    /// A full pension, paid in full (wage at most the full-pension limit).
    Full,
    /// A full pension changed to a partial one (wage between the two limits).
    TurnedPartial,
    /// A partial pension, paid (wage at most the partial-pension limit).
    Partial,
    /// Not paid: the wage is above the partial-pension limit and the pension rests.
    Resting,
}

/// The pension after the earnings test.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Pension {
    /// The amount of the decision.
    pub decided: Cents,
    /// The amount paid this month.
    pub paid: Cents,
    /// Why.
    pub payment: Payment,
    /// The limits applied.
    pub limits: Limits,
}

impl Pension {
    /// The paid amount with its reason.
    pub fn with_reason(&self, wage: Cents, p: &Tyoelake) -> Because {
        Because {
            amount: self.paid,
            reason: Reason::DisabilityPension {
                decided: self.decided,
                wage,
                full_limit: self.limits.full,
                partial_limit: self.limits.partial,
                payment: self.payment,
                source: p.full_limit_share.source,
            },
        }
    }
}

fn share_of(amount: Cents, share: Rate) -> Cents {
    amount.mul_rate(share)
}

/// The earnings limits: from the decision's limit when entered (the decision wins), else as shares
/// of the earlier earnings, never below the minimum (TyEL § 47, TyEdl § 3).
///
/// A decision prints the limit of its own kind. For a full pension the partial-pension limit is
/// then 60 / 40 of it — exact whenever the printed limit is above the minimum; at the minimum the
/// earlier earnings are not known and the partial limit is taken as the minimum too (the lower
/// reading, docs/rules/tyoelake.md).
pub fn limits(
    kind: DisabilityPension,
    earlier_earnings: Option<Cents>,
    decision_limit: Option<Cents>,
    p: &Tyoelake,
) -> Limits {
    let minimum = p.minimum_limit.value;
    let from_earnings = earlier_earnings.map(|k| {
        (
            share_of(k, p.full_limit_share.value).max(minimum),
            share_of(k, p.partial_limit_share.value).max(minimum),
        )
    });
    match (decision_limit, from_earnings) {
        (Some(limit), _) if kind.is_partial() => Limits {
            full: limit,
            partial: limit,
            basis: LimitBasis::Decision,
        },
        (Some(limit), Some((_, partial))) => Limits {
            full: limit,
            partial: partial.max(limit),
            basis: LimitBasis::Decision,
        },
        (Some(limit), None) => {
            let partial = if limit > minimum {
                Exact::from(limit)
                    .mul_div(
                        p.partial_limit_share.value.0 as i128,
                        p.full_limit_share.value.0 as i128,
                    )
                    .round_cents()
            } else {
                minimum
            };
            Limits {
                full: limit,
                partial: partial.max(limit),
                basis: LimitBasis::Decision,
            }
        }
        (None, Some((full, partial))) => Limits {
            full,
            partial,
            basis: LimitBasis::EarlierEarnings,
        },
        (None, None) => Limits {
            full: minimum,
            partial: minimum,
            basis: LimitBasis::MinimumOnly,
        },
    }
}

/// The pension paid with `wage` (gross €/month): `None` when the person has no disability pension
/// (an entered pension is then paid as it is).
pub fn paid(
    kind: DisabilityPension,
    decided: Cents,
    wage: Cents,
    limits: Limits,
    p: &Tyoelake,
) -> Option<Pension> {
    let (paid, payment) = if kind.is_full() {
        if wage <= limits.full {
            (decided, Payment::Full)
        } else if wage <= limits.partial {
            (
                share_of(decided, p.partial_share.value),
                Payment::TurnedPartial,
            )
        } else {
            (Cents::ZERO, Payment::Resting)
        }
    } else if kind.is_partial() {
        if wage <= limits.partial {
            (decided, Payment::Partial)
        } else {
            (Cents::ZERO, Payment::Resting)
        }
    } else {
        return None;
    };
    Some(Pension {
        decided,
        paid,
        payment,
        limits,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::period_for;
    use crate::units::Date;

    fn params(date: &str) -> &'static Tyoelake {
        &period_for(Date::parse(date).expect("date"))
            .expect("period")
            .params
            .tyoelake
    }

    #[test]
    fn limits_of_the_worked_examples() {
        // docs/rules/tyoelake.md: K → (L_full, L_part)
        let full = DisabilityPension::Full;
        let p25 = params("2025-06-01");
        let l = |k: i64, p| limits(full, Some(Cents::euros(k)), None, p);
        assert_eq!(
            (l(1500, p25).full, l(1500, p25).partial),
            (Cents(98_630), Cents(98_630))
        );
        assert_eq!(
            (l(2000, p25).full, l(2000, p25).partial),
            (Cents(98_630), Cents(120_000))
        );
        assert_eq!(
            (l(2500, p25).full, l(2500, p25).partial),
            (Cents(100_000), Cents(150_000))
        );
        let p26 = params("2026-06-01");
        assert_eq!(
            (l(3000, p26).full, l(3000, p26).partial),
            (Cents(120_000), Cents(180_000))
        );
        assert_eq!(l(1500, p26).partial, Cents(99_090));
        assert_eq!(
            limits(full, None, None, p26),
            Limits {
                full: Cents(99_090),
                partial: Cents(99_090),
                basis: LimitBasis::MinimumOnly
            }
        );
        // A decision's limit above the minimum gives the partial limit exactly.
        let d = limits(full, None, Some(Cents::euros(1000)), p25);
        assert_eq!((d.full, d.partial), (Cents(100_000), Cents(150_000)));
        let part = limits(
            DisabilityPension::Partial,
            None,
            Some(Cents::euros(1100)),
            p25,
        );
        assert_eq!(part.partial, Cents(110_000));
    }

    #[test]
    fn the_cliff_of_the_worked_example() {
        // 2025, full pension 1 200, K = 2 500: wage 1 000 → 1 200; 1 200 → 600; 1 501 → 0.
        let p = params("2025-06-01");
        let kind = DisabilityPension::Full;
        let l = limits(kind, Some(Cents::euros(2500)), None, p);
        let at = |w: i64| paid(kind, Cents::euros(1200), Cents::euros(w), l, p).expect("pension");
        assert_eq!(at(1000).paid, Cents::euros(1200));
        assert_eq!(at(1000).payment, Payment::Full);
        assert_eq!(at(1200).paid, Cents::euros(600));
        assert_eq!(at(1200).payment, Payment::TurnedPartial);
        assert_eq!(at(1500).paid, Cents::euros(600));
        assert_eq!(at(1501).paid, Cents::ZERO);
        assert_eq!(at(1501).payment, Payment::Resting);
        let partial = DisabilityPension::PartialFixedTerm;
        let at = |w: i64| paid(partial, Cents::euros(650), Cents::euros(w), l, p).expect("pension");
        assert_eq!(at(1500).paid, Cents::euros(650));
        assert_eq!(at(1501).paid, Cents::ZERO);
        assert!(paid(
            DisabilityPension::None,
            Cents::euros(650),
            Cents::ZERO,
            l,
            p
        )
        .is_none());
    }
}
