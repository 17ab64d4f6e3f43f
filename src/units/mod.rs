//! The units every other module counts in: money in integer cents ([`Cents`]), rates and factors
//! in parts per million ([`Rate`]), exact intermediate products ([`Exact`]) and calendar dates
//! ([`Date`]).
//!
//! Why a module of its own: the rules, the scenario format, the assessment and the UI all need
//! these types, and none of them should have to depend on another to get them. This module sits
//! at the bottom of the crate: it imports nothing from the crate, so the dependencies above it can
//! run one way (`ui` → `scenario` → `rules` → `units`).
//!
//! Invariants: money is never a float in a computation (the `f64` conversions exist for JSON and
//! display only); arithmetic saturates instead of panicking or wrapping; rounding is half away
//! from zero, and happens only where a caller asks for it.
//!
//! Boundary: pure Rust, no dependencies at all.

pub mod date;
pub mod money;

pub use date::Date;
pub use money::{div_round, Cents, Exact, Rate};
