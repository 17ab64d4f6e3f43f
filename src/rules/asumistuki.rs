//! Yleinen asumistuki, the general housing allowance (laki yleisestä asumistuesta 938/2014;
//! docs/rules/asumistuki.md): `allowance = share × (min(costs, cap) − basic deductible)`.

use super::money::Cents;
use super::params::Asumistuki;
use super::situation::Housing;
use super::{Because, HousingAllowanceLimit, Reason};

/// The household facts the allowance needs.
#[derive(Clone, Copy, Debug)]
pub struct Household {
    /// Adults.
    pub adults: u32,
    /// Children under 18.
    pub children: u32,
    /// Municipality group 1–3.
    pub group: u8,
    /// Region code (heating norm increase).
    pub region_code: u8,
    /// Gross monthly income: wages + unemployment benefits + pensions + other taxable benefits.
    pub gross_income: Cents,
    /// Net assets.
    pub assets: Cents,
    /// Housing costs entered.
    pub housing: Housing,
    /// Lives in the parents' home (no own allowance).
    pub lives_with_parents: bool,
}

/// The allowance and its key numbers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Allowance {
    /// Asset income added to the income.
    pub asset_income: Cents,
    /// Income, whole euros.
    pub income: Cents,
    /// Basic deductible (perusomavastuu).
    pub basic_deductible: Cents,
    /// Housing costs counted (rent + water and heating norms).
    pub costs: Cents,
    /// Maximum housing costs.
    pub cap: Cents,
    /// The allowance.
    pub amount: Cents,
    /// Why it is limited or zero.
    pub limit: HousingAllowanceLimit,
}

impl Allowance {
    /// The allowance with its reason.
    pub fn with_reason(&self, p: &Asumistuki) -> Because {
        Because {
            amount: self.amount,
            reason: Reason::HousingAllowance {
                income: self.income,
                basic_deductible: self.basic_deductible,
                costs: self.costs,
                cap: self.cap,
                share: p.share.value,
                limit: self.limit,
                source: p.share.source,
            },
        }
    }
}

/// Enimmäisasumismeno for the municipality group and household size: the table for 1–4 persons
/// plus each additional person. Source: SISU `Kattovuokra_*`; docs/rules/asumistuki.md.
pub fn cap(group: u8, persons: u32, p: &Asumistuki) -> Cents {
    let table = match group {
        1 => p.max_costs_group1.value,
        2 => p.max_costs_group2.value,
        _ => p.max_costs_group3.value,
    };
    if table.len() < 5 || persons == 0 {
        return Cents::ZERO;
    }
    let n = persons.min(4) as usize;
    table[n - 1].add(table[4].times(persons.saturating_sub(4) as i64))
}

/// Heating norm: the first person's norm + the norm per extra person, increased in the eastern
/// (10–12) and northern (17–19) regions by their dated percentages, rounded to
/// whole euros. Source: SISU `HuomLampo1/Plus`, `HuomLampoHNormiKor1/2`, `As2015LamponormiS`.
pub fn heating_norm(persons: u32, region_code: u8, p: &Asumistuki) -> Cents {
    let base = p.heating_norm_first.value.add(
        p.heating_norm_per_extra
            .value
            .times(persons.saturating_sub(1) as i64),
    );
    let inc = match region_code {
        10..=12 => p.heating_increase_east.value,
        17..=19 => p.heating_increase_north.value,
        _ => return base,
    };
    base.mul_rate_exact(inc.one_plus()).round_euros()
}

/// Asset income added to income: the yearly asset-income rate × net assets above the limit for one
/// adult or for two or more, ÷ 12, rounded to cents. Source: Kela (`kela-asumistuki-tulot`); docs/rules/asumistuki.md.
pub fn asset_income(assets: Cents, adults: u32, p: &Asumistuki) -> Cents {
    let limit = if adults >= 2 {
        p.asset_limit_two_adults.value
    } else {
        p.asset_limit_one_adult.value
    };
    assets
        .sub_floor0(limit)
        .mul_rate_exact(p.asset_income_rate.value)
        .mul_div(1, 12)
        .round_cents()
}

/// Perusomavastuu: `coefficient × (income − (base + per adult × adults + per child × children))`,
/// rounded to cents; below the minimum deductible → 0. Source: SISU `pasumtuki`,
/// `As2015PerusomavastuuS`; `asumistukilaki`.
pub fn basic_deductible(income_euros: Cents, adults: u32, children: u32, p: &Asumistuki) -> Cents {
    let limit = p
        .basic_deductible_base
        .value
        .add(p.basic_deductible_per_adult.value.times(adults as i64))
        .add(p.basic_deductible_per_child.value.times(children as i64));
    let d = income_euros
        .sub_floor0(limit)
        .mul_rate(p.deductible_coefficient.value);
    if d < p.min_deductible.value {
        Cents::ZERO
    } else {
        d
    }
}

/// The general housing allowance of the household. Income T is rounded to whole euros (a Kela
/// decision; SISU); water and heating paid separately count at their norms (water per person;
/// [`heating_norm`]), whatever the actual amount (docs/rules/conventions.md). Below the minimum
/// payable amount → 0; net assets at or above the maximum → 0. Sources: Kela (`kela-asumistuki-tulot`: share,
/// assets), SISU for the rest.
pub fn asumistuki(h: &Household, p: &Asumistuki) -> Allowance {
    let persons = h.adults.saturating_add(h.children);
    let asset_income = asset_income(h.assets, h.adults, p);
    let income = h.gross_income.add(asset_income).round_euros();
    let basic_deductible = basic_deductible(income, h.adults, h.children, p);
    let mut costs = h.housing.rent;
    if h.housing.water.is_positive() {
        costs = costs.add(p.water_norm_per_person.value.times(persons as i64));
    }
    if h.housing.heating.is_positive() {
        costs = costs.add(heating_norm(persons, h.region_code, p));
    }
    let cap = cap(h.group, persons, p);
    let mut out = Allowance {
        asset_income,
        income,
        basic_deductible,
        costs,
        cap,
        amount: Cents::ZERO,
        limit: HousingAllowanceLimit::None,
    };
    if h.lives_with_parents {
        out.limit = HousingAllowanceLimit::LivesWithParents;
        return out;
    }
    if !costs.is_positive() {
        out.limit = HousingAllowanceLimit::NoHousingCosts;
        return out;
    }
    if h.assets >= p.asset_max.value {
        out.limit = HousingAllowanceLimit::AssetsOverMaximum;
        return out;
    }
    let amount = costs
        .min(cap)
        .sub_floor0(basic_deductible)
        .mul_rate(p.share.value);
    if amount < p.min_payable.value {
        out.limit = HousingAllowanceLimit::BelowMinimum;
        return out;
    }
    out.amount = amount;
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::params::PERIODS;

    fn hh(adults: u32, children: u32, group: u8, income: i64, rent: i64) -> Household {
        Household {
            adults,
            children,
            group,
            region_code: 6,
            gross_income: Cents(income),
            assets: Cents::ZERO,
            housing: Housing {
                rent: Cents::euros(rent),
                water: Cents::ZERO,
                heating: Cents::ZERO,
            },
            lives_with_parents: false,
        }
    }

    #[test]
    fn kela_decision_riihimaki() {
        // a Kela decision (Riihimäki): 799.75 → 800; POV 19.50; AT 299.25
        let p = &PERIODS[0].params.asumistuki;
        let a = asumistuki(&hh(1, 0, 2, 79_975, 500), p);
        assert_eq!(a.income, Cents::euros(800));
        assert_eq!(a.basic_deductible, Cents(1950));
        assert_eq!(a.amount, Cents(29_925));
    }

    #[test]
    fn norms_and_assets() {
        let p = &PERIODS[0].params.asumistuki;
        assert_eq!(heating_norm(1, 6, p), Cents::euros(46));
        assert_eq!(heating_norm(3, 17, p), Cents::euros(84)); // 78 × 1.08 = 84.24 → 84
        assert_eq!(heating_norm(2, 11, p), Cents::euros(64)); // 62 × 1.04 = 64.48 → 64
                                                              // Kela's example: shares 15 000 € → 83.33 €/month
        assert_eq!(asset_income(Cents::euros(15_000), 1, p), Cents(8333));
        assert_eq!(cap(3, 6, p), Cents::euros(875 + 2 * 129));
    }

    #[test]
    fn old_formula_examples() {
        // Kela's example with an earlier formula (Kaarina): 0.42 × (1 460 − (603 + 100 + 2 × 223)) = 130.62
        let p = PERIODS[0]
            .params
            .with_overrides(&[
                ("asumistuki.basic_deductible_base".into(), "603".into()),
                ("asumistuki.basic_deductible_per_adult".into(), "100".into()),
                ("asumistuki.basic_deductible_per_child".into(), "223".into()),
                ("asumistuki.deductible_coefficient".into(), "0.42".into()),
            ])
            .expect("overrides");
        assert_eq!(
            basic_deductible(Cents::euros(1460), 1, 2, &p.asumistuki),
            Cents(13_062)
        );
    }
}
