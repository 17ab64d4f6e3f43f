//! Varhaiskasvatusmaksu: the municipal fee for early childhood education and care (laki
//! varhaiskasvatuksen asiakasmaksuista 1503/2016 §§ 5–8; docs/rules/varhaiskasvatusmaksu.md).
//!
//! Why it is here: the fee is a cost that rises with the family's gross income — 10.7 cents of
//! every extra euro above the income limit for the youngest child, more with siblings — so a
//! parent who starts work keeps less than the taxes and benefits alone suggest. The household
//! subtracts it from disposable income and social assistance accepts it as a basic expense.
//!
//! The rule, all numbers from the period's data:
//! - family size `n` = the adults (at most two, the couple) + every minor child of the household;
//! - income `I` = gross wages with the holiday-pay addition + taxable benefits (not child benefit,
//!   housing allowance, social assistance or expense compensation);
//! - the youngest child's full-time fee `f1 = min(max fee, rate × max(0, I − limit(n)))`;
//! - the second youngest child pays a share of `f1`, every further child a smaller share;
//! - each child's fee is scaled by the care hours (part-time, between, full time), rounded, and
//!   not charged below the smallest fee.

use super::money::{Cents, Exact, Rate};
use super::params::Varhaiskasvatusmaksu;
use super::{Because, Reason};
use crate::units::div_round;

/// A child in day care: its place in the household's list, age and weekly hours.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ChildInCare {
    /// Index of the child in the household.
    pub index: u8,
    /// Age in years.
    pub age: u8,
    /// Care hours a week (more than 0).
    pub hours_per_week: u8,
}

/// One child's fee with the numbers behind it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ChildFee {
    /// The child.
    pub child: ChildInCare,
    /// 1 = the youngest child in care, 2 = the second youngest, …
    pub order: u8,
    /// Share of the youngest child's full-time fee for this order.
    pub sibling_share: Rate,
    /// Share of the full-time fee for the care hours.
    pub hours_share: Rate,
    /// The fee before the smallest-fee rule (rounded).
    pub computed: Cents,
    /// The fee charged.
    pub fee: Cents,
}

/// The family's day-care fees.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Fees {
    /// Family size used for the income limit.
    pub family_size: u32,
    /// Gross income counted, €/month.
    pub income: Cents,
    /// Income limit for the family size.
    pub limit: Cents,
    /// The youngest child's full-time fee (rounded), before the hours and sibling shares.
    pub full_time_fee: Cents,
    /// Whether the youngest child's full-time fee is at the maximum.
    pub at_maximum: bool,
    /// Fees, youngest child first; `count` of them are used.
    pub children: [ChildFee; super::limits::MAX_PERSONS],
    /// Number of children in care.
    pub count: usize,
    /// Sum of the fees.
    pub total: Cents,
}

impl Fees {
    /// The children's fees, youngest first.
    pub fn per_child(&self) -> &[ChildFee] {
        &self.children[..self.count]
    }

    /// One child's fee with its reason.
    pub fn with_reason(&self, c: &ChildFee, p: &Varhaiskasvatusmaksu) -> Because {
        Because {
            amount: c.fee,
            reason: Reason::DayCareFee {
                income: self.income,
                family_size: u8::try_from(self.family_size).unwrap_or(u8::MAX),
                limit: self.limit,
                full_time_fee: self.full_time_fee,
                order: c.order,
                sibling_share: c.sibling_share,
                hours_per_week: c.child.hours_per_week,
                hours_share: c.hours_share,
                below_minimum: c.fee.0 == 0 && c.computed.is_positive(),
                source: p.fee_rate.source,
            },
        }
    }
}

/// The income counted: wages with the holiday-pay addition plus taxable benefits, €/month
/// (§ 5; the addition is a parameter, docs/rules/varhaiskasvatusmaksu.md).
pub fn income_counted(wages: Cents, taxable_benefits: Cents, p: &Varhaiskasvatusmaksu) -> Cents {
    wages
        .add(wages.mul_rate(p.holiday_pay_addition.value))
        .add(taxable_benefits)
}

/// The income limit for a family of `size` persons (§ 5): the table from its smallest size up,
/// and for a larger family the last limit plus the increase for each further child.
pub fn income_limit(size: u32, p: &Varhaiskasvatusmaksu) -> Cents {
    let table = p.income_limits.value;
    let Some(last) = table.last() else {
        return Cents::ZERO;
    };
    let first = p.smallest_family_in_table.value;
    let i = size.saturating_sub(first) as usize;
    match table.get(i) {
        Some(limit) => *limit,
        None => {
            let extra = (i + 1 - table.len()) as i64;
            last.add(p.income_limit_per_further_child.value.times(extra))
        }
    }
}

/// Share of the full-time fee for `hours` of care a week (§ 6, HE 60/2016; the steps between are
/// municipal and a parameter).
pub fn hours_share(hours: u8, p: &Varhaiskasvatusmaksu) -> Rate {
    let h = Rate(i64::from(hours) * 1_000_000);
    if h <= p.part_time_hours_max.value {
        p.part_time_share.value
    } else if h >= p.full_time_hours_min.value {
        Rate::ONE
    } else {
        p.between_share.value
    }
}

/// Share of the youngest child's fee that the child of this `order` pays (§ 8).
pub fn sibling_share(order: u8, p: &Varhaiskasvatusmaksu) -> Rate {
    match order {
        0 | 1 => Rate::ONE,
        2 => p.second_child_share.value,
        _ => p.further_child_share.value,
    }
}

fn round_to_step(x: Exact, step: Cents) -> Cents {
    let step = step.0.max(1);
    let units = div_round(x.0, i128::from(step) * 1_000_000);
    Cents(
        i64::try_from(units)
            .unwrap_or(i64::MAX)
            .saturating_mul(step),
    )
}

/// The family's fees: `children` are those in care (any order), `family_size` the adults of the
/// couple plus every minor child, `income` from [`income_counted`] (plus any wages the
/// holiday-pay addition is not applied to).
pub fn fees(
    children: &[ChildInCare],
    family_size: u32,
    income: Cents,
    p: &Varhaiskasvatusmaksu,
) -> Fees {
    let limit = income_limit(family_size, p);
    let above = Exact::from(income.sub_floor0(limit)).mul_rate(p.fee_rate.value);
    let max = Exact::from(p.max_fee.value);
    let full = above.min(max);
    let mut out = Fees {
        family_size,
        income,
        limit,
        full_time_fee: full.round_cents(),
        at_maximum: above >= max,
        ..Fees::default()
    };
    let mut sorted = [ChildInCare::default(); super::limits::MAX_PERSONS];
    let n = children.len().min(sorted.len());
    sorted[..n].copy_from_slice(&children[..n]);
    // The index is unique, so the order is total.
    crate::sort::sort_by_key(&mut sorted[..n], |c| (c.age, c.index));
    for (i, child) in sorted[..n].iter().enumerate() {
        let order = u8::try_from(i + 1).unwrap_or(u8::MAX);
        let sibling = sibling_share(order, p);
        let hours = hours_share(child.hours_per_week, p);
        let computed = round_to_step(full.mul_rate(sibling).mul_rate(hours), p.fee_rounding.value);
        let fee = if computed < p.min_fee.value {
            Cents::ZERO
        } else {
            computed
        };
        out.children[i] = ChildFee {
            child: *child,
            order,
            sibling_share: sibling,
            hours_share: hours,
            computed,
            fee,
        };
        out.total = out.total.add(fee);
    }
    out.count = n;
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::params::PERIODS;
    use crate::units::Date;

    fn params(date: &str) -> &'static Varhaiskasvatusmaksu {
        let d = Date::parse(date).expect("date");
        &PERIODS
            .iter()
            .find(|p| p.starts <= d && d <= p.ends)
            .expect("period")
            .params
            .varhaiskasvatusmaksu
    }

    fn two_children() -> [ChildInCare; 2] {
        [
            ChildInCare {
                index: 0,
                age: 5,
                hours_per_week: 40,
            },
            ChildInCare {
                index: 1,
                age: 2,
                hours_per_week: 40,
            },
        ]
    }

    #[test]
    fn limits_by_family_size() {
        let p = params("2026-06-01");
        assert_eq!(income_limit(2, p), Cents::euros(4066));
        assert_eq!(income_limit(6, p), Cents::euros(7376));
        assert_eq!(income_limit(8, p), Cents::euros(7376 + 2 * 275));
        let p = params("2026-09-01");
        assert_eq!(income_limit(4, p), Cents::euros(6399));
    }

    #[test]
    fn derived_examples_before_and_after_the_august_change() {
        // docs/rules/varhaiskasvatusmaksu.md: n = 4, incomes 7 000 and 8 000 € a month.
        let p = params("2026-06-01");
        let f = fees(&two_children(), 4, Cents::euros(7000), p);
        assert_eq!(f.per_child()[0].fee, Cents(11_171));
        assert_eq!(f.per_child()[0].child.age, 2);
        assert_eq!(f.per_child()[1].fee, Cents(4_468));
        assert_eq!(f.total, Cents(15_639));
        assert_eq!(
            fees(&two_children(), 4, Cents::euros(8000), p).total,
            Cents(30_619)
        );
        let p = params("2026-09-01");
        let f = fees(&two_children(), 4, Cents::euros(7000), p);
        assert_eq!(f.per_child()[0].fee, Cents(6_431));
        assert_eq!(f.per_child()[1].computed, Cents(2_572));
        assert_eq!(f.per_child()[1].fee, Cents::ZERO);
        let f = fees(&two_children(), 4, Cents::euros(9000), params("2026-06-01"));
        assert!(f.at_maximum);
        assert_eq!(f.total, Cents(31_100 + 12_440));
    }

    #[test]
    fn hours_and_holiday_pay() {
        let p = params("2026-06-01");
        assert_eq!(hours_share(20, p), p.part_time_share.value);
        assert_eq!(hours_share(25, p), p.between_share.value);
        assert_eq!(hours_share(35, p), Rate::ONE);
        assert_eq!(
            income_counted(Cents::euros(1000), Cents::euros(100), p),
            Cents::euros(1150)
        );
    }
}
