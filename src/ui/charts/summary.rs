//! The words under and inside the charts: wage steps and bands of equal marginal rates, trap
//! ranges, and the plain-language sentences ("With a wage of 0 €–1 120 € you keep at most
//! 20 cents of each extra euro."). Every claim is computed from the data so that it is true for
//! every euro it speaks about. Pure: no `yew`.

use super::{IncomePoint, MarginalPoint, Marker, Segment};
use crate::i18n::{k, money, money_whole, tr, tr_args, Lang};

/// A marginal rate at or above this (tenths of a percent) is an incentive trap: the engine's
/// threshold (given in basis points) in the chart's unit.
pub const TRAP_THRESHOLD: i32 = crate::rules::TRAP_THRESHOLD_BP / 10;

/// The points in the order of their wage, points of the same wage in their given order. The
/// unstable sort of `(wage, position)` pairs gives exactly that order (positions are unique) with
/// one small sort for every kind of point, instead of a stable sort instantiated per caller.
pub fn by_wage<T: Clone>(points: &[T], wage: impl Fn(&T) -> i64) -> Vec<T> {
    let mut order: Vec<(i64, usize)> = points
        .iter()
        .enumerate()
        .map(|(i, p)| (wage(p), i))
        .collect();
    crate::sort::sort(&mut order);
    order.into_iter().map(|(_, i)| points[i].clone()).collect()
}

/// Rates above this are drawn cut at the top of the marginal chart (the table has the values).
pub const DISPLAY_MAX_RATE: i32 = 1200;

/// At most this many trap ranges are named one by one in the summary.
const NAMED_RANGES: usize = 3;

/// Each point's wage step, sorted by wage: from its wage to the next point's wage. The last step
/// is as wide as the one before it (a single point has a step of zero width).
pub fn steps(points: &[MarginalPoint]) -> Vec<(Segment, MarginalPoint)> {
    let sorted = by_wage(points, |p| p.wage);
    let len = sorted.len();
    (0..len)
        .map(|i| {
            let from = sorted[i].wage;
            let to = if i + 1 < len {
                sorted[i + 1].wage
            } else if len >= 2 {
                let width = from.saturating_sub(sorted[len - 2].wage).max(0);
                from.saturating_add(width)
            } else {
                from
            };
            (Segment { from, to }, sorted[i])
        })
        .collect()
}

/// Neighbouring steps with exactly the same rates merged into one band (the table rows).
pub fn rate_bands(points: &[MarginalPoint]) -> Vec<(Segment, MarginalPoint)> {
    let mut bands: Vec<(Segment, MarginalPoint)> = Vec::new();
    for (segment, point) in steps(points) {
        match bands.last_mut() {
            Some((last, rates)) if rates.same_rates(&point) => last.to = segment.to,
            _ => bands.push((segment, point)),
        }
    }
    bands
}

/// Cents of an extra euro you keep at most when the marginal rate is at least `rate` tenths:
/// `ceil((1000 − rate) / 10)`, never below 0 (`800` → 20, `801` → 20, `1000` and above → 0).
pub fn keep_cents_at_most(rate: i32) -> i64 {
    let kept = 1000 - i64::from(rate);
    (-((-kept).div_euclid(10))).max(0)
}

/// Cents you keep for sure more than when the rate is below `rate` tenths: `floor((1000 − rate) / 10)`.
fn keep_cents_more_than(rate: i32) -> i64 {
    (1000 - i64::from(rate)).div_euclid(10).max(0)
}

/// Cents kept on average (rounded) over `steps`, weighted by their width.
fn keep_cents_about(steps: &[(Segment, MarginalPoint)]) -> Option<i64> {
    if steps.is_empty() {
        return None;
    }
    let width = |s: &Segment| (i128::from(s.to) - i128::from(s.from)).max(0);
    let total_width: i128 = steps.iter().map(|(s, _)| width(s)).sum();
    let (sum, count): (i128, i128) = if total_width > 0 {
        (
            steps
                .iter()
                .map(|(s, p)| i128::from(p.total) * width(s))
                .sum(),
            total_width,
        )
    } else {
        (
            steps.iter().map(|(_, p)| i128::from(p.total)).sum(),
            i128::try_from(steps.len()).unwrap_or(1),
        )
    };
    // kept cents = (1000 − average rate) / 10, rounded half up.
    let numerator = 1000 * count - sum;
    let denominator = 10 * count;
    let rounded = (2 * numerator + denominator).div_euclid(2 * denominator);
    Some(i64::try_from(rounded.max(0)).unwrap_or(i64::MAX))
}

/// `from–to` in whole euros, or one amount when both are the same.
pub(crate) fn range_text(lang: Lang, segment: Segment) -> String {
    if segment.from == segment.to {
        money_whole(lang, segment.from)
    } else {
        tr_args(
            lang,
            k::CHART_RANGE,
            &[
                ("from", &money_whole(lang, segment.from)),
                ("to", &money_whole(lang, segment.to)),
            ],
        )
    }
}

/// The plain-language summary under the marginal chart, one sentence per entry: each trap range
/// (the engine's, from the curve: `ranges`, where the rate is at least `threshold`) with the most you keep there, or that there is none; what you keep above
/// the last trap; and the wages where disposable income falls (`cliffs`).
pub fn marginal_summary(
    lang: Lang,
    points: &[MarginalPoint],
    cliffs: &[i64],
    threshold: i32,
    ranges: &[Segment],
) -> Vec<String> {
    let steps = steps(points);
    let (Some(first), Some(last)) = (steps.first(), steps.last()) else {
        return vec![tr(lang, k::CHART_NO_DATA).to_string()];
    };
    let whole = Segment {
        from: first.0.from,
        to: last.0.to,
    };
    let mut sentences = Vec::new();
    if ranges.is_empty() {
        sentences.push(tr_args(
            lang,
            k::CHART_SUMMARY_NO_TRAP,
            &[
                ("range", &range_text(lang, whole)),
                ("cents", &keep_cents_more_than(threshold).to_string()),
            ],
        ));
    }
    for range in ranges.iter().take(NAMED_RANGES) {
        let lowest = steps
            .iter()
            .filter(|(s, p)| s.from >= range.from && s.from <= range.to && p.total >= threshold)
            .map(|(_, p)| p.total)
            .min()
            .unwrap_or(threshold);
        let cents = keep_cents_at_most(lowest);
        let text = range_text(lang, *range);
        sentences.push(if cents == 0 {
            tr_args(lang, k::CHART_SUMMARY_TRAP_NOTHING, &[("range", &text)])
        } else {
            tr_args(
                lang,
                k::CHART_SUMMARY_TRAP,
                &[("range", &text), ("cents", &cents.to_string())],
            )
        });
    }
    if ranges.len() > NAMED_RANGES {
        sentences.push(tr_args(
            lang,
            k::CHART_SUMMARY_MORE_TRAPS,
            &[("count", &(ranges.len() - NAMED_RANGES).to_string())],
        ));
    }
    if let Some(last_trap) = ranges.last() {
        let after: Vec<(Segment, MarginalPoint)> = steps
            .iter()
            .filter(|(s, _)| s.from >= last_trap.to && s.to > s.from)
            .copied()
            .collect();
        if let Some(about) = keep_cents_about(&after) {
            let highest = after.iter().map(|(_, p)| p.total).max().unwrap_or(0);
            let lowest = after.iter().map(|(_, p)| p.total).min().unwrap_or(0);
            let (low, high) = (keep_cents_more_than(highest), keep_cents_at_most(lowest));
            let wage = money_whole(lang, last_trap.to);
            sentences.push(if high - low <= 5 {
                tr_args(
                    lang,
                    k::CHART_SUMMARY_ABOVE,
                    &[("wage", &wage), ("cents", &about.to_string())],
                )
            } else {
                tr_args(
                    lang,
                    k::CHART_SUMMARY_ABOVE_BETWEEN,
                    &[
                        ("wage", &wage),
                        ("low", &low.to_string()),
                        ("high", &high.to_string()),
                    ],
                )
            });
        }
    }
    let mut cliffs = cliffs.to_vec();
    crate::sort::sort(&mut cliffs);
    cliffs.dedup();
    if !cliffs.is_empty() {
        let list: Vec<String> = cliffs.iter().map(|c| money_whole(lang, *c)).collect();
        sentences.push(tr_args(
            lang,
            k::CHART_SUMMARY_CLIFFS,
            &[("list", &list.join(", "))],
        ));
    }
    sentences
}

/// The text summary of the income chart (its `<desc>`): the wage range, disposable income at
/// both ends, and the marked options.
pub fn income_description(lang: Lang, points: &[IncomePoint], markers: &[Marker]) -> String {
    let sorted = by_wage(points, |p| p.wage);
    let (Some(first), Some(last)) = (sorted.first(), sorted.last()) else {
        return tr(lang, k::CHART_NO_DATA).to_string();
    };
    let mut text = tr_args(
        lang,
        k::CHART_INCOME_DESC,
        &[
            ("from", &money_whole(lang, first.wage)),
            ("to", &money_whole(lang, last.wage)),
            ("start", &money_whole(lang, first.disposable)),
            ("end", &money_whole(lang, last.disposable)),
        ],
    );
    if !markers.is_empty() {
        let list: Vec<String> = markers.iter().map(|m| marker_text(lang, m)).collect();
        text.push(' ');
        text.push_str(&tr_args(
            lang,
            k::CHART_MARKERS_DESC,
            &[("list", &list.join("; "))],
        ));
    }
    text
}

/// "Part-time: wage 1 000 €, disposable income 1 500 €".
pub(crate) fn marker_text(lang: Lang, marker: &Marker) -> String {
    tr_args(
        lang,
        k::CHART_MARKER,
        &[
            ("label", &marker.label),
            ("wage", &money(lang, marker.wage)),
            ("disposable", &money(lang, marker.disposable)),
        ],
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn by_wage_orders_by_wage_and_keeps_the_order_of_equal_wages() {
        let points = [
            rate(300, 1),
            rate(100, 2),
            rate(300, 3),
            rate(100, 4),
            rate(200, 5),
        ];
        let totals: Vec<i32> = by_wage(&points, |p| p.wage)
            .iter()
            .map(|p| p.total)
            .collect();
        assert_eq!(totals, [2, 4, 5, 1, 3]);
    }

    fn rate(wage_euros: i64, total: i32) -> MarginalPoint {
        MarginalPoint {
            wage: wage_euros * 100,
            tax: total / 4,
            unemployment_benefit: total - total / 4,
            total,
            ..MarginalPoint::default()
        }
    }

    fn seg(from_euros: i64, to_euros: i64) -> Segment {
        Segment {
            from: from_euros * 100,
            to: to_euros * 100,
        }
    }

    /// A typical curve: 50 % up to 300 €, trap (85–95 %) up to 1 120 €, then 40 %.
    fn typical() -> Vec<MarginalPoint> {
        let mut points = Vec::new();
        for euros in (0..2000).step_by(20) {
            let total = match euros {
                0..300 => 500,
                300..700 => 950,
                700..1120 => 850,
                _ => 400,
            };
            points.push(rate(euros, total));
        }
        points
    }

    #[test]
    fn steps_run_to_the_next_wage_and_the_last_repeats_its_width() {
        let s = steps(&[rate(10, 0), rate(0, 0), rate(30, 0)]);
        assert_eq!(
            s.iter().map(|(seg, _)| *seg).collect::<Vec<_>>(),
            vec![seg(0, 10), seg(10, 30), seg(30, 50)]
        );
        assert_eq!(steps(&[rate(5, 0)])[0].0, seg(5, 5));
        assert!(steps(&[]).is_empty());
    }

    /// The trap ranges of made-up points, as the engine reports them for a curve (contiguous
    /// steps at or above `threshold`): the input the summary is given.
    fn traps(points: &[MarginalPoint], threshold: i32) -> Vec<Segment> {
        let mut ranges: Vec<Segment> = Vec::new();
        let mut open = false;
        for (segment, point) in steps(points) {
            open = match (point.total >= threshold, ranges.last_mut()) {
                (true, Some(last)) if open => {
                    last.to = segment.to;
                    true
                }
                (true, _) => {
                    ranges.push(segment);
                    true
                }
                (false, _) => false,
            };
        }
        ranges
    }

    #[test]
    fn bands_merge_equal_rates() {
        let bands = rate_bands(&typical());
        assert_eq!(bands.len(), 4);
        assert_eq!(bands[1].0, seg(300, 700));
        assert_eq!(bands[1].1.total, 950);
        assert_eq!(bands[3].0, seg(1120, 2000));
    }

    #[test]
    fn kept_cents_round_in_the_honest_direction() {
        assert_eq!(keep_cents_at_most(800), 20);
        assert_eq!(keep_cents_at_most(801), 20);
        assert_eq!(keep_cents_at_most(809), 20);
        assert_eq!(keep_cents_at_most(810), 19);
        assert_eq!(keep_cents_at_most(1000), 0);
        assert_eq!(keep_cents_at_most(1500), 0);
        assert_eq!(keep_cents_at_most(-200), 120);
        assert_eq!(keep_cents_at_most(i32::MIN), 214_748_465);
        assert_eq!(keep_cents_more_than(800), 20);
        assert_eq!(keep_cents_more_than(805), 19);
    }

    #[test]
    fn summary_names_the_trap_and_what_follows() {
        let text = marginal_summary(
            Lang::En,
            &typical(),
            &[],
            TRAP_THRESHOLD,
            &traps(&typical(), TRAP_THRESHOLD),
        );
        assert_eq!(
            text,
            vec![
                "With a wage of €300–€1,120, you keep at most 15 cents of each extra euro.",
                "Above €1,120 you keep about 60 cents of each extra euro.",
            ]
        );
        let fi = marginal_summary(
            Lang::Fi,
            &typical(),
            &[112_000],
            TRAP_THRESHOLD,
            &traps(&typical(), TRAP_THRESHOLD),
        );
        assert_eq!(fi.len(), 3);
        assert!(fi[0].contains("300\u{a0}€–1\u{a0}120\u{a0}€"), "{fi:?}");
        assert!(fi[0].contains("15 senttiä"), "{fi:?}");
        assert!(fi[2].contains("1\u{a0}120\u{a0}€"), "{fi:?}");
    }

    #[test]
    fn summary_without_a_trap_or_data_says_so() {
        let flat: Vec<MarginalPoint> = (0..=10).map(|i| rate(i * 100, 400)).collect();
        assert_eq!(
            marginal_summary(
                Lang::En,
                &flat,
                &[],
                TRAP_THRESHOLD,
                &traps(&flat, TRAP_THRESHOLD)
            ),
            vec!["With a wage of €0–€1,100, you keep more than 20 cents of each extra euro."]
        );
        assert_eq!(
            marginal_summary(Lang::En, &[], &[], TRAP_THRESHOLD, &[]),
            vec![tr(Lang::En, k::CHART_NO_DATA)]
        );
        let zero: Vec<MarginalPoint> = (0..3).map(|i| rate(i * 100, 0)).collect();
        assert_eq!(
            marginal_summary(
                Lang::Sv,
                &zero,
                &[],
                TRAP_THRESHOLD,
                &traps(&zero, TRAP_THRESHOLD)
            )
            .len(),
            1
        );
    }

    #[test]
    fn summary_handles_rates_over_100_and_many_traps() {
        let over = [rate(0, 1200), rate(100, 1000), rate(200, 300)];
        let text = marginal_summary(
            Lang::En,
            &over,
            &[10_000],
            TRAP_THRESHOLD,
            &traps(&over, TRAP_THRESHOLD),
        );
        assert!(text[0].contains("you keep nothing"), "{text:?}");
        assert!(text[1].contains("about 70 cents"), "{text:?}");
        assert!(text[2].contains("€100"), "{text:?}");

        let many: Vec<MarginalPoint> = (0..20)
            .map(|i| rate(i * 100, if i % 2 == 0 { 900 } else { 100 }))
            .collect();
        let text = marginal_summary(
            Lang::Fi,
            &many,
            &[],
            TRAP_THRESHOLD,
            &traps(&many, TRAP_THRESHOLD),
        );
        assert_eq!(text.len(), 5, "{text:?}");
        assert!(text[3].contains('7'), "{text:?}");

        let mixed = [rate(0, 900), rate(100, 100), rate(200, 700), rate(300, 700)];
        let text = marginal_summary(
            Lang::En,
            &mixed,
            &[],
            TRAP_THRESHOLD,
            &traps(&mixed, TRAP_THRESHOLD),
        );
        assert!(text[1].contains("30–90 cents"), "{text:?}");

        let one = [rate(500, 900)];
        let text = marginal_summary(
            Lang::En,
            &one,
            &[],
            TRAP_THRESHOLD,
            &traps(&one, TRAP_THRESHOLD),
        );
        assert_eq!(
            text,
            vec!["With a wage of €500, you keep at most 10 cents of each extra euro."]
        );
    }

    #[test]
    fn extreme_inputs_never_panic() {
        let extremes = [
            MarginalPoint {
                wage: i64::MIN,
                total: i32::MIN,
                ..Default::default()
            },
            MarginalPoint {
                wage: 0,
                total: i32::MAX,
                ..Default::default()
            },
            MarginalPoint {
                wage: i64::MAX,
                total: 0,
                ..Default::default()
            },
        ];
        for lang in Lang::ALL {
            let text = marginal_summary(
                lang,
                &extremes,
                &[i64::MIN, i64::MAX],
                i32::MAX,
                &traps(&extremes, i32::MAX),
            );
            assert!(!text.is_empty());
            let text =
                marginal_summary(lang, &extremes, &[], i32::MIN, &traps(&extremes, i32::MIN));
            assert!(!text.is_empty());
        }
        let income = [IncomePoint {
            wage: i64::MAX,
            disposable: i64::MIN,
            ..Default::default()
        }];
        assert!(!income_description(Lang::En, &income, &[]).is_empty());
    }

    #[test]
    fn income_description_names_ends_and_markers() {
        let points = [
            IncomePoint {
                wage: 200_000,
                disposable: 190_000,
                ..Default::default()
            },
            IncomePoint {
                wage: 0,
                disposable: 120_000,
                ..Default::default()
            },
        ];
        let markers = [Marker {
            label: "Part-time".into(),
            wage: 100_000,
            disposable: 150_000,
        }];
        let text = income_description(Lang::En, &points, &markers);
        assert!(text.contains("€0") && text.contains("€2,000"), "{text}");
        assert!(text.contains("€1,200") && text.contains("€1,900"), "{text}");
        assert!(
            text.contains("Part-time: wage €1,000.00, disposable income €1,500.00"),
            "{text}"
        );
        assert_eq!(
            income_description(Lang::Fi, &[], &[]),
            tr(Lang::Fi, k::CHART_NO_DATA)
        );
    }
}
