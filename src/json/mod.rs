//! JSON of our own: the few formats Askel reads and writes (the scenario file and link, the
//! storage envelope, the self-assessment answers and history, the tab's state) in a small codec
//! instead of serde and serde_json.
//!
//! Why our own: serde_json and the code serde derives were about 24 KB gzip of the WebAssembly
//! (issue 16), for formats that are a handful of objects; and what the scenario format needs is
//! what general-purpose parsers throw away:
//!
//! - **Numbers stay their decimal text** ([`Value::Number`]), so money is rounded half-up from the
//!   digits the person wrote (0.145 € → 15 cents), never through `f64`, where 0.145 is 0.14499….
//! - **Objects keep every key in document order** ([`Value::Object`] is a list of pairs), so the
//!   writer reproduces our formats byte for byte and the scenario reader can name a key given
//!   twice instead of letting the last one win.
//!
//! The reader ([`parse`]) takes RFC 8259 JSON and nothing more (no comments, no trailing commas,
//! no lone surrogates), refuses a key given twice in one object, limits nesting depth and length
//! so hostile input cannot exhaust the stack or the memory, never panics, and says where it
//! stopped ([`Error`]). The writer ([`Value::to_text`]) is compact, escapes only what JSON
//! requires, and writes the two-character escapes for the usual control characters.
//!
//! Typed values go through [`ReadJson`] and [`WriteJson`] ([`convert`]); each format's module
//! says how its own types look in JSON.
//!
//! Boundary: pure Rust, no dependencies; never imports web crates.

pub mod convert;
mod parse;

pub use convert::{Fields, Mismatch, ReadJson, WriteJson};
pub use parse::{parse, parse_keeping_duplicates, Error, ErrorKind, MAX_DEPTH, MAX_LEN};

/// A JSON value with numbers as their text and objects as ordered key lists.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Value {
    Null,
    Bool(bool),
    /// The number exactly as written (checked against the JSON grammar by the reader; the
    /// writers of this crate put only integers and plain decimals here).
    Number(String),
    String(String),
    Array(Vec<Value>),
    /// Keys in document order. [`parse`] never gives a key twice; a tree built in code or read
    /// with [`parse_keeping_duplicates`] may.
    Object(Vec<(String, Value)>),
}

impl Value {
    /// A whole number.
    pub fn integer(n: impl Into<i128>) -> Value {
        Value::Number(n.into().to_string())
    }

    /// An object from its pairs, in the order given.
    pub fn object<const N: usize>(pairs: [(&str, Value); N]) -> Value {
        Value::Object(pairs.into_iter().map(|(k, v)| (k.to_owned(), v)).collect())
    }

    /// The value of the first `key` of an object; `None` for other values.
    pub fn get(&self, key: &str) -> Option<&Value> {
        match self {
            Value::Object(pairs) => pairs.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    /// The text of a string.
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::String(s) => Some(s),
            _ => None,
        }
    }

    /// A boolean.
    pub fn as_bool(&self) -> Option<bool> {
        match self {
            Value::Bool(b) => Some(*b),
            _ => None,
        }
    }

    /// A number written as a whole number without sign, fraction or exponent, that fits.
    pub fn as_u64(&self) -> Option<u64> {
        match self {
            Value::Number(text) if text.bytes().all(|b| b.is_ascii_digit()) => text.parse().ok(),
            _ => None,
        }
    }

    /// The same value with the keys of every object in byte order (the order serde_json's map
    /// wrote them in, for the tab's state that earlier versions wrote that way).
    pub fn sorted(self) -> Value {
        match self {
            Value::Array(items) => Value::Array(items.into_iter().map(Value::sorted).collect()),
            Value::Object(pairs) => {
                // Keys given twice keep their order: the sort is stable.
                let mut pairs: Vec<(String, Value)> =
                    pairs.into_iter().map(|(k, v)| (k, v.sorted())).collect();
                crate::sort::sort_by(&mut pairs, |a, b| a.0.cmp(&b.0));
                Value::Object(pairs)
            }
            other => other,
        }
    }

    /// Compact JSON text.
    pub fn to_text(&self) -> String {
        let mut out = String::new();
        self.write(&mut out);
        out
    }

    /// Indented JSON text (two spaces; `": "` after keys; `[]` and `{}` when empty), for files
    /// people may open.
    pub fn to_pretty_text(&self) -> String {
        let mut out = String::new();
        self.write_pretty(&mut out, 0);
        out
    }

    /// Appends the compact text.
    pub fn write(&self, out: &mut String) {
        match self {
            Value::Null => out.push_str("null"),
            Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
            Value::Number(n) => out.push_str(n),
            Value::String(s) => write_string(s, out),
            Value::Array(items) => {
                out.push('[');
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    item.write(out);
                }
                out.push(']');
            }
            Value::Object(pairs) => {
                out.push('{');
                for (i, (key, value)) in pairs.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    write_string(key, out);
                    out.push(':');
                    value.write(out);
                }
                out.push('}');
            }
        }
    }

    /// Appends the indented text of a value nested `depth` levels deep.
    pub fn write_pretty(&self, out: &mut String, depth: usize) {
        let indent = |out: &mut String, depth: usize| {
            out.push('\n');
            for _ in 0..depth {
                out.push_str("  ");
            }
        };
        match self {
            Value::Array(items) if !items.is_empty() => {
                out.push('[');
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    indent(out, depth + 1);
                    item.write_pretty(out, depth + 1);
                }
                indent(out, depth);
                out.push(']');
            }
            Value::Object(pairs) if !pairs.is_empty() => {
                out.push('{');
                for (i, (key, value)) in pairs.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    indent(out, depth + 1);
                    write_string(key, out);
                    out.push_str(": ");
                    value.write_pretty(out, depth + 1);
                }
                indent(out, depth);
                out.push('}');
            }
            other => other.write(out),
        }
    }
}

/// A JSON string: `"` and `\` escaped, the control characters U+0000–U+001F written as the
/// two-character escapes JSON has for them (`\b \t \n \f \r`) or as `\u00XX`; everything else,
/// U+007F and U+0085 included, as it is (JSON allows it and the text stays readable).
fn write_string(s: &str, out: &mut String) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    out.push('"');
    let mut plain_from = 0;
    for (i, b) in s.bytes().enumerate() {
        let escape = match b {
            b'"' => "\\\"",
            b'\\' => "\\\\",
            0x08 => "\\b",
            b'\t' => "\\t",
            b'\n' => "\\n",
            0x0c => "\\f",
            b'\r' => "\\r",
            0..=0x1f => "",
            _ => continue,
        };
        // Only ASCII bytes end a run, so both slices are on character boundaries.
        out.push_str(&s[plain_from..i]);
        plain_from = i + 1;
        if escape.is_empty() {
            out.push_str("\\u00");
            out.push(char::from(HEX[usize::from(b >> 4)]));
            out.push(char::from(HEX[usize::from(b & 0xf)]));
        } else {
            out.push_str(escape);
        }
    }
    out.push_str(&s[plain_from..]);
    out.push('"');
}

#[cfg(test)]
mod tests;
