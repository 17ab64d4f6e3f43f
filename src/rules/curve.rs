//! Disposable income over a range of one adult's monthly wage: effective marginal tax rates split
//! by component, participation tax rates, income traps (EMTR at least [`TRAP_THRESHOLD_BP`]) and
//! cliffs (disposable income falls when the wage rises). Definitions:
//! docs/rules/order-of-computation.md (EMTR, PTR); employee perspective.
//!
//! Each point is exactly what [`super::compute`] gives for the scenario with that adult's wage set to
//! a monthly amount; the curve skips building lines, so a 501-point curve costs well under 1 ms.

use super::household::{evaluate, prepare, NoRecord};
use super::limits::{MAX_CURVE_POINTS, MAX_MONTHLY};
use super::{period_for, EngineError, Input, Situation, Totals};
use crate::units::Cents;

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
    /// Rise of the costs subtracted from disposable income: day-care fees and garnishment.
    pub costs: i32,
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

/// A range of one adult's monthly wage (an income trap: the EMTR is at least
/// [`TRAP_THRESHOLD_BP`] from `from` to `to`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct WageRange {
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
    /// Income traps: EMTR ≥ [`TRAP_THRESHOLD_BP`].
    pub traps: Vec<WageRange>,
    /// Cliffs.
    pub cliffs: Vec<Cliff>,
    /// Disposable income of the scenario as given (the adult's own wage), for comparisons.
    pub current_disposable: Cents,
    /// The adult's disability-pension earnings limits: the wages above which a pension changes or
    /// rests. With a pension's kind entered they are the engine's own limits and the points show
    /// the fall there; a limit entered without the kind is only a marker.
    pub earnings_limits: Vec<EarningsLimit>,
}

/// An earnings limit of the curve's adult.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EarningsLimit {
    /// Kela disability pension earnings limit: above it the Kela pensions rest.
    KelaDisabilityPension(Cents),
    /// Earnings-related disability pension limit: above it the pension rests (the partial-pension
    /// limit of a pension of known kind, otherwise the user's limit).
    EarningsRelatedPension(Cents),
    /// Full earnings-related disability pension: above it the pension turns partial.
    EarningsRelatedPensionFull(Cents),
}

/// The effective marginal tax rate from which a wage step is an income trap, in basis points
/// (8 000 = 80 %: you keep at most 20 cents of an extra euro). The one definition the UI reads.
pub const TRAP_THRESHOLD_BP: i32 = 8_000;

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
    let costs = bp(
        (b.day_care_fees.0 + b.garnished.0) - (a.day_care_fees.0 + a.garnished.0),
        dw,
    );
    let other =
        total - taxes - unemployment_benefit - housing_allowance - social_assistance - costs;
    Emtr {
        total,
        taxes,
        unemployment_benefit,
        housing_allowance,
        social_assistance,
        costs,
        other,
    }
}

/// Disposable income for wages `0, step, 2 × step, … ≤ max_wage` of adult `spec.adult`.
pub fn curve<I: Input + ?Sized>(input: &I, spec: &CurveSpec) -> Result<Curve, I::Error> {
    let s = input.situation()?;
    let period = period_for(s.rules_date)?;
    Ok(curve_of(&s, spec, period.params)?)
}

/// [`curve`] with a modified parameter set (see [`super::compute_with`]).
pub fn curve_with<I: Input + ?Sized>(
    input: &I,
    spec: &CurveSpec,
    params: &super::Params,
) -> Result<Curve, I::Error> {
    let s = input.situation()?;
    Ok(curve_of(&s, spec, params)?)
}

fn check_spec(s: &Situation, spec: &CurveSpec) -> Result<i64, EngineError> {
    let adults = s.household.adults.len();
    if spec.adult >= adults {
        return Err(EngineError::CurveAdultMissing { adults });
    }
    if spec.step.0 <= 0 {
        return Err(EngineError::CurveStepNotPositive);
    }
    if spec.max_wage.0 < 0 || spec.max_wage > MAX_MONTHLY {
        return Err(EngineError::CurveMaxWageOutOfRange { max: MAX_MONTHLY });
    }
    let n = spec.max_wage.0 / spec.step.0 + 1;
    if n > MAX_CURVE_POINTS {
        return Err(EngineError::CurveTooManyPoints {
            max: MAX_CURVE_POINTS as usize,
        });
    }
    Ok(n)
}

fn curve_of(s: &Situation, spec: &CurveSpec, params: &super::Params) -> Result<Curve, EngineError> {
    let n = check_spec(s, spec)?;
    let period = period_for(s.rules_date)?;
    let prep = prepare(s, period, params)?;
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
            if emtr.total >= TRAP_THRESHOLD_BP {
                match traps.last_mut() {
                    Some(WageRange { to, .. }) if *to == points[k].wage => *to = points[k + 1].wage,
                    _ => traps.push(WageRange {
                        from: points[k].wage,
                        to: points[k + 1].wage,
                    }),
                }
            }
        }
    }
    let a = &s.household.adults[spec.adult];
    let mut earnings_limits = Vec::new();
    if a.kela_disability_pension {
        earnings_limits.push(EarningsLimit::KelaDisabilityPension(
            a.kela_disability_pension_limit
                .unwrap_or(params.kansanelake.earnings_limit.value),
        ));
    } else if let Some(l) = a.kela_disability_pension_limit {
        earnings_limits.push(EarningsLimit::KelaDisabilityPension(l));
    }
    let kind = a.disability_pension;
    if kind == super::situation::DisabilityPension::None {
        if let Some(l) = a.earnings_related_pension_limit {
            earnings_limits.push(EarningsLimit::EarningsRelatedPension(l));
        }
    } else {
        let l = super::tyoelake::limits(
            kind,
            a.pre_disability_earnings,
            a.earnings_related_pension_limit,
            &params.tyoelake,
        );
        if kind.is_full() && l.full < l.partial {
            earnings_limits.push(EarningsLimit::EarningsRelatedPensionFull(l.full));
        }
        earnings_limits.push(EarningsLimit::EarningsRelatedPension(l.partial));
    }
    Ok(Curve {
        points,
        traps,
        cliffs,
        current_disposable,
        earnings_limits,
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::{compute_with, periods};
    use crate::scenario::Scenario;

    fn matti(wage: i64) -> Scenario {
        let json = format!(
            r#"{{"format":"askel-scenario/1","rules_date":"2026-06-01","municipality":"837",
            "household":{{"adults":[{{"age":30,"monthly_wage":{wage},"unemployment_benefit":"yleistuki"}}]}},
            "housing":{{"rent":550}}}}"#
        );
        Scenario::from_json(&json).expect("scenario")
    }

    #[test]
    fn trap_of_rules_12_3() {
        // the order-of-computation.md example: from wage 0 to 500 € disposable income rises by only 32.97 € (EMTR ≈ 93 %).
        let p = periods()[3]
            .params
            .with_overrides(&[("municipal_tax_pct".into(), "7.57".into())])
            .expect("p");
        let c = curve_with(
            &matti(0),
            &CurveSpec {
                adult: 0,
                max_wage: Cents::euros(3000),
                step: Cents::euros(500),
            },
            &p,
        )
        .expect("curve");
        assert_eq!(c.points.len(), 7);
        let gain = c.points[1]
            .totals
            .disposable_income
            .sub(c.points[0].totals.disposable_income);
        assert!((gain.0 - 3297).abs() <= 2, "{gain}");
        assert!(
            c.points[0].emtr.total >= 9_300 && c.points[0].emtr.total <= 9_350,
            "{:?}",
            c.points[0].emtr
        );
        assert_eq!(c.traps.first().map(|t| t.from), Some(Cents::ZERO));
        assert!(c.cliffs.is_empty());
        // each point equals a single computation
        for pt in &c.points {
            let b = compute_with(&matti(pt.wage.0 / 100), &p).expect("compute");
            assert_eq!(b.totals, pt.totals);
        }
        assert_eq!(
            c.wage_needed_for_gain(Cents::euros(100)),
            Some(Cents::euros(1000))
        );
        assert_eq!(c.wage_needed_for_gain(Cents::euros(100_000)), None);
    }

    #[test]
    fn the_disability_pension_cliff_is_on_the_curve() {
        // Full pension 1 200, earlier earnings 2 500 (docs/rules/tyoelake.md): at 1 000 the
        // pension turns partial, at 1 500 it rests; both are cliffs of the computed curve.
        let s = Scenario::from_json(
            r#"{"format":"askel-scenario/1","rules_date":"2025-06-01","municipality":"734",
            "household":{"adults":[{"age":50,"disability_pension":"full","earnings_related_pension_monthly":1200,
              "pre_disability_earnings_monthly":2500}]},"housing":{"rent":550}}"#,
        )
        .expect("scenario");
        let c = curve(
            &s,
            &CurveSpec {
                adult: 0,
                max_wage: Cents::euros(2000),
                step: Cents::euros(10),
            },
        )
        .expect("curve");
        assert_eq!(
            c.earnings_limits,
            vec![
                EarningsLimit::EarningsRelatedPensionFull(Cents::euros(1000)),
                EarningsLimit::EarningsRelatedPension(Cents::euros(1500)),
            ]
        );
        let at = |from: i64| c.cliffs.iter().find(|x| x.from == Cents::euros(from));
        assert!(
            at(1000).is_some_and(|x| x.loss.0 > 30_000),
            "{:?}",
            c.cliffs
        );
        assert!(
            at(1500).is_some_and(|x| x.loss.0 > 30_000),
            "{:?}",
            c.cliffs
        );
        let paid = |w: i64| {
            c.points[(w / 10) as usize]
                .totals
                .pensions_and_other_benefits
        };
        assert_eq!(paid(1000), Cents::euros(1200));
        assert_eq!(paid(1010), Cents::euros(600));
        assert_eq!(paid(1510), Cents::ZERO);
    }

    #[test]
    fn bad_specs_are_errors() {
        let s = matti(0);
        assert!(curve(
            &s,
            &CurveSpec {
                adult: 1,
                max_wage: Cents::euros(100),
                step: Cents::euros(1)
            }
        )
        .is_err());
        assert!(curve(
            &s,
            &CurveSpec {
                adult: 0,
                max_wage: Cents::euros(100),
                step: Cents::ZERO
            }
        )
        .is_err());
        assert!(curve(
            &s,
            &CurveSpec {
                adult: 0,
                max_wage: Cents::euros(100_000),
                step: Cents(1)
            }
        )
        .is_err());
    }
}
