//! The income-scenario page: guided input for clients, a one-page form for workers, and the
//! results (side-by-side options, plain-language answers, charts, the calculation line by line).
//!
//! Components here render and dispatch; the numbers come from `rules::compute` and
//! `rules::curve` through [`model`], the words from `i18n` through [`explain`] and
//! [`reason_text`]. Those three modules are plain Rust without browser calls and are tested
//! natively.

mod assumptions;
mod breakdown_details;
mod charts_panel;
mod comparison_table;
mod day_care_field;
mod device_save;
pub mod explain;
mod explanations;
mod garnishment_field;
mod guided_flow;
mod headline;
mod home_fields;
mod household_fields;
mod income_fields;
pub mod model;
pub mod municipality_picker;
mod option_fields;
mod pension_and_fee_fields;
pub mod persist;
mod preset_bar;
pub mod reason_text;
mod results_pending;
pub mod results_slot;
pub mod results_view;
mod rules_date_field;
pub mod state;
mod wage_fields;
mod what_changed;
mod work_ability_fields;
pub mod work_ability_text;
mod worker_form;

pub use guided_flow::GuidedFlow;
pub use preset_bar::PresetBar;
pub use results_view::ResultsView;
pub use state::{ScenarioProvider, ScenarioState};
pub use worker_form::WorkerForm;
