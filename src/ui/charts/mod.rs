//! The two charts of the income-scenarios page: disposable income against the gross wage
//! ([`IncomeChart`]) and the effective marginal tax rate against the wage ([`MarginalChart`]).
//!
//! Why a model of their own: the charts only draw numbers, so they take the plain structs below
//! instead of the engine's types. The page converts the engine's curve into these once, and the
//! charts stay testable with synthetic data. Every amount is integer cents and every rate is in
//! tenths of a percent, as in the rest of the crate; floats appear only as SVG coordinates.
//!
//! Invariants: nothing here panics, divides by zero or produces a NaN for any input (empty data,
//! one point, unsorted points, negative or huge values). Points are sorted by wage before use.
//!
//! Boundary: the model and the helpers ([`axis`], [`summary`]) are pure Rust and never import
//! `yew`; the components and `parts` draw them. No rule logic: a chart never computes a benefit.

mod axis;
mod income_chart;
mod labels;
mod marginal_chart;
mod parts;
mod summary;

pub use axis::{nice_axis, sample_indices, Axis, Frame, Scale};
pub use income_chart::{IncomeChart, IncomeChartProps};
pub use marginal_chart::{MarginalChart, MarginalChartProps};
pub use summary::{
    income_description, keep_cents_at_most, marginal_summary, rate_bands, steps, DISPLAY_MAX_RATE,
    TRAP_THRESHOLD,
};

use crate::i18n::{k, Key};

/// A part of income (or of the marginal rate) that the charts stack and name in the legend.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Component {
    /// Net wage in the income chart (the wage after taxes and contributions).
    Wage,
    /// Employee contributions and taxes: the gap between gross and net wage in the income chart,
    /// the tax part of the marginal rate.
    EmployeeContributionsAndTaxes,
    /// Unemployment benefit (yleistuki / allmänt stöd, or earnings-related).
    UnemploymentBenefit,
    /// General housing allowance (asumistuki / bostadsbidrag).
    HousingAllowance,
    /// Basic social assistance (toimeentulotuki / utkomststöd).
    SocialAssistance,
    /// Child benefit (lapsilisä / barnbidrag); not income-tested, so never in the marginal chart.
    ChildBenefit,
    /// Costs that rise with income: the day-care fee and the garnished amount. Only in the
    /// marginal chart; the income chart draws income after them.
    Costs,
    /// Everything else: pensions, expense compensation.
    Other,
}

impl Component {
    /// The stacked parts of the income chart, bottom to top.
    pub const INCOME: [Component; 6] = [
        Component::Wage,
        Component::UnemploymentBenefit,
        Component::HousingAllowance,
        Component::SocialAssistance,
        Component::ChildBenefit,
        Component::Other,
    ];

    /// The stacked parts of the marginal-rate chart, bottom to top.
    pub const MARGINAL: [Component; 6] = [
        Component::EmployeeContributionsAndTaxes,
        Component::UnemploymentBenefit,
        Component::HousingAllowance,
        Component::SocialAssistance,
        Component::Costs,
        Component::Other,
    ];

    /// Every component (the patterns are defined for all of them).
    pub const ALL: [Component; 8] = [
        Component::Wage,
        Component::EmployeeContributionsAndTaxes,
        Component::UnemploymentBenefit,
        Component::HousingAllowance,
        Component::SocialAssistance,
        Component::ChildBenefit,
        Component::Costs,
        Component::Other,
    ];

    /// A short name used in CSS classes and pattern ids.
    pub fn slug(self) -> &'static str {
        match self {
            Component::Wage => "wage",
            Component::EmployeeContributionsAndTaxes => "taxes",
            Component::UnemploymentBenefit => "unemployment",
            Component::HousingAllowance => "housing",
            Component::SocialAssistance => "social",
            Component::ChildBenefit => "child",
            Component::Costs => "costs",
            Component::Other => "other",
        }
    }

    /// The name of this part of income (income chart legend and table).
    pub fn income_key(self) -> Key {
        match self {
            Component::Wage => k::CHART_COMPONENT_WAGE,
            Component::EmployeeContributionsAndTaxes => k::CHART_COMPONENT_TAXES,
            Component::UnemploymentBenefit => k::CHART_COMPONENT_UNEMPLOYMENT,
            Component::HousingAllowance => k::CHART_COMPONENT_HOUSING,
            Component::SocialAssistance => k::CHART_COMPONENT_SOCIAL,
            Component::ChildBenefit => k::CHART_COMPONENT_CHILD,
            Component::Costs => k::CHART_COMPONENT_COSTS,
            Component::Other => k::CHART_COMPONENT_OTHER,
        }
    }

    /// The name of this part of the marginal rate (marginal chart legend and table).
    pub fn rate_key(self) -> Key {
        match self {
            Component::EmployeeContributionsAndTaxes => k::CHART_RATE_TAX,
            Component::UnemploymentBenefit => k::CHART_RATE_UNEMPLOYMENT,
            Component::HousingAllowance => k::CHART_RATE_HOUSING,
            Component::SocialAssistance => k::CHART_RATE_SOCIAL,
            Component::Costs => k::CHART_RATE_COSTS,
            Component::Wage | Component::ChildBenefit | Component::Other => k::CHART_RATE_OTHER,
        }
    }
}

/// Monthly income at one gross wage. All amounts are cents per month.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct IncomePoint {
    /// Gross monthly wage (the x axis).
    pub wage: i64,
    /// Wage after employee contributions and taxes.
    pub net_wage: i64,
    /// Unemployment benefit (yleistuki or earnings-related) after adjustment.
    pub unemployment_benefit: i64,
    /// General housing allowance.
    pub housing_allowance: i64,
    /// Basic social assistance.
    pub social_assistance: i64,
    /// Child benefit.
    pub child_benefit: i64,
    /// Other income: pensions, expense compensation.
    pub other: i64,
    /// Disposable income: the sum of the parts above (drawn as the line on top).
    pub disposable: i64,
}

impl IncomePoint {
    /// The amount of one component; taxes and contributions are `wage − net_wage` (never < 0).
    pub fn part(&self, component: Component) -> i64 {
        match component {
            Component::Wage => self.net_wage,
            Component::EmployeeContributionsAndTaxes => {
                self.wage.saturating_sub(self.net_wage).max(0)
            }
            Component::UnemploymentBenefit => self.unemployment_benefit,
            Component::HousingAllowance => self.housing_allowance,
            Component::SocialAssistance => self.social_assistance,
            Component::ChildBenefit => self.child_benefit,
            Component::Costs => 0,
            Component::Other => self.other,
        }
    }
}

/// The effective marginal rate on the wage step that starts at `wage` and runs to the next
/// point's wage. Rates are in tenths of a percent (`800` = 80 %) and may be negative or above
/// 100 %; the parts add up to `total`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct MarginalPoint {
    /// Gross monthly wage where the step starts (cents).
    pub wage: i64,
    /// Taxes and employee contributions.
    pub tax: i32,
    /// Reduction of unemployment benefit.
    pub unemployment_benefit: i32,
    /// Reduction of housing allowance.
    pub housing_allowance: i32,
    /// Reduction of social assistance.
    pub social_assistance: i32,
    /// Rise of the day-care fee and the garnished amount.
    pub costs: i32,
    /// Reduction of other income.
    pub other: i32,
    /// The whole effective marginal tax rate.
    pub total: i32,
}

impl MarginalPoint {
    /// The rate of one component (`0` for parts that are never withdrawn).
    pub fn part(&self, component: Component) -> i32 {
        match component {
            Component::EmployeeContributionsAndTaxes => self.tax,
            Component::UnemploymentBenefit => self.unemployment_benefit,
            Component::HousingAllowance => self.housing_allowance,
            Component::SocialAssistance => self.social_assistance,
            Component::Costs => self.costs,
            Component::Other => self.other,
            Component::Wage | Component::ChildBenefit => 0,
        }
    }

    /// The same rates, ignoring the wage (used to merge equal steps into bands).
    fn same_rates(&self, other: &MarginalPoint) -> bool {
        (
            self.tax,
            self.unemployment_benefit,
            self.housing_allowance,
            self.social_assistance,
            self.costs,
            self.other,
            self.total,
        ) == (
            other.tax,
            other.unemployment_benefit,
            other.housing_allowance,
            other.social_assistance,
            other.costs,
            other.other,
            other.total,
        )
    }
}

/// An option marked on the income chart (e.g. "Part-time 20 h/week").
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Marker {
    /// What the option is called, as the user sees it.
    pub label: String,
    /// Its gross monthly wage (cents).
    pub wage: i64,
    /// Its disposable income (cents per month).
    pub disposable: i64,
}

/// A wage range in cents, `from` ≤ `to`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct Segment {
    pub from: i64,
    pub to: i64,
}

/// A range drawn across the income chart to compare the curve with: the household's reference
/// budget, its published low and high end in cents a month. The chart draws, describes and
/// tables it; which range applies is decided by the page from the data, never here.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ReferenceRange {
    pub low: i64,
    pub high: i64,
}
