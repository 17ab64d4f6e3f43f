//! Text labels that never print over each other. Every label of a chart (tick labels, axis
//! titles, the threshold, trap names, cliff wages, option numbers) asks for a place among a few
//! candidate positions and gets the first one whose box touches no box taken before it and stays
//! inside the drawing; a label with no free place is left out (what it says is also in the
//! chart's sentences and table). Boxes are estimated generously from the character count, so
//! the real text, in whatever font the browser has, fits inside. Pure: floats in, boxes out.

/// How a label's text is anchored at its x coordinate (SVG `text-anchor`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Anchor {
    Start,
    Middle,
    End,
}

impl Anchor {
    /// The `text-anchor` attribute value.
    pub fn attr(self) -> &'static str {
        match self {
            Anchor::Start => "start",
            Anchor::Middle => "middle",
            Anchor::End => "end",
        }
    }
}

/// An axis-aligned box in viewBox units.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Rect {
    pub x0: f64,
    pub y0: f64,
    pub x1: f64,
    pub y1: f64,
}

impl Rect {
    /// Whether the two boxes overlap (touching edges do not count).
    pub fn intersects(&self, other: &Rect) -> bool {
        self.x0 < other.x1 && other.x0 < self.x1 && self.y0 < other.y1 && other.y0 < self.y1
    }

    /// Whether `self` lies inside `outer`.
    pub fn inside(&self, outer: &Rect) -> bool {
        self.x0 >= outer.x0 && self.x1 <= outer.x1 && self.y0 >= outer.y0 && self.y1 <= outer.y1
    }
}

/// A generous width estimate for `chars` characters at `font` (wide system fonts, bold).
pub fn label_width(chars: usize, font: f64) -> f64 {
    chars as f64 * font * 0.64 + 2.0
}

/// The box of a one-line label with its baseline at `y`.
pub fn text_box(x: f64, y: f64, chars: usize, font: f64, anchor: Anchor) -> Rect {
    let width = label_width(chars, font);
    let x0 = match anchor {
        Anchor::Start => x - 1.0,
        Anchor::Middle => x - width / 2.0,
        Anchor::End => x - width + 1.0,
    };
    Rect {
        x0,
        y0: y - font * 1.0,
        x1: x0 + width,
        y1: y + font * 0.3,
    }
}

/// A label at a place: position and anchor.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Spot {
    pub x: f64,
    pub y: f64,
    pub anchor: Anchor,
}

/// Places labels one at a time so that none overlaps another.
#[derive(Clone, Debug)]
pub struct Placer {
    bounds: Rect,
    taken: Vec<Rect>,
}

impl Placer {
    /// A placer for a drawing of `width` × `height`.
    pub fn new(width: f64, height: f64) -> Placer {
        Placer {
            bounds: Rect {
                x0: 0.0,
                y0: 0.0,
                x1: width,
                y1: height,
            },
            taken: Vec::new(),
        }
    }

    /// Marks `rect` as taken (a label drawn elsewhere, a marker dot).
    pub fn reserve(&mut self, rect: Rect) {
        self.taken.push(rect);
    }

    /// The first of `candidates` where a label of `chars` characters at `font` fits, now taken;
    /// `None` when none fits.
    pub fn place(&mut self, candidates: &[Spot], chars: usize, font: f64) -> Option<Spot> {
        for spot in candidates {
            let rect = text_box(spot.x, spot.y, chars, font, spot.anchor);
            if rect.inside(&self.bounds) && !self.taken.iter().any(|t| t.intersects(&rect)) {
                self.taken.push(rect);
                return Some(*spot);
            }
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_that_would_overlap_move_or_are_left_out() {
        let mut placer = Placer::new(360.0, 340.0);
        let spot = |x: f64, y: f64| Spot {
            x,
            y,
            anchor: Anchor::Start,
        };
        let first = placer.place(&[spot(100.0, 50.0)], 12, 14.0);
        assert_eq!(first, Some(spot(100.0, 50.0)));
        // The same place is taken; the next candidate one line lower is free.
        let second = placer.place(&[spot(105.0, 50.0), spot(105.0, 70.0)], 12, 14.0);
        assert_eq!(second, Some(spot(105.0, 70.0)));
        // Outside the drawing, or only taken places: left out.
        assert_eq!(placer.place(&[spot(350.0, 200.0)], 12, 14.0), None);
        assert_eq!(placer.place(&[spot(100.0, 50.0)], 3, 14.0), None);
    }
}
