use yew::prelude::*;

use super::text::{area_score, band_word, change, t};
use crate::assessment::{AreaId, AreaScore, Comparison, Since};
use crate::i18n::{k, tr_args};
use crate::ui::state::use_lang;

#[derive(Properties, PartialEq)]
pub struct AreaBarsProps {
    pub areas: Vec<(AreaId, AreaScore)>,
    /// The change since earlier saved results, shown under each bar.
    #[prop_or_default]
    pub comparison: Option<Comparison>,
    /// Also show the change since the first time (when it differs from "last time").
    #[prop_or_default]
    pub show_first: bool,
}

/// One bar per area, 0–100, with the number and the band word as text (the bar itself is
/// decoration: SVG with a width attribute, so the CSP's `style-src 'self'` holds).
#[component]
pub fn AreaBars(props: &AreaBarsProps) -> Html {
    let lang = use_lang();
    let rows = props.areas.iter().map(|&(area, score)| {
        let fill = score.value().map(|v| {
            let band = score.band().map_or(0, |b| b.number());
            html! {
                <rect class={format!("bar-fill band-{band}")} x="0" y="0"
                    width={v.to_string()} height="10" />
            }
        });
        let needed = area.area().min_answers().to_string();
        let total = area.area().items.len().to_string();
        let changes = props.comparison.as_ref().and_then(|c| {
            c.areas.iter().find(|(a, _)| *a == area).map(|(_, ch)| {
                html! {
                    <ul class="changes">
                        <li>{ change(lang, ch.since_previous, Since::Previous) }</li>
                        if props.show_first {
                            <li>{ change(lang, ch.since_first, Since::First) }</li>
                        }
                    </ul>
                }
            })
        });
        html! {
            <li class="area-bar" data-area={area.as_str()}>
                <span class="area-name">{ t(lang, area.area().title_key) }</span>
                <span class="area-value">
                    <svg class="bar" viewBox="0 0 100 10" preserveAspectRatio="none"
                        aria-hidden="true" focusable="false">
                        <rect class="bar-track" x="0" y="0" width="100" height="10" />
                        { for fill }
                    </svg>
                    <span class="area-score">{ area_score(lang, score) }</span>
                    if score.value().is_some() {
                        <span class="band-word">{ band_word(lang, score) }</span>
                    }
                </span>
                if score.value().is_none() {
                    <span class="hint">{ tr_args(lang, k::ASSESSMENT_RESULT_NOT_ENOUGH_HELP,
                        &[("needed", &needed), ("total", &total)]) }</span>
                }
                { for changes }
            </li>
        }
    });
    html! { <ul class="area-bars">{ for rows }</ul> }
}
