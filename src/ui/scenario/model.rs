//! What the results view shows, computed from the one scenario value: the current situation and
//! each option through `rules::compute`, and the income curve of the first adult through
//! `rules::curve`. Pure (no browser calls), so it is tested natively and timed in the browser.

use crate::rules::{self, Breakdown, Cents, Curve, CurveSpec};
use crate::scenario::{Scenario, ScenarioErrors};

/// Number of steps of the income curve (501 points).
pub const CURVE_STEPS: i64 = 500;

/// One column of the side-by-side comparison.
#[derive(Clone, Debug)]
pub struct Column {
    /// `None` for the current situation, `Some(i)` for option `i`.
    pub option: Option<usize>,
    /// The option's own name (empty for "now" or an unnamed option).
    pub label: String,
    /// The situation computed.
    pub scenario: Scenario,
    /// The engine's result.
    pub result: Result<Breakdown, ScenarioErrors>,
}

/// Everything the results view needs.
#[derive(Clone, Debug)]
pub struct Results {
    /// The scenario these results were computed from.
    pub source: Scenario,
    pub columns: Vec<Column>,
    /// The curve of adult 0's wage, when the current situation can be computed.
    pub curve: Option<Curve>,
    /// The curve's upper bound.
    pub curve_max: Cents,
}

/// Results are equal when they were computed from the same scenario (the engine is a pure
/// function), which lets components skip re-rendering cheaply.
impl PartialEq for Results {
    fn eq(&self, other: &Results) -> bool {
        self.source == other.source
    }
}

impl Results {
    /// The current situation's breakdown, if it could be computed.
    pub fn now(&self) -> Option<&Breakdown> {
        self.columns.first().and_then(|c| c.result.as_ref().ok())
    }
}

/// The curve's upper bound: at least 4 000 €/month, and a quarter above the highest wage in any
/// column, rounded up to a multiple of 500 €.
pub fn curve_max(scenario: &Scenario) -> Cents {
    let highest = std::iter::once(scenario.clone())
        .chain((0..scenario.options.len()).map(|i| scenario.with_option(i)))
        .filter_map(|s| s.household.adults.first().map(|a| a.wage.monthly().0))
        .max()
        .unwrap_or(0);
    let wanted = highest.saturating_add(highest / 4).max(400_000);
    let step = 50_000;
    let steps = wanted / step + i64::from(wanted % step != 0);
    Cents(steps.saturating_mul(step).min(2_000_000))
}

/// Computes every column and the curve.
pub fn compute(scenario: &Scenario) -> Results {
    let mut columns = Vec::with_capacity(1 + scenario.options.len());
    let mut now = scenario.clone();
    now.options.clear();
    columns.push(Column {
        option: None,
        label: String::new(),
        result: rules::compute(&now),
        scenario: now,
    });
    for (index, option) in scenario.options.iter().enumerate() {
        let situation = scenario.with_option(index);
        columns.push(Column {
            option: Some(index),
            label: option.label.trim().to_string(),
            result: rules::compute(&situation),
            scenario: situation,
        });
    }
    let max = curve_max(scenario);
    let curve = if columns[0].result.is_ok() {
        let spec = CurveSpec {
            adult: 0,
            max_wage: max,
            step: Cents((max.0 / CURVE_STEPS).max(100)),
        };
        rules::curve(&columns[0].scenario, &spec).ok()
    } else {
        None
    };
    Results {
        source: scenario.clone(),
        columns,
        curve,
        curve_max: max,
    }
}
