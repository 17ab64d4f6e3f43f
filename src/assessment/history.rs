//! Results saved over time (only with the person's consent; the storage module decides where)
//! and the change per area since the first and the previous time.

use crate::i18n::{k, Key};
use crate::json::{Fields, Mismatch, ReadJson, Value, WriteJson};

use super::answers::AssessmentError;
use super::instrument::{AreaId, SingleItemId};
use super::scoring::AssessmentResult;

/// The `format` tag of a serialized history.
pub const HISTORY_FORMAT: &str = "askel-assessment-history/1";

/// One saved result with an id for deleting it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SavedResult {
    /// Unique within the history; never reused while the history exists.
    pub id: u32,
    /// The result as scored on its date.
    pub result: AssessmentResult,
}

/// Saved results, oldest first (by date; results of the same date in the order they were saved).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct History {
    entries: Vec<SavedResult>,
    next_id: u32,
}

impl History {
    /// An empty history.
    pub fn new() -> History {
        History::default()
    }

    /// The saved results, oldest first.
    pub fn entries(&self) -> &[SavedResult] {
        &self.entries
    }

    /// True when nothing is saved.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Saves a result (it must pass [`AssessmentResult::validate`]) and returns its id.
    pub fn add(&mut self, result: AssessmentResult) -> Result<u32, AssessmentError> {
        result.validate()?;
        let id = self.next_id;
        self.next_id = self.next_id.saturating_add(1);
        // After the last result of the same date or earlier: the list stays in date order, and
        // results of one date stay in the order they were saved.
        let at = self
            .entries
            .partition_point(|e| e.result.date <= result.date);
        self.entries.insert(at, SavedResult { id, result });
        Ok(id)
    }

    /// Deletes one saved result; returns whether it existed.
    pub fn remove(&mut self, id: u32) -> bool {
        let before = self.entries.len();
        self.entries.retain(|e| e.id != id);
        before != self.entries.len()
    }

    /// Deletes everything ("Delete everything").
    pub fn clear(&mut self) {
        *self = History::new();
    }

    /// The change of a result that is *not* saved (yet) since the first and the latest saved one.
    pub fn compare_with(&self, current: &AssessmentResult) -> Comparison {
        compare(
            self.entries.first().map(|e| &e.result),
            self.entries.last().map(|e| &e.result),
            current,
        )
    }

    /// The change of a saved result since the first saved one and the one saved just before it;
    /// `None` if there is no entry with that id. For the first entry both sides are "not
    /// comparable".
    pub fn compare_entry(&self, id: u32) -> Option<Comparison> {
        let pos = self.entries.iter().position(|e| e.id == id)?;
        let current = &self.entries[pos].result;
        if pos == 0 {
            return Some(compare(None, None, current));
        }
        Some(compare(
            Some(&self.entries[0].result),
            Some(&self.entries[pos - 1].result),
            current,
        ))
    }

    /// Serializes to JSON (format `askel-assessment-history/1`).
    pub fn to_json(&self) -> Result<String, AssessmentError> {
        Ok(self.write_json().to_text())
    }

    /// Reads and validates JSON written by [`History::to_json`].
    pub fn from_json(json: &str) -> Result<History, AssessmentError> {
        let v = crate::json::parse(json).map_err(|e| AssessmentError::Json(e.to_string()))?;
        History::from_tree(&v)
    }

    /// The history a JSON tree holds: `format` and `entries` (each key once, no other), ids
    /// unique, every result valid. Entries are put in date order.
    fn from_tree(v: &Value) -> Result<History, AssessmentError> {
        let read = || -> Result<(String, Vec<SavedResult>), Mismatch> {
            let f = Fields::of(v, &["format", "entries"])?;
            Ok((f.required("format")?, f.required("entries")?))
        };
        let (format, entries) = read().map_err(|e| AssessmentError::Json(e.to_string()))?;
        if format != HISTORY_FORMAT {
            return Err(AssessmentError::UnknownFormat(format));
        }
        let mut ids: Vec<u32> = entries.iter().map(|e| e.id).collect();
        crate::sort::sort(&mut ids);
        ids.dedup();
        if ids.len() != entries.len() {
            return Err(AssessmentError::InvalidResult("repeated id".to_owned()));
        }
        for e in &entries {
            e.result.validate()?;
        }
        let next_id = ids.last().map_or(0, |m| m.saturating_add(1));
        Ok(History {
            entries: in_date_order(entries),
            next_id,
        })
    }
}

/// The results oldest first, results of the same date in their given order (the order they were
/// saved): the sort is stable.
fn in_date_order(mut entries: Vec<SavedResult>) -> Vec<SavedResult> {
    crate::sort::sort_by(&mut entries, |a, b| a.result.date.cmp(&b.result.date));
    entries
}

impl WriteJson for History {
    fn write_json(&self) -> Value {
        Value::object([
            ("format", HISTORY_FORMAT.write_json()),
            ("entries", self.entries.write_json()),
        ])
    }
}

/// A history kept in storage: what [`History::from_json`] accepts (anything else is data of the
/// wrong shape, which storage keeps and reports).
impl ReadJson for History {
    fn read_json(v: &Value) -> Result<Self, Mismatch> {
        History::from_tree(v).map_err(|_| Mismatch::new("a valid history"))
    }
}

/// The smallest change that counts as a real change, in per cent of a scale's range: 10 points on
/// the 0–100 area scales and the overall picture, 1 point on the 0–10 work-ability question.
///
/// Why: a self-rated 0–100 well-being score moves by a few points from one week to the next without
/// anything having changed (mood on the day, how a statement was read). Practice with similar
/// 0–100 well-being and quality-of-life scales treats changes under about 10 points as noise, so a
/// smaller change is shown as "about the same" instead of "3 points higher", which would suggest
/// progress or decline that is not there. On the 0–10 question one step is already a tenth of the
/// range, so every step counts. docs/ASSESSMENT.md ("Comparison over time") explains it to users.
pub const MEANINGFUL_CHANGE_PERCENT: u16 = 10;

/// A change between two times.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Change {
    /// Current minus earlier, in points of a scale `0..=range` (area scores and the overall
    /// picture: 0–100; work ability: 0–10).
    Points {
        /// Current minus earlier.
        points: i16,
        /// The top of the scale the points are on (100 or 10).
        range: u8,
    },
    /// One of the two has no number (not enough answers, not answered, or no earlier result).
    NotComparable,
}

/// What a change means, after the [`MEANINGFUL_CHANGE_PERCENT`] threshold.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    /// Higher by at least the threshold: things go better.
    Better,
    /// Less than the threshold either way.
    AboutTheSame,
    /// Lower by at least the threshold.
    Weaker,
}

/// Which earlier time a change refers to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Since {
    /// The first saved result.
    First,
    /// The latest earlier result.
    Previous,
}

/// The smallest change in points that is not "about the same" on a scale `0..=range`
/// ([`MEANINGFUL_CHANGE_PERCENT`] of the range, at least 1): 10 for 0–100, 1 for 0–10.
pub fn meaningful_change(range: u8) -> u16 {
    (u16::from(range) * MEANINGFUL_CHANGE_PERCENT / 100).max(1)
}

impl Change {
    fn between(earlier: Option<u8>, current: Option<u8>, range: u8) -> Change {
        match (earlier, current) {
            (Some(e), Some(c)) => Change::Points {
                points: i16::from(c) - i16::from(e),
                range,
            },
            _ => Change::NotComparable,
        }
    }

    /// The size of the change for the `{points}` placeholder (always ≥ 0), if comparable.
    pub fn points_abs(self) -> Option<u16> {
        match self {
            Change::Points { points, .. } => Some(points.unsigned_abs()),
            Change::NotComparable => None,
        }
    }

    /// Better, about the same or weaker; `None` when the change cannot be compared.
    pub fn direction(self) -> Option<Direction> {
        let Change::Points { points, range } = self else {
            return None;
        };
        Some(if points.unsigned_abs() < meaningful_change(range) {
            Direction::AboutTheSame
        } else if points > 0 {
            Direction::Better
        } else {
            Direction::Weaker
        })
    }

    /// The i18n key for this change, e.g. `k::ASSESSMENT_CHANGE_SINCE_PREVIOUS_BETTER` ("Better
    /// than last time ({points} points higher)"); the `_one` keys are for exactly one point and
    /// have no placeholder; `about_same` has none either.
    pub fn text_key(self, since: Since) -> Key {
        let Some(direction) = self.direction() else {
            return k::ASSESSMENT_CHANGE_NOT_COMPARABLE;
        };
        let one = self.points_abs() == Some(1);
        match (since, direction, one) {
            (Since::Previous, Direction::AboutTheSame, _) => {
                k::ASSESSMENT_CHANGE_SINCE_PREVIOUS_ABOUT_SAME
            }
            (Since::Previous, Direction::Better, true) => {
                k::ASSESSMENT_CHANGE_SINCE_PREVIOUS_BETTER_ONE
            }
            (Since::Previous, Direction::Better, false) => {
                k::ASSESSMENT_CHANGE_SINCE_PREVIOUS_BETTER
            }
            (Since::Previous, Direction::Weaker, true) => {
                k::ASSESSMENT_CHANGE_SINCE_PREVIOUS_WEAKER_ONE
            }
            (Since::Previous, Direction::Weaker, false) => {
                k::ASSESSMENT_CHANGE_SINCE_PREVIOUS_WEAKER
            }
            (Since::First, Direction::AboutTheSame, _) => {
                k::ASSESSMENT_CHANGE_SINCE_FIRST_ABOUT_SAME
            }
            (Since::First, Direction::Better, true) => k::ASSESSMENT_CHANGE_SINCE_FIRST_BETTER_ONE,
            (Since::First, Direction::Better, false) => k::ASSESSMENT_CHANGE_SINCE_FIRST_BETTER,
            (Since::First, Direction::Weaker, true) => k::ASSESSMENT_CHANGE_SINCE_FIRST_WEAKER_ONE,
            (Since::First, Direction::Weaker, false) => k::ASSESSMENT_CHANGE_SINCE_FIRST_WEAKER,
        }
    }

    /// Every key [`Change::text_key`] can return.
    pub fn all_text_keys() -> Vec<Key> {
        let mut keys = vec![Change::NotComparable.text_key(Since::First)];
        for since in [Since::First, Since::Previous] {
            for points in [-2, -1, 0, 1, 2] {
                keys.push(Change::Points { points, range: 10 }.text_key(since));
            }
        }
        crate::sort::sort(&mut keys);
        keys.dedup();
        keys
    }
}

/// The change since the first and since the previous time.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Changes {
    /// Since the first saved result.
    pub since_first: Change,
    /// Since the latest earlier result.
    pub since_previous: Change,
}

/// The change of one result compared with earlier ones.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Comparison {
    /// The date of the first result, if any.
    pub first_date: Option<String>,
    /// The date of the previous result, if any.
    pub previous_date: Option<String>,
    /// Per area, in display order.
    pub areas: Vec<(AreaId, Changes)>,
    /// The overall picture.
    pub overall: Changes,
    /// Current work ability (0–10 points).
    pub work_ability: Changes,
}

/// Compares `current` with the `first` and the `previous` result (either may be missing; with a
/// single earlier result pass it as both). A change is [`Change::NotComparable`] when either side
/// has no number.
pub fn compare(
    first: Option<&AssessmentResult>,
    previous: Option<&AssessmentResult>,
    current: &AssessmentResult,
) -> Comparison {
    let changes = |get: &dyn Fn(&AssessmentResult) -> Option<u8>, range: u8| Changes {
        since_first: Change::between(first.and_then(get), get(current), range),
        since_previous: Change::between(previous.and_then(get), get(current), range),
    };
    Comparison {
        first_date: first.map(|r| r.date.clone()),
        previous_date: previous.map(|r| r.date.clone()),
        areas: AreaId::all()
            .iter()
            .map(|&a| (a, changes(&|r: &AssessmentResult| r.area(a).value(), 100)))
            .collect(),
        overall: changes(&|r: &AssessmentResult| r.overall, 100),
        work_ability: changes(
            &|r: &AssessmentResult| r.work_ability(),
            SingleItemId::WorkAbility.item().max,
        ),
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    fn area(points: i16) -> Change {
        Change::Points { points, range: 100 }
    }

    fn work_ability(points: i16) -> Change {
        Change::Points { points, range: 10 }
    }

    #[test]
    fn the_threshold_is_ten_per_cent_of_the_range() {
        assert_eq!(meaningful_change(100), 10);
        assert_eq!(meaningful_change(10), 1);
        assert_eq!(meaningful_change(5), 1);
    }

    #[test]
    fn area_changes_under_ten_points_are_about_the_same() {
        assert_eq!(area(0).direction(), Some(Direction::AboutTheSame));
        assert_eq!(area(9).direction(), Some(Direction::AboutTheSame));
        assert_eq!(area(-9).direction(), Some(Direction::AboutTheSame));
        assert_eq!(area(10).direction(), Some(Direction::Better));
        assert_eq!(area(-10).direction(), Some(Direction::Weaker));
        assert_eq!(area(100).direction(), Some(Direction::Better));
        assert_eq!(area(-100).direction(), Some(Direction::Weaker));
        assert_eq!(Change::NotComparable.direction(), None);
    }

    #[test]
    fn every_work_ability_step_counts() {
        assert_eq!(work_ability(0).direction(), Some(Direction::AboutTheSame));
        assert_eq!(work_ability(1).direction(), Some(Direction::Better));
        assert_eq!(work_ability(-1).direction(), Some(Direction::Weaker));
    }

    #[test]
    fn wording_keys_at_the_edges() {
        assert_eq!(
            area(9).text_key(Since::Previous).name(),
            "assessment.change.since_previous.about_same"
        );
        assert_eq!(
            area(10).text_key(Since::Previous).name(),
            "assessment.change.since_previous.better"
        );
        assert_eq!(
            area(-10).text_key(Since::First).name(),
            "assessment.change.since_first.weaker"
        );
        assert_eq!(
            area(-9).text_key(Since::First).name(),
            "assessment.change.since_first.about_same"
        );
        assert_eq!(
            work_ability(1).text_key(Since::First).name(),
            "assessment.change.since_first.better_one"
        );
        assert_eq!(
            work_ability(-1).text_key(Since::Previous).name(),
            "assessment.change.since_previous.weaker_one"
        );
        assert_eq!(Change::all_text_keys().len(), 11);
    }
}
