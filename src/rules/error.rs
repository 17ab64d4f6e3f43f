//! What can go wrong inside the engine, as the engine's own type.
//!
//! Why not the scenario format's errors: the engine does not know which format its input came
//! from, and an engine fault must not look like a mistake of the person who typed the input
//! (an internal fault was once reported as an unknown municipality). A caller converts an
//! [`EngineError`] into its own error type (see [`super::Input`]); the scenario format maps each
//! variant to a field path and a problem the UI can put into words.

use crate::units::{Cents, Date};
use std::fmt;

/// Why the engine could not compute.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EngineError {
    /// The date is outside every rule period the data covers.
    DateOutOfRange {
        /// First date covered.
        first: Date,
        /// Last date covered.
        last: Date,
    },
    /// The municipality code is not in the engine's tables (an input that was not checked, or a
    /// gap in the data: a fault, not the user's mistake, once the input is validated).
    MunicipalityNotFound {
        /// The code looked up.
        code: String,
    },
    /// A curve was asked for an adult the household does not have.
    CurveAdultMissing {
        /// Adults in the household.
        adults: usize,
    },
    /// A curve step of zero or less.
    CurveStepNotPositive,
    /// A curve's highest wage is negative or above the largest accepted monthly amount.
    CurveMaxWageOutOfRange {
        /// The largest accepted.
        max: Cents,
    },
    /// A curve with more points than the engine computes at once.
    CurveTooManyPoints {
        /// The most points.
        max: usize,
    },
}

impl fmt::Display for EngineError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            EngineError::DateOutOfRange { first, last } => {
                write!(f, "no rules for this date (rules cover {first} … {last})")
            }
            EngineError::MunicipalityNotFound { code } => {
                write!(f, "municipality {code:?} is not in the engine's tables")
            }
            EngineError::CurveAdultMissing { adults } => {
                write!(
                    f,
                    "curve for an adult the household does not have ({adults} adults)"
                )
            }
            EngineError::CurveStepNotPositive => write!(f, "curve step must be positive"),
            EngineError::CurveMaxWageOutOfRange { max } => {
                write!(f, "curve maximum wage must be 0 … {max} €")
            }
            EngineError::CurveTooManyPoints { max } => {
                write!(f, "curve has more than {max} points")
            }
        }
    }
}

impl std::error::Error for EngineError {}
