//! The person's answers: one value that the UI edits step by step, saves (opt-in) and restores.
//!
//! Invariant: an [`Answers`] value is always valid. Setters check ranges and ids, and JSON goes
//! through the same checks ([`Answers::from_json`]), so a stored value that was edited by hand or
//! written by a later version becomes an error, never a panic or a silently wrong score.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use crate::i18n::{k, Key};
use crate::json::{Fields, Mismatch, Value, WriteJson};

use super::instrument::{instrument, AreaId, SingleItemId};

/// The `format` tag of serialized answers.
pub const ANSWERS_FORMAT: &str = "askel-assessment/1";

/// The longest free text (own goals, questions) kept, in characters.
pub const MAX_TEXT_CHARS: usize = 4000;

/// One answer: a value on the item's scale, or an explicit "prefer not to answer".
///
/// "Unanswered" is the absence of a `Response` (`None`), which is different from
/// `PreferNotToSay`: the person saw the question and chose not to answer it. Neither counts
/// towards a score. In JSON a response is a number or the string `"prefer_not_to_say"`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Response {
    /// A value on the item's scale (checked against the item's range where it is stored).
    Value(u8),
    /// The person chose "prefer not to answer".
    PreferNotToSay,
}

impl Response {
    /// The value, if the person gave one.
    pub fn value(self) -> Option<u8> {
        match self {
            Response::Value(v) => Some(v),
            Response::PreferNotToSay => None,
        }
    }
}

pub(super) const PREFER_NOT_TO_SAY: &str = "prefer_not_to_say";

/// The optional "what I would like support with" topics.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum SupportTopic {
    /// Health.
    Health,
    /// Money and debts.
    MoneyAndDebts,
    /// Housing.
    Housing,
    /// Skills and education.
    SkillsEducation,
    /// Finding work.
    JobSearch,
    /// Everyday life.
    EverydayLife,
    /// Wellbeing.
    Wellbeing,
}

impl SupportTopic {
    /// All topics in display order.
    pub const fn all() -> &'static [SupportTopic] {
        &[
            SupportTopic::Health,
            SupportTopic::MoneyAndDebts,
            SupportTopic::Housing,
            SupportTopic::SkillsEducation,
            SupportTopic::JobSearch,
            SupportTopic::EverydayLife,
            SupportTopic::Wellbeing,
        ]
    }

    /// The stable identifier used in JSON.
    pub const fn as_str(self) -> &'static str {
        match self {
            SupportTopic::Health => "health",
            SupportTopic::MoneyAndDebts => "money_and_debts",
            SupportTopic::Housing => "housing",
            SupportTopic::SkillsEducation => "skills_education",
            SupportTopic::JobSearch => "job_search",
            SupportTopic::EverydayLife => "everyday_life",
            SupportTopic::Wellbeing => "wellbeing",
        }
    }

    /// The i18n key of the checkbox label.
    pub const fn label_key(self) -> Key {
        match self {
            SupportTopic::Health => k::ASSESSMENT_SUPPORT_TOPIC_HEALTH,
            SupportTopic::MoneyAndDebts => k::ASSESSMENT_SUPPORT_TOPIC_MONEY_AND_DEBTS,
            SupportTopic::Housing => k::ASSESSMENT_SUPPORT_TOPIC_HOUSING,
            SupportTopic::SkillsEducation => k::ASSESSMENT_SUPPORT_TOPIC_SKILLS_EDUCATION,
            SupportTopic::JobSearch => k::ASSESSMENT_SUPPORT_TOPIC_JOB_SEARCH,
            SupportTopic::EverydayLife => k::ASSESSMENT_SUPPORT_TOPIC_EVERYDAY_LIFE,
            SupportTopic::Wellbeing => k::ASSESSMENT_SUPPORT_TOPIC_WELLBEING,
        }
    }
}

/// Why answers, a result or a history could not be accepted.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AssessmentError {
    /// The JSON could not be read (syntax, wrong types, unknown fields).
    Json(String),
    /// The `format` tag is not one this version understands.
    UnknownFormat(String),
    /// A date is not a real calendar date written as `YYYY-MM-DD`.
    InvalidDate(String),
    /// An item id that is not in the instrument.
    UnknownItem(String),
    /// A value outside the item's range (e.g. work ability 11).
    OutOfRange {
        /// The item (area item id or single item id).
        item: String,
        /// The value given.
        value: u8,
        /// The lowest allowed value.
        min: u8,
        /// The highest allowed value.
        max: u8,
    },
    /// A free text is longer than [`MAX_TEXT_CHARS`].
    TextTooLong {
        /// `"goals"` or `"questions"`.
        field: &'static str,
    },
    /// A saved result is inconsistent (missing or repeated area, score above 100, …).
    InvalidResult(String),
}

impl fmt::Display for AssessmentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            AssessmentError::Json(e) => write!(f, "cannot read the saved data: {e}"),
            AssessmentError::UnknownFormat(s) => write!(f, "unknown format {s:?}"),
            AssessmentError::InvalidDate(s) => {
                write!(f, "invalid date {s:?} (expected YYYY-MM-DD)")
            }
            AssessmentError::UnknownItem(s) => write!(f, "unknown item {s:?}"),
            AssessmentError::OutOfRange {
                item,
                value,
                min,
                max,
            } => write!(f, "{item}: {value} is outside {min}–{max}"),
            AssessmentError::TextTooLong { field } => {
                write!(f, "{field} is longer than {MAX_TEXT_CHARS} characters")
            }
            AssessmentError::InvalidResult(s) => write!(f, "invalid saved result: {s}"),
        }
    }
}

impl std::error::Error for AssessmentError {}

/// Checks that `date` is a real calendar date written `YYYY-MM-DD`.
pub fn validate_date(date: &str) -> Result<(), AssessmentError> {
    let err = || AssessmentError::InvalidDate(date.to_owned());
    let b = date.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return Err(err());
    }
    let num = |r: std::ops::Range<usize>| -> Option<u32> {
        let s = &date[r];
        if s.bytes().all(|c| c.is_ascii_digit()) {
            s.parse().ok()
        } else {
            None
        }
    };
    let (Some(y), Some(m), Some(d)) = (num(0..4), num(5..7), num(8..10)) else {
        return Err(err());
    };
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let days = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return Err(err()),
    };
    if y == 0 || d == 0 || d > days {
        return Err(err());
    }
    Ok(())
}

/// Everything the person has answered, for one assessment.
///
/// JSON shape (`format` is required and versioned; every other field but `date` may be left out):
///
/// ```json
/// { "format": "askel-assessment/1", "date": "2026-11-23",
///   "single": { "work_ability": 6, "health": "prefer_not_to_say" },
///   "items": { "mind.calm": 4, "body.pain": 2 },
///   "support_areas": ["body"], "support_topics": ["health", "housing"],
///   "goals": "…", "questions": "…" }
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Answers {
    date: String,
    single: BTreeMap<SingleItemId, Response>,
    items: BTreeMap<String, Response>,
    support_areas: BTreeSet<AreaId>,
    support_topics: BTreeSet<SupportTopic>,
    goals: String,
    questions: String,
}

impl Answers {
    /// Empty answers dated `date` (`YYYY-MM-DD`, supplied by the caller: pure code has no clock).
    pub fn new(date: &str) -> Result<Answers, AssessmentError> {
        validate_date(date)?;
        Ok(Answers {
            date: date.to_owned(),
            single: BTreeMap::new(),
            items: BTreeMap::new(),
            support_areas: BTreeSet::new(),
            support_topics: BTreeSet::new(),
            goals: String::new(),
            questions: String::new(),
        })
    }

    /// The date of the assessment, `YYYY-MM-DD`.
    pub fn date(&self) -> &str {
        &self.date
    }

    /// Changes the date (e.g. to the day the person finishes).
    pub fn set_date(&mut self, date: &str) -> Result<(), AssessmentError> {
        validate_date(date)?;
        self.date = date.to_owned();
        Ok(())
    }

    /// The answer to a single question (`None` = not answered yet).
    pub fn single(&self, id: SingleItemId) -> Option<Response> {
        self.single.get(&id).copied()
    }

    /// Sets or clears (`None`) the answer to a single question. A value outside the item's range
    /// is refused and leaves the answers unchanged.
    pub fn set_single(
        &mut self,
        id: SingleItemId,
        response: Option<Response>,
    ) -> Result<(), AssessmentError> {
        match response {
            None => {
                self.single.remove(&id);
            }
            Some(r) => {
                check_single(id, r)?;
                self.single.insert(id, r);
            }
        }
        Ok(())
    }

    /// The answer to an area item (`None` = not answered yet).
    pub fn area_item(&self, item_id: &str) -> Option<Response> {
        self.items.get(item_id).copied()
    }

    /// Sets or clears (`None`) the answer to an area item, by item id (e.g. `"mind.calm"`).
    /// Unknown ids and values outside 1–5 are refused and leave the answers unchanged.
    pub fn set_area_item(
        &mut self,
        item_id: &str,
        response: Option<Response>,
    ) -> Result<(), AssessmentError> {
        check_area_item(item_id, response)?;
        match response {
            None => {
                self.items.remove(item_id);
            }
            Some(r) => {
                self.items.insert(item_id.to_owned(), r);
            }
        }
        Ok(())
    }

    /// How many items of `area` have a response (a value or "prefer not to answer"), for progress.
    pub fn responded_count(&self, area: AreaId) -> usize {
        area.area()
            .items
            .iter()
            .filter(|i| self.items.contains_key(i.id))
            .count()
    }

    /// The areas the person marked "I would like support with this area".
    pub fn support_areas(&self) -> &BTreeSet<AreaId> {
        &self.support_areas
    }

    /// Marks or unmarks an area for support.
    pub fn set_support_area(&mut self, area: AreaId, wanted: bool) {
        if wanted {
            self.support_areas.insert(area);
        } else {
            self.support_areas.remove(&area);
        }
    }

    /// The chosen "what I would like support with" topics.
    pub fn support_topics(&self) -> &BTreeSet<SupportTopic> {
        &self.support_topics
    }

    /// Chooses or unchooses a support topic.
    pub fn set_support_topic(&mut self, topic: SupportTopic, wanted: bool) {
        if wanted {
            self.support_topics.insert(topic);
        } else {
            self.support_topics.remove(&topic);
        }
    }

    /// Own goals, free text.
    pub fn goals(&self) -> &str {
        &self.goals
    }

    /// Sets the own goals (at most [`MAX_TEXT_CHARS`] characters).
    pub fn set_goals(&mut self, text: &str) -> Result<(), AssessmentError> {
        self.goals = check_text("goals", text)?;
        Ok(())
    }

    /// Questions for the next meeting, free text.
    pub fn questions(&self) -> &str {
        &self.questions
    }

    /// Sets the questions for the next meeting (at most [`MAX_TEXT_CHARS`] characters).
    pub fn set_questions(&mut self, text: &str) -> Result<(), AssessmentError> {
        self.questions = check_text("questions", text)?;
        Ok(())
    }

    /// Serializes to JSON (format `askel-assessment/1`; keys in the order of [`ANSWERS_KEYS`]).
    pub fn to_json(&self) -> Result<String, AssessmentError> {
        let [format, date, single, items, support_areas, support_topics, goals, questions] =
            ANSWERS_KEYS;
        Ok(Value::object([
            (format, ANSWERS_FORMAT.write_json()),
            (date, self.date.write_json()),
            (single, self.single.write_json()),
            (items, self.items.write_json()),
            (support_areas, self.support_areas.write_json()),
            (support_topics, self.support_topics.write_json()),
            (goals, self.goals.write_json()),
            (questions, self.questions.write_json()),
        ])
        .to_text())
    }

    /// Reads and validates JSON written by [`Answers::to_json`]: `format` and `date` are
    /// required, the rest may be left out; unknown keys and keys given twice are refused.
    pub fn from_json(json: &str) -> Result<Answers, AssessmentError> {
        let json_error = |e: &dyn fmt::Display| AssessmentError::Json(e.to_string());
        let v = crate::json::parse(json).map_err(|e| json_error(&e))?;
        let read = || -> Result<_, Mismatch> {
            let [format, date, single, items, support_areas, support_topics, goals, questions] =
                ANSWERS_KEYS;
            let f = Fields::of(&v, &ANSWERS_KEYS)?;
            Ok((
                f.required::<String>(format)?,
                f.required::<String>(date)?,
                f.or_default::<BTreeMap<SingleItemId, Response>>(single)?,
                f.or_default::<BTreeMap<String, Response>>(items)?,
                f.or_default::<BTreeSet<AreaId>>(support_areas)?,
                f.or_default::<BTreeSet<SupportTopic>>(support_topics)?,
                f.or_default::<String>(goals)?,
                f.or_default::<String>(questions)?,
            ))
        };
        let (format, date, single, items, support_areas, support_topics, goals, questions) =
            read().map_err(|e| json_error(&e))?;
        if format != ANSWERS_FORMAT {
            return Err(AssessmentError::UnknownFormat(format));
        }
        let mut a = Answers::new(&date)?;
        for (id, r) in single {
            a.set_single(id, Some(r))?;
        }
        for (id, r) in items {
            a.set_area_item(&id, Some(r))?;
        }
        a.support_areas = support_areas;
        a.support_topics = support_topics;
        a.set_goals(&goals)?;
        a.set_questions(&questions)?;
        Ok(a)
    }
}

/// The keys of the answers' JSON, in the order they are written.
const ANSWERS_KEYS: [&str; 8] = [
    "format",
    "date",
    "single",
    "items",
    "support_areas",
    "support_topics",
    "goals",
    "questions",
];

pub(crate) fn check_single(id: SingleItemId, r: Response) -> Result<(), AssessmentError> {
    let item = id.item();
    match r {
        Response::Value(v) if v < item.min || v > item.max => Err(AssessmentError::OutOfRange {
            item: id.as_str().to_owned(),
            value: v,
            min: item.min,
            max: item.max,
        }),
        _ => Ok(()),
    }
}

fn check_area_item(item_id: &str, r: Option<Response>) -> Result<(), AssessmentError> {
    if instrument().item(item_id).is_none() {
        return Err(AssessmentError::UnknownItem(item_id.to_owned()));
    }
    match r {
        Some(Response::Value(v)) if !(1..=5).contains(&v) => Err(AssessmentError::OutOfRange {
            item: item_id.to_owned(),
            value: v,
            min: 1,
            max: 5,
        }),
        _ => Ok(()),
    }
}

fn check_text(field: &'static str, text: &str) -> Result<String, AssessmentError> {
    if text.chars().count() > MAX_TEXT_CHARS {
        Err(AssessmentError::TextTooLong { field })
    } else {
        Ok(text.to_owned())
    }
}

impl fmt::Display for Response {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Response::Value(v) => write!(f, "{v}"),
            Response::PreferNotToSay => f.write_str(PREFER_NOT_TO_SAY),
        }
    }
}
