//! The self-assessment in the browser: one short group of questions per screen, then a
//! strengths-first result, the history saved on this device (opt-in) and the meeting summary.
//!
//! Components here only render values from [`state::AssessmentState`] and dispatch
//! [`state::Action`]s; scoring, comparison and summaries come from [`crate::assessment`], every
//! word from the catalogue (`i18n/<lang>/assessment.txt`), and saving goes through
//! [`crate::storage`].

mod area_bars;
mod area_step;
mod assessment_flow;
mod goals_step;
mod history_panel;
mod intro;
mod meeting_summary;
mod progress;
mod result_view;
mod scale_question;
mod single_answers;
mod single_items_step;
pub mod state;
mod step_nav;
mod support_step;
pub mod text;

pub use area_bars::AreaBars;
pub use area_step::AreaStep;
pub use assessment_flow::AssessmentFlow;
pub use goals_step::GoalsStep;
pub use history_panel::HistoryPanel;
pub use intro::Intro;
pub use meeting_summary::MeetingSummary;
pub use progress::Progress;
pub use result_view::ResultView;
pub use scale_question::{ScaleOptionView, ScaleQuestion};
pub use single_items_step::SingleItemsStep;
pub use state::{use_assessment, AssessmentProvider, AssessmentState, Step};
pub use step_nav::StepNav;
pub use support_step::SupportStep;

/// The id of each step's heading, which receives focus when the step changes.
pub const STEP_HEADING_ID: &str = "assessment-step-heading";

/// The id of the saved-results heading, which receives focus after a delete.
pub const HISTORY_HEADING_ID: &str = "history-title";
