//! The work-ability self-assessment: the instrument, answers, scoring, history and summary.
//!
//! Why this module exists: the self-assessment is the person's own reflection, so its rules must
//! be plain, documented (docs/ASSESSMENT.md) and identical wherever they run. Keeping them here,
//! apart from the UI, lets them be tested natively and exhaustively, and lets the UI stay a thin
//! view: it shows [`instrument()`], edits an [`Answers`], calls [`score`] and renders the
//! [`AssessmentResult`], a [`Comparison`] and a [`Summary`].
//!
//! Invariants:
//! - Every visible text is an i18n key (`assessment.…`) present in fi, sv and en.
//! - A higher score always means "goes better" (reverse items are turned around before scoring).
//! - An area with too few answers has no number ([`AreaScore::NotEnoughAnswers`]), never a guess.
//! - "Prefer not to answer" is always possible and never counts against the person.
//! - No clock, no storage, no randomness: dates are supplied by the caller.
//! - Invalid input (JSON edited by hand, values out of range) is an [`AssessmentError`], never a
//!   panic.
//!
//! Boundary: pure Rust. This module never imports `yew`, `web_sys`, `gloo` or `js_sys`.
//!
//! The items are Askel's own wording; they are not taken or adapted from Kykyviisari, WHODAS, the
//! Work Ability Index or any other instrument.

mod answers;
mod history;
mod instrument;
mod scoring;
mod summary;
mod wire;

pub use answers::{
    validate_date, Answers, AssessmentError, Response, SupportTopic, ANSWERS_FORMAT, MAX_TEXT_CHARS,
};
pub use history::{
    compare, meaningful_change, Change, Changes, Comparison, Direction, History, SavedResult,
    Since, HISTORY_FORMAT, MEANINGFUL_CHANGE_PERCENT,
};
pub use instrument::{
    instrument, Area, AreaId, Instrument, Item, ScaleOption, SingleItem, SingleItemId,
};
pub use scoring::{
    band, mean_half_up, score, score_area, AreaScore, AssessmentResult, Band, STRENGTH_THRESHOLD,
};
pub use summary::{Summary, SummaryArea};
