use yew::prelude::*;

/// Placeholder for the income scenarios' key figures on the meeting summary. Renders nothing
/// until the scenario pages exist and the person has made scenarios; the scenarios work fills
/// it in (heading `assessment.summary.income`).
#[component]
pub fn ScenarioKeyFigures() -> Html {
    html! {}
}
