use std::rc::Rc;

use yew::prelude::*;

use super::axis::{nice_axis, sample_indices, text_width, Frame};
use super::labels::{Anchor, Placer, Rect, Spot};
use super::parts::{
    axes, axis_label_boxes, clear_of_markers, component_swatch, data_table, dot_groups,
    focus_point, group_numbers, line_swatch, num, pattern_defs, pattern_url, swatch,
    trap_pattern_id,
};
use super::summary::{
    marginal_summary, range_text, rate_bands, steps, DISPLAY_MAX_RATE, TRAP_THRESHOLD,
};
use super::{Component, MarginalPoint, Marker, Segment};
use crate::i18n::{k, money, money_whole, percent, tr, tr_args, Lang};
use crate::ui::state::use_lang;

/// At most this many rows in the data table (bands of equal rates).
const TABLE_ROWS: usize = 60;

#[derive(Properties, PartialEq)]
pub struct MarginalChartProps {
    /// The marginal rate on each wage step (any order; sorted before drawing).
    pub points: Rc<[MarginalPoint]>,
    /// Wages (cents) where disposable income falls as the wage grows.
    #[prop_or_default]
    pub cliffs: Rc<[i64]>,
    /// Rate (tenths of a percent) from which a step counts as a trap.
    #[prop_or(TRAP_THRESHOLD)]
    pub threshold: i32,
    /// The trap ranges as the engine found them (`rules::Curve::traps`): the chart never
    /// derives them itself, so the hatching, the summary and the result agree.
    pub traps: Rc<[Segment]>,
    /// A prefix for the ids inside the chart; unique per page.
    #[prop_or(AttrValue::Static("marginal-chart"))]
    pub id: AttrValue,
    /// The person's own options (now and each option), marked on the rate line by number.
    #[prop_or_default]
    pub markers: Rc<[Marker]>,
}

/// What you keep of an extra euro, as money (rounded to the cent): `1000 − rate` tenths.
fn kept(lang: Lang, rate: i32) -> String {
    let tenths_of_cents = 1000 - i64::from(rate);
    let cents = (2 * tenths_of_cents + 10).div_euclid(20);
    money(lang, cents)
}

/// The effective marginal tax rate against the wage, stacked by component, with trap ranges
/// hatched, cliffs marked, a plain-language summary, keyboard stops and a table alternative.
#[component]
pub fn MarginalChart(props: &MarginalChartProps) -> Html {
    let lang = use_lang();
    let id = props.id.as_str();
    let points = &props.points[..];
    let threshold = props.threshold;
    let title = tr(lang, k::CHART_MARGINAL_TITLE);
    let traps = &props.traps[..];
    let sentences = marginal_summary(lang, points, &props.cliffs, threshold, traps);
    let description = sentences.join(" ");
    let shown: Vec<Component> = Component::MARGINAL
        .into_iter()
        .filter(|c| points.iter().any(|p| p.part(*c) != 0))
        .collect();
    let clipped = points
        .iter()
        .any(|p| p.total > DISPLAY_MAX_RATE || p.total < -DISPLAY_MAX_RATE / 2);
    let threshold_text = percent(lang, i64::from(threshold));

    html! {
        <figure class="chart chart-marginal" id={id.to_string()}>
            <figcaption class="chart-caption">{ title }</figcaption>
            <p class="chart-intro">{ tr_args(lang, k::CHART_MARGINAL_INTRO, &[("threshold", &threshold_text)]) }</p>
            { pattern_defs(id) }
            if !points.is_empty() {
                { plot(lang, id, Frame::NARROW, points, &props.cliffs, &props.markers, threshold, traps, &shown, title, &description) }
                { plot(lang, id, Frame::WIDE, points, &props.cliffs, &props.markers, threshold, traps, &shown, title, &description) }
                <ul class="chart-legend">
                    { for shown.iter().map(|c| html! {
                        <li>{ component_swatch(id, *c) }{ tr(lang, c.rate_key()) }</li>
                    }) }
                    <li>
                        { swatch(format!("url(#{})", trap_pattern_id(id))) }
                        { tr_args(lang, k::CHART_LEGEND_TRAP, &[("threshold", &threshold_text)]) }
                    </li>
                    if !props.cliffs.is_empty() {
                        <li>{ line_swatch("chart-line-cliff", "6 3") }{ tr(lang, k::CHART_LEGEND_CLIFF) }</li>
                    }
                </ul>
                if !props.markers.is_empty() {
                    <p class="chart-markers-title">{ tr(lang, k::CHART_MARKERS_TITLE) }</p>
                    <ol class="chart-markers">
                        { for props.markers.iter().map(|m| html! {
                            <li>{ marker_rate_text(lang, m, rate_at(points, m.wage)) }</li>
                        }) }
                    </ol>
                }
                if clipped {
                    <p class="chart-note">
                        { tr_args(lang, k::CHART_CLAMP_NOTE, &[("max", &percent(lang, i64::from(DISPLAY_MAX_RATE)))]) }
                    </p>
                }
            }
            <div class="chart-summary">
                { for sentences.iter().map(|s| html! { <p>{ s.clone() }</p> }) }
            </div>
            if !points.is_empty() {
                { table(lang, id, points, &shown, threshold) }
            }
        </figure>
    }
}

/// Sum of the positive (or negative) parts below `index` in `shown`, in tenths of a percent.
fn stacked(point: &MarginalPoint, components: &[Component], positive: bool) -> i64 {
    components
        .iter()
        .map(|c| i64::from(point.part(*c)))
        .filter(|v| if positive { *v > 0 } else { *v < 0 })
        .sum()
}

/// The marginal rate (tenths of a percent) of the step that contains `wage`.
fn rate_at(points: &[MarginalPoint], wage: i64) -> i32 {
    let bands = rate_bands(points);
    bands
        .iter()
        .find(|(segment, _)| segment.from <= wage && wage < segment.to)
        .or(bands.last())
        .map(|(_, p)| p.total)
        .unwrap_or(0)
}

/// "Part-time: wage 1 126,67 €, effective marginal tax rate 65 %".
fn marker_rate_text(lang: Lang, marker: &Marker, rate: i32) -> String {
    tr_args(
        lang,
        k::CHART_MARKER_RATE,
        &[
            ("label", &marker.label),
            ("wage", &money(lang, marker.wage)),
            ("rate", &percent(lang, i64::from(rate))),
        ],
    )
}

/// Candidate places for a short label next to a point: right, left, above, below, then further
/// out.
pub(crate) fn around(cx: f64, cy: f64, gap: f64, font: f64) -> Vec<Spot> {
    let mut spots = Vec::new();
    for step in [1.0, 2.2, 3.4] {
        let d = gap * step;
        spots.push(Spot {
            x: cx + d,
            y: cy + font * 0.35,
            anchor: Anchor::Start,
        });
        spots.push(Spot {
            x: cx - d,
            y: cy + font * 0.35,
            anchor: Anchor::End,
        });
        spots.push(Spot {
            x: cx,
            y: cy - d,
            anchor: Anchor::Middle,
        });
        spots.push(Spot {
            x: cx,
            y: cy + d + font * 0.8,
            anchor: Anchor::Middle,
        });
    }
    spots
}

#[allow(clippy::too_many_arguments)]
fn plot(
    lang: Lang,
    id: &str,
    frame: Frame,
    points: &[MarginalPoint],
    cliffs: &[i64],
    markers: &[Marker],
    threshold: i32,
    traps: &[Segment],
    shown: &[Component],
    title: &str,
    description: &str,
) -> Html {
    let variant = if frame.wide { "w" } else { "n" };
    let title_id = format!("{id}-{variant}-title");
    let desc_id = format!("{id}-{variant}-desc");
    let steps = steps(points);
    let (Some(first), Some(last)) = (steps.first(), steps.last()) else {
        return Html::default();
    };
    // The axis ends at the last point's wage; its step (as wide as the one before) is clamped.
    let end = if last.0.from > first.0.from {
        last.0.from
    } else {
        last.0.to
    };
    let x_axis = nice_axis(first.0.from, end, frame.x_ticks, 100);
    let max_rate = DISPLAY_MAX_RATE as i64;
    let high = steps
        .iter()
        .map(|(_, p)| stacked(p, shown, true).max(i64::from(p.total)))
        .max()
        .unwrap_or(0)
        .clamp(1000, max_rate);
    let low = steps
        .iter()
        .map(|(_, p)| stacked(p, shown, false).min(i64::from(p.total)))
        .min()
        .unwrap_or(0)
        .clamp(-max_rate / 2, 0);
    // Ticks every 20 %, so that 80 %, 100 % and 120 % are always labelled.
    let intervals = usize::try_from((high - low) / 200).unwrap_or(1);
    let y_axis = nice_axis(low, high, intervals, 200);
    let label_chars = y_axis
        .ticks
        .iter()
        .map(|t| percent(lang, *t).chars().count())
        .max()
        .unwrap_or(4);
    let frame = frame.with_label_chars(label_chars.max(6));
    let x = frame.x(&x_axis);
    let y = frame.y(&y_axis);
    let (top, bottom) = (frame.plot_top(), frame.plot_bottom());

    let bands = rate_bands(points);
    let areas: Vec<Html> = shown
        .iter()
        .enumerate()
        .map(|(index, component)| {
            let below = &shown[..index];
            let mut d = String::new();
            for (segment, p) in &bands {
                let value = i64::from(p.part(*component));
                if value == 0 || segment.to <= segment.from {
                    continue;
                }
                let base = stacked(p, below, value > 0);
                let (y0, y1) = (y.at(base), y.at(base.saturating_add(value)));
                d.push_str(&format!(
                    "M{} {}H{}V{}H{}Z",
                    num(x.at(segment.from)),
                    num(y0),
                    num(x.at(segment.to)),
                    num(y1),
                    num(x.at(segment.from))
                ));
            }
            html! {
                <path class={format!("chart-area chart-area-{}", component.slug())} d={d}
                    fill={pattern_url(id, *component)} stroke="none" />
            }
        })
        .collect();

    let mut total_line = String::new();
    for (i, (segment, p)) in bands.iter().enumerate() {
        let at = num(y.at(i64::from(p.total)));
        if i == 0 {
            total_line.push_str(&format!("M{} {}", num(x.at(segment.from)), at));
        } else {
            total_line.push_str(&format!("V{at}"));
        }
        total_line.push_str(&format!("H{}", num(x.at(segment.to))));
    }

    let small = frame.font * 0.85;
    let trap_label = tr(lang, k::CHART_TRAP_LABEL);
    let threshold_y = y.at(i64::from(threshold));
    let band_wages: Vec<i64> = bands.iter().map(|(s, _)| s.from).collect();
    let stops = sample_indices(&band_wages, frame.focus_points);

    // Every text label gets a place where it overlaps no other (see `labels`): the axes first,
    // then the option dots, the threshold, the traps, the option numbers and the cliffs.
    let mut placer = Placer::new(frame.width, frame.height);
    for rect in axis_label_boxes(
        &frame,
        &x_axis,
        &y_axis,
        &|v| money_whole(lang, v),
        &|v| percent(lang, v),
        tr(lang, k::CHART_AXIS_WAGE),
        tr(lang, k::CHART_AXIS_RATE),
    ) {
        placer.reserve(rect);
    }
    let marker_radius = frame.font * 0.45;
    let marker_dots: Vec<(f64, f64)> = markers
        .iter()
        .map(|m| {
            let rate = i64::from(rate_at(points, m.wage)).clamp(y_axis.min, y_axis.max);
            (x.at(m.wage), y.at(rate))
        })
        .collect();
    for (cx, cy) in &marker_dots {
        placer.reserve(Rect {
            x0: cx - marker_radius,
            y0: cy - marker_radius,
            x1: cx + marker_radius,
            y1: cy + marker_radius,
        });
    }
    let threshold_text = percent(lang, i64::from(threshold));
    let threshold_spot = placer.place(
        &[
            Spot {
                x: frame.plot_right() - 2.0,
                y: threshold_y - 4.0,
                anchor: Anchor::End,
            },
            Spot {
                x: frame.plot_right() - 2.0,
                y: threshold_y + small + 2.0,
                anchor: Anchor::End,
            },
            Spot {
                x: frame.plot_left() + 4.0,
                y: threshold_y - 4.0,
                anchor: Anchor::Start,
            },
        ],
        threshold_text.chars().count(),
        small,
    );
    let trap_spots: Vec<Option<Spot>> = traps
        .iter()
        .map(|t| {
            let (x0, x1) = (x.at(t.from), x.at(t.to));
            let width = (x1 - x0).max(2.0);
            if text_width(trap_label.chars().count(), small) + 6.0 >= width {
                return None;
            }
            let rows: Vec<Spot> = (0..3)
                .map(|row| Spot {
                    x: x0 + width / 2.0,
                    y: top + small + 8.0 + f64::from(row) * small * 1.3,
                    anchor: Anchor::Middle,
                })
                .collect();
            placer.place(&rows, trap_label.chars().count(), small)
        })
        .collect();
    let groups = dot_groups(&marker_dots, marker_radius);
    let marker_numbers: Vec<Option<Spot>> = groups
        .iter()
        .map(|group| {
            let (cx, cy) = &marker_dots[group[0]];
            let number = group_numbers(group);
            placer.place(
                &around(*cx, *cy, marker_radius + 4.0, small),
                number.chars().count() + 1,
                small,
            )
        })
        .collect();
    let cliff_labels: Vec<(f64, String, Option<Spot>)> = cliffs
        .iter()
        .map(|c| {
            let cx = x.at(*c);
            let text = tr_args(
                lang,
                k::CHART_CLIFF_LABEL,
                &[("wage", &money_whole(lang, *c))],
            );
            let mut rows = Vec::new();
            for row in 0..5 {
                let y = top + small + 8.0 + f64::from(row) * small * 1.3;
                rows.push(Spot {
                    x: cx + 4.0,
                    y,
                    anchor: Anchor::Start,
                });
                rows.push(Spot {
                    x: cx - 4.0,
                    y,
                    anchor: Anchor::End,
                });
            }
            let spot = placer.place(&rows, text.chars().count(), small);
            (cx, text, spot)
        })
        .collect();

    html! {
        <svg class={classes!("chart-svg", if frame.wide { "chart-svg--wide" } else { "chart-svg--narrow" })}
            viewBox={frame.view_box()} role="group" aria-labelledby={title_id.clone()}
            aria-describedby={desc_id.clone()}>
            <title id={title_id}>{ title }</title>
            <desc id={desc_id}>{ description }</desc>
            <g class="chart-traps" aria-hidden="true">
                { for traps.iter().map(|t| {
                    let (x0, x1) = (x.at(t.from), x.at(t.to));
                    html! {
                        <rect class="chart-trap" x={num(x0)} y={num(top)} width={num((x1 - x0).max(2.0))}
                            height={num(bottom - top)} fill={format!("url(#{})", trap_pattern_id(id))} />
                    }
                }) }
            </g>
            { axes(&frame, &x_axis, &y_axis, &|v| money_whole(lang, v), &|v| percent(lang, v),
                tr(lang, k::CHART_AXIS_WAGE), tr(lang, k::CHART_AXIS_RATE)) }
            <g class="chart-areas" aria-hidden="true">
                { for areas }
                <path class="chart-line-total" d={total_line} fill="none" stroke="#1a1a1a" stroke-width="2.5" />
                <line class="chart-threshold" x1={num(frame.plot_left())} x2={num(frame.plot_right())}
                    y1={num(threshold_y)} y2={num(threshold_y)} stroke="#a3211d" stroke-width="1.5"
                    stroke-dasharray="8 4" />
                if let Some(spot) = threshold_spot {
                    <text class="chart-threshold-label chart-label" x={num(spot.x)} y={num(spot.y)}
                        text-anchor={spot.anchor.attr()} font-size={num(small)} font-weight="700" paint-order="stroke" stroke="#ffffff" stroke-width="4" stroke-linejoin="round">
                        { threshold_text.clone() }
                    </text>
                }
            </g>
            // Trap outlines, a strip along the top and the label stay visible over full stacks.
            <g class="chart-trap-marks" aria-hidden="true">
                { for traps.iter().zip(trap_spots.iter()).map(|(t, spot)| {
                    let (x0, x1) = (x.at(t.from), x.at(t.to));
                    let width = (x1 - x0).max(2.0);
                    html! {
                        <>
                            <rect class="chart-trap-outline" x={num(x0)} y={num(top)} width={num(width)}
                                height={num(bottom - top)} fill="none" stroke="#a3211d" stroke-width="1"
                                stroke-dasharray="4 3" />
                            <rect class="chart-trap-strip" x={num(x0)} y={num(top)} width={num(width)}
                                height="6" fill="#a3211d" />
                            if let Some(spot) = spot {
                                <text class="chart-trap-label chart-label" x={num(spot.x)} y={num(spot.y)}
                                    text-anchor={spot.anchor.attr()} font-size={num(small)} font-weight="700" paint-order="stroke" stroke="#ffffff" stroke-width="4" stroke-linejoin="round">{ trap_label }</text>
                            }
                        </>
                    }
                }) }
            </g>
            <g class="chart-cliffs" aria-hidden="true">
                { for cliff_labels.iter().map(|(cx, text, spot)| {
                    html! {
                        <>
                            <line class="chart-line-cliff" x1={num(*cx)} x2={num(*cx)} y1={num(top)} y2={num(bottom)}
                                stroke="#1a1a1a" stroke-width="1.5" stroke-dasharray="6 3" />
                            if let Some(spot) = spot {
                                <text class="chart-cliff-label chart-label" x={num(spot.x)} y={num(spot.y)}
                                    text-anchor={spot.anchor.attr()} font-size={num(small)} paint-order="stroke" stroke="#ffffff" stroke-width="4" stroke-linejoin="round">
                                    { text.clone() }
                                </text>
                            }
                        </>
                    }
                }) }
            </g>
            <g class="chart-markers-layer">
                { for groups.iter().zip(marker_numbers.iter()).map(|(group, spot)| {
                    let (cx, cy) = &marker_dots[group[0]];
                    let number = group_numbers(group);
                    let members: Vec<(usize, &Marker, i32)> = group.iter()
                        .filter_map(|i| markers.get(*i).map(|m| (*i, m, rate_at(points, m.wage))))
                        .collect();
                    let label = members.iter()
                        .map(|(i, m, rate)| format!("{}. {}", i + 1, marker_rate_text(lang, m, *rate)))
                        .collect::<Vec<_>>().join("; ");
                    let mut tip: Vec<String> = members.iter().map(|(i, m, _)| format!("{}. {}", i + 1, m.label)).collect();
                    let rate = members.first().map_or(0, |(_, _, rate)| *rate);
                    tip.push(tr_args(lang, k::CHART_TIP_RATE, &[("rate", &percent(lang, i64::from(rate)))]));
                    html! {
                        <g class="chart-marker">
                            { focus_point(&frame, *cx, *cy, label, &tip, "chart-dot-marker", marker_radius) }
                            if let Some(spot) = spot {
                                <text class="chart-marker-number chart-label" aria-hidden="true" x={num(spot.x)} y={num(spot.y)}
                                    text-anchor={spot.anchor.attr()} font-size={num(small)} font-weight="700"
                                    paint-order="stroke" stroke="#ffffff" stroke-width="4" stroke-linejoin="round">{ number }</text>
                            }
                        </g>
                    }
                }) }
            </g>
            <g class="chart-points">
                { for stops.iter().filter_map(|i| bands.get(*i))
                    .filter(|(segment, p)| clear_of_markers(x.at(segment.from) / 2.0 + x.at(segment.to) / 2.0,
                        y.at(i64::from(p.total)), 4.5, &marker_dots, marker_radius))
                    .map(|(segment, p)| {
                    let mid = x.at(segment.from) / 2.0 + x.at(segment.to) / 2.0;
                    focus_point(&frame, mid, y.at(i64::from(p.total)), point_label(lang, segment, p),
                        &[range_text(lang, *segment),
                          tr_args(lang, k::CHART_TIP_RATE, &[("rate", &percent(lang, i64::from(p.total)))]),
                          tr_args(lang, k::CHART_TIP_KEEP, &[("amount", &kept(lang, p.total))])],
                        "chart-dot-rate", 4.5)
                }) }
            </g>
        </svg>
    }
}

/// "Wage 300 €–700 €: effective marginal tax rate 95 %, you keep 0,05 € of each extra euro. …"
fn point_label(lang: Lang, segment: &Segment, point: &MarginalPoint) -> String {
    let mut text = tr_args(
        lang,
        k::CHART_POINT_RATE,
        &[
            ("range", &range_text(lang, *segment)),
            ("rate", &percent(lang, i64::from(point.total))),
            ("amount", &kept(lang, point.total)),
        ],
    );
    let parts: Vec<String> = Component::MARGINAL
        .iter()
        .filter(|c| point.part(**c) != 0)
        .map(|c| {
            format!(
                "{} {}",
                tr(lang, c.rate_key()),
                percent(lang, i64::from(point.part(*c)))
            )
        })
        .collect();
    if !parts.is_empty() {
        text.push(' ');
        text.push_str(&parts.join(", "));
    }
    text
}

fn table(
    lang: Lang,
    id: &str,
    points: &[MarginalPoint],
    shown: &[Component],
    threshold: i32,
) -> Html {
    let bands = rate_bands(points);
    let wages: Vec<i64> = bands.iter().map(|(s, _)| s.from).collect();
    let rows = sample_indices(&wages, TABLE_ROWS);
    let head = html! {
        <tr>
            <th scope="col">{ tr(lang, k::CHART_COL_WAGE) }</th>
            { for shown.iter().map(|c| html! {
                <th scope="col" class="num">{ tr(lang, c.rate_key()) }</th>
            }) }
            <th scope="col" class="num">{ tr(lang, k::CHART_COL_TOTAL) }</th>
            <th scope="col" class="num">{ tr(lang, k::CHART_COL_KEEP) }</th>
        </tr>
    };
    let body = html! {
        <>
        { for rows.iter().filter_map(|i| bands.get(*i)).map(|(segment, p)| html! {
            <tr class={classes!((p.total >= threshold).then_some("chart-row-trap"))}>
                <th scope="row" class="num">{ range_text(lang, *segment) }</th>
                { for shown.iter().map(|c| html! {
                    <td class="num">{ percent(lang, i64::from(p.part(*c))) }</td>
                }) }
                <td class="num chart-total">{ percent(lang, i64::from(p.total)) }</td>
                <td class="num">{ kept(lang, p.total) }</td>
            </tr>
        }) }
        </>
    };
    data_table(lang, id, k::CHART_MARGINAL_TABLE_CAPTION, head, body)
}
