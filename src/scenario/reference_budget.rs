//! The reasonable-minimum reference budget (kohtuullisen minimin viitebudjetti) for a household:
//! what the Consumer Society Research Centre of the University of Helsinki (Kuluttajatutkimuskeskus)
//! calculates a household of this kind needs a month to get by, stay healthy and take part in
//! society. People ask "is it enough to live on?", not only "how much more?"; the budget gives the
//! income figures something to stand next to.
//!
//! What it is not: not a benefit, not a right to anything and not a poverty line set by law. It is
//! a researched example of a modest consumption level, shown as the published range for the
//! household type (the ends depend on place, ages and sex).
//!
//! The figures are dated, cited data in `data/reference_budgets.csv`, embedded at compile time and
//! read here; a household type the data has no row for gets `None`, never an estimate.
//!
//! Boundary: pure Rust, no web crates.

use super::Household;
use crate::rules::money::Cents;

const DATA: &str = include_str!("../../data/reference_budgets.csv");

/// The published reference budget range for one household type.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ReferenceBudget {
    /// The type's id in the data, e.g. `living_alone`.
    pub household: &'static str,
    /// The low end of the published range, per month.
    pub low: Cents,
    /// The high end of the published range, per month.
    pub high: Cents,
    /// The publication date, `YYYY-MM-DD`.
    pub published: &'static str,
    /// Where the figures are published.
    pub source: &'static str,
}

/// One data row: the household type it covers and its budget.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Row {
    adults: usize,
    children: (usize, usize),
    budget: ReferenceBudget,
}

fn parse_row(line: &'static str) -> Option<Row> {
    let fields: Vec<&'static str> = line.split(',').map(str::trim).collect();
    let [household, adults, children_min, children_max, low, high, published, source] =
        fields.as_slice()
    else {
        return None;
    };
    let euros = |text: &str| text.parse::<i64>().ok().map(Cents::euros);
    Some(Row {
        adults: adults.parse().ok()?,
        children: (children_min.parse().ok()?, children_max.parse().ok()?),
        budget: ReferenceBudget {
            household,
            low: euros(low)?,
            high: euros(high)?,
            published,
            source,
        },
    })
}

/// The data rows (comment lines, the header and any malformed line are skipped; a test checks
/// that every data line parses).
fn rows() -> impl Iterator<Item = Row> {
    DATA.lines()
        .map(str::trim)
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
        .skip(1)
        .filter_map(parse_row)
}

/// The reference budget for a household of `adults` adults and `children` children, if the
/// published data covers that household type.
pub fn for_size(adults: usize, children: usize) -> Option<ReferenceBudget> {
    rows()
        .find(|row| row.adults == adults && (row.children.0..=row.children.1).contains(&children))
        .map(|row| row.budget)
}

/// The reference budget for `household`, if the published data covers its type.
pub fn for_household(household: &Household) -> Option<ReferenceBudget> {
    for_size(household.adults.len(), household.children.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_data_line_parses() {
        let data_lines = DATA
            .lines()
            .map(str::trim)
            .filter(|line| !line.is_empty() && !line.starts_with('#'))
            .count();
        assert_eq!(
            rows().count(),
            data_lines - 1,
            "every line after the header"
        );
        for row in rows() {
            assert!(row.budget.low < row.budget.high, "{}", row.budget.household);
            assert!(row.budget.source.starts_with("https://"));
            assert_eq!(row.budget.published, "2025-11-19");
        }
    }

    #[test]
    fn published_ranges_by_household_type() {
        let alone = for_size(1, 0).expect("living alone");
        assert_eq!(
            (alone.low, alone.high),
            (Cents::euros(1251), Cents::euros(1761))
        );
        let single_parent = for_size(1, 2).expect("single parent, two children");
        assert_eq!(single_parent.low, Cents::euros(1573));
        assert_eq!(for_size(1, 1).map(|b| b.household), Some("single_parent"));
        let family = for_size(2, 3).expect("two parents, three children");
        assert_eq!(
            (family.low, family.high),
            (Cents::euros(3001), Cents::euros(4567))
        );
    }

    #[test]
    fn household_types_without_published_figures_get_nothing() {
        assert_eq!(for_size(2, 0), None, "couple without children");
        assert_eq!(for_size(2, 1), None, "two parents, one child");
        assert_eq!(for_size(1, 3), None, "single parent, three children");
        assert_eq!(for_size(2, 4), None);
        assert_eq!(for_size(0, 0), None);
    }
}
