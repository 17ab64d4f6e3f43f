//! How the self-assessment's values look in JSON: the answers (kept in the tab while the person
//! answers) and the saved results with their notes (kept on the device after opt-in).
//!
//! These shapes are released formats (tests/fixtures/storage-1-*.json): ids as their snake_case
//! names, an answer as its number or `"prefer_not_to_say"`, an area score as `{"score": n}` or
//! `"not_enough_answers"`, pairs as two-item arrays, records as objects with their keys in the
//! order written here. Records refuse keys given twice; the answers refuse unknown keys too,
//! while a saved result, like before, passes over keys it does not know.

use crate::json::convert::JsonKey;
use crate::json::{Fields, Mismatch, ReadJson, Value, WriteJson};

use super::answers::{Response, SupportTopic, PREFER_NOT_TO_SAY};
use super::history::SavedResult;
use super::instrument::{AreaId, SingleItemId};
use super::scoring::{AreaScore, AssessmentResult};

/// An identifier written as its name; `all` lists every one, `name` gives its name.
fn named<T: Copy>(v: &Value, all: &[T], name: fn(T) -> &'static str) -> Result<T, Mismatch> {
    let given = v.as_str().ok_or(Mismatch::new("a name"))?;
    all.iter()
        .copied()
        .find(|&id| name(id) == given)
        .ok_or(Mismatch::new("a known name"))
}

macro_rules! names {
    ($($t:ty),*) => {$(
        impl WriteJson for $t {
            fn write_json(&self) -> Value {
                Value::String(self.as_str().to_owned())
            }
        }

        impl ReadJson for $t {
            fn read_json(v: &Value) -> Result<Self, Mismatch> {
                named(v, <$t>::all(), <$t>::as_str)
            }
        }
    )*};
}

names!(AreaId, SingleItemId, SupportTopic);

impl JsonKey for SingleItemId {
    fn key_text(&self) -> &str {
        self.as_str()
    }
    fn from_key_text(text: &str) -> Option<Self> {
        SingleItemId::all()
            .iter()
            .copied()
            .find(|id| id.as_str() == text)
    }
}

impl WriteJson for Response {
    fn write_json(&self) -> Value {
        match self {
            Response::Value(v) => Value::integer(*v),
            Response::PreferNotToSay => Value::String(PREFER_NOT_TO_SAY.to_owned()),
        }
    }
}

impl ReadJson for Response {
    fn read_json(v: &Value) -> Result<Self, Mismatch> {
        match v {
            Value::String(s) if s == PREFER_NOT_TO_SAY => Ok(Response::PreferNotToSay),
            Value::String(_) => Err(Mismatch::new("a number or \"prefer_not_to_say\"")),
            v => u8::read_json(v).map(Response::Value),
        }
    }
}

const SCORE: &str = "score";
const NOT_ENOUGH_ANSWERS: &str = "not_enough_answers";

impl WriteJson for AreaScore {
    fn write_json(&self) -> Value {
        match self {
            AreaScore::Score(s) => Value::object([(SCORE, Value::integer(*s))]),
            AreaScore::NotEnoughAnswers => Value::String(NOT_ENOUGH_ANSWERS.to_owned()),
        }
    }
}

impl ReadJson for AreaScore {
    fn read_json(v: &Value) -> Result<Self, Mismatch> {
        match v {
            Value::String(s) if s == NOT_ENOUGH_ANSWERS => Ok(AreaScore::NotEnoughAnswers),
            Value::Object(_) => Fields::of(v, &[SCORE])?
                .required(SCORE)
                .map(AreaScore::Score),
            _ => Err(Mismatch::new("{\"score\": n} or \"not_enough_answers\"")),
        }
    }
}

const RESULT_KEYS: [&str; 5] = ["date", "areas", "overall", "single_items", "support_wished"];

impl WriteJson for AssessmentResult {
    fn write_json(&self) -> Value {
        let [date, areas, overall, single_items, support_wished] = RESULT_KEYS;
        Value::object([
            (date, self.date.write_json()),
            (areas, self.areas.write_json()),
            (overall, self.overall.write_json()),
            (single_items, self.single_items.write_json()),
            (support_wished, self.support_wished.write_json()),
        ])
    }
}

impl ReadJson for AssessmentResult {
    fn read_json(v: &Value) -> Result<Self, Mismatch> {
        let [date, areas, overall, single_items, support_wished] = RESULT_KEYS;
        let f = Fields::allowing_unknown(v)?;
        Ok(AssessmentResult {
            date: f.required(date)?,
            areas: f.required(areas)?,
            // An absent `overall` was read as "no number" (serde's rule for an `Option`).
            overall: f.or_default(overall)?,
            single_items: f.required(single_items)?,
            support_wished: f.required(support_wished)?,
        })
    }
}

impl WriteJson for SavedResult {
    fn write_json(&self) -> Value {
        Value::object([
            ("id", Value::integer(self.id)),
            ("result", self.result.write_json()),
        ])
    }
}

impl ReadJson for SavedResult {
    fn read_json(v: &Value) -> Result<Self, Mismatch> {
        let f = Fields::allowing_unknown(v)?;
        Ok(SavedResult {
            id: f.required("id")?,
            result: f.required("result")?,
        })
    }
}
