//! Perustoimeentulotuki, basic social assistance (laki toimeentulotuesta 1412/1997;
//! docs/rules/toimeentulotuki.md):
//! `max(0, perusosat + accepted housing costs − (net income + usable assets))`.

use super::money::Cents;
use super::params::Toimeentulotuki;
use super::{Because, Flag, Reason};

/// One adult's month as social assistance counts it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Earner {
    /// Age (the earned-income disregard depends on it).
    pub age: u8,
    /// Gross wage.
    pub wage: Cents,
    /// Taxable incomes other than the wage: unemployment benefit, pensions, other benefits.
    pub other_income: Cents,
    /// Employee contributions of the month.
    pub contributions: Cents,
    /// Taxes of the month.
    pub taxes: Cents,
}

impl Earner {
    /// Net income: all incomes − contributions − taxes.
    fn net_income(&self) -> Cents {
        self.wage
            .add(self.other_income)
            .sub(self.contributions)
            .sub(self.taxes)
    }

    /// The net wage: the wage − contributions − the share of the taxes that falls on the wage
    /// (taxes × wage / all incomes), the base of the earned-income disregard.
    fn net_wage(&self) -> Cents {
        let incomes = self.wage.add(self.other_income);
        let tax_on_wage = if incomes.is_positive() {
            Cents(crate::units::div_round(
                self.taxes.0 as i128 * self.wage.0 as i128,
                incomes.0 as i128,
            ) as i64)
        } else {
            Cents::ZERO
        };
        self.wage.sub(self.contributions).sub(tax_on_wage)
    }
}

/// What the household's social assistance is computed from.
#[derive(Clone, Copy, Debug)]
pub struct Household<'a> {
    /// The adults' months.
    pub earners: &'a [Earner],
    /// Sum of perusosat ([`basic_amounts`]).
    pub basic_amounts: Cents,
    /// Accepted housing costs ([`accepted_housing_costs`]).
    pub accepted_housing_costs: Cents,
    /// General housing allowance (income here).
    pub housing_allowance: Cents,
    /// Child benefit (income here).
    pub child_benefit: Cents,
    /// Usable assets.
    pub assets: Cents,
    /// Other basic expenses accepted (muut perusmenot): the day-care fees (`toimeentulotukilaki` 7 b §).
    pub other_basic_expenses: Cents,
    /// Income withheld that is not counted as the household's income: the garnished amount.
    pub income_not_counted: Cents,
}

/// The household's basic social assistance and the numbers behind it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Assistance {
    /// The assistance.
    pub amount: Cents,
    /// The assistance if there were no assets (to tell whether the assets reduced it).
    pub without_assets: Cents,
    /// Sum of perusosat.
    pub basic_amounts: Cents,
    /// Accepted housing costs.
    pub housing_costs: Cents,
    /// Net income counted (after the disregards).
    pub net_income: Cents,
    /// Earned-income disregard.
    pub disregard: Cents,
    /// Usable assets.
    pub assets: Cents,
}

/// Basic social assistance of the household: net incomes incl. housing allowance and child
/// benefit (in full), less the earned-income disregard of each earner.
pub fn for_household(h: &Household, p: &Toimeentulotuki) -> Assistance {
    let mut net = Cents::ZERO;
    let mut disregarded = Cents::ZERO;
    for e in h.earners {
        net = net.add(e.net_income());
        if e.wage.is_positive() {
            disregarded = disregarded.add(disregard(e.net_wage(), e.age, p));
        }
    }
    let net = net
        .add(h.housing_allowance)
        .add(h.child_benefit)
        .sub(disregarded)
        .sub(h.income_not_counted);
    let basic = h.basic_amounts.add(h.other_basic_expenses);
    Assistance {
        amount: toimeentulotuki(basic, h.accepted_housing_costs, net, h.assets),
        without_assets: toimeentulotuki(basic, h.accepted_housing_costs, net, Cents::ZERO),
        basic_amounts: basic,
        housing_costs: h.accepted_housing_costs,
        net_income: net,
        disregard: disregarded,
        assets: h.assets,
    }
}

impl Assistance {
    /// The assistance with its reason.
    pub fn with_reason(&self, p: &Toimeentulotuki) -> Because {
        Because {
            amount: self.amount,
            reason: Reason::SocialAssistance {
                basic_amounts: self.basic_amounts,
                housing_costs: self.housing_costs,
                net_income: self.net_income,
                disregard: self.disregard,
                assets: self.assets,
                source: p.alone.source,
            },
        }
    }

    /// What the household should know: housing costs above the municipal limit, assets that
    /// reduced the assistance (only when there would be assistance at all).
    pub fn flags(&self, housing_costs_entered: Cents) -> impl Iterator<Item = Flag> {
        let applies = self.without_assets.is_positive();
        [
            (applies && self.housing_costs < housing_costs_entered)
                .then_some(Flag::HousingCostsAboveSocialAssistanceLimit),
            (applies && self.assets.is_positive()).then_some(Flag::AssetsReduceSocialAssistance),
        ]
        .into_iter()
        .flatten()
    }
}

/// Sum of perusosat for the unit: adults (alone; spouses / others sharing the household, each;
/// single parent; living with parents) and children by age group and
/// order, oldest first (1st, 2nd, 3rd+). Published amounts, never recomputed from ratios.
/// Sources: SISU `YksinKR1` for 2025; `kela-toimeentulotuki-2026` for 2026.
pub fn basic_amounts(
    adults: u32,
    children_oldest_first: &[u8],
    lives_with_parents: bool,
    p: &Toimeentulotuki,
) -> Cents {
    let adult = if lives_with_parents {
        p.with_parents.value
    } else if adults >= 2 {
        p.sharing_adult.value
    } else if !children_oldest_first.is_empty() {
        p.single_parent.value
    } else {
        p.alone.value
    };
    let mut sum = adult.times(adults as i64);
    for (i, age) in children_oldest_first.iter().enumerate() {
        let table = if *age >= 10 {
            p.child_10_17.value
        } else {
            p.child_under_10.value
        };
        if let Some(last) = table.len().checked_sub(1) {
            sum = sum.add(table[i.min(last)]);
        }
    }
    sum
}

/// Accepted housing costs: `min(rent + water + heating, municipal limit for the unit's size +
/// water per person)` — the steady state after the adjustment period (docs/rules/conventions.md,
/// docs/rules/toimeentulotuki.md).
/// Sources: `kela-toimeentulotuki-2026`, SISU `asummenorajat_YYYY`, `HuomVesi`.
pub fn accepted_housing_costs(
    costs: Cents,
    persons: u32,
    limits: Option<[Cents; 5]>,
    p: &Toimeentulotuki,
) -> Cents {
    let Some(l) = limits else {
        return costs;
    };
    if persons == 0 {
        return Cents::ZERO;
    }
    let n = persons.min(4) as usize;
    let limit = l[n - 1]
        .add(l[4].times(persons.saturating_sub(4) as i64))
        .add(p.water_per_person.value.times(persons as i64));
    costs.min(limit)
}

/// Earned-income disregard of one person: `min(the disregard for the age, net wage)`; the adult
/// and minor amounts are dated parameters (from March 2026 the disregard is for under-18s only).
/// Source: `kela-toimeentulotuki-2026`; SISU applies it to the net wage \[UNCONFIRMED\].
pub fn disregard(net_wage: Cents, age: u8, p: &Toimeentulotuki) -> Cents {
    let max = if age >= 18 {
        p.earned_income_disregard_adult.value
    } else {
        p.earned_income_disregard_minor.value
    };
    net_wage.floor0().min(max)
}

/// The assistance: expenses − (net income + usable assets), ≥ 0. Sources: `kela-toimeentulotuki-2026`, `kela-toimeentulotuki-esimerkit`.
pub fn toimeentulotuki(basic: Cents, housing: Cents, net_income: Cents, assets: Cents) -> Cents {
    basic.add(housing).sub(net_income).sub(assets).floor0()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::params::PERIODS;

    #[test]
    fn perusosat_from_march_2026() {
        // Kela's table from March 2026
        let p = &PERIODS[2].params.toimeentulotuki;
        assert_eq!(basic_amounts(1, &[], false, p), Cents(57_843));
        assert_eq!(basic_amounts(2, &[], false, p), Cents(2 * 49_745));
        assert_eq!(basic_amounts(1, &[], true, p), Cents(42_225));
        assert_eq!(
            basic_amounts(1, &[15, 12, 11], false, p),
            Cents(66_519 + 41_763 + 38_870 + 35_978)
        );
        assert_eq!(
            basic_amounts(2, &[9, 5, 1], false, p),
            Cents(2 * 49_745 + 37_598 + 34_706 + 31_814)
        );
    }

    #[test]
    fn kela_examples_old_parameters() {
        // Kela's example (2017): perusosa 487.89 + rent 675 − (TMT 518.40 + asumistuki 406.40) = 238.09
        assert_eq!(
            toimeentulotuki(
                Cents(48_789),
                Cents(67_500),
                Cents(51_840 + 40_640),
                Cents::ZERO
            ),
            Cents(23_809)
        );
        // Kela's example (Sipoo 2021): expenses 2 110.11 − incomes 1 918.78 = 191.33
        let incomes = Cents(66_496 + 32_632 + 59_280 + 33_470);
        assert_eq!(
            toimeentulotuki(
                Cents(57_463 + 35_284 + 32_764),
                Cents(81_000 + 4_500),
                incomes,
                Cents::ZERO
            ),
            Cents(19_133)
        );
    }

    #[test]
    fn perusosa_ratio_2024_table() {
        // the ratios of the law: 587.71 × ratios, half-up to cents, gives Kela's 2024 table
        let base = Cents(58_771);
        let r = |ppm: i64| base.mul_rate(crate::rules::money::Rate(ppm));
        assert_eq!(
            [
                r(850_000),
                r(1_140_000),
                r(730_000),
                r(700_000),
                r(650_000),
                r(600_000),
                r(630_000),
                r(580_000),
                r(530_000)
            ],
            [
                Cents(49_955),
                Cents(66_999),
                Cents(42_903),
                Cents(41_140),
                Cents(38_201),
                Cents(35_263),
                Cents(37_026),
                Cents(34_087),
                Cents(31_149)
            ]
        );
    }

    #[test]
    fn household_counts_net_income_with_disregards() {
        // Before March 2026 an adult's net wage is partly disregarded; the taxes that fall on the
        // wage are its share of all incomes.
        let p = &PERIODS[0].params.toimeentulotuki;
        let earner = Earner {
            age: 30,
            wage: Cents::euros(400),
            other_income: Cents::euros(400),
            contributions: Cents::euros(40),
            taxes: Cents::euros(100),
        };
        let h = Household {
            earners: &[earner],
            basic_amounts: Cents::euros(600),
            accepted_housing_costs: Cents::euros(500),
            housing_allowance: Cents::euros(100),
            child_benefit: Cents::ZERO,
            assets: Cents::euros(50),
            other_basic_expenses: Cents::ZERO,
            income_not_counted: Cents::ZERO,
        };
        let a = for_household(&h, p);
        // net wage 400 − 40 − 100 × 400 / 800 = 310 → disregard min(adult disregard, 310)
        let expected_disregard = Cents::euros(310).min(p.earned_income_disregard_adult.value);
        assert_eq!(a.disregard, expected_disregard);
        assert_eq!(
            a.net_income,
            Cents::euros(800 - 40 - 100 + 100).sub(expected_disregard)
        );
        assert_eq!(a.amount, a.without_assets.sub(Cents::euros(50)));
        assert!(a
            .flags(Cents::euros(500))
            .any(|f| f == Flag::AssetsReduceSocialAssistance));
        assert_eq!(a.with_reason(p).amount, a.amount);
        // A day-care fee is an accepted expense and a garnished amount is not income (`toimeentulotukilaki` 7 b § and 11 §).
        let costs = for_household(
            &Household {
                other_basic_expenses: Cents::euros(60),
                income_not_counted: Cents::euros(25),
                ..h
            },
            p,
        );
        assert_eq!(costs.without_assets, a.without_assets.add(Cents::euros(85)));
    }

    #[test]
    fn housing_limit() {
        let p = &PERIODS[3].params.toimeentulotuki;
        let tampere =
            crate::rules::municipalities::find("837").and_then(|m| m.housing_limits(2026));
        assert_eq!(
            accepted_housing_costs(Cents::euros(700), 1, tampere, p),
            Cents(58_900 + 2_640)
        );
        assert_eq!(
            accepted_housing_costs(Cents::euros(550), 1, tampere, p),
            Cents::euros(550)
        );
    }
}
