//! Axes and coordinates: "nice" tick values, linear scales onto the SVG viewBox, the two chart
//! frames (narrow for phones, wide for larger screens) and the choice of which points get a
//! keyboard stop and a table row. Pure: integers in, finite floats out.

/// An axis from `min` to `max` with ticks every `step` (all in the data's unit).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Axis {
    pub min: i64,
    pub max: i64,
    pub step: i64,
    pub ticks: Vec<i64>,
}

fn to_i64(value: i128) -> i64 {
    i64::try_from(value).unwrap_or(if value < 0 { i64::MIN } else { i64::MAX })
}

/// The smallest of 1, 2, 5 × 10ⁿ that is at least `raw` (`raw` ≥ 1).
fn nice_step(raw: i128) -> i128 {
    let mut magnitude: i128 = 1;
    while magnitude.saturating_mul(10) <= raw {
        magnitude = magnitude.saturating_mul(10);
    }
    [1, 2, 5, 10]
        .into_iter()
        .map(|m| magnitude.saturating_mul(m))
        .find(|step| *step >= raw)
        .unwrap_or(raw)
}

/// A "nice" axis covering `lo..=hi` with about `target` intervals of 1, 2 or 5 × 10ⁿ, never a
/// step below `min_step`. For money in cents use `min_step = 100` (whole euros): `0..=312_000`
/// with 7 intervals gives ticks every 500 €. The range is widened to whole steps and never
/// empty; the ends saturate at the limits of `i64`.
pub fn nice_axis(lo: i64, hi: i64, target: usize, min_step: i64) -> Axis {
    let (lo, hi) = if lo <= hi { (lo, hi) } else { (hi, lo) };
    let target = i128::try_from(target.clamp(1, 50)).unwrap_or(1);
    let min_step = i128::from(min_step.max(1));
    let span = (i128::from(hi) - i128::from(lo)).max(1);
    let raw = ((span + target - 1) / target).max(min_step);
    let step = nice_step(raw);
    let start = i128::from(lo).div_euclid(step) * step;
    let mut end = -((-i128::from(hi)).div_euclid(step)) * step;
    if end <= start {
        end = start + step;
    }
    let mut ticks = Vec::new();
    let mut value = start;
    while value <= end && ticks.len() <= 200 {
        if let Ok(tick) = i64::try_from(value) {
            ticks.push(tick);
        }
        value += step;
    }
    Axis {
        min: to_i64(start),
        max: to_i64(end),
        step: to_i64(step),
        ticks,
    }
}

/// A linear map from a data range onto a coordinate range; values outside are clamped to the
/// ends, an empty data range maps everything to the start.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Scale {
    pub domain: (i64, i64),
    pub range: (f64, f64),
}

impl Scale {
    pub fn new(domain: (i64, i64), range: (f64, f64)) -> Scale {
        let finite = |v: f64| if v.is_finite() { v } else { 0.0 };
        Scale {
            domain,
            range: (finite(range.0), finite(range.1)),
        }
    }

    /// The coordinate of `value`, always finite and within the range.
    pub fn at(&self, value: i64) -> f64 {
        let (d0, d1) = (i128::from(self.domain.0), i128::from(self.domain.1));
        let span = d1 - d0;
        if span == 0 {
            return self.range.0;
        }
        // i128 → f64 is exact enough for coordinates and never overflows.
        let t = ((i128::from(value) - d0) as f64 / span as f64).clamp(0.0, 1.0);
        let out = self.range.0 + t * (self.range.1 - self.range.0);
        if out.is_finite() {
            out
        } else {
            self.range.0
        }
    }
}

/// The layout of one SVG rendering: viewBox size, margins around the plot, type size and how
/// many ticks fit. The narrow frame is for phones (from 320 px), the wide one for larger screens;
/// CSS shows one of them (`.chart-svg--narrow` / `.chart-svg--wide`).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Frame {
    pub width: f64,
    pub height: f64,
    pub left: f64,
    pub right: f64,
    pub top: f64,
    pub bottom: f64,
    pub font: f64,
    pub x_ticks: usize,
    pub y_ticks: usize,
    pub focus_points: usize,
    pub wide: bool,
}

impl Frame {
    pub const NARROW: Frame = Frame {
        width: 360.0,
        height: 340.0,
        left: 70.0,
        right: 30.0,
        top: 32.0,
        bottom: 50.0,
        font: 16.0,
        x_ticks: 3,
        y_ticks: 5,
        focus_points: 9,
        wide: false,
    };

    pub const WIDE: Frame = Frame {
        width: 800.0,
        height: 400.0,
        left: 80.0,
        right: 36.0,
        top: 30.0,
        bottom: 50.0,
        font: 14.0,
        x_ticks: 8,
        y_ticks: 6,
        focus_points: 17,
        wide: true,
    };

    /// The `viewBox` attribute.
    pub fn view_box(&self) -> String {
        format!(
            "0 0 {} {}",
            super::parts::num(self.width),
            super::parts::num(self.height)
        )
    }

    /// The left margin widened so that y labels of `chars` characters fit.
    pub fn with_label_chars(mut self, chars: usize) -> Frame {
        let needed = text_width(chars, self.font) + 12.0;
        self.left = self.left.max(needed).min(self.width / 3.0);
        self
    }

    pub fn plot_left(&self) -> f64 {
        self.left
    }
    pub fn plot_right(&self) -> f64 {
        self.width - self.right
    }
    pub fn plot_top(&self) -> f64 {
        self.top
    }
    pub fn plot_bottom(&self) -> f64 {
        self.height - self.bottom
    }

    /// The scale of the x axis.
    pub fn x(&self, axis: &Axis) -> Scale {
        Scale::new((axis.min, axis.max), (self.plot_left(), self.plot_right()))
    }

    /// The scale of the y axis (upwards).
    pub fn y(&self, axis: &Axis) -> Scale {
        Scale::new((axis.min, axis.max), (self.plot_bottom(), self.plot_top()))
    }
}

/// An estimate of a label's width in viewBox units (system sans-serif, digits and letters).
pub fn text_width(chars: usize, font: f64) -> f64 {
    chars as f64 * font * 0.58
}

/// Which of the (sorted) `wages` to offer as keyboard stops and table rows: at most `max`,
/// preferably at round wages (the first point at or above each nice step), always the first and
/// the last. Falls back to evenly spaced points.
pub fn sample_indices(wages: &[i64], max: usize) -> Vec<usize> {
    let len = wages.len();
    if len == 0 || max == 0 {
        return Vec::new();
    }
    if len <= max {
        return (0..len).collect();
    }
    if max == 1 {
        return vec![0];
    }
    let (first, last) = (wages[0], wages[len - 1]);
    let axis = nice_axis(first, last, max - 1, 1);
    let mut picked: Vec<usize> = Vec::with_capacity(max);
    for tick in axis.ticks.iter().filter(|t| **t >= first && **t <= last) {
        let index = wages.partition_point(|w| w < tick).min(len - 1);
        if picked.last() != Some(&index) {
            picked.push(index);
        }
    }
    if picked.first() != Some(&0) {
        picked.insert(0, 0);
    }
    if picked.last() != Some(&(len - 1)) {
        picked.push(len - 1);
    }
    if picked.len() <= max && picked.len() >= 2 {
        return picked;
    }
    let mut even: Vec<usize> = (0..max).map(|i| i * (len - 1) / (max - 1)).collect();
    even.dedup();
    even
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn money_ticks_are_round_euros() {
        let axis = nice_axis(0, 312_000, 7, 100);
        assert_eq!(axis.step, 50_000);
        assert_eq!(axis.min, 0);
        assert_eq!(axis.max, 350_000);
        assert_eq!(axis.ticks.first(), Some(&0));
        assert_eq!(axis.ticks.len(), 8);
        assert!(axis.ticks.windows(2).all(|w| w[1] - w[0] == 50_000));
    }

    #[test]
    fn ticks_for_small_empty_reversed_and_negative_ranges() {
        let zero = nice_axis(0, 0, 5, 100);
        assert_eq!((zero.min, zero.max, zero.step), (0, 100, 100));
        assert_eq!(zero.ticks, vec![0, 100]);
        let reversed = nice_axis(1000, 0, 5, 1);
        assert_eq!((reversed.min, reversed.max), (0, 1000));
        let negative = nice_axis(-150, 1000, 4, 10);
        assert!(negative.min <= -150 && negative.max >= 1000);
        assert!(negative.ticks.contains(&0));
        let percent = nice_axis(0, 1200, 6, 10);
        assert_eq!(percent.step, 200);
        assert_eq!(nice_axis(5, 5, 0, 0).ticks.len(), 2);
    }

    #[test]
    fn huge_values_saturate_without_panicking() {
        for (lo, hi) in [
            (i64::MIN, i64::MAX),
            (0, i64::MAX),
            (i64::MIN, 0),
            (i64::MAX, i64::MAX),
        ] {
            let axis = nice_axis(lo, hi, 6, 100);
            assert!(axis.min <= axis.max);
            assert!(!axis.ticks.is_empty() && axis.ticks.len() <= 201);
            assert!(axis.step > 0);
        }
    }

    #[test]
    fn scale_maps_clamps_and_survives_empty_domains() {
        let scale = Scale::new((0, 1000), (10.0, 110.0));
        assert_eq!(scale.at(0), 10.0);
        assert_eq!(scale.at(500), 60.0);
        assert_eq!(scale.at(2000), 110.0);
        assert_eq!(scale.at(-5), 10.0);
        let up = Scale::new((0, 100), (300.0, 0.0));
        assert_eq!(up.at(25), 225.0);
        let empty = Scale::new((7, 7), (1.0, 2.0));
        assert_eq!(empty.at(7), 1.0);
        let huge = Scale::new((i64::MIN, i64::MAX), (0.0, 100.0));
        for v in [i64::MIN, 0, i64::MAX] {
            assert!(huge.at(v).is_finite());
        }
        let nan = Scale::new((0, 1), (f64::NAN, f64::INFINITY));
        assert!(nan.at(1).is_finite());
    }

    #[test]
    fn frames_have_room_for_a_plot() {
        for frame in [Frame::NARROW, Frame::WIDE] {
            assert!(frame.plot_right() > frame.plot_left());
            assert!(frame.plot_bottom() > frame.plot_top());
            let wide_labels = frame.with_label_chars(200);
            assert!(wide_labels.plot_right() > wide_labels.plot_left());
        }
    }

    #[test]
    fn samples_prefer_round_wages_and_keep_the_ends() {
        let wages: Vec<i64> = (0..=400).map(|i| i * 1000).collect();
        let picked = sample_indices(&wages, 9);
        assert!(picked.len() <= 9 && picked.len() >= 2);
        assert_eq!(picked.first(), Some(&0));
        assert_eq!(picked.last(), Some(&400));
        assert!(picked.iter().all(|i| wages[*i] % 50_000 == 0));
        assert!(picked.windows(2).all(|w| w[0] < w[1]));
        assert_eq!(sample_indices(&[], 5), Vec::<usize>::new());
        assert_eq!(sample_indices(&[5], 5), vec![0]);
        assert_eq!(sample_indices(&[1, 2, 3], 0), Vec::<usize>::new());
        assert_eq!(sample_indices(&[1, 2, 3], 1), vec![0]);
        let odd = [0, 1, 2, 3, 1_000_000, i64::MAX];
        let picked = sample_indices(&odd, 3);
        assert!(picked.len() <= 3 && picked.contains(&0) && picked.contains(&5));
        let same = [7; 10];
        assert!(sample_indices(&same, 4).len() <= 4);
    }
}
