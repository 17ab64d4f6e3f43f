use std::rc::Rc;

use yew::prelude::*;

use super::model::Results;

#[derive(Properties, PartialEq)]
pub struct ChartsPanelProps {
    pub results: Rc<Results>,
}

/// The income and marginal-rate charts.
#[component]
pub fn ChartsPanel(_props: &ChartsPanelProps) -> Html {
    html! {}
}
