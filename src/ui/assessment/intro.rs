use yew::prelude::*;

use super::history_panel::HistoryPanel;
use super::state::{use_assessment, Action, Step};
use super::STEP_HEADING_ID;
use crate::i18n::{k, tr};
use crate::ui::state::use_lang;

/// What the self-assessment is for, that answers stay on this device, and "Start".
#[component]
pub fn Intro() -> Html {
    let lang = use_lang();
    let state = use_assessment();
    let has_saved = state.consent || !state.history.is_empty() || state.unreadable;
    let start = Callback::from(move |_: MouseEvent| state.dispatch(Action::Go(Step::Single)));
    html! {
        <section class="assessment-step intro" aria-labelledby={STEP_HEADING_ID}>
            <h2 id={STEP_HEADING_ID} tabindex="-1">{ tr(lang, k::ASSESSMENT_INTRO_TITLE) }</h2>
            <p class="lead">{ tr(lang, k::ASSESSMENT_INTRO_LEAD) }</p>
            <p>{ tr(lang, k::ASSESSMENT_INTRO_PURPOSE) }</p>
            <p>{ tr(lang, k::ASSESSMENT_INTRO_NOT_A_TEST) }</p>
            <ul class="intro-points">
                <li>{ tr(lang, k::ASSESSMENT_INTRO_PRIVACY) }</li>
                <li>{ tr(lang, k::ASSESSMENT_INTRO_SKIP) }</li>
                <li>{ tr(lang, k::ASSESSMENT_INTRO_DURATION) }</li>
            </ul>
            <div class="actions">
                <button type="button" onclick={start}>{ tr(lang, k::ASSESSMENT_INTRO_START) }</button>
            </div>
            if has_saved {
                <HistoryPanel with_save={false} />
            }
        </section>
    }
}
