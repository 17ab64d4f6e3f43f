//! Scoring: area scores 0–100, the overall picture, display bands and strengths-first ordering.
//!
//! All arithmetic is on integers: a score is a mean of small integers, rounded half-up, so the
//! result is exact and the same on every platform. See docs/ASSESSMENT.md for the worked example.

use crate::i18n::{k, Key};

use super::answers::{check_single, validate_date, Answers, AssessmentError, Response};
use super::instrument::{Area, AreaId, SingleItemId};

/// Areas scoring at least this are listed under "What goes well" (the lower edge of band 3).
pub const STRENGTH_THRESHOLD: u8 = 60;

/// The score of one area.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AreaScore {
    /// 0–100: the mean of the answered items, rescaled (see [`score_area`]).
    Score(u8),
    /// Fewer than [`Area::min_answers`] items have a value: shown as "not enough answers",
    /// never as a number.
    NotEnoughAnswers,
}

impl AreaScore {
    /// The number, if there is one.
    pub fn value(self) -> Option<u8> {
        match self {
            AreaScore::Score(s) => Some(s),
            AreaScore::NotEnoughAnswers => None,
        }
    }

    /// The display band, if there is a number.
    pub fn band(self) -> Option<Band> {
        self.value().map(band)
    }
}

/// A word shown next to an area score: 1 = 0–39, 2 = 40–59, 3 = 60–79, 4 = 80–100.
///
/// The words describe how the area feels *right now* according to the person's own answers
/// ("Goes well", "Some things work"); they are not verdicts about the person.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Band(u8);

impl Band {
    /// The four bands, lowest first.
    pub const fn all() -> &'static [Band] {
        &[Band(1), Band(2), Band(3), Band(4)]
    }

    /// 1–4.
    pub const fn number(self) -> u8 {
        self.0
    }

    /// The i18n key of the band word, `"assessment.band.1"` … `"assessment.band.4"`.
    pub const fn label_key(self) -> Key {
        match self.0 {
            1 => k::ASSESSMENT_BAND_1,
            2 => k::ASSESSMENT_BAND_2,
            3 => k::ASSESSMENT_BAND_3,
            _ => k::ASSESSMENT_BAND_4,
        }
    }
}

/// The band of a score 0–100 (values above 100 fall in band 4).
pub const fn band(score: u8) -> Band {
    match score {
        0..=39 => Band(1),
        40..=59 => Band(2),
        60..=79 => Band(3),
        _ => Band(4),
    }
}

/// The scored assessment. Also what is saved in the [`History`](super::History).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AssessmentResult {
    /// The date of the answers, `YYYY-MM-DD`.
    pub date: String,
    /// One score per area, in [`AreaId::all`] order.
    pub areas: Vec<(AreaId, AreaScore)>,
    /// The mean of the area scores that have a number, rounded half-up; `None` when none has.
    pub overall: Option<u8>,
    /// The single questions as answered, in [`SingleItemId::all`] order (not part of any score).
    pub single_items: Vec<(SingleItemId, Option<Response>)>,
    /// The areas the person marked "I would like support with this area", in display order.
    pub support_wished: Vec<AreaId>,
}

impl AssessmentResult {
    /// The score of one area.
    pub fn area(&self, id: AreaId) -> AreaScore {
        self.areas
            .iter()
            .find(|(a, _)| *a == id)
            .map_or(AreaScore::NotEnoughAnswers, |(_, s)| *s)
    }

    /// The answer to a single question.
    pub fn single(&self, id: SingleItemId) -> Option<Response> {
        self.single_items
            .iter()
            .find(|(s, _)| *s == id)
            .and_then(|(_, r)| *r)
    }

    /// Current work ability 0–10, if answered with a value.
    pub fn work_ability(&self) -> Option<u8> {
        self.single(SingleItemId::WorkAbility)
            .and_then(Response::value)
    }

    /// "What goes well": areas scoring at least [`STRENGTH_THRESHOLD`] (60), highest first; equal
    /// scores keep the display order. Shown first on the result page.
    pub fn strengths(&self) -> Vec<(AreaId, u8)> {
        let mut v: Vec<(AreaId, u8)> = self
            .areas
            .iter()
            .filter_map(|(a, s)| s.value().map(|s| (*a, s)))
            .filter(|(_, s)| *s >= STRENGTH_THRESHOLD)
            .collect();
        // Ties in display order, which is the order of `AreaId`.
        crate::sort::sort_by_key(&mut v, |(a, s)| (std::cmp::Reverse(*s), *a));
        v
    }

    /// "Where I would like support": first the areas the person marked for support (display
    /// order, whatever their score), then the other areas scoring below [`STRENGTH_THRESHOLD`],
    /// lowest first (ties in display order). An area the person marked can appear here and under
    /// [`strengths`](Self::strengths): wanting support with something that goes well is fine.
    /// Unmarked areas without a score appear in neither list.
    pub fn support_areas(&self) -> Vec<(AreaId, AreaScore)> {
        let mut marked: Vec<(AreaId, AreaScore)> = self
            .areas
            .iter()
            .filter(|(a, _)| self.support_wished.contains(a))
            .copied()
            .collect();
        let mut low: Vec<(AreaId, AreaScore)> = self
            .areas
            .iter()
            .filter(|(a, s)| {
                !self.support_wished.contains(a)
                    && s.value().is_some_and(|v| v < STRENGTH_THRESHOLD)
            })
            .copied()
            .collect();
        crate::sort::sort_by_key(&mut low, |(a, s)| (s.value(), *a)); // ties in display order
        marked.extend(low);
        marked
    }

    /// Checks a result read from storage: a valid date, each area exactly once in display order,
    /// scores and single answers within range.
    pub fn validate(&self) -> Result<(), AssessmentError> {
        validate_date(&self.date)?;
        let bad = |s: &str| Err(AssessmentError::InvalidResult(s.to_owned()));
        let ids: Vec<AreaId> = self.areas.iter().map(|(a, _)| *a).collect();
        if ids != AreaId::all() {
            return bad("areas must be listed once each, in order");
        }
        if self
            .areas
            .iter()
            .any(|(_, s)| s.value().is_some_and(|v| v > 100))
            || self.overall.is_some_and(|v| v > 100)
        {
            return bad("a score is above 100");
        }
        let singles: Vec<SingleItemId> = self.single_items.iter().map(|(s, _)| *s).collect();
        if singles != SingleItemId::all() {
            return bad("single items must be listed once each, in order");
        }
        for (id, r) in &self.single_items {
            if let Some(r) = r {
                check_single(*id, *r)?;
            }
        }
        let mut wished = self.support_wished.clone();
        wished.dedup();
        if wished.len() != self.support_wished.len() {
            return bad("an area is marked for support twice");
        }
        Ok(())
    }
}

/// Scores one area from the answers.
///
/// Each answered item value `v` (1–5; reverse items first mapped to `6 − v`) is rescaled to
/// `(v − 1) / 4 × 100`; the area score is the mean of these, rounded to the nearest integer with
/// halves rounded up. With `n` answered items and `s` the sum of `(v − 1)`, that is
/// `⌊(200·s + 4·n) / (8·n)⌋`. "Prefer not to answer" and unanswered items are left out; when
/// fewer than [`Area::min_answers`] (⌈60 %⌉) items have a value the result is
/// [`AreaScore::NotEnoughAnswers`].
pub fn score_area(area: &Area, answers: &Answers) -> AreaScore {
    let mut n: u32 = 0;
    let mut s: u32 = 0;
    for item in area.items {
        if let Some(v) = answers.area_item(item.id).and_then(Response::value) {
            let v = if item.reverse { 6 - v } else { v };
            n += 1;
            s += u32::from(v - 1);
        }
    }
    if (n as usize) < area.min_answers() || n == 0 {
        return AreaScore::NotEnoughAnswers;
    }
    // s ≤ 4n, so the quotient is ≤ 100 and fits in a u8.
    AreaScore::Score(((200 * s + 4 * n) / (8 * n)) as u8)
}

/// The mean of the given scores, rounded half-up; `None` for no scores.
pub fn mean_half_up(scores: &[u8]) -> Option<u8> {
    if scores.is_empty() {
        return None;
    }
    let k = scores.len() as u32;
    let sum: u32 = scores.iter().map(|&s| u32::from(s)).sum();
    Some(((2 * sum + k) / (2 * k)) as u8)
}

/// Scores the answers.
///
/// The overall picture is the mean of the (already rounded) area scores that have a number, so
/// it matches the numbers the person sees; it is `None` when no area has enough answers.
pub fn score(answers: &Answers) -> AssessmentResult {
    let areas: Vec<(AreaId, AreaScore)> = AreaId::all()
        .iter()
        .map(|&a| (a, score_area(a.area(), answers)))
        .collect();
    let numbers: Vec<u8> = areas.iter().filter_map(|(_, s)| s.value()).collect();
    AssessmentResult {
        date: answers.date().to_owned(),
        overall: mean_half_up(&numbers),
        areas,
        single_items: SingleItemId::all()
            .iter()
            .map(|&s| (s, answers.single(s)))
            .collect(),
        support_wished: AreaId::all()
            .iter()
            .copied()
            .filter(|a| answers.support_areas().contains(a))
            .collect(),
    }
}
