//! Kela's disability pension (*kansaneläke työkyvyttömyyseläkkeenä*, kansaneläkelaki 568/2007
//! §§ 12, 19–22) and the guarantee pension (*takuueläke*, laki takuueläkkeestä 703/2010), with the
//! earnings limit of working alongside them (laki 738/2009 § 2; docs/rules/kansanelake.md).
//!
//! Why: these two top up a small earnings-related pension to a minimum, so every euro of other
//! pension reduces them — half a euro for the national pension, a whole euro for the guarantee
//! pension. Wages do not reduce them at all, until the wage passes the earnings limit: then both
//! rest (are not paid), and a person who earns one euro more loses nearly a thousand.
//!
//! Amounts are computed exactly and rounded half-up to cents once; an amount below the smallest
//! payable one is not paid (the comparison is made before rounding).

use super::money::{Cents, Exact};
use super::params::Kansanelake;
use super::{Because, Reason};

/// Why the Kela pensions are what they are.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KelaState {
    /// Paid as computed from the other pensions.
    Paid,
    /// The wage is above the earnings limit: both pensions rest.
    Resting,
    /// A partial earnings-related disability pension alone gives no Kela disability pension and
    /// no guarantee pension.
    PartialPensionOnly,
}

/// The national pension and the guarantee pension of one person.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct KelaPensions {
    /// Kansaneläke, €/month.
    pub national: Cents,
    /// Takuueläke, €/month.
    pub guarantee: Cents,
    /// Other pensions counted (the earnings-related pension paid + other pensions), €/month.
    pub other_pensions: Cents,
    /// The earnings limit applied.
    pub earnings_limit: Cents,
    /// Why.
    pub state: KelaState,
}

/// What [`for_person`] reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Person {
    /// Married or cohabiting (the lower full amount).
    pub couple: bool,
    /// Only a partial earnings-related disability pension is the ground (no Kela pension).
    pub partial_pension_only: bool,
    /// The earnings-related pension paid after its own earnings test + other pensions, €/month.
    pub other_pensions: Cents,
    /// Gross wage, €/month.
    pub wage: Cents,
    /// The earnings limit of the Kela decision, if entered (otherwise the law's).
    pub limit_from_decision: Option<Cents>,
}

impl KelaPensions {
    /// The national pension with its reason.
    pub fn national_with_reason(&self, p: &Kansanelake, couple: bool) -> Because {
        let full = if couple {
            p.full_couple.value
        } else {
            p.full_single.value
        };
        Because {
            amount: self.national,
            reason: Reason::KelaPension {
                full,
                other_pensions: self.other_pensions,
                earnings_limit: self.earnings_limit,
                state: self.state,
                source: p.full_single.source,
            },
        }
    }
    /// The guarantee pension with its reason.
    pub fn guarantee_with_reason(&self, p: &Kansanelake) -> Because {
        Because {
            amount: self.guarantee,
            reason: Reason::GuaranteePension {
                full: p.guarantee_full.value,
                other_pensions: self.other_pensions.add(self.national),
                earnings_limit: self.earnings_limit,
                state: self.state,
                source: p.guarantee_full.source,
            },
        }
    }
}

/// The national pension: the full amount less half of the other pensions above the free amount
/// (an annual amount, compared month by month as its twelfth); nothing below the smallest amount.
pub fn national_pension(couple: bool, other_pensions: Cents, p: &Kansanelake) -> Cents {
    let full = if couple {
        p.full_couple.value
    } else {
        p.full_single.value
    };
    let over = Exact::from(other_pensions.times(12))
        .sub(Exact::from(p.income_limit.value))
        .floor0()
        .mul_div(1, 12);
    let amount = Exact::from(full).sub(over.mul_rate(p.reduction_rate.value));
    if amount < Exact::from(p.min_payable.value) {
        Cents::ZERO
    } else {
        amount.round_cents()
    }
}

/// The guarantee pension: the full amount less every other pension, the national pension
/// included; nothing below the smallest amount.
pub fn guarantee_pension(national: Cents, other_pensions: Cents, p: &Kansanelake) -> Cents {
    let amount = p.guarantee_full.value.sub(national).sub(other_pensions);
    if amount < p.min_payable.value {
        Cents::ZERO
    } else {
        amount
    }
}

/// Both pensions of a person on Kela's disability pension.
pub fn for_person(x: &Person, p: &Kansanelake) -> KelaPensions {
    let earnings_limit = x.limit_from_decision.unwrap_or(p.earnings_limit.value);
    let none = |state| KelaPensions {
        national: Cents::ZERO,
        guarantee: Cents::ZERO,
        other_pensions: x.other_pensions,
        earnings_limit,
        state,
    };
    if x.partial_pension_only {
        return none(KelaState::PartialPensionOnly);
    }
    if x.wage > earnings_limit {
        return none(KelaState::Resting);
    }
    let national = national_pension(x.couple, x.other_pensions, p);
    KelaPensions {
        national,
        guarantee: guarantee_pension(national, x.other_pensions, p),
        other_pensions: x.other_pensions,
        earnings_limit,
        state: KelaState::Paid,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::period_for;
    use crate::units::Date;

    fn params(date: &str) -> &'static Kansanelake {
        &period_for(Date::parse(date).expect("date"))
            .expect("period")
            .params
            .kansanelake
    }

    fn single(work_pension: i64, wage: i64, p: &Kansanelake) -> KelaPensions {
        for_person(
            &Person {
                couple: false,
                partial_pension_only: false,
                other_pensions: Cents(work_pension),
                wage: Cents(wage),
                limit_from_decision: None,
            },
            p,
        )
    }

    #[test]
    fn the_worked_examples_of_2025() {
        let p = params("2025-06-01");
        let at = |c: i64| {
            let k = single(c, 0, p);
            (k.national.0, k.guarantee.0)
        };
        assert_eq!(at(0), (78_341, 20_289));
        assert_eq!(at(20_000), (71_654, 6_976));
        assert_eq!(at(40_000), (61_654, 0));
        assert_eq!(at(100_000), (31_654, 0));
        // zero point 1 617.13 (Kela): 7.97 is not below the smallest amount; one cent more is.
        assert_eq!(at(161_713), (797, 0));
        assert_eq!(at(161_714), (0, 0));
        // the couple's zero point 1 449.13
        let couple = |c: i64| national_pension(true, Cents(c), p).0;
        assert!(couple(144_913) > 0);
        assert_eq!(couple(144_914), 0);
    }

    #[test]
    fn the_worked_examples_of_2026_and_the_cliff() {
        let p = params("2026-06-01");
        let k = single(0, 99_000, p);
        assert_eq!((k.national.0, k.guarantee.0), (78_707, 20_383));
        let k = single(20_000, 0, p);
        assert_eq!((k.national.0, k.guarantee.0), (72_032, 7_058));
        let k = single(0, 99_100, p);
        assert_eq!(
            (k.national, k.guarantee, k.state),
            (Cents::ZERO, Cents::ZERO, KelaState::Resting)
        );
    }
}
