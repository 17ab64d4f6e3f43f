//! The engine's input limits: how large a household and how large an amount it accepts.
//!
//! Why here: the engine sizes its per-person arrays by [`MAX_PERSONS`] and refuses curves longer
//! than [`MAX_CURVE_POINTS`], so these are facts about the engine, not about a file format. The
//! scenario format validates against the same constants (it re-exports them), and the UI reads
//! [`MAX_OPTIONS`] from here, so the three can never disagree.
//!
//! These are plausibility limits, not rules of law: a law's limit is a dated parameter.

use crate::units::Cents;

/// Largest monthly amount accepted (wages, pensions, benefits): 1 000 000 €.
pub const MAX_MONTHLY: Cents = Cents(100_000_000);
/// Largest hourly wage or daily benefit accepted: 10 000 €.
pub const MAX_HOURLY_OR_DAILY: Cents = Cents(1_000_000);
/// Largest housing cost accepted per month: 100 000 €.
pub const MAX_HOUSING: Cents = Cents(10_000_000);
/// Largest assets accepted: 100 000 000 €.
pub const MAX_ASSETS: Cents = Cents(10_000_000_000);
/// Most adults, and most children, in one household.
pub const MAX_PERSONS: usize = 10;
/// Most options to compare with the current situation, in a scenario and on the page.
pub const MAX_OPTIONS: usize = 3;
/// Most points in one curve.
pub const MAX_CURVE_POINTS: i64 = 10_001;
/// Most years of work history accepted (a working life from 15 to past 70).
pub const MAX_WORK_HISTORY_YEARS: u8 = 60;
