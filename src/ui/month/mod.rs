//! The month-by-month view of a scenario: pick the change, see the money paid in per month and
//! date, the gaps, and what to report to whom (rules::maksuajankohdat does the work; these
//! components only render it and dispatch the chosen change into the one `Scenario`).

mod month_chart;
mod month_checklist;
mod month_event_form;
mod month_summary;
mod month_view;
pub mod text;

pub use month_checklist::MonthChecklist;
pub use month_summary::MonthSummary;
pub use month_view::MonthView;
