//! Money and rates, re-exported from the bottom module [`crate::units`] so that the old path
//! `rules::money::…` keeps working.

pub use crate::units::money::{div_round, Cents, Exact, Rate};
