//! Ulosotto: garnishment of wages and other periodic income (ulosottokaari 705/2007 chapter 4,
//! §§ 45, 48; docs/rules/ulosotto.md).
//!
//! Why it is here: a person whose wage is garnished keeps only part of each extra euro — between
//! the protected amount and twice it, two thirds of every extra net euro go to the creditor on
//! top of the tax. The household subtracts the garnished amount from disposable income; social
//! assistance does not count it as income (the municipality sees what is actually left), and
//! child benefit, housing allowance and social assistance are never garnished.
//!
//! The rule, all numbers from the period's data:
//! - protected amount `S = days × (per day + dependants × per dependant per day)`;
//! - `N` = the debtor's net periodic income (wages, pensions and benefits paid instead of wages,
//!   after taxes and contributions);
//! - `N ≤ S`: nothing; `S < N ≤ 2S`: `2/3 × (N − S)`; `2S < N ≤ 4S`: `N / 3`;
//!   above: `4S / 3 + 0.8 × (N − 4S)`, at most `N / 2`;
//! - collected only from the garnishable part of the net income (wages, earnings-related pension,
//!   earnings-related unemployment allowance).

use super::money::Cents;
use super::params::Ulosotto;
use super::{Because, GarnishmentBand, Reason};
use crate::units::div_round;

/// The debtor's month as garnishment sees it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Debtor {
    /// Net periodic income `N` (after taxes and contributions), €/month.
    pub net_income: Cents,
    /// Gross income counted in `N`, €/month.
    pub gross_income: Cents,
    /// The garnishable part of the gross income (wages, earnings-related pension and allowance).
    pub garnishable_gross: Cents,
    /// Dependants: the spouse and the children the debtor supports.
    pub dependants: u32,
}

/// The garnishment of one debtor's month.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Garnishment {
    /// The amount withheld, €/month.
    pub amount: Cents,
    /// Protected amount `S`.
    pub protected: Cents,
    /// Net income `N`.
    pub net_income: Cents,
    /// Which band `N` falls in.
    pub band: GarnishmentBand,
    /// The rule's amount before the garnishable-income cap.
    pub by_rule: Cents,
    /// The garnishable part of the net income (the cap).
    pub garnishable_net: Cents,
    /// Dependants counted.
    pub dependants: u32,
}

impl Garnishment {
    /// The amount with its reason.
    pub fn with_reason(&self, p: &Ulosotto) -> Because {
        Because {
            amount: self.amount,
            reason: Reason::Garnishment {
                net_income: self.net_income,
                protected: self.protected,
                dependants: u8::try_from(self.dependants).unwrap_or(u8::MAX),
                band: self.band,
                capped: self.amount < self.by_rule,
                source: p.protected_per_day.source,
            },
        }
    }
}

/// The debtor's own protected amount, without dependants (UK 4:48).
pub fn protected_own(p: &Ulosotto) -> Cents {
    protected(0, p)
}

/// The protected amount with `dependants` (UK 4:48): `days × (per day + k × per dependant)`.
pub fn protected(dependants: u32, p: &Ulosotto) -> Cents {
    p.protected_per_day
        .value
        .add(
            p.protected_per_dependant_per_day
                .value
                .times(i64::from(dependants)),
        )
        .mul_rate(p.days_per_month.value)
}

fn share(x: Cents, num: u32, den: u32) -> Cents {
    let v = div_round(i128::from(x.0) * i128::from(num), i128::from(den));
    Cents(i64::try_from(v).unwrap_or(i64::MAX))
}

/// The amount the rule takes from net income `n` with protected amount `s` (UK 4:48), and its band.
pub fn by_rule(n: Cents, s: Cents, p: &Ulosotto) -> (Cents, GarnishmentBand) {
    let low_top = s.times(i64::from(p.low_band_multiple.value));
    let middle_top = s.times(i64::from(p.middle_band_multiple.value));
    if n <= s {
        (Cents::ZERO, GarnishmentBand::Protected)
    } else if n <= low_top {
        let taken = share(
            n.sub(s),
            p.low_band_share_numerator.value,
            p.low_band_share_denominator.value,
        );
        (taken, GarnishmentBand::IncomeLimit)
    } else if n <= middle_top {
        (
            share(n, 1, p.middle_band_denominator.value),
            GarnishmentBand::OneThird,
        )
    } else {
        let base = share(middle_top, 1, p.middle_band_denominator.value);
        let taken = base
            .add(n.sub(middle_top).mul_rate(p.top_band_share.value))
            .min(n.mul_rate(p.top_band_cap_share.value));
        (taken, GarnishmentBand::Top)
    }
}

/// The debtor's garnishment for the month.
pub fn garnishment(d: &Debtor, p: &Ulosotto) -> Garnishment {
    let s = protected(d.dependants, p);
    let n = d.net_income.floor0();
    let (rule, band) = by_rule(n, s, p);
    let garnishable_net = if d.gross_income.is_positive() {
        let v = div_round(
            i128::from(n.0) * i128::from(d.garnishable_gross.floor0().min(d.gross_income).0),
            i128::from(d.gross_income.0),
        );
        Cents(i64::try_from(v).unwrap_or(0))
    } else {
        Cents::ZERO
    };
    Garnishment {
        amount: rule.min(garnishable_net).floor0(),
        protected: s,
        net_income: n,
        band,
        by_rule: rule,
        garnishable_net,
        dependants: d.dependants,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::params::PERIODS;

    fn p2025() -> &'static Ulosotto {
        &PERIODS
            .iter()
            .find(|p| p.id == "2025")
            .expect("2025")
            .params
            .ulosotto
    }

    fn wage_only(net: i64, dependants: u32) -> Garnishment {
        garnishment(
            &Debtor {
                net_income: Cents::euros(net),
                gross_income: Cents::euros(net * 2),
                garnishable_gross: Cents::euros(net * 2),
                dependants,
            },
            p2025(),
        )
    }

    #[test]
    fn protected_amounts_2025() {
        let p = p2025();
        assert_eq!(protected(0, p), Cents(98_640));
        assert_eq!(protected(1, p), Cents(127_470));
        assert_eq!(protected(2, p), Cents(156_300));
        assert_eq!(protected(3, p), Cents(185_130));
    }

    #[test]
    fn the_four_bands() {
        assert_eq!(wage_only(900, 0).amount, Cents::ZERO);
        assert_eq!(wage_only(1200, 0).amount, Cents(14_240));
        assert_eq!(wage_only(1500, 0).amount, Cents(34_240));
        assert_eq!(wage_only(2000, 0).amount, Cents(66_667));
        assert_eq!(wage_only(2500, 0).amount, Cents(83_333));
        let top = wage_only(4500, 0);
        assert_eq!(top.band, GarnishmentBand::Top);
        assert_eq!(top.amount, Cents(175_872));
        assert_eq!(wage_only(1500, 1).amount, Cents(15_020));
        assert_eq!(wage_only(2000, 1).amount, Cents(48_353));
    }

    #[test]
    fn only_garnishable_income_is_collected() {
        let g = garnishment(
            &Debtor {
                net_income: Cents::euros(1500),
                gross_income: Cents::euros(1800),
                garnishable_gross: Cents::euros(180),
                dependants: 0,
            },
            p2025(),
        );
        assert_eq!(g.by_rule, Cents(34_240));
        assert_eq!(g.amount, Cents::euros(150));
    }
}
