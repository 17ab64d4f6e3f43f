use yew::prelude::*;

use super::text;
use crate::i18n::{k, money_whole, tr, tr_args};
use crate::rules::maksuajankohdat::Month;
use crate::ui::state::use_lang;

#[derive(Properties, PartialEq)]
pub struct MonthChartProps {
    pub months: Vec<Month>,
}

/// Money paid in per calendar month as bars, the steady month as a line; gap months marked.
/// The numbers are also in the table next to it (the chart is a picture of the table).
#[component]
pub fn MonthChart(props: &MonthChartProps) -> Html {
    let lang = use_lang();
    let months = &props.months;
    if months.is_empty() {
        return html! {};
    }
    let (w, h, top, bottom, left) = (340i64, 200i64, 12i64, 36i64, 8i64);
    let max = months
        .iter()
        .map(|m| m.total.0.max(m.steady.0))
        .max()
        .unwrap_or(1)
        .max(1);
    let plot = h - top - bottom;
    let slot = (w - 2 * left) / months.len() as i64;
    let y = |cents: i64| top + plot - cents.clamp(0, max) * plot / max;
    let label = months
        .iter()
        .map(|m| {
            format!(
                "{} {}",
                text::month_name(lang, m.start),
                money_whole(lang, m.total.0)
            )
        })
        .collect::<Vec<_>>()
        .join(", ");
    html! {
        <figure class="month-chart">
            <figcaption class="chart-caption">{ tr(lang, k::MONTH_CHART_TITLE) }</figcaption>
            <svg viewBox={format!("0 0 {w} {h}")} class="month-chart-svg" role="img"
                aria-label={tr_args(lang, k::MONTH_CHART_LABEL, &[("months", &label)])}>
            { for months.iter().enumerate().map(|(i, m)| {
                let x = left + i as i64 * slot + slot / 6;
                let bw = slot * 2 / 3;
                let top_y = y(m.total.0);
                let class = if m.gap { "month-bar month-bar-gap" } else if m.baseline { "month-bar month-bar-base" } else { "month-bar" };
                html! {
                    <g>
                        <rect class={class} x={x.to_string()} y={top_y.to_string()} width={bw.to_string()}
                            height={(top + plot - top_y).max(0).to_string()} />
                        <line class="month-steady" x1={(x - 2).to_string()} x2={(x + bw + 2).to_string()}
                            y1={y(m.steady.0).to_string()} y2={y(m.steady.0).to_string()} />
                        <text class="month-axis" x={(x + bw / 2).to_string()} y={(h - bottom + 16).to_string()} text-anchor="middle">
                            { format!("{}/{}", m.start.m, m.start.y % 100) }
                        </text>
                    </g>
                }
            }) }
            </svg>
            <ul class="chart-legend">
                <li><svg class="chart-swatch" viewBox="0 0 28 18" aria-hidden="true"><rect class="month-bar" x="0" y="0" width="28" height="18" /></svg>{ tr(lang, k::MONTH_LEGEND_PAID) }</li>
                <li><svg class="chart-swatch" viewBox="0 0 28 18" aria-hidden="true"><line class="month-steady" x1="0" x2="28" y1="9" y2="9" /></svg>{ tr(lang, k::MONTH_LEGEND_STEADY) }</li>
                <li><svg class="chart-swatch" viewBox="0 0 28 18" aria-hidden="true"><rect class="month-bar month-bar-gap" x="0" y="0" width="28" height="18" /></svg>{ tr(lang, k::MONTH_LEGEND_GAP) }</li>
            </ul>
        </figure>
    }
}
