//! Reading and writing the scenario JSON with field paths in every error.
//!
//! Unknown fields are errors (they are usually typos), except keys starting with `_`, which are
//! free for comments; a key given twice is an error too (`DuplicateField`), never "the last one
//! wins". Numbers are read from their decimal text ([`super::text`]): money is rounded half-up
//! to cents from the digits, never through `f64`. What the fields are comes from the tables in
//! [`super::fields`]: this module only knows how each [`Kind`] is written in JSON.

use super::fields::{self, Field, Kind, Record, Value};
use super::text::{self, Json};
use super::*;
use fields::join;

pub(super) fn parse(text: &str) -> Result<Scenario, ScenarioErrors> {
    // Keys given twice are kept, so that the reader names each with its path.
    let v = crate::json::parse_keeping_duplicates(text).map_err(|error| {
        ScenarioErrors::one(
            "",
            Problem::InvalidJson {
                message: error.to_string(),
            },
        )
    })?;
    from_tree(&v)
}

struct Obj<'a> {
    fields: &'a [(String, Json)],
    path: String,
}

impl<'a> Obj<'a> {
    /// The object at `path`; reports a wrong type and every key given more than once.
    fn new(v: &'a Json, path: &str, e: &mut Errors) -> Option<Obj<'a>> {
        match v {
            Json::Object(fields) => {
                let mut keys: Vec<&str> = fields.iter().map(|(k, _)| k.as_str()).collect();
                crate::sort::sort(&mut keys);
                let mut reported: Option<&str> = None;
                for pair in keys.windows(2) {
                    if pair[0] == pair[1] && reported != Some(pair[0]) {
                        e.push(join(path, pair[0]), Problem::DuplicateField);
                        reported = Some(pair[0]);
                    }
                }
                Some(Obj {
                    fields,
                    path: path.to_string(),
                })
            }
            _ => {
                e.push(path, Problem::WrongType { expected: "object" });
                None
            }
        }
    }
    fn check_known(&self, known: impl Fn(&str) -> bool, e: &mut Errors) {
        for (k, _) in self.fields {
            if !k.starts_with('_') && !known(k) {
                e.push(join(&self.path, k), Problem::UnknownField);
            }
        }
    }
    fn get(&self, k: &str) -> Option<&'a Json> {
        self.fields
            .iter()
            .find(|(key, _)| key == k)
            .map(|(_, v)| v)
            .filter(|v| **v != Json::Null)
    }
    fn p(&self, k: &str) -> String {
        join(&self.path, k)
    }
    fn number(&self, k: &str, expected: &'static str, e: &mut Errors) -> Option<&'a str> {
        match self.get(k)? {
            Json::Number(text) => Some(text),
            _ => {
                e.push(self.p(k), Problem::WrongType { expected });
                None
            }
        }
    }
    /// Euros to cents, half-up from the decimal text. A number too large for cents is kept as
    /// the largest amount, so validation reports it as too large.
    fn money(&self, k: &str, e: &mut Errors) -> Option<Cents> {
        let t = self.number(k, "number", e)?;
        Some(Cents(text::scaled(t, 2).unwrap_or(if t.starts_with('-') {
            i64::MIN
        } else {
            i64::MAX
        })))
    }
    fn int(&self, k: &str, min: i64, max: i64, e: &mut Errors) -> Option<i64> {
        let t = self.number(k, "integer", e)?;
        match text::integer(t) {
            Some(n) if (min..=max).contains(&n) => Some(n),
            Some(_) => {
                e.push(self.p(k), Problem::OutOfRange { min, max });
                None
            }
            None if text::scaled(t, 0).is_none() => {
                e.push(self.p(k), Problem::OutOfRange { min, max });
                None
            }
            None => {
                e.push(
                    self.p(k),
                    Problem::WrongType {
                        expected: "integer",
                    },
                );
                None
            }
        }
    }
    fn string(&self, k: &str, e: &mut Errors) -> Option<&'a str> {
        match self.get(k)? {
            Json::String(s) => Some(s),
            _ => {
                e.push(self.p(k), Problem::WrongType { expected: "string" });
                None
            }
        }
    }
    fn boolean(&self, k: &str, e: &mut Errors) -> Option<bool> {
        match self.get(k)? {
            Json::Bool(b) => Some(*b),
            _ => {
                e.push(
                    self.p(k),
                    Problem::WrongType {
                        expected: "boolean",
                    },
                );
                None
            }
        }
    }
    /// A scalar field, read by its kind; `None` when absent or wrong (the problem is pushed).
    fn value<T>(&self, k: &str, kind: &Kind<T>, e: &mut Errors) -> Option<Value> {
        match *kind {
            Kind::Money { .. } => self.money(k, e).map(Value::Money),
            Kind::Count { min, max } => self
                .int(k, i64::from(min), i64::from(max), e)
                .and_then(|n| u8::try_from(n).ok())
                .map(Value::Count),
            Kind::Hours { max } => self.hours(k, max, e).map(Value::Hours),
            Kind::Choice { names } => {
                let given = self.string(k, e)?;
                match names.iter().find(|n| **n == given) {
                    Some(name) => Some(Value::Choice(name)),
                    None => {
                        e.push(self.p(k), Problem::UnknownValue { allowed: names });
                        None
                    }
                }
            }
            Kind::Bool => self.boolean(k, e).map(Value::Bool),
            Kind::Date => {
                let given = self.string(k, e)?;
                let date = Date::parse(given);
                if date.is_none() {
                    e.push(self.p(k), Problem::InvalidDate);
                }
                date.map(Value::Date)
            }
            Kind::Text { .. } => self.string(k, e).map(|t| Value::Text(t.to_owned())),
            Kind::Object(_) | Kind::List(_) => None,
        }
    }
    /// Hours in hundredths, from the number's decimal text (half-up).
    fn hours(&self, k: &str, max: Hours, e: &mut Errors) -> Option<Hours> {
        let t = self.number(k, "number", e)?;
        match text::scaled(t, 2) {
            Some(h) if (0..=i64::from(max.0)).contains(&h) => u32::try_from(h).ok().map(Hours),
            _ => {
                e.push(
                    self.p(k),
                    Problem::OutOfRange {
                        min: 0,
                        max: i64::from(max.0 / 100),
                    },
                );
                None
            }
        }
    }
}

/// Reads the record `T` at `path` from its table: unknown keys, missing required keys, each
/// field by its kind, then the rules between keys. What cannot be read keeps its blank value.
pub(super) fn read_record<T: Record>(v: &Json, path: &str, e: &mut Errors) -> T {
    let mut record = T::blank();
    let Some(o) = Obj::new(v, path, e) else {
        return record;
    };
    let table: &[Field<T>] = T::fields();
    o.check_known(|k| table.iter().any(|f| f.name == k), e);
    for field in table {
        let given = o.get(field.name);
        if given.is_none() {
            if T::REQUIRED.contains(&field.name) {
                e.push(o.p(field.name), Problem::Missing);
            }
            continue;
        }
        match field.kind {
            Kind::Object(nested) | Kind::List(nested) => {
                if let Some(v) = given {
                    nested.read(&mut record, v, &o.p(field.name), e);
                }
            }
            kind => {
                if let Some(value) = o.value(field.name, &kind, e) {
                    (field.set)(&mut record, value);
                }
            }
        }
    }
    T::check_keys(&|k| o.get(k).is_some(), path, e);
    record
}

/// The record as a JSON object, its fields in table order.
pub(super) fn write_record<T: Record>(record: &T) -> Json {
    let fields = T::fields()
        .iter()
        .filter_map(|field| {
            let json = match field.kind {
                Kind::Object(nested) | Kind::List(nested) => nested.write(record),
                _ => (field.get)(record).map(value_json),
            }?;
            Some((field.name.to_owned(), json))
        })
        .collect();
    Json::Object(fields)
}

/// Read a scenario; on problems, also validate what could be read so that every problem is
/// reported at once (a field that already has a problem is not reported twice).
pub(super) fn from_tree(v: &Json) -> Result<Scenario, ScenarioErrors> {
    let mut e = Errors(Vec::new());
    let s: Scenario = read_record(v, "", &mut e);
    if e.0.is_empty() {
        return Ok(s);
    }
    // A document that is not an object has nothing more to check.
    if matches!(v, Json::Object(_)) {
        if let Err(more) = s.validate() {
            for f in more.0 {
                if !e.0.iter().any(|g| g.path == f.path) {
                    e.0.push(f);
                }
            }
        }
    }
    Err(ScenarioErrors(e.0))
}

/// A whole number of hundredths as the shortest decimal text (`123450` → `1234.5`).
fn hundredths(n: i64) -> Json {
    let sign = if n < 0 { "-" } else { "" };
    let n = n.unsigned_abs();
    let (whole, part) = (n / 100, n % 100);
    Json::Number(match part {
        0 => format!("{sign}{whole}"),
        p if p % 10 == 0 => format!("{sign}{whole}.{}", p / 10),
        p => format!("{sign}{whole}.{p:02}"),
    })
}

fn euros(c: Cents) -> Json {
    hundredths(c.0)
}

fn value_json(v: Value) -> Json {
    match v {
        Value::Money(c) => euros(c),
        Value::Count(n) => Json::Number(n.to_string()),
        Value::Hours(h) => hundredths(i64::from(h.0)),
        Value::Choice(name) => Json::String(name.to_owned()),
        Value::Bool(b) => Json::Bool(b),
        Value::Date(d) => Json::String(d.to_string()),
        Value::Text(t) => Json::String(t),
    }
}

/// The scenario as JSON text, in the order of docs/SCENARIO-FORMAT.md.
pub(super) fn to_text(s: &Scenario) -> String {
    let mut out = String::new();
    tree(s).write(&mut out);
    out
}

/// [`to_text`], indented.
pub(super) fn to_pretty_text(s: &Scenario) -> String {
    let mut out = String::new();
    tree(s).write_pretty(&mut out, 0);
    out
}

pub(super) fn tree(s: &Scenario) -> Json {
    write_record(s)
}
