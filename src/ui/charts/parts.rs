//! Pieces both charts draw: fill patterns, axes, the value tooltip of a focusable point, and
//! legend swatches. Plain functions returning `Html`; no state, no `style` attributes (the CSP
//! allows only the stylesheet, so everything visual is a presentation attribute or a class).

use yew::prelude::*;

use super::axis::{text_width, Axis, Frame};
use super::labels::{text_box, Anchor, Rect};
use super::Component;

/// A coordinate for SVG attributes, one decimal, never NaN. Written from whole tenths with
/// integer formatting: `core::fmt`'s float printing would add several kilobytes to the
/// WebAssembly for nothing a coordinate needs (docs/PERFORMANCE.md).
pub fn num(value: f64) -> String {
    if !value.is_finite() {
        return "0".to_string();
    }
    // `as` saturates at the i64 range; a coordinate is never near it.
    let tenths = (value * 10.0).round() as i64;
    let sign = if tenths < 0 { "-" } else { "" };
    let (whole, tenth) = (tenths.unsigned_abs() / 10, tenths.unsigned_abs() % 10);
    if tenth == 0 {
        format!("{sign}{whole}")
    } else {
        format!("{sign}{whole}.{tenth}")
    }
}

/// The id of a component's fill pattern within chart `id`.
pub fn pattern_id(id: &str, component: Component) -> String {
    format!("{id}-pat-{}", component.slug())
}

/// `url(#…)` for a fill attribute.
pub fn pattern_url(id: &str, component: Component) -> String {
    format!("url(#{})", pattern_id(id, component))
}

/// The id of the trap-band pattern within chart `id`.
pub fn trap_pattern_id(id: &str) -> String {
    format!("{id}-pat-trap")
}

/// Background colour and line colour of each component's pattern. The line colours are dark
/// (≥ 4.5:1 on white) so that the patterns stay apart in greyscale and in print, where the
/// stylesheet turns the backgrounds white and the lines black.
fn colours(component: Component) -> (&'static str, &'static str) {
    match component {
        Component::Wage => ("#bcd4f0", "#0b3a75"),
        Component::EmployeeContributionsAndTaxes => ("#f6cdc9", "#a3211d"),
        Component::UnemploymentBenefit => ("#f7d9a8", "#8a4b00"),
        Component::HousingAllowance => ("#c9e7cc", "#1d6b3a"),
        Component::SocialAssistance => ("#e6cff0", "#5b2a6e"),
        Component::ChildBenefit => ("#fff0a6", "#5c4b00"),
        Component::Costs => ("#f3d3e4", "#7a1f52"),
        Component::Other => ("#dde1e6", "#3b4048"),
    }
}

/// The marks inside one 10 × 10 pattern tile: each component has its own texture.
fn texture(component: Component, line: &'static str) -> Html {
    let stroke = |d: &'static str| {
        html! { <path class="chart-pat-fg" d={d} stroke={line} stroke-width="1.6" fill="none" /> }
    };
    match component {
        Component::Wage => stroke("M0 2.5 H10 M0 7.5 H10"),
        Component::EmployeeContributionsAndTaxes => stroke("M0 5 H4 M6 0 V4"),
        Component::UnemploymentBenefit => stroke("M-1 11 L11 -1 M-6 6 L6 -6 M4 16 L16 4"),
        Component::HousingAllowance => stroke("M-1 -1 L11 11 M-6 4 L6 16 M4 -6 L16 6"),
        Component::SocialAssistance => stroke("M0 0 L10 10 M10 0 L0 10"),
        Component::ChildBenefit => html! {
            <>
                <circle class="chart-pat-dot" cx="2.5" cy="2.5" r="1.6" fill={line} />
                <circle class="chart-pat-dot" cx="7.5" cy="7.5" r="1.6" fill={line} />
            </>
        },
        Component::Costs => stroke("M0 2 H10 M0 5 H10 M0 8 H10"),
        Component::Other => stroke("M2.5 0 V10 M7.5 0 V10"),
    }
}

/// `<defs>` with one pattern per component and the trap hatching, in a zero-size SVG that is
/// always rendered, so that both chart variants and the HTML legend swatches can use them.
pub fn pattern_defs(id: &str) -> Html {
    html! {
        <svg class="chart-defs" aria-hidden="true" width="0" height="0">
            <defs>
                { for Component::ALL.iter().map(|component| {
                    let (background, line) = colours(*component);
                    html! {
                        <pattern id={pattern_id(id, *component)} patternUnits="userSpaceOnUse"
                            width="10" height="10">
                            <rect class="chart-pat-bg" width="10" height="10" fill={background} />
                            { texture(*component, line) }
                        </pattern>
                    }
                }) }
                <pattern id={trap_pattern_id(id)} patternUnits="userSpaceOnUse" width="12" height="12">
                    <rect class="chart-pat-trap-bg" width="12" height="12" fill="#fdeeed" />
                    <path class="chart-pat-trap-fg" d="M-3 3 L3 -3 M0 12 L12 0 M9 15 L15 9"
                        stroke="#c98a86" stroke-width="1" fill="none" />
                </pattern>
            </defs>
        </svg>
    }
}

/// A legend swatch: a small SVG filled with the component's pattern.
pub fn swatch(fill: String) -> Html {
    html! {
        <svg class="chart-swatch" viewBox="0 0 28 18" aria-hidden="true">
            <rect x="0.5" y="0.5" width="27" height="17" fill={fill} stroke="#1a1a1a" stroke-width="1" />
        </svg>
    }
}

/// A legend swatch for a component: on screen the same solid colour as its area, in print the
/// same pattern (the stylesheet switches both by the component's class).
pub fn component_swatch(id: &str, component: Component) -> Html {
    html! {
        <svg class="chart-swatch" viewBox="0 0 28 18" aria-hidden="true">
            <rect class={format!("chart-area-{}", component.slug())} x="0.5" y="0.5" width="27" height="17"
                fill={pattern_url(id, component)} stroke="#4a4f57" stroke-width="1" />
        </svg>
    }
}

/// A legend swatch for a line (`dash` as a stroke-dasharray, empty for solid).
pub fn line_swatch(class: &'static str, dash: &'static str) -> Html {
    html! {
        <svg class="chart-swatch" viewBox="0 0 28 18" aria-hidden="true">
            <line class={class} x1="1" y1="9" x2="27" y2="9" stroke="#1a1a1a" stroke-width="3"
                stroke-dasharray={dash} />
        </svg>
    }
}

/// Gridlines, tick labels and axis titles (decorative for assistive technology: the same
/// information is in the description and the table).
pub fn axes(
    frame: &Frame,
    x_axis: &Axis,
    y_axis: &Axis,
    x_label: &dyn Fn(i64) -> String,
    y_label: &dyn Fn(i64) -> String,
    x_title: &str,
    y_title: &str,
) -> Html {
    let x = frame.x(x_axis);
    let y = frame.y(y_axis);
    let font = num(frame.font);
    let small = num(frame.font * 0.9);
    html! {
        <g class="chart-axes" aria-hidden="true">
            { for y_axis.ticks.iter().map(|tick| {
                let at = num(y.at(*tick));
                html! {
                    <>
                        <line class="chart-grid" x1={num(frame.plot_left())} x2={num(frame.plot_right())}
                            y1={at.clone()} y2={at.clone()} stroke="#d5dbe3" stroke-width="1" />
                        <text class="chart-tick" x={num(frame.plot_left() - 6.0)} y={at}
                            text-anchor="end" dominant-baseline="middle" font-size={small.clone()}>
                            { y_label(*tick) }
                        </text>
                    </>
                }
            }) }
            { for x_axis.ticks.iter().map(|tick| {
                let at = num(x.at(*tick));
                html! {
                    <>
                        <line class="chart-tickmark" x1={at.clone()} x2={at.clone()}
                            y1={num(frame.plot_bottom())} y2={num(frame.plot_bottom() + 5.0)}
                            stroke="#4a4f57" stroke-width="1" />
                        <text class="chart-tick" x={at} y={num(frame.plot_bottom() + 7.0 + frame.font * 0.9)}
                            text-anchor="middle" font-size={small.clone()}>
                            { x_label(*tick) }
                        </text>
                    </>
                }
            }) }
            <line class="chart-axis" x1={num(frame.plot_left())} x2={num(frame.plot_right())}
                y1={num(frame.plot_bottom())} y2={num(frame.plot_bottom())} stroke="#1a1a1a" stroke-width="1.5" />
            <line class="chart-axis" x1={num(frame.plot_left())} x2={num(frame.plot_left())}
                y1={num(frame.plot_top())} y2={num(frame.plot_bottom())} stroke="#1a1a1a" stroke-width="1.5" />
            <text class="chart-axis-title" x={num((frame.plot_left() + frame.plot_right()) / 2.0)}
                y={num(frame.height - 6.0)} text-anchor="middle" font-size={font.clone()}>{ x_title }</text>
            <text class="chart-axis-title" x="4" y={num(y_title_baseline(frame))} font-size={font}>{ y_title }</text>
        </g>
    }
}

/// The y axis title sits above the plot, clear of the top tick label (which is centred on the
/// plot's top edge).
fn y_title_baseline(frame: &Frame) -> f64 {
    (frame.top - 18.0).max(frame.font)
}

/// The boxes of the labels [`axes`] draws, so that no other label is placed over them.
#[allow(clippy::too_many_arguments)]
pub fn axis_label_boxes(
    frame: &Frame,
    x_axis: &Axis,
    y_axis: &Axis,
    x_label: &dyn Fn(i64) -> String,
    y_label: &dyn Fn(i64) -> String,
    x_title: &str,
    y_title: &str,
) -> Vec<Rect> {
    let x = frame.x(x_axis);
    let y = frame.y(y_axis);
    let small = frame.font * 0.9;
    let mut boxes = Vec::new();
    for tick in &y_axis.ticks {
        let chars = y_label(*tick).chars().count();
        boxes.push(text_box(
            frame.plot_left() - 6.0,
            y.at(*tick) + small * 0.35,
            chars,
            small,
            Anchor::End,
        ));
    }
    for tick in &x_axis.ticks {
        let chars = x_label(*tick).chars().count();
        let baseline = frame.plot_bottom() + 7.0 + small;
        boxes.push(text_box(
            x.at(*tick),
            baseline,
            chars,
            small,
            Anchor::Middle,
        ));
    }
    let centre = (frame.plot_left() + frame.plot_right()) / 2.0;
    boxes.push(text_box(
        centre,
        frame.height - 6.0,
        x_title.chars().count(),
        frame.font,
        Anchor::Middle,
    ));
    boxes.push(text_box(
        4.0,
        y_title_baseline(frame),
        y_title.chars().count(),
        frame.font,
        Anchor::Start,
    ));
    boxes
}

/// A keyboard stop at (`cx`, `cy`): a dot of `radius`, a focus ring, and a tooltip with `lines`
/// shown on focus and hover (CSS), announced as one image named `label`.
pub fn focus_point(
    frame: &Frame,
    cx: f64,
    cy: f64,
    label: String,
    lines: &[String],
    dot_class: &'static str,
    radius: f64,
) -> Html {
    let font = frame.font * 0.9;
    let line_height = font * 1.3;
    let longest = lines.iter().map(|l| l.chars().count()).max().unwrap_or(0);
    let width = text_width(longest, font) + 16.0;
    let height = line_height * lines.len() as f64 + 10.0;
    let mut tip_x = cx + radius + 6.0;
    if tip_x + width > frame.width - 2.0 {
        tip_x = (cx - radius - 6.0 - width).max(2.0);
    }
    let mut tip_y = cy - height - radius - 6.0;
    if tip_y < 2.0 {
        tip_y = (cy + radius + 8.0)
            .min(frame.height - height - 2.0)
            .max(2.0);
    }
    html! {
        <g class="chart-point" tabindex="0" role="img" aria-label={label}>
            <circle class="chart-hit" cx={num(cx)} cy={num(cy)} r={num(radius + 10.0)} fill="transparent" />
            <circle class="chart-ring" cx={num(cx)} cy={num(cy)} r={num(radius + 5.0)} fill="none" />
            <circle class={classes!("chart-dot", dot_class)} cx={num(cx)} cy={num(cy)} r={num(radius)}
                fill="#ffffff" stroke="#1a1a1a" stroke-width="2" />
            <g class="chart-tip">
                <rect x={num(tip_x)} y={num(tip_y)} width={num(width)} height={num(height)} rx="4"
                    fill="#ffffff" stroke="#1a1a1a" stroke-width="1.5" />
                { for lines.iter().enumerate().map(|(i, line)| html! {
                    <text x={num(tip_x + 8.0)} y={num(tip_y + 5.0 + line_height * (i as f64 + 0.8))}
                        font-size={num(font)}>{ line.clone() }</text>
                }) }
            </g>
        </g>
    }
}

/// Whether a curve's keyboard stop at (`cx`, `cy`) with a dot of `radius` stays clear of every
/// option's dot in `markers` (of `marker_radius`), hit areas and focus rings included. A stop
/// that would sit on an option is left out: the option's own stop says the same, and nothing
/// paints over a focused option's dot (WCAG 2.4.11) or shares its place (2.5.8).
pub fn clear_of_markers(
    cx: f64,
    cy: f64,
    radius: f64,
    markers: &[(f64, f64)],
    marker_radius: f64,
) -> bool {
    let reach = radius + 10.0 + marker_radius + 5.0;
    markers
        .iter()
        .all(|(mx, my)| (cx - mx).hypot(cy - my) >= reach)
}

/// The options drawn as one dot: each group holds the indices of options whose dots would lie
/// on each other (centres closer than a dot's diameter), in their order. One dot, one keyboard
/// stop and one label per group, so that no option's dot hides another's (WCAG 2.4.11, 2.5.8).
pub fn dot_groups(dots: &[(f64, f64)], radius: f64) -> Vec<Vec<usize>> {
    let mut groups: Vec<Vec<usize>> = Vec::new();
    for (index, (cx, cy)) in dots.iter().enumerate() {
        let shared = groups.iter_mut().find(|group| {
            group
                .first()
                .and_then(|first| dots.get(*first))
                .is_some_and(|(gx, gy)| (cx - gx).hypot(cy - gy) < radius * 2.0)
        });
        match shared {
            Some(group) => group.push(index),
            None => groups.push(vec![index]),
        }
    }
    groups
}

/// "1, 2": the option numbers of a group.
pub fn group_numbers(group: &[usize]) -> String {
    group
        .iter()
        .map(|i| (i + 1).to_string())
        .collect::<Vec<_>>()
        .join(", ")
}

/// The data table behind a chart: a "Show as a table" disclosure holding a captioned table in a
/// keyboard-scrollable region. `head` and `body` are the table's `thead` rows and `tbody` rows.
pub fn data_table(
    lang: crate::i18n::Lang,
    id: &str,
    caption: crate::i18n::Key,
    head: Html,
    body: Html,
) -> Html {
    use crate::i18n::{k, tr};
    let caption_id = format!("{id}-caption");
    html! {
        <details class="chart-table">
            <summary>{ tr(lang, k::CHART_SHOW_TABLE) }</summary>
            <div class="table-scroll" tabindex="0" role="region" aria-labelledby={caption_id.clone()}>
                <table>
                    <caption id={caption_id}>{ tr(lang, caption) }</caption>
                    <thead>{ head }</thead>
                    <tbody>{ body }</tbody>
                </table>
            </div>
        </details>
    }
}

#[cfg(test)]
mod tests {
    use super::{dot_groups, group_numbers, num};

    #[test]
    fn coordinates_have_at_most_one_decimal_and_no_float_noise() {
        assert_eq!(num(0.0), "0");
        assert_eq!(num(12.34), "12.3");
        assert_eq!(num(12.96), "13");
        assert_eq!(num(-3.05), "-3.1");
        assert_eq!(num(-0.04), "0");
        assert_eq!(num(0.1 + 0.2), "0.3");
        assert_eq!(num(f64::NAN), "0");
        assert_eq!(num(f64::INFINITY), "0");
    }

    #[test]
    fn options_on_the_same_spot_share_one_dot() {
        let dots = [(10.0, 10.0), (10.0, 12.0), (60.0, 10.0), (10.0, 40.0)];
        let groups = dot_groups(&dots, 6.0);
        assert_eq!(groups, vec![vec![0, 1], vec![2], vec![3]]);
        assert_eq!(group_numbers(&groups[0]), "1, 2");
        assert!(dot_groups(&[], 6.0).is_empty());
    }
}
