//! What fills the place of the results: the guided flow's last step and the column beside the
//! one-page form.
//!
//! The scenarios page starts with a module that holds everything needed to enter a household
//! and nothing needed to show its results (src/ui/modules.rs, `SCENARIOS`): the results view,
//! its charts, comparison, explanations, month view and share links are more than half of the
//! code. That module fills the slot with [`ResultsPending`], which hands the page over to the
//! module that has them (`SCENARIOS_FULL`); that module fills it with the results. Which one a
//! module gets is decided by the module's view, so the first module never links the results.
//!
//! [`ResultsPending`]: super::results_pending::ResultsPending

use yew::prelude::*;

use super::results_pending::ResultsPending;
use super::results_view::ResultsView;

/// Renders the results in their place; `titled`: with their own "Results" heading (the guided
/// flow's step has its own instead).
#[derive(Clone, Copy)]
pub struct ResultsSlot(pub fn(bool) -> Html);

impl PartialEq for ResultsSlot {
    /// A module's slot never changes while it runs.
    fn eq(&self, _: &ResultsSlot) -> bool {
        true
    }
}

/// The results are in another module: this one shows that they are being worked out, and hands
/// the page over.
pub const PENDING: ResultsSlot = ResultsSlot(|titled| html! { <ResultsPending {titled} /> });

/// The results themselves.
pub const SHOWN: ResultsSlot = ResultsSlot(|titled| html! { <ResultsView {titled} /> });

/// The slot of the module in context ([`PENDING`] without one).
#[hook]
pub fn use_results_slot() -> ResultsSlot {
    use_context::<ResultsSlot>().unwrap_or(PENDING)
}
