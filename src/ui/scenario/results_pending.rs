use yew::prelude::*;

use crate::i18n::{k, tr};
use crate::ui::state::use_lang;

#[derive(Properties, PartialEq)]
pub struct ResultsPendingProps {
    /// As [`super::ResultsView`]'s: the one-page form's results have their own heading.
    pub titled: bool,
}

/// The results' place while the module that shows them starts (src/ui/scenario/results_slot.rs):
/// a status that screen readers announce, and the hand-over, asked for once, as the place
/// appears. The module that takes over renders the page in the state this tab keeps in its
/// history entry, so what was entered carries over, and keeps the focus where it was.
#[component]
pub fn ResultsPending(props: &ResultsPendingProps) -> Html {
    let lang = use_lang();
    use_effect_with((), |_| crate::ui::start::continue_in_next_module());
    html! {
        <section class="results results-pending" aria-labelledby={if props.titled { "results-title" } else { "step-title" }} aria-busy="true">
            if props.titled {
                <h2 id="results-title">{ tr(lang, k::SCENARIO_RESULTS_TITLE) }</h2>
            }
            <p role="status">{ tr(lang, k::SCENARIO_RESULTS_PENDING) }</p>
        </section>
    }
}
