//! Municipalities with their yearly tables, from `data/` (see data/SOURCES.md): municipal and
//! parish tax rates (`municipal_tax_<year>.csv`), housing-allowance municipality groups
//! (`housing_allowance_group_<year>.csv`), social-assistance housing-cost limits
//! (`asummenorajat_<year>.csv`) and regions. A table is valid from 1 January of its year until
//! the next table. Tax rates and housing-cost limits are decided every year, so a year without its
//! own table uses the latest earlier one and the result says so
//! ([`super::Flag::MunicipalTableFromEarlierYear`]); the housing-allowance groups stay in force
//! until the law changes them. The current municipalities are those of
//! the latest tax table; rows of merged municipalities in other tables are ignored.

use super::money::{Cents, Rate};

/// Municipal and parish income-tax rates of one year.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TaxRates {
    /// Municipal tax rate (Verohallinto decision).
    pub municipal: Rate,
    /// Evangelical Lutheran parish tax rate.
    pub lutheran: Rate,
    /// Orthodox parish tax rate.
    pub orthodox: Rate,
}

/// Which yearly municipal table.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MunicipalTable {
    /// Municipal and parish tax rates.
    TaxRates,
    /// Social-assistance housing-cost limits.
    SocialAssistanceHousingLimits,
}

/// One municipality.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Municipality {
    /// 3-digit Statistics Finland code (`"091"`).
    pub code: &'static str,
    /// Finnish name.
    pub name_fi: &'static str,
    /// Swedish name (equal to the Finnish one where there is no separate Swedish name).
    pub name_sv: &'static str,
    /// In Åland (own rules; not supported by the engine).
    pub aland: bool,
    /// Region (maakunta) code; decides the heating-norm increase of housing allowance.
    pub region_code: u8,
    /// Tax rates by year, in year order.
    pub tax: &'static [(u16, TaxRates)],
    /// Housing-allowance group 1–3 by year (0 for Åland).
    pub housing_allowance_groups: &'static [(u16, u8)],
    /// Social-assistance housing-cost limits for 1, 2, 3, 4 persons and each extra person, by
    /// year; `None` for Åland.
    pub social_assistance_housing_limits: &'static [(u16, Option<[Cents; 5]>)],
}

/// The entry of a yearly table for `year`: its own, else the latest earlier one, else the first.
fn for_year<T: Copy>(table: &[(u16, T)], year: u16) -> Option<(u16, T)> {
    table
        .iter()
        .rev()
        .find(|(y, _)| *y <= year)
        .or_else(|| table.first())
        .copied()
}

/// All municipalities of the built-in data, sorted by code.
pub fn all() -> &'static [Municipality] {
    super::dataset::builtin().municipalities
}

/// The municipality with this 3-digit code in the built-in data.
pub fn find(code: &str) -> Option<&'static Municipality> {
    find_in(all(), code)
}

/// The municipality with this code in a sorted list.
pub fn find_in(list: &'static [Municipality], code: &str) -> Option<&'static Municipality> {
    list.binary_search_by(|m| m.code.cmp(code))
        .ok()
        .map(|i| &list[i])
}

impl Municipality {
    /// Tax rates for a tax year.
    pub fn tax_rates(&self, year: u16) -> TaxRates {
        for_year(self.tax, year)
            .map(|(_, t)| t)
            .unwrap_or(TaxRates {
                municipal: Rate::ZERO,
                lutheran: Rate::ZERO,
                orthodox: Rate::ZERO,
            })
    }
    /// Social-assistance housing limits for a year.
    pub fn housing_limits(&self, year: u16) -> Option<[Cents; 5]> {
        for_year(self.social_assistance_housing_limits, year).and_then(|(_, l)| l)
    }
    /// Housing-allowance municipality group for a year (0 for Åland).
    pub fn housing_allowance_group(&self, year: u16) -> u8 {
        for_year(self.housing_allowance_groups, year)
            .map(|(_, g)| g)
            .unwrap_or(0)
    }
    /// The yearly tables that have no entry of their own for `year`, with the year used instead.
    pub fn tables_from_other_years(&self, year: u16) -> Vec<(MunicipalTable, u16)> {
        let used = |years: &mut dyn Iterator<Item = u16>| -> Option<u16> {
            let ys: Vec<u16> = years.collect();
            let y = ys
                .iter()
                .rev()
                .find(|y| **y <= year)
                .or(ys.first())
                .copied()?;
            (y != year).then_some(y)
        };
        let mut out = Vec::new();
        if let Some(y) = used(&mut self.tax.iter().map(|e| e.0)) {
            out.push((MunicipalTable::TaxRates, y));
        }
        if let Some(y) = used(&mut self.social_assistance_housing_limits.iter().map(|e| e.0)) {
            if !self.aland {
                out.push((MunicipalTable::SocialAssistanceHousingLimits, y));
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_is_complete() {
        assert_eq!(all().len(), 308);
        assert_eq!(all().iter().filter(|m| m.aland).count(), 16);
        let t = find("837").expect("Tampere");
        assert_eq!(t.name_fi, "Tampere");
        assert_eq!(t.tax_rates(2026).municipal, Rate(76_000));
        assert_eq!(t.housing_allowance_group(2026), 2);
        assert_eq!(t.housing_limits(2026).map(|l| l[0]), Some(Cents(58_900)));
        assert!(find("588").is_none());
        assert!(find("507").is_some());
    }

    #[test]
    fn a_year_without_its_own_table_uses_the_latest_earlier_one() {
        let t = find("837").expect("Tampere");
        let latest = t.tax.last().expect("a tax table").0;
        assert_eq!(t.tax_rates(latest + 3), t.tax_rates(latest));
        assert!(t
            .tables_from_other_years(latest + 3)
            .contains(&(MunicipalTable::TaxRates, latest)));
        assert!(!t
            .tables_from_other_years(latest)
            .iter()
            .any(|(table, _)| *table == MunicipalTable::TaxRates));
    }
}
