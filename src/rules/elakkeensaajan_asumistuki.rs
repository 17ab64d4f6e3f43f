//! Eläkkeensaajan asumistuki, the housing allowance for pensioners (laki eläkkeensaajan
//! asumistuesta 571/2007 §§ 10–12, 15, 19; docs/rules/elakkeensaajan_asumistuki.md). Tax-free.
//!
//! Why a module of its own: a household whose member gets Kela's disability pension, the
//! guarantee pension or a *full* earnings-related disability pension gets this allowance instead
//! of the general one, and the two are never paid together. Its formula is annual and has no
//! earned-income deduction: every gross euro above the income limit reduces it by 0.85 × 43.5 ≈
//! 37 cents. The entitlement itself depends on the earnings test of the pension: a full pension
//! that wages turn into a partial one no longer entitles (the household moves to the general
//! housing allowance), a resting full pension still does.

use super::money::{Cents, Exact};
use super::params::ElakkeensaajanAsumistuki;
use super::{Because, Reason};

/// Municipalities in group II besides those of the general housing allowance's group 2: the
/// old (before 2025) group 2 of the general allowance had these too (docs/rules/
/// elakkeensaajan_asumistuki.md; the lists of the law were not found).
const GROUP_II_EXTRA: &[&str] = &["205", "286", "405", "491", "609", "905"];

/// The municipality group (1 = I, 2 = II, 3 = III) from the general housing allowance's group and
/// the municipality code: group 1 stays I, group 2 and [`GROUP_II_EXTRA`] are II, the rest III.
pub fn municipality_group(general_group: u8, code: &str) -> u8 {
    match general_group {
        1 => 1,
        2 => 2,
        _ if GROUP_II_EXTRA.contains(&code) => 2,
        _ => 3,
    }
}

/// What the allowance reads (the household is one pensioner, or two spouses).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Household {
    /// Adults (1 or 2).
    pub adults: u32,
    /// Adults entitled on the ground of their pension (1 or 2).
    pub entitled: u32,
    /// Municipality group 1–3 ([`municipality_group`]).
    pub group: u8,
    /// Gross income of the month: pensions, wages, benefits (annual = 12 × this).
    pub monthly_income: Cents,
    /// Net assets.
    pub assets: Cents,
    /// Housing costs of the month (rent + separately paid water and heating).
    pub monthly_costs: Cents,
}

/// The allowance and its intermediates (annual amounts unless said).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Allowance {
    /// €/month.
    pub amount: Cents,
    /// Income counted, annual (incl. the asset share).
    pub income: Cents,
    /// Deductible (perusomavastuu + lisäomavastuu), annual.
    pub deductible: Cents,
    /// Housing costs, annual, before the cap.
    pub costs: Cents,
    /// Maximum housing costs, annual.
    pub cap: Cents,
}

impl Allowance {
    /// The allowance with its reason.
    pub fn with_reason(&self, p: &ElakkeensaajanAsumistuki) -> Because {
        Because {
            amount: self.amount,
            reason: Reason::PensionersHousingAllowance {
                income: self.income,
                deductible: self.deductible,
                costs: self.costs,
                cap: self.cap,
                share: p.share.value,
                source: p.share.source,
            },
        }
    }
}

/// The allowance for a household that gets it (see [`super::household`] for who does).
pub fn allowance(h: &Household, p: &ElakkeensaajanAsumistuki) -> Allowance {
    let spouses = h.adults > 1;
    let asset_limit = if spouses {
        p.asset_limit_spouses.value
    } else {
        p.asset_limit_single.value
    };
    let asset_income = h
        .assets
        .sub_floor0(asset_limit)
        .mul_rate(p.asset_rate.value);
    let income = h.monthly_income.times(12).add(asset_income);
    let income_limit = match (spouses, h.entitled) {
        (false, _) => p.income_limit_single.value,
        (true, n) if n >= 2 => p.income_limit_spouses_entitled.value,
        (true, _) => p.income_limit_spouse_not_entitled.value,
    };
    let deductible = Exact::from(p.basic_deductible.value).add(
        income
            .sub_floor0(income_limit)
            .mul_rate_exact(p.extra_deductible_rate.value),
    );
    let costs = h.monthly_costs.times(12);
    let group = usize::from(h.group.clamp(1, 3)) - 1;
    let cap = p.max_costs.value.get(group).copied().unwrap_or_default();
    let monthly = Exact::from(costs.min(cap))
        .sub(deductible)
        .floor0()
        .mul_rate(p.share.value)
        .mul_div(1, 12);
    let amount = if monthly < Exact::from(p.min_payable.value) {
        Cents::ZERO
    } else {
        monthly.round_cents()
    };
    Allowance {
        amount,
        income,
        deductible: deductible.round_cents(),
        costs,
        cap,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::period_for;
    use crate::units::Date;

    fn params() -> &'static ElakkeensaajanAsumistuki {
        &period_for(Date::parse("2026-06-01").expect("date"))
            .expect("period")
            .params
            .elakkeensaajan_asumistuki
    }

    fn single(group: u8, rent: i64, income: i64) -> Cents {
        allowance(
            &Household {
                adults: 1,
                entitled: 1,
                group,
                monthly_income: Cents(income),
                assets: Cents::ZERO,
                monthly_costs: Cents::euros(rent),
            },
            params(),
        )
        .amount
    }

    #[test]
    fn the_worked_examples() {
        // docs/rules/elakkeensaajan_asumistuki.md, singles, rent incl. water and heating
        assert_eq!(single(2, 650, 110_000), Cents(41_426));
        assert_eq!(single(2, 650, 160_000), Cents(22_939));
        assert_eq!(single(2, 650, 210_000), Cents(4_451));
        assert_eq!(single(3, 600, 99_090), Cents(41_210));
        assert_eq!(single(3, 600, 189_090), Cents(7_933));
        assert_eq!(single(3, 700, 130_000), Cents(31_857));
        assert_eq!(single(3, 700, 210_000), Cents(2_277));
        // far above: nothing, never negative
        assert_eq!(single(3, 700, 400_000), Cents::ZERO);
    }

    #[test]
    fn groups() {
        assert_eq!(municipality_group(1, "091"), 1);
        assert_eq!(municipality_group(2, "837"), 2);
        assert_eq!(municipality_group(3, "286"), 2);
        assert_eq!(municipality_group(3, "398"), 3);
    }
}
