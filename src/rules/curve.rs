//! Disposable income over a range of one adult's monthly wage: effective marginal tax rates split
//! by component, participation tax rates, income traps (EMTR ≥ 80 %) and cliffs (disposable income
//! falls when the wage rises). Definitions: RULES.md §1 (EMTR, PTR); employee perspective.
//!
//! Each point is exactly what [`super::compute`] gives for the scenario with that adult's wage set to
//! a monthly amount; the curve skips building lines, so a 501-point curve costs well under 1 ms.

use super::household::{evaluate, prepare, NoRecord};
use super::money::Cents;
use super::{period_for, Totals};
use crate::scenario::{Problem, Scenario, ScenarioErrors};

/// Most points in one curve.
pub const MAX_POINTS: i64 = 10_001;

/// Which adult's wage varies, up to where, in which steps.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CurveSpec {
    /// Index of the adult whose wage varies.
    pub adult: usize,
    /// Highest monthly wage (inclusive).
    pub max_wage: Cents,
    /// Step between points (> 0).
    pub step: Cents,
}

/// An effective marginal tax rate split by component, in basis points (10 000 = 100 %). The
/// components add up to `total` exactly (`other` takes the remainder: child benefit, expense
/// compensation, rounding).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Emtr {
    /// `1 − Δdisposable / Δwage`.
    pub total: i32,
    /// Taxes and employee contributions.
    pub taxes: i32,
    /// Withdrawal of unemployment benefit.
    pub unemployment_benefit: i32,
    /// Withdrawal of housing allowance.
    pub housing_allowance: i32,
    /// Withdrawal of social assistance.
    pub social_assistance: i32,
    /// Everything else.
    pub other: i32,
}

/// One wage on the curve.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CurvePoint {
    /// Monthly gross wage of the adult.
    pub wage: Cents,
    /// The household's monthly totals at this wage.
    pub totals: Totals,
    /// EMTR from this point to the next (the last point repeats the previous step's rate).
    pub emtr: Emtr,
    /// Participation tax rate vs. wage 0, basis points: `1 − (D(w) − D(0)) / w` (0 at w = 0).
    pub ptr: i32,
}

/// A wage range where the EMTR is at least 80 %.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Segment {
    /// First wage of the range.
    pub from: Cents,
    /// Last wage of the range.
    pub to: Cents,
}

/// A step where disposable income falls although the wage rises.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Cliff {
    /// Wage before the step.
    pub from: Cents,
    /// Wage after the step.
    pub to: Cents,
    /// How much disposable income falls (positive).
    pub loss: Cents,
}

/// The curve.
#[derive(Clone, Debug, PartialEq)]
pub struct Curve {
    /// Points from wage 0 to `max_wage`.
    pub points: Vec<CurvePoint>,
    /// Income traps: EMTR ≥ 80 %.
    pub traps: Vec<Segment>,
    /// Cliffs.
    pub cliffs: Vec<Cliff>,
    /// Disposable income of the scenario as given (the adult's own wage), for comparisons.
    pub current_disposable: Cents,
}

/// The threshold of a trap, basis points.
pub const TRAP_BP: i32 = 8_000;

fn bp(num: i64, den: i64) -> i32 {
    if den == 0 {
        return 0;
    }
    super::money::div_round(num as i128 * 10_000, den as i128)
        .clamp(i32::MIN as i128, i32::MAX as i128) as i32
}

fn emtr_between(a: &Totals, b: &Totals, dw: i64) -> Emtr {
    let dd = b.disposable_income.0 - a.disposable_income.0;
    let total = bp(dw - dd, dw);
    let taxes = bp(
        (b.taxes.0 + b.employee_contributions.0) - (a.taxes.0 + a.employee_contributions.0),
        dw,
    );
    let unemployment_benefit = bp(a.unemployment_benefit.0 - b.unemployment_benefit.0, dw);
    let housing_allowance = bp(a.housing_allowance.0 - b.housing_allowance.0, dw);
    let social_assistance = bp(a.social_assistance.0 - b.social_assistance.0, dw);
    let other = total - taxes - unemployment_benefit - housing_allowance - social_assistance;
    Emtr {
        total,
        taxes,
        unemployment_benefit,
        housing_allowance,
        social_assistance,
        other,
    }
}

/// Disposable income for wages `0, step, 2 × step, … ≤ max_wage` of adult `spec.adult`.
pub fn curve(s: &Scenario, spec: &CurveSpec) -> Result<Curve, ScenarioErrors> {
    s.validate()?;
    if spec.adult >= s.household.adults.len() {
        return Err(ScenarioErrors::one(
            "curve.adult",
            Problem::OutOfRange {
                min: 0,
                max: s.household.adults.len() as i64 - 1,
            },
        ));
    }
    if spec.step.0 <= 0 {
        return Err(ScenarioErrors::one(
            "curve.step",
            Problem::OutOfRange {
                min: 1,
                max: i64::MAX,
            },
        ));
    }
    if spec.max_wage.0 < 0 || spec.max_wage > crate::scenario::MAX_MONTHLY {
        return Err(ScenarioErrors::one(
            "curve.max_wage",
            Problem::TooLarge {
                max: crate::scenario::MAX_MONTHLY,
            },
        ));
    }
    let n = spec.max_wage.0 / spec.step.0 + 1;
    if n > MAX_POINTS {
        return Err(ScenarioErrors::one(
            "curve.step",
            Problem::TooMany {
                max: MAX_POINTS as usize,
            },
        ));
    }
    let period = period_for(s.rules_date)?;
    let prep = prepare(s, period, period.params)?;
    let current_disposable = evaluate(&prep, None, &mut NoRecord)
        .totals
        .disposable_income;
    let mut points: Vec<CurvePoint> = Vec::with_capacity(n as usize);
    for k in 0..n {
        let wage = Cents(k * spec.step.0);
        let totals = evaluate(&prep, Some((spec.adult, wage)), &mut NoRecord).totals;
        points.push(CurvePoint {
            wage,
            totals,
            emtr: Emtr::default(),
            ptr: 0,
        });
    }
    let d0 = points
        .first()
        .map(|p| p.totals.disposable_income)
        .unwrap_or_default();
    let mut traps = Vec::new();
    let mut cliffs = Vec::new();
    for k in 0..points.len() {
        let (a, b) = if k + 1 < points.len() {
            (k, k + 1)
        } else if k > 0 {
            (k - 1, k)
        } else {
            (k, k)
        };
        let dw = points[b].wage.0 - points[a].wage.0;
        let emtr = if dw > 0 {
            emtr_between(&points[a].totals, &points[b].totals, dw)
        } else {
            Emtr::default()
        };
        let w = points[k].wage.0;
        let ptr = if w > 0 {
            bp(w - (points[k].totals.disposable_income.0 - d0.0), w)
        } else {
            0
        };
        points[k].emtr = emtr;
        points[k].ptr = ptr;
        if k + 1 < points.len() {
            let da = points[k].totals.disposable_income;
            let db = points[k + 1].totals.disposable_income;
            if db < da {
                cliffs.push(Cliff {
                    from: points[k].wage,
                    to: points[k + 1].wage,
                    loss: da.sub(db),
                });
            }
            if emtr.total >= TRAP_BP {
                match traps.last_mut() {
                    Some(Segment { to, .. }) if *to == points[k].wage => *to = points[k + 1].wage,
                    _ => traps.push(Segment {
                        from: points[k].wage,
                        to: points[k + 1].wage,
                    }),
                }
            }
        }
    }
    Ok(Curve {
        points,
        traps,
        cliffs,
        current_disposable,
    })
}

impl Curve {
    /// The lowest wage on the curve at which disposable income is at least `gain` above the current
    /// situation's (`current_disposable`); `None` if the curve never gets there.
    pub fn wage_needed_for_gain(&self, gain: Cents) -> Option<Cents> {
        let target = self.current_disposable.add(gain);
        self.points
            .iter()
            .find(|p| p.totals.disposable_income >= target)
            .map(|p| p.wage)
    }
}
