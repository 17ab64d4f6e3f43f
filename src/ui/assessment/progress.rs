use yew::prelude::*;

use super::state::Step;
use crate::i18n::{k, tr_args};
use crate::ui::state::use_lang;

#[derive(Properties, PartialEq)]
pub struct ProgressProps {
    pub step: Step,
}

/// "Step 3 of 9" and a bar that fills step by step (SVG, so no inline styles are needed).
#[component]
pub fn Progress(props: &ProgressProps) -> Html {
    let lang = use_lang();
    let Some(number) = props.step.number() else {
        return html! {};
    };
    let total = Step::TOTAL;
    let text = tr_args(
        lang,
        k::ASSESSMENT_NAV_PROGRESS,
        &[("step", &number.to_string()), ("total", &total.to_string())],
    );
    html! {
        <div class="progress">
            <p class="progress-text">{ text }</p>
            <svg class="progress-bar" viewBox={format!("0 0 {total} 1")} preserveAspectRatio="none"
                aria-hidden="true" focusable="false">
                <rect class="progress-track" x="0" y="0" width={total.to_string()} height="1" />
                <rect class="progress-fill" x="0" y="0" width={number.to_string()} height="1" />
            </svg>
        </div>
    }
}
