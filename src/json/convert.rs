//! Typed values to and from [`Value`]: [`WriteJson`] and [`ReadJson`] for the standard types our
//! formats use, and [`Fields`] for reading a record (an object with known keys).
//!
//! The shapes are the ones our formats have always had (they were written by serde before):
//! integers as plain numbers, `Option` as the value or `null`, a pair as a two-item array, a list
//! as an array, a map keyed by names as an object in the map's order. Reading is strict: a record
//! refuses keys it does not know and keys given twice, an integer must be whole and fit its type,
//! and a required key must be there.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use super::Value;

/// A value as JSON.
pub trait WriteJson {
    /// The JSON tree of the value.
    fn write_json(&self) -> Value;
}

/// A value from JSON, checked.
pub trait ReadJson: Sized {
    /// The value the tree stands for, or what does not fit.
    fn read_json(v: &Value) -> Result<Self, Mismatch>;
}

/// Why a JSON tree is not the value expected: what was expected, and under which key.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mismatch {
    /// The key path from the top (`entries.result.date`), empty for the top value.
    pub path: String,
    /// What was expected there, or what was wrong (`"a string"`, `"an unknown key"`).
    pub expected: &'static str,
}

impl Mismatch {
    /// A mismatch at the value itself.
    pub fn new(expected: &'static str) -> Mismatch {
        Mismatch {
            path: String::new(),
            expected,
        }
    }

    /// The same mismatch seen from the object that holds it under `key`.
    pub fn under(mut self, key: &str) -> Mismatch {
        self.path = if self.path.is_empty() {
            key.to_owned()
        } else {
            format!("{key}.{}", self.path)
        };
        self
    }
}

impl fmt::Display for Mismatch {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.path.is_empty() {
            write!(f, "expected {}", self.expected)
        } else {
            write!(f, "`{}`: expected {}", self.path, self.expected)
        }
    }
}

impl std::error::Error for Mismatch {}

/// The members of a record, checked to be an object with only known keys, each once.
pub struct Fields<'a> {
    pairs: &'a [(String, Value)],
}

impl<'a> Fields<'a> {
    /// The object `v`, whose keys must all be in `known` and appear once each.
    pub fn of(v: &'a Value, known: &[&str]) -> Result<Fields<'a>, Mismatch> {
        Fields::checked(v, Some(known))
    }

    /// The object `v`, each key once; keys the reader does not ask for are passed over (a
    /// record that a later version may extend).
    pub fn allowing_unknown(v: &'a Value) -> Result<Fields<'a>, Mismatch> {
        Fields::checked(v, None)
    }

    fn checked(v: &'a Value, known: Option<&[&str]>) -> Result<Fields<'a>, Mismatch> {
        let Value::Object(pairs) = v else {
            return Err(Mismatch::new("an object"));
        };
        if let Some((key, _)) = pairs
            .iter()
            .find(|(key, _)| known.is_some_and(|known| !known.contains(&key.as_str())))
        {
            return Err(Mismatch::new("no unknown key").under(key));
        }
        // Sorted, so that an object of many keys is checked in O(n log n).
        let mut keys: Vec<&str> = pairs.iter().map(|(k, _)| k.as_str()).collect();
        crate::sort::sort(&mut keys);
        if let Some(pair) = keys.windows(2).find(|pair| pair[0] == pair[1]) {
            return Err(Mismatch::new("each key once").under(pair[0]));
        }
        Ok(Fields { pairs })
    }

    fn find(&self, key: &str) -> Option<&'a Value> {
        self.pairs.iter().find(|(k, _)| k == key).map(|(_, v)| v)
    }

    /// The value under `key`, which must be there.
    pub fn required<T: ReadJson>(&self, key: &str) -> Result<T, Mismatch> {
        match self.find(key) {
            Some(v) => T::read_json(v).map_err(|m| m.under(key)),
            None => Err(Mismatch::new("this key").under(key)),
        }
    }

    /// The value under `key`, or the type's default when the key is left out (`null` is not
    /// leaving it out).
    pub fn or_default<T: ReadJson + Default>(&self, key: &str) -> Result<T, Mismatch> {
        match self.find(key) {
            Some(v) => T::read_json(v).map_err(|m| m.under(key)),
            None => Ok(T::default()),
        }
    }
}

impl WriteJson for Value {
    fn write_json(&self) -> Value {
        self.clone()
    }
}

impl ReadJson for Value {
    fn read_json(v: &Value) -> Result<Self, Mismatch> {
        Ok(v.clone())
    }
}

impl<T: WriteJson + ?Sized> WriteJson for &T {
    fn write_json(&self) -> Value {
        (**self).write_json()
    }
}

impl WriteJson for bool {
    fn write_json(&self) -> Value {
        Value::Bool(*self)
    }
}

impl ReadJson for bool {
    fn read_json(v: &Value) -> Result<Self, Mismatch> {
        v.as_bool().ok_or(Mismatch::new("true or false"))
    }
}

impl WriteJson for str {
    fn write_json(&self) -> Value {
        Value::String(self.to_owned())
    }
}

impl WriteJson for String {
    fn write_json(&self) -> Value {
        Value::String(self.clone())
    }
}

impl ReadJson for String {
    fn read_json(v: &Value) -> Result<Self, Mismatch> {
        v.as_str()
            .map(str::to_owned)
            .ok_or(Mismatch::new("a string"))
    }
}

/// The integer a number text stands for when it is written as one (`-12`; not `12.0`, not
/// `1.2e1`, as serde read them).
fn whole(v: &Value) -> Result<i128, Mismatch> {
    let Value::Number(text) = v else {
        return Err(Mismatch::new("a whole number"));
    };
    let digits = text.strip_prefix('-').unwrap_or(text);
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return Err(Mismatch::new("a whole number"));
    }
    // More than 38 digits is beyond every integer type; the parse refuses it.
    text.parse().map_err(|_| Mismatch::new("a smaller number"))
}

macro_rules! integers {
    ($($t:ty),*) => {$(
        impl WriteJson for $t {
            fn write_json(&self) -> Value {
                Value::integer(*self)
            }
        }

        impl ReadJson for $t {
            fn read_json(v: &Value) -> Result<Self, Mismatch> {
                <$t>::try_from(whole(v)?).map_err(|_| Mismatch::new("a number in range"))
            }
        }
    )*};
}

integers!(u8, u16, u32, u64, i8, i16, i32, i64);

impl<T: WriteJson> WriteJson for Option<T> {
    fn write_json(&self) -> Value {
        self.as_ref().map_or(Value::Null, T::write_json)
    }
}

impl<T: ReadJson> ReadJson for Option<T> {
    fn read_json(v: &Value) -> Result<Self, Mismatch> {
        match v {
            Value::Null => Ok(None),
            v => T::read_json(v).map(Some),
        }
    }
}

impl<T: WriteJson> WriteJson for [T] {
    fn write_json(&self) -> Value {
        Value::Array(self.iter().map(T::write_json).collect())
    }
}

impl<T: WriteJson> WriteJson for Vec<T> {
    fn write_json(&self) -> Value {
        self.as_slice().write_json()
    }
}

impl<T: ReadJson> ReadJson for Vec<T> {
    fn read_json(v: &Value) -> Result<Self, Mismatch> {
        match v {
            Value::Array(items) => items.iter().map(T::read_json).collect(),
            _ => Err(Mismatch::new("a list")),
        }
    }
}

impl<T: WriteJson> WriteJson for BTreeSet<T> {
    fn write_json(&self) -> Value {
        Value::Array(self.iter().map(T::write_json).collect())
    }
}

impl<T: ReadJson + Ord> ReadJson for BTreeSet<T> {
    fn read_json(v: &Value) -> Result<Self, Mismatch> {
        match v {
            Value::Array(items) => items.iter().map(T::read_json).collect(),
            _ => Err(Mismatch::new("a list")),
        }
    }
}

impl<A: WriteJson, B: WriteJson> WriteJson for (A, B) {
    fn write_json(&self) -> Value {
        Value::Array(vec![self.0.write_json(), self.1.write_json()])
    }
}

impl<A: ReadJson, B: ReadJson> ReadJson for (A, B) {
    fn read_json(v: &Value) -> Result<Self, Mismatch> {
        match v {
            Value::Array(items) if items.len() == 2 => {
                Ok((A::read_json(&items[0])?, B::read_json(&items[1])?))
            }
            _ => Err(Mismatch::new("a pair")),
        }
    }
}

/// A map key written as an object key.
pub trait JsonKey: Sized {
    /// The key's text.
    fn key_text(&self) -> &str;
    /// The key a text names, if any.
    fn from_key_text(text: &str) -> Option<Self>;
}

impl JsonKey for String {
    fn key_text(&self) -> &str {
        self
    }
    fn from_key_text(text: &str) -> Option<Self> {
        Some(text.to_owned())
    }
}

impl<K: JsonKey, V: WriteJson> WriteJson for BTreeMap<K, V> {
    fn write_json(&self) -> Value {
        Value::Object(
            self.iter()
                .map(|(k, v)| (k.key_text().to_owned(), v.write_json()))
                .collect(),
        )
    }
}

impl<K: JsonKey + Ord, V: ReadJson> ReadJson for BTreeMap<K, V> {
    fn read_json(v: &Value) -> Result<Self, Mismatch> {
        let Value::Object(pairs) = v else {
            return Err(Mismatch::new("an object"));
        };
        let mut map = BTreeMap::new();
        for (key, value) in pairs {
            let k = K::from_key_text(key).ok_or_else(|| Mismatch::new("a known key").under(key))?;
            let value = V::read_json(value).map_err(|m| m.under(key))?;
            if map.insert(k, value).is_some() {
                return Err(Mismatch::new("each key once").under(key));
            }
        }
        Ok(map)
    }
}
