use std::rc::Rc;

use yew::prelude::*;

use super::axis::{nice_axis, sample_indices, Frame};
use super::labels::{Anchor, Placer, Rect, Spot};
use super::marginal_chart::around;
use super::parts::{
    axes, axis_label_boxes, clear_of_markers, component_swatch, data_table, dot_groups,
    focus_point, group_numbers, line_swatch, num, pattern_defs, pattern_url,
};
use super::summary::{self, income_description, marker_text};
use super::{Component, IncomePoint, Marker, ReferenceRange};
use crate::i18n::{k, money, money_whole, tr, tr_args, Lang};
use crate::ui::state::use_lang;

/// At most this many rows in the data table (chosen at round wages).
const TABLE_ROWS: usize = 31;

/// The radius of the curve's keyboard stops.
const POINT_RADIUS: f64 = 4.5;

#[derive(Properties, PartialEq)]
pub struct IncomeChartProps {
    /// Income at each gross wage (any order; sorted before drawing).
    pub points: Rc<[IncomePoint]>,
    /// Options to mark on the curve, numbered in this order.
    #[prop_or_default]
    pub markers: Rc<[Marker]>,
    /// A prefix for the ids inside the chart; unique per page.
    #[prop_or(AttrValue::Static("income-chart"))]
    pub id: AttrValue,
    /// The household's reference budget, drawn as a labelled band between two dashed lines.
    #[prop_or_default]
    pub reference: Option<ReferenceRange>,
}

/// Disposable income against the gross monthly wage, stacked by component, with the options
/// marked, a text summary, keyboard stops with values, and a table alternative.
#[component]
pub fn IncomeChart(props: &IncomeChartProps) -> Html {
    let lang = use_lang();
    let id = props.id.as_str();
    let points = summary::by_wage(&props.points, |p| p.wage);
    let markers = &props.markers[..];
    let title = tr(lang, k::CHART_INCOME_TITLE);
    let reference = props.reference;
    let mut description = income_description(lang, &points, markers);
    if let (Some(range), false) = (reference, points.is_empty()) {
        description.push(' ');
        description.push_str(&reference_sentence(lang, range));
    }
    let shown: Vec<Component> = Component::INCOME
        .into_iter()
        .filter(|c| points.iter().any(|p| p.part(*c) != 0))
        .collect();
    let has_taxes = points
        .iter()
        .any(|p| p.part(Component::EmployeeContributionsAndTaxes) > 0);

    html! {
        <figure class="chart chart-income" id={id.to_string()}>
            <figcaption class="chart-caption">{ title }</figcaption>
            <p class="chart-intro">{ tr(lang, k::CHART_INCOME_INTRO) }</p>
            { pattern_defs(id) }
            if points.is_empty() {
                <p class="chart-empty">{ tr(lang, k::CHART_NO_DATA) }</p>
            } else {
                { plot(lang, id, Frame::NARROW, &points, markers, reference, &shown, has_taxes, title, &description) }
                { plot(lang, id, Frame::WIDE, &points, markers, reference, &shown, has_taxes, title, &description) }
                <ul class="chart-legend">
                    { for shown.iter().map(|c| html! {
                        <li>{ component_swatch(id, *c) }{ tr(lang, c.income_key()) }</li>
                    }) }
                    if has_taxes {
                        <li>
                            { component_swatch(id, Component::EmployeeContributionsAndTaxes) }
                            { tr(lang, k::CHART_LEGEND_TAXES_GAP) }
                        </li>
                    }
                    <li>{ line_swatch("chart-line-disposable", "") }{ tr(lang, k::CHART_LEGEND_DISPOSABLE) }</li>
                    if reference.is_some() {
                        <li>{ line_swatch("chart-line-reference", "6 4") }{ tr(lang, k::CHART_LEGEND_REFERENCE) }</li>
                    }
                </ul>
            }
            if !markers.is_empty() {
                <p class="chart-markers-title">{ tr(lang, k::CHART_MARKERS_TITLE) }</p>
                <ol class="chart-markers">
                    { for markers.iter().map(|m| html! { <li>{ marker_text(lang, m) }</li> }) }
                </ol>
            }
            if !points.is_empty() {
                { table(lang, id, &points, &shown, has_taxes, reference) }
            }
        </figure>
    }
}

fn stack_top(point: &IncomePoint, components: &[Component]) -> i64 {
    components
        .iter()
        .fold(0i64, |sum, c| sum.saturating_add(point.part(*c).max(0)))
}

#[allow(clippy::too_many_arguments)]
fn plot(
    lang: Lang,
    id: &str,
    frame: Frame,
    points: &[IncomePoint],
    markers: &[Marker],
    reference: Option<ReferenceRange>,
    shown: &[Component],
    has_taxes: bool,
    title: &str,
    description: &str,
) -> Html {
    let variant = if frame.wide { "w" } else { "n" };
    let title_id = format!("{id}-{variant}-title");
    let desc_id = format!("{id}-{variant}-desc");
    let (first, last) = match (points.first(), points.last()) {
        (Some(first), Some(last)) => (first.wage, last.wage),
        _ => return Html::default(),
    };
    let x_axis = nice_axis(first, last, frame.x_ticks, 100);
    let tops = points.iter().map(|p| {
        stack_top(p, &Component::INCOME).max(p.disposable).max(
            p.disposable
                .saturating_add(p.part(Component::EmployeeContributionsAndTaxes)),
        )
    });
    let high = tops
        .chain(markers.iter().map(|m| m.disposable))
        .chain(reference.map(|r| r.high))
        .max()
        .unwrap_or(0);
    let low = points
        .iter()
        .map(|p| p.disposable)
        .chain(markers.iter().map(|m| m.disposable))
        .min()
        .unwrap_or(0)
        .min(0);
    let y_axis = nice_axis(low, high, frame.y_ticks, 100);
    let label_chars = y_axis
        .ticks
        .iter()
        .map(|t| money_whole(lang, *t).chars().count())
        .max()
        .unwrap_or(4);
    let frame = frame.with_label_chars(label_chars);
    let x = frame.x(&x_axis);
    let y = frame.y(&y_axis);

    // One closed path per stacked component: along the top edge, back along the bottom edge.
    let band = |lower: &dyn Fn(&IncomePoint) -> i64, upper: &dyn Fn(&IncomePoint) -> i64| {
        let mut d = String::new();
        for (i, p) in points.iter().enumerate() {
            d.push_str(if i == 0 { "M" } else { "L" });
            d.push_str(&format!("{} {} ", num(x.at(p.wage)), num(y.at(upper(p)))));
        }
        for p in points.iter().rev() {
            d.push_str(&format!("L{} {} ", num(x.at(p.wage)), num(y.at(lower(p)))));
        }
        d.push('Z');
        d
    };
    let areas: Vec<Html> = shown
        .iter()
        .enumerate()
        .map(|(index, component)| {
            let below = &shown[..index];
            let d = band(&|p| stack_top(p, below), &|p| {
                stack_top(p, below).saturating_add(p.part(*component).max(0))
            });
            html! {
                <path class={format!("chart-area chart-area-{}", component.slug())} d={d}
                    fill={pattern_url(id, *component)} stroke="#ffffff" stroke-width="0.5" />
            }
        })
        .collect();
    let gap = has_taxes.then(|| {
        let d = band(&|p| p.disposable, &|p| {
            p.disposable
                .saturating_add(p.part(Component::EmployeeContributionsAndTaxes))
        });
        html! {
            <path class="chart-area chart-area-taxes chart-gap" d={d}
                fill={pattern_url(id, Component::EmployeeContributionsAndTaxes)}
                stroke="#a3211d" stroke-width="1" stroke-dasharray="4 3" />
        }
    });
    let mut line = String::new();
    for (i, p) in points.iter().enumerate() {
        line.push_str(if i == 0 { "M" } else { "L" });
        line.push_str(&format!(
            "{} {} ",
            num(x.at(p.wage)),
            num(y.at(p.disposable))
        ));
    }

    let wages: Vec<i64> = points.iter().map(|p| p.wage).collect();
    let stops = sample_indices(&wages, frame.focus_points);
    let label = |v: i64| money_whole(lang, v);

    // The option labels get places where they overlap no other text (see `labels`): next to
    // their dot, never over the axes or each other.
    let mut placer = Placer::new(frame.width, frame.height);
    for rect in axis_label_boxes(
        &frame,
        &x_axis,
        &y_axis,
        &label,
        &label,
        tr(lang, k::CHART_AXIS_WAGE),
        tr(lang, k::CHART_AXIS_INCOME),
    ) {
        placer.reserve(rect);
    }
    let radius = marker_radius(&frame);
    for m in markers {
        let (cx, cy) = (x.at(m.wage), y.at(m.disposable));
        placer.reserve(Rect {
            x0: cx - radius,
            y0: cy - radius,
            x1: cx + radius,
            y1: cy + radius,
        });
    }
    let marker_dots: Vec<(f64, f64)> = markers
        .iter()
        .map(|m| (x.at(m.wage), y.at(m.disposable)))
        .collect();
    let small = frame.font * 0.9;
    // The reference budget's label first: there is one, and the options can fall back to their
    // number alone.
    let reference_drawing = reference.map(|range| {
        let text = reference_label(lang, &frame, range);
        let (top, bottom) = (y.at(range.high), y.at(range.low));
        let spot = placer.place(
            &reference_label_spots(&frame, top, bottom, small),
            text.chars().count(),
            small,
        );
        (top, bottom, spot.map(|spot| (spot, text)))
    });
    let groups = dot_groups(&marker_dots, radius);
    let marker_spots: Vec<Option<(Spot, String)>> = groups
        .iter()
        .map(|group| {
            let (cx, cy) = marker_dots[group[0]];
            let text = marker_label(&frame, group, markers);
            let number = group_numbers(group);
            let near = around(cx, cy, radius + 4.0, small);
            placer
                .place(&near, text.chars().count(), small)
                .map(|spot| (spot, text))
                // No room for the name: the number alone.
                .or_else(|| {
                    placer
                        .place(&near, number.chars().count() + 1, small)
                        .map(|spot| (spot, number))
                })
        })
        .collect();

    html! {
        <svg class={classes!("chart-svg", if frame.wide { "chart-svg--wide" } else { "chart-svg--narrow" })}
            viewBox={frame.view_box()} role="group" aria-labelledby={title_id.clone()}
            aria-describedby={desc_id.clone()}>
            <title id={title_id}>{ title }</title>
            <desc id={desc_id}>{ description }</desc>
            { axes(&frame, &x_axis, &y_axis, &label, &label,
                tr(lang, k::CHART_AXIS_WAGE), tr(lang, k::CHART_AXIS_INCOME)) }
            <g class="chart-areas" aria-hidden="true">
                { for areas }
                { for gap }
                <path class="chart-line-disposable" d={line} fill="none" stroke="#1a1a1a"
                    stroke-width="3" stroke-linejoin="round" />
            </g>
            if let Some((top, bottom, spot)) = reference_drawing {
                { reference_band(&frame, top, bottom, small, spot) }
            }
            // Markers first, so that the tooltips of the curve's points paint over them.
            <g class="chart-markers-layer">
                { for groups.iter().zip(marker_spots.iter()).map(|(group, spot)| {
                    let (cx, cy) = marker_dots[group[0]];
                    marker(lang, &frame, cx, cy, group, markers, spot.clone())
                }) }
            </g>
            <g class="chart-points">
                { for stops.iter().filter_map(|i| points.get(*i))
                    .filter(|p| clear_of_markers(x.at(p.wage), y.at(p.disposable), POINT_RADIUS, &marker_dots, radius))
                    .map(|p| {
                    focus_point(&frame, x.at(p.wage), y.at(p.disposable), point_label(lang, p),
                        &[tr_args(lang, k::CHART_TIP_WAGE, &[("wage", &money_whole(lang, p.wage))]),
                          tr_args(lang, k::CHART_TIP_DISPOSABLE, &[("amount", &money_whole(lang, p.disposable))])],
                        "chart-dot-income", POINT_RADIUS)
                }) }
            </g>
        </svg>
    }
}

/// "Wage 1 000 €: disposable income 1 234 €. Net wage 800 €, yleistuki 434 €".
fn point_label(lang: Lang, point: &IncomePoint) -> String {
    let mut text = tr_args(
        lang,
        k::CHART_POINT_INCOME,
        &[
            ("wage", &money_whole(lang, point.wage)),
            ("disposable", &money_whole(lang, point.disposable)),
        ],
    );
    let parts: Vec<String> = Component::INCOME
        .iter()
        .chain([Component::EmployeeContributionsAndTaxes].iter())
        .filter(|c| point.part(**c) != 0)
        .map(|c| {
            format!(
                "{} {}",
                tr(lang, c.income_key()),
                money_whole(lang, point.part(*c))
            )
        })
        .collect();
    if !parts.is_empty() {
        text.push_str(". ");
        text.push_str(&parts.join(", "));
    }
    text
}

/// The radius of an option's dot.
fn marker_radius(frame: &Frame) -> f64 {
    frame.font * 0.45
}

/// The text next to a dot: its options' numbers, and on wide charts their names.
fn marker_label(frame: &Frame, group: &[usize], markers: &[Marker]) -> String {
    if frame.wide {
        group
            .iter()
            .filter_map(|i| markers.get(*i).map(|m| format!("{}. {}", i + 1, m.label)))
            .collect::<Vec<_>>()
            .join(", ")
    } else {
        group_numbers(group)
    }
}

/// The dot of the options in `group` (one, or several at the same point), focusable, with its
/// label where `spot` says (placed so that it overlaps no other text; left out when there is
/// no room).
fn marker(
    lang: Lang,
    frame: &Frame,
    cx: f64,
    cy: f64,
    group: &[usize],
    markers: &[Marker],
    spot: Option<(Spot, String)>,
) -> Html {
    let font = frame.font * 0.9;
    let members: Vec<(usize, &Marker)> = group
        .iter()
        .filter_map(|i| markers.get(*i).map(|m| (*i, m)))
        .collect();
    let Some((_, first)) = members.first() else {
        return Html::default();
    };
    let mut tip: Vec<String> = members
        .iter()
        .map(|(i, m)| format!("{}. {}", i + 1, m.label))
        .collect();
    tip.push(tr_args(
        lang,
        k::CHART_TIP_WAGE,
        &[("wage", &money(lang, first.wage))],
    ));
    tip.push(tr_args(
        lang,
        k::CHART_TIP_DISPOSABLE,
        &[("amount", &money(lang, first.disposable))],
    ));
    let label = members
        .iter()
        .map(|(i, m)| format!("{}. {}", i + 1, marker_text(lang, m)))
        .collect::<Vec<_>>()
        .join("; ");
    html! {
        <g class="chart-marker">
            { focus_point(frame, cx, cy, label, &tip, "chart-dot-marker", marker_radius(frame)) }
            if let Some((spot, text)) = spot {
                <text class="chart-marker-label chart-label" aria-hidden="true" x={num(spot.x)} y={num(spot.y)}
                    text-anchor={spot.anchor.attr()} font-size={num(font)} font-weight="700"
                    paint-order="stroke" stroke="#ffffff" stroke-width="4" stroke-linejoin="round">
                    { text }
                </text>
            }
        </g>
    }
}

fn table(
    lang: Lang,
    id: &str,
    points: &[IncomePoint],
    shown: &[Component],
    has_taxes: bool,
    reference: Option<ReferenceRange>,
) -> Html {
    let wages: Vec<i64> = points.iter().map(|p| p.wage).collect();
    let rows = sample_indices(&wages, TABLE_ROWS);
    let mut columns: Vec<Component> = shown.to_vec();
    if has_taxes {
        columns.push(Component::EmployeeContributionsAndTaxes);
    }
    let head = html! {
        <tr>
            <th scope="col">{ tr(lang, k::CHART_COL_WAGE) }</th>
            { for columns.iter().map(|c| html! {
                <th scope="col" class="num">{ tr(lang, c.income_key()) }</th>
            }) }
            <th scope="col" class="num">{ tr(lang, k::CHART_COL_DISPOSABLE) }</th>
        </tr>
    };
    let body = html! {
        <>
        { for rows.iter().filter_map(|i| points.get(*i)).map(|p| html! {
            <tr>
                <th scope="row" class="num">{ money_whole(lang, p.wage) }</th>
                { for columns.iter().map(|c| {
                    let amount = if *c == Component::EmployeeContributionsAndTaxes {
                        -p.part(*c)
                    } else {
                        p.part(*c)
                    };
                    html! { <td class="num">{ money_whole(lang, amount) }</td> }
                }) }
                <td class="num chart-total">{ money_whole(lang, p.disposable) }</td>
            </tr>
        }) }
        if let Some(range) = reference {
            // The same at every wage: one row under the others, spanning the amount columns.
            <tr class="chart-reference-row">
                <th scope="row">{ tr(lang, k::SCENARIO_REFERENCE_ROW) }</th>
                <td class="num" colspan={(columns.len() + 1).to_string()}>{ reference_range_text(lang, range) }</td>
            </tr>
        }
        </>
    };
    data_table(lang, id, k::CHART_INCOME_TABLE_CAPTION, head, body)
}

/// "1 251–1 761 €": the published range as the comparison table writes it.
fn reference_range_text(lang: Lang, range: ReferenceRange) -> String {
    tr_args(
        lang,
        k::SCENARIO_REFERENCE_RANGE,
        &[
            ("low", &money_whole(lang, range.low)),
            ("high", &money_whole(lang, range.high)),
        ],
    )
}

/// The sentence of the chart's description about the reference budget.
fn reference_sentence(lang: Lang, range: ReferenceRange) -> String {
    tr_args(
        lang,
        k::CHART_REFERENCE_DESC,
        &[("range", &reference_range_text(lang, range))],
    )
}

/// The label on the chart: the name and range on wide charts, the name alone on narrow ones
/// (the range is in the legend's table row, the description and the note under the chart).
fn reference_label(lang: Lang, frame: &Frame, range: ReferenceRange) -> String {
    if frame.wide {
        tr_args(
            lang,
            k::CHART_REFERENCE_LABEL_WIDE,
            &[("range", &reference_range_text(lang, range))],
        )
    } else {
        tr(lang, k::CHART_REFERENCE_LABEL).to_string()
    }
}

/// Where the reference budget's label may go, best first: just above the upper line at the
/// right end of the plot, then at the left end, then just below the lower line, then inside
/// the band.
fn reference_label_spots(frame: &Frame, top: f64, bottom: f64, font: f64) -> Vec<Spot> {
    let (left, right) = (frame.plot_left() + 4.0, frame.plot_right() - 4.0);
    let above = top - 4.0;
    let below = bottom + font + 2.0;
    let inside = (top + bottom) / 2.0 + font * 0.35;
    let mut spots = Vec::new();
    for y in [above, below, inside] {
        spots.push(Spot {
            x: right,
            y,
            anchor: Anchor::End,
        });
        spots.push(Spot {
            x: left,
            y,
            anchor: Anchor::Start,
        });
    }
    spots
}

/// The reference budget across the plot: a light band from the low to the high end, a dashed
/// line at each end, and the label where the placer found room (left out when there is none;
/// the legend, the description and the table say the same).
fn reference_band(
    frame: &Frame,
    top: f64,
    bottom: f64,
    font: f64,
    spot: Option<(Spot, String)>,
) -> Html {
    let (left, right) = (frame.plot_left(), frame.plot_right());
    let line = |y: f64| {
        html! {
            <line class="chart-line-reference" x1={num(left)} x2={num(right)} y1={num(y)} y2={num(y)}
                stroke="#5b2a86" stroke-width="2.5" stroke-dasharray="6 4" />
        }
    };
    html! {
        <g class="chart-reference">
            <g aria-hidden="true">
                <rect class="chart-reference-band" x={num(left)} y={num(top)} width={num(right - left)}
                    height={num((bottom - top).max(0.0))} fill="#5b2a86" fill-opacity="0.08" />
                { line(top) }
                { line(bottom) }
            </g>
            if let Some((spot, text)) = spot {
                <text class="chart-reference-label chart-label" aria-hidden="true" x={num(spot.x)} y={num(spot.y)}
                    text-anchor={spot.anchor.attr()} font-size={num(font)} font-weight="700" fill="#5b2a86"
                    paint-order="stroke" stroke="#ffffff" stroke-width="4" stroke-linejoin="round">
                    { text }
                </text>
            }
        </g>
    }
}
