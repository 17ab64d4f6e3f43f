use yew::prelude::*;

use super::month_checklist::MonthChecklist;
use crate::ui::scenario::state::ScenarioContext;

/// The month view's reporting checklist on the meeting summary (and so in print), when a change
/// has been chosen for the month-by-month view.
#[component]
pub fn MonthSummary() -> Html {
    let state = use_context::<ScenarioContext>();
    let scenario = state.as_ref().map(|s| s.scenario.clone());
    let todos = use_memo(scenario, |s| {
        s.as_ref()
            .filter(|s| s.month_event.is_some())
            .and_then(|s| s.month_by_month().ok())
            .map(|v| v.checklist)
            .unwrap_or_default()
    });
    html! { <MonthChecklist todos={(*todos).clone()} level={2} /> }
}
