//! Lapsilisä, the child benefit (lapsilisälaki 796/1992; docs/rules/lapsilisa.md). Tax-free; paid for
//! children under 17; counts as income in social assistance, not in housing allowance.

use super::limits::MAX_PERSONS;
use super::money::Cents;
use super::params::Lapsilisa;
use super::{Because, Reason};

/// Child benefit for one child.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ChildBenefit {
    /// Order among eligible children, 1 = oldest.
    pub order: u8,
    /// Base amount for the order (the table `lapsilisa.amounts`, the last entry for all later children).
    pub base: Cents,
    /// Under-3 increase.
    pub under_3: Cents,
    /// Single-parent increase.
    pub single_parent: Cents,
    /// Total.
    pub amount: Cents,
}

impl ChildBenefit {
    /// The benefit with its reason.
    pub fn with_reason(&self, p: &Lapsilisa) -> Because {
        Because {
            amount: self.amount,
            reason: Reason::ChildBenefit {
                order: self.order,
                base: self.base,
                under_3: self.under_3,
                single_parent: self.single_parent,
                source: p.amounts.source,
            },
        }
    }
}

/// The child benefits of a household: one per eligible child, oldest first.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Household {
    /// One entry per eligible child (the first `eligible` are set).
    pub children: [ChildBenefit; MAX_PERSONS],
    /// How many children get the benefit.
    pub eligible: usize,
    /// The sum.
    pub total: Cents,
}

impl Household {
    /// The benefits of the eligible children.
    pub fn eligible(&self) -> &[ChildBenefit] {
        &self.children[..self.eligible]
    }
}

/// Child benefits of the children (ages, oldest first): the order that sets the amount counts
/// only the children young enough for the benefit.
pub fn for_household(
    children_oldest_first: &[u8],
    single_parent: bool,
    p: &Lapsilisa,
) -> Household {
    let mut out = Household::default();
    for &age in children_oldest_first {
        if age as u32 >= p.age_limit.value || out.eligible >= MAX_PERSONS {
            continue;
        }
        let child = for_child(out.eligible as u8 + 1, age, single_parent, p);
        out.total = out.total.add(child.amount);
        out.children[out.eligible] = child;
        out.eligible += 1;
    }
    out
}

/// Child benefit of the child of age `age` who is the `order`-th eligible child (oldest first).
/// Sources: SISU `pllisa`, `kela-lapsilisa-alle-3-2024` (under-3 increase), SISU `YksHuolt` (single parent).
pub fn for_child(order: u8, age: u8, single_parent: bool, p: &Lapsilisa) -> ChildBenefit {
    let table = p.amounts.value;
    if age as u32 >= p.age_limit.value || table.is_empty() || order == 0 {
        return ChildBenefit {
            order,
            base: Cents::ZERO,
            under_3: Cents::ZERO,
            single_parent: Cents::ZERO,
            amount: Cents::ZERO,
        };
    }
    let base = table[(order as usize - 1).min(table.len() - 1)];
    let under_3 = if age < 3 {
        p.under_3_increase.value
    } else {
        Cents::ZERO
    };
    let sp = if single_parent {
        p.single_parent_increase.value
    } else {
        Cents::ZERO
    };
    ChildBenefit {
        order,
        base,
        under_3,
        single_parent: sp,
        amount: base.add(under_3).add(sp),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::params::PERIODS;

    #[test]
    fn amounts() {
        let p = &PERIODS[3].params.lapsilisa;
        // Kela: one child under 3 → 120.88
        assert_eq!(for_child(1, 2, false, p).amount, Cents(12_088));
        assert_eq!(for_child(5, 2, false, p).amount, Cents(21_869));
        assert_eq!(for_child(6, 10, false, p).amount, Cents(19_269));
        assert_eq!(for_child(2, 8, true, p).amount, Cents(10_484 + 7_330));
        assert_eq!(for_child(1, 17, false, p).amount, Cents::ZERO);
    }
}
