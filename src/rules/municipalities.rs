//! The 308 municipalities of 2025–2026 (292 mainland + 16 Åland), generated at build time from
//! `data/municipal_tax_{2025,2026}.csv`, `data/municipality_region.csv`,
//! `data/housing_allowance_group.csv` and `data/asummenorajat_{2025,2026}.csv` (RULES.md §13).
//! Pertunmaa (588) merged into Mäntyharju (507) on 1.1.2025: only current codes are offered, and
//! the social-assistance housing limits of 588 (equal to 507's, checked at build time) are dropped.

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
    /// Region (maakunta) code; 10, 11, 12 → +4 % heating norm, 17, 18, 19 → +8 %.
    pub region_code: u8,
    /// General housing allowance municipality group 1–3 (0 for Åland).
    pub housing_allowance_group: u8,
    /// Tax rates for 2025 (`[0]`) and 2026 (`[1]`).
    pub tax: [TaxRates; 2],
    /// Social-assistance housing-cost limits for 1, 2, 3, 4 persons and each extra person,
    /// 2025 (`[0]`) and 2026 (`[1]`); `None` for Åland.
    pub social_assistance_housing_limits: [Option<[Cents; 5]>; 2],
}

include!(concat!(env!("OUT_DIR"), "/rules_municipalities.rs"));

/// All 308 municipalities, sorted by code.
pub fn all() -> &'static [Municipality] {
    MUNICIPALITIES
}

/// The municipality with this 3-digit code.
pub fn find(code: &str) -> Option<&'static Municipality> {
    MUNICIPALITIES
        .binary_search_by(|m| m.code.cmp(code))
        .ok()
        .map(|i| &MUNICIPALITIES[i])
}

impl Municipality {
    /// Tax rates for a tax year (2025 or later uses the 2026 table).
    pub fn tax_rates(&self, year: u16) -> TaxRates {
        if year <= 2025 {
            self.tax[0]
        } else {
            self.tax[1]
        }
    }
    /// Social-assistance housing limits for a year.
    pub fn housing_limits(&self, year: u16) -> Option<[Cents; 5]> {
        if year <= 2025 {
            self.social_assistance_housing_limits[0]
        } else {
            self.social_assistance_housing_limits[1]
        }
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
        assert_eq!(t.tax[1].municipal, Rate(76_000));
        assert_eq!(t.housing_allowance_group, 2);
        assert_eq!(
            t.social_assistance_housing_limits[1].map(|l| l[0]),
            Some(Cents(58_900))
        );
        assert!(find("588").is_none());
        assert!(find("507").is_some());
    }
}
