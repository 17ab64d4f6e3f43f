//! Results saved over time (only with the person's consent; the storage module decides where)
//! and the change per area since the first and the previous time.

use serde::{Deserialize, Serialize};

use super::answers::AssessmentError;
use super::instrument::AreaId;
use super::scoring::AssessmentResult;

/// The `format` tag of a serialized history.
pub const HISTORY_FORMAT: &str = "askel-assessment-history/1";

/// One saved result with an id for deleting it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SavedResult {
    /// Unique within the history; never reused while the history exists.
    pub id: u32,
    /// The result as scored on its date.
    pub result: AssessmentResult,
}

/// Saved results, oldest first (by date; results of the same date in the order they were saved).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "HistoryWire", into = "HistoryWire")]
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
        self.entries.push(SavedResult { id, result });
        self.entries
            .sort_by(|a, b| a.result.date.cmp(&b.result.date)); // stable
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
        serde_json::to_string(self).map_err(|e| AssessmentError::Json(e.to_string()))
    }

    /// Reads and validates JSON written by [`History::to_json`].
    pub fn from_json(json: &str) -> Result<History, AssessmentError> {
        let wire: HistoryWire =
            serde_json::from_str(json).map_err(|e| AssessmentError::Json(e.to_string()))?;
        History::try_from(wire)
    }
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct HistoryWire {
    format: String,
    entries: Vec<SavedResult>,
}

impl TryFrom<HistoryWire> for History {
    type Error = AssessmentError;
    fn try_from(w: HistoryWire) -> Result<Self, AssessmentError> {
        if w.format != HISTORY_FORMAT {
            return Err(AssessmentError::UnknownFormat(w.format));
        }
        let mut ids: Vec<u32> = w.entries.iter().map(|e| e.id).collect();
        ids.sort_unstable();
        ids.dedup();
        if ids.len() != w.entries.len() {
            return Err(AssessmentError::InvalidResult("repeated id".to_owned()));
        }
        for e in &w.entries {
            e.result.validate()?;
        }
        let next_id = ids.last().map_or(0, |m| m.saturating_add(1));
        let mut entries = w.entries;
        entries.sort_by(|a, b| a.result.date.cmp(&b.result.date));
        Ok(History { entries, next_id })
    }
}

impl From<History> for HistoryWire {
    fn from(h: History) -> Self {
        HistoryWire {
            format: HISTORY_FORMAT.to_owned(),
            entries: h.entries,
        }
    }
}

/// A change between two times.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Change {
    /// Current minus earlier, in points (area scores: 0–100; work ability: 0–10).
    Points(i16),
    /// One of the two has no number (not enough answers, not answered, or no earlier result).
    NotComparable,
}

/// Which earlier time a change refers to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Since {
    /// The first saved result.
    First,
    /// The latest earlier result.
    Previous,
}

impl Change {
    fn between(earlier: Option<u8>, current: Option<u8>) -> Change {
        match (earlier, current) {
            (Some(e), Some(c)) => Change::Points(i16::from(c) - i16::from(e)),
            _ => Change::NotComparable,
        }
    }

    /// The size of the change for the `{points}` placeholder (always ≥ 0), if comparable.
    pub fn points_abs(self) -> Option<u16> {
        match self {
            Change::Points(p) => Some(p.unsigned_abs()),
            Change::NotComparable => None,
        }
    }

    /// The i18n key for this change, e.g. `"assessment.change.since_previous.higher"` ("{points}
    /// points higher than last time"); the `_one` keys are for exactly one point and have no
    /// placeholder.
    pub fn text_key(self, since: Since) -> &'static str {
        let p = match self {
            Change::NotComparable => return "assessment.change.not_comparable",
            Change::Points(p) => p,
        };
        match (since, p) {
            (Since::Previous, 0) => "assessment.change.since_previous.same",
            (Since::Previous, 1) => "assessment.change.since_previous.higher_one",
            (Since::Previous, -1) => "assessment.change.since_previous.lower_one",
            (Since::Previous, p) if p > 0 => "assessment.change.since_previous.higher",
            (Since::Previous, _) => "assessment.change.since_previous.lower",
            (Since::First, 0) => "assessment.change.since_first.same",
            (Since::First, 1) => "assessment.change.since_first.higher_one",
            (Since::First, -1) => "assessment.change.since_first.lower_one",
            (Since::First, p) if p > 0 => "assessment.change.since_first.higher",
            (Since::First, _) => "assessment.change.since_first.lower",
        }
    }

    /// Every key [`Change::text_key`] can return.
    pub fn all_text_keys() -> Vec<&'static str> {
        let mut keys = vec![Change::NotComparable.text_key(Since::First)];
        for since in [Since::First, Since::Previous] {
            for p in [-2, -1, 0, 1, 2] {
                keys.push(Change::Points(p).text_key(since));
            }
        }
        keys
    }
}

/// The change since the first and since the previous time.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Changes {
    /// Since the first saved result.
    pub since_first: Change,
    /// Since the latest earlier result.
    pub since_previous: Change,
}

/// The change of one result compared with earlier ones.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
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
    let changes = |get: &dyn Fn(&AssessmentResult) -> Option<u8>| Changes {
        since_first: Change::between(first.and_then(get), get(current)),
        since_previous: Change::between(previous.and_then(get), get(current)),
    };
    Comparison {
        first_date: first.map(|r| r.date.clone()),
        previous_date: previous.map(|r| r.date.clone()),
        areas: AreaId::all()
            .iter()
            .map(|&a| (a, changes(&|r: &AssessmentResult| r.area(a).value())))
            .collect(),
        overall: changes(&|r: &AssessmentResult| r.overall),
        work_ability: changes(&|r: &AssessmentResult| r.work_ability()),
    }
}
