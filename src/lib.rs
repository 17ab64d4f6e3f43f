//! Askel helps a person on benefits in Finland answer two questions, entirely in their own
//! browser: *how is my work ability, in my own words?* and *if I work more, how much will I
//! actually have?*
//!
//! The crate is split along one boundary. The pure modules ([`units`], [`sort`], [`i18n`], [`json`], and the rules,
//! scenario and assessment modules) are plain Rust: they never import `yew`, `web_sys` or `gloo`, they
//! are tested natively, and they are fast enough to recompute everything on every keystroke.
//! [`ui`] holds the Yew components that show their results. Dependencies run one way:
//! `ui` → `scenario` (the file format) → `rules` (the engine) → `units` (money and dates). Nothing in this crate sends data
//! anywhere; see `docs/ARCHITECTURE.md`.

pub mod assessment;
pub mod i18n;
pub mod json;
pub mod rules;
pub mod scenario;
pub mod sort;
pub mod storage;
pub mod ui;
pub mod units;
