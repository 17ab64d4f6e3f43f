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

/// The yearly tables of every municipality of a data set, with each distinct entry stored once:
/// the years each table covers (the same for every municipality), the distinct entries, and per
/// municipality and year an index into them (`dataset_format::pack_tables` builds it).
///
/// Why: most municipalities keep their tax rates and housing-cost limits from one year to the
/// next and many share them, so storing every year's entry of every municipality in full made
/// this the second largest data in the WebAssembly module. A lookup is still a few array reads.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct MunicipalTables {
    /// The years of the municipal tax tables, in order.
    pub(super) tax_years: &'static [u16],
    /// Distinct `[municipal, lutheran, orthodox]` rates (millionths, as [`Rate`]).
    pub(super) tax_rates: &'static [[u32; 3]],
    /// Per municipality (row) and tax year: an index into `tax_rates`.
    pub(super) tax: &'static [u16],
    /// The years of the housing-allowance group tables, in order.
    pub(super) group_years: &'static [u16],
    /// Per municipality and group year: the group 1–3 (0 for Åland).
    pub(super) groups: &'static [u8],
    /// The years of the social-assistance housing-cost limit tables, in order.
    pub(super) limit_years: &'static [u16],
    /// Distinct limits for 1, 2, 3, 4 persons and each extra person (cents).
    pub(super) limit_sets: &'static [[u32; 5]],
    /// Per municipality and limit year: an index into `limit_sets`, or `NO_LIMITS` (Åland).
    pub(super) limits: &'static [u16],
}

/// Marks "no housing-cost limits" (Åland) in [`MunicipalTables::limits`] (the same value as
/// `dataset_format::NO_LIMITS`, which a test checks).
pub(super) const NO_LIMITS: u16 = u16::MAX;

impl core::fmt::Debug for MunicipalTables {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        // Every municipality refers to the whole table: its years are what tells tables apart.
        f.debug_struct("MunicipalTables")
            .field("tax_years", &self.tax_years)
            .field("group_years", &self.group_years)
            .field("limit_years", &self.limit_years)
            .finish_non_exhaustive()
    }
}

/// The index of the entry for `year` in a table covering `years`: its own year, else the latest
/// earlier one, else the first.
fn year_index(years: &[u16], year: u16) -> Option<usize> {
    years
        .iter()
        .rposition(|y| *y <= year)
        .or((!years.is_empty()).then_some(0))
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
    /// This municipality's row in `tables` (its position in the data set's list).
    pub(super) row: u16,
    /// The yearly tables of the data set.
    pub(super) tables: &'static MunicipalTables,
}

/// All municipalities of the built-in data, sorted by code.
pub fn all() -> &'static [Municipality] {
    super::params::MUNICIPALITIES
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
    /// The year of the entry used for `year` in a table covering `years`, and this
    /// municipality's item of `per_row` (one item per municipality and year) for it.
    fn entry<T: Copy>(&self, years: &[u16], per_row: &[T], year: u16) -> Option<(u16, T)> {
        let index = year_index(years, year)?;
        let item = per_row.get(usize::from(self.row) * years.len() + index)?;
        Some((years[index], *item))
    }
    /// Tax rates for a tax year.
    pub fn tax_rates(&self, year: u16) -> TaxRates {
        let t = self.tables;
        self.entry(t.tax_years, t.tax, year)
            .and_then(|(_, i)| t.tax_rates.get(usize::from(i)))
            .map(|[municipal, lutheran, orthodox]| TaxRates {
                municipal: Rate(i64::from(*municipal)),
                lutheran: Rate(i64::from(*lutheran)),
                orthodox: Rate(i64::from(*orthodox)),
            })
            .unwrap_or(TaxRates {
                municipal: Rate::ZERO,
                lutheran: Rate::ZERO,
                orthodox: Rate::ZERO,
            })
    }
    /// Social-assistance housing limits for a year.
    pub fn housing_limits(&self, year: u16) -> Option<[Cents; 5]> {
        let t = self.tables;
        let (_, i) = self.entry(t.limit_years, t.limits, year)?;
        if i == NO_LIMITS {
            return None;
        }
        let set = t.limit_sets.get(usize::from(i))?;
        Some(set.map(|c| Cents(i64::from(c))))
    }
    /// Housing-allowance municipality group for a year (0 for Åland).
    pub fn housing_allowance_group(&self, year: u16) -> u8 {
        let t = self.tables;
        self.entry(t.group_years, t.groups, year)
            .map(|(_, g)| g)
            .unwrap_or(0)
    }
    /// The yearly tables that have no entry of their own for `year`, with the year used instead.
    pub fn tables_from_other_years(&self, year: u16) -> Vec<(MunicipalTable, u16)> {
        let t = self.tables;
        let used = |years: &[u16]| -> Option<u16> {
            let y = years[year_index(years, year)?];
            (y != year).then_some(y)
        };
        let mut out = Vec::new();
        if let Some(y) = used(t.tax_years) {
            out.push((MunicipalTable::TaxRates, y));
        }
        if let Some(y) = used(t.limit_years) {
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
        let latest = *t.tables.tax_years.last().expect("a tax table");
        assert_eq!(t.tax_rates(latest + 3), t.tax_rates(latest));
        assert!(t
            .tables_from_other_years(latest + 3)
            .contains(&(MunicipalTable::TaxRates, latest)));
        assert!(!t
            .tables_from_other_years(latest)
            .iter()
            .any(|(table, _)| *table == MunicipalTable::TaxRates));
    }

    /// The packed tables give every municipality, for every year a table covers and the years
    /// around them, the entry of its own row in the files: its own year's, else the latest
    /// earlier one's, else the first one's.
    #[cfg(not(target_arch = "wasm32"))]
    #[test]
    fn packed_lookups_equal_each_municipalitys_rows_in_the_files() {
        use super::super::dataset_format as fmt;
        fn row_for<T: Copy>(rows: &[(u16, T)], year: u16) -> Option<(u16, T)> {
            let own = rows.iter().rev().find(|(y, _)| *y <= year);
            own.or(rows.first()).copied()
        }
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("data");
        let mut files = Vec::new();
        for entry in std::fs::read_dir(&root).expect("data/") {
            let path = entry.expect("entry").path();
            if path.extension().is_some_and(|x| x == "csv") {
                let text = std::fs::read_to_string(&path).expect("read");
                files.push((path.display().to_string(), text));
            }
        }
        files.sort();
        let params_dir = root.with_file_name("params");
        let mut params = Vec::new();
        for entry in std::fs::read_dir(&params_dir).expect("params/") {
            let path = entry.expect("entry").path();
            if path.extension().is_some_and(|x| x == "toml") {
                let text = std::fs::read_to_string(&path).expect("read");
                params.push((path.display().to_string(), text));
            }
        }
        params.sort();
        let set = fmt::parse(&params, &files).expect("the repository's data parses");
        assert_eq!(NO_LIMITS, fmt::NO_LIMITS);
        let list = all();
        assert_eq!(list.len(), set.municipalities.len());
        let packed = list[0].tables;
        let entries = set.municipalities.len() * packed.tax_years.len();
        assert!(
            packed.tax_rates.len() < entries,
            "repeated tax rates are stored once"
        );
        for (m, spec) in list.iter().zip(&set.municipalities) {
            assert_eq!(m.code, spec.code);
            let years = spec.tax.iter().map(|(y, _)| *y);
            let years = years.chain(spec.groups.iter().map(|(y, _)| *y));
            let years: Vec<u16> = years.chain(spec.limits.iter().map(|(y, _)| *y)).collect();
            let first = *years.iter().min().expect("a year");
            let last = *years.iter().max().expect("a year");
            for year in first - 1..=last + 1 {
                let tax = row_for(&spec.tax, year).map(|(_, t)| t).expect("a row");
                let rates = m.tax_rates(year);
                assert_eq!(
                    (rates.municipal.0, rates.lutheran.0, rates.orthodox.0),
                    (tax.municipal, tax.lutheran, tax.orthodox),
                    "{} {year}",
                    m.code
                );
                let group = row_for(&spec.groups, year).map(|(_, g)| g);
                assert_eq!(Some(m.housing_allowance_group(year)), group);
                let limits = row_for(&spec.limits, year).and_then(|(_, l)| l);
                assert_eq!(m.housing_limits(year), limits.map(|l| l.map(Cents)));
                let mut from_other_years = Vec::new();
                let tax_year = row_for(&spec.tax, year).map(|(y, _)| y);
                if let Some(used) = tax_year.filter(|y| *y != year) {
                    from_other_years.push((MunicipalTable::TaxRates, used));
                }
                let limit_year = row_for(&spec.limits, year).map(|(y, _)| y);
                if let Some(used) = limit_year.filter(|y| *y != year && !spec.aland) {
                    from_other_years.push((MunicipalTable::SocialAssistanceHousingLimits, used));
                }
                assert_eq!(
                    m.tables_from_other_years(year),
                    from_other_years,
                    "{}",
                    m.code
                );
            }
        }
    }
}
