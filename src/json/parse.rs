//! The reader: RFC 8259 text to a [`Value`], strictly, with the position of the first problem.

use std::fmt;

use super::Value;

/// Deepest nesting accepted (a scenario needs 4, the assessment history 6).
pub const MAX_DEPTH: usize = 64;

/// Longest text accepted, in bytes (a share link holds at most 64 KiB of JSON; the history of
/// years of weekly self-assessments is well under 1 MiB).
pub const MAX_LEN: usize = 4 << 20;

/// What is wrong with a text, and at which byte.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Error {
    /// The byte offset where reading stopped.
    pub at: usize,
    /// What was found there.
    pub kind: ErrorKind,
}

/// The kinds of problem the reader reports.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorKind {
    /// The text ended inside a value.
    End,
    /// Something other than a value where one must be.
    ExpectedValue,
    /// A misspelt `null`, `true` or `false`.
    UnknownWord,
    /// An array without `,` or `]` after an item.
    ExpectedCommaOrBracket,
    /// An object without `,` or `}` after a member.
    ExpectedCommaOrBrace,
    /// An object member that does not start with a key in quotes.
    ExpectedKey,
    /// A key without `:`.
    ExpectedColon,
    /// A key given a second time in the same object.
    DuplicateKey,
    /// A number outside the JSON grammar (`01`, `1.`, `-`, `1e`).
    InvalidNumber,
    /// A string without its closing quote.
    UnterminatedString,
    /// A control character (U+0000–U+001F) inside a string.
    ControlCharacter,
    /// A backslash escape JSON does not have, or a cut-off `\u`.
    InvalidEscape,
    /// A `\u` escape of half a surrogate pair.
    LoneSurrogate,
    /// More than [`MAX_DEPTH`] arrays and objects inside each other.
    TooDeep,
    /// Longer than [`MAX_LEN`] bytes.
    TooLong,
    /// Text after the value.
    TrailingText,
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let what = match self.kind {
            ErrorKind::End => "unexpected end of text",
            ErrorKind::ExpectedValue => "expected a value",
            ErrorKind::UnknownWord => "unknown word",
            ErrorKind::ExpectedCommaOrBracket => "expected `,` or `]`",
            ErrorKind::ExpectedCommaOrBrace => "expected `,` or `}`",
            ErrorKind::ExpectedKey => "expected a key in quotes",
            ErrorKind::ExpectedColon => "expected `:`",
            ErrorKind::DuplicateKey => "key given twice",
            ErrorKind::InvalidNumber => "invalid number",
            ErrorKind::UnterminatedString => "unterminated string",
            ErrorKind::ControlCharacter => "control character in string",
            ErrorKind::InvalidEscape => "invalid escape",
            ErrorKind::LoneSurrogate => "lone surrogate",
            ErrorKind::TooDeep => "nested too deeply",
            ErrorKind::TooLong => "text too long",
            ErrorKind::TrailingText => "unexpected text after the JSON value",
        };
        write!(f, "{what} at byte {}", self.at)
    }
}

impl std::error::Error for Error {}

/// Reads one JSON value; a key given twice in an object is an error ([`ErrorKind::DuplicateKey`],
/// at the second one).
pub fn parse(text: &str) -> Result<Value, Error> {
    read(text, true)
}

/// [`parse`], but an object keeps a key given twice (both pairs, in order), for a reader that
/// reports it with its path (the scenario format does).
pub fn parse_keeping_duplicates(text: &str) -> Result<Value, Error> {
    read(text, false)
}

fn read(text: &str, unique_keys: bool) -> Result<Value, Error> {
    if text.len() > MAX_LEN {
        return Err(Error {
            at: MAX_LEN,
            kind: ErrorKind::TooLong,
        });
    }
    let mut p = Parser {
        text,
        bytes: text.as_bytes(),
        pos: 0,
        unique_keys,
    };
    p.skip_ws();
    let value = p.value(0)?;
    p.skip_ws();
    if p.pos != p.bytes.len() {
        return Err(p.error(ErrorKind::TrailingText));
    }
    Ok(value)
}

struct Parser<'a> {
    text: &'a str,
    bytes: &'a [u8],
    pos: usize,
    unique_keys: bool,
}

impl Parser<'_> {
    fn error(&self, kind: ErrorKind) -> Error {
        Error { at: self.pos, kind }
    }

    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.pos).copied()
    }

    fn skip_ws(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.pos += 1;
        }
    }

    fn literal(&mut self, word: &str, value: Value) -> Result<Value, Error> {
        if self.bytes[self.pos..].starts_with(word.as_bytes()) {
            self.pos += word.len();
            Ok(value)
        } else {
            Err(self.error(ErrorKind::UnknownWord))
        }
    }

    fn value(&mut self, depth: usize) -> Result<Value, Error> {
        if depth > MAX_DEPTH {
            return Err(self.error(ErrorKind::TooDeep));
        }
        match self.peek() {
            None => Err(self.error(ErrorKind::End)),
            Some(b'n') => self.literal("null", Value::Null),
            Some(b't') => self.literal("true", Value::Bool(true)),
            Some(b'f') => self.literal("false", Value::Bool(false)),
            Some(b'"') => self.string().map(Value::String),
            Some(b'[') => self.array(depth),
            Some(b'{') => self.object(depth),
            Some(b'-' | b'0'..=b'9') => self.number(),
            Some(_) => Err(self.error(ErrorKind::ExpectedValue)),
        }
    }

    fn array(&mut self, depth: usize) -> Result<Value, Error> {
        self.pos += 1;
        let mut items = Vec::new();
        self.skip_ws();
        if self.peek() == Some(b']') {
            self.pos += 1;
            return Ok(Value::Array(items));
        }
        loop {
            self.skip_ws();
            items.push(self.value(depth + 1)?);
            self.skip_ws();
            match self.peek() {
                Some(b',') => self.pos += 1,
                Some(b']') => {
                    self.pos += 1;
                    return Ok(Value::Array(items));
                }
                None => return Err(self.error(ErrorKind::End)),
                _ => return Err(self.error(ErrorKind::ExpectedCommaOrBracket)),
            }
        }
    }

    fn object(&mut self, depth: usize) -> Result<Value, Error> {
        self.pos += 1;
        let mut pairs: Vec<(String, Value)> = Vec::new();
        // Key positions, to name the second of two equal keys.
        let mut key_at = Vec::new();
        self.skip_ws();
        if self.peek() == Some(b'}') {
            self.pos += 1;
            return Ok(Value::Object(pairs));
        }
        loop {
            self.skip_ws();
            match self.peek() {
                Some(b'"') => {}
                None => return Err(self.error(ErrorKind::End)),
                _ => return Err(self.error(ErrorKind::ExpectedKey)),
            }
            key_at.push(self.pos);
            let key = self.string()?;
            self.skip_ws();
            match self.peek() {
                Some(b':') => self.pos += 1,
                None => return Err(self.error(ErrorKind::End)),
                _ => return Err(self.error(ErrorKind::ExpectedColon)),
            }
            self.skip_ws();
            let value = self.value(depth + 1)?;
            pairs.push((key, value));
            self.skip_ws();
            match self.peek() {
                Some(b',') => self.pos += 1,
                Some(b'}') => {
                    self.pos += 1;
                    if self.unique_keys {
                        check_unique(&pairs, &key_at)?;
                    }
                    return Ok(Value::Object(pairs));
                }
                None => return Err(self.error(ErrorKind::End)),
                _ => return Err(self.error(ErrorKind::ExpectedCommaOrBrace)),
            }
        }
    }

    fn digits(&mut self) -> usize {
        let start = self.pos;
        while matches!(self.peek(), Some(b'0'..=b'9')) {
            self.pos += 1;
        }
        self.pos - start
    }

    fn number(&mut self) -> Result<Value, Error> {
        let start = self.pos;
        if self.peek() == Some(b'-') {
            self.pos += 1;
        }
        let int_start = self.pos;
        let int_len = self.digits();
        if int_len == 0 {
            return Err(self.error(ErrorKind::InvalidNumber));
        }
        if int_len > 1 && self.bytes[int_start] == b'0' {
            // At the digit after the leading zero.
            return Err(Error {
                at: int_start + 1,
                kind: ErrorKind::InvalidNumber,
            });
        }
        if self.peek() == Some(b'.') {
            self.pos += 1;
            if self.digits() == 0 {
                return Err(self.error(ErrorKind::InvalidNumber));
            }
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.pos += 1;
            if matches!(self.peek(), Some(b'+' | b'-')) {
                self.pos += 1;
            }
            if self.digits() == 0 {
                return Err(self.error(ErrorKind::InvalidNumber));
            }
        }
        // Only ASCII was consumed, so the slice is on character boundaries.
        Ok(Value::Number(self.text[start..self.pos].to_owned()))
    }

    fn hex4(&mut self) -> Result<u32, Error> {
        let digits = self
            .bytes
            .get(self.pos..self.pos + 4)
            .filter(|d| d.iter().all(u8::is_ascii_hexdigit))
            .ok_or_else(|| self.error(ErrorKind::InvalidEscape))?;
        let n = digits.iter().fold(0u32, |n, &d| {
            n * 16 + char::from(d).to_digit(16).unwrap_or(0)
        });
        self.pos += 4;
        Ok(n)
    }

    fn string(&mut self) -> Result<String, Error> {
        self.pos += 1; // the opening quote
        let mut out = String::new();
        loop {
            let start = self.pos;
            while let Some(b) = self.peek() {
                if b == b'"' || b == b'\\' || b < 0x20 {
                    break;
                }
                self.pos += 1;
            }
            // The run stops only at ASCII bytes or the end: on character boundaries.
            out.push_str(&self.text[start..self.pos]);
            match self.peek() {
                None => return Err(self.error(ErrorKind::UnterminatedString)),
                Some(b'"') => {
                    self.pos += 1;
                    return Ok(out);
                }
                Some(b'\\') => {
                    self.pos += 1;
                    out.push(self.escape()?);
                }
                Some(_) => return Err(self.error(ErrorKind::ControlCharacter)),
            }
        }
    }

    /// The character of the escape after a backslash.
    fn escape(&mut self) -> Result<char, Error> {
        let escape = self.peek().ok_or_else(|| self.error(ErrorKind::End))?;
        self.pos += 1;
        Ok(match escape {
            b'"' => '"',
            b'\\' => '\\',
            b'/' => '/',
            b'b' => '\u{8}',
            b'f' => '\u{c}',
            b'n' => '\n',
            b'r' => '\r',
            b't' => '\t',
            b'u' => {
                let first = self.hex4()?;
                let code = if (0xD800..0xDC00).contains(&first) {
                    if !self.bytes[self.pos..].starts_with(b"\\u") {
                        return Err(self.error(ErrorKind::LoneSurrogate));
                    }
                    self.pos += 2;
                    let second = self.hex4()?;
                    if !(0xDC00..0xE000).contains(&second) {
                        return Err(self.error(ErrorKind::LoneSurrogate));
                    }
                    0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
                } else {
                    first
                };
                char::from_u32(code).ok_or_else(|| self.error(ErrorKind::LoneSurrogate))?
            }
            _ => {
                self.pos -= 1;
                return Err(self.error(ErrorKind::InvalidEscape));
            }
        })
    }
}

/// The object's keys are all different; otherwise the error is at the later of the first two
/// equal keys. Sorting keeps this O(n log n) for objects with many keys.
fn check_unique(pairs: &[(String, Value)], key_at: &[usize]) -> Result<(), Error> {
    if pairs.len() < 2 {
        return Ok(());
    }
    let order = crate::sort::order(pairs.len(), &mut |a, b| pairs[a].0.cmp(&pairs[b].0));
    let repeated = order
        .windows(2)
        .filter(|w| pairs[w[0]].0 == pairs[w[1]].0)
        .map(|w| key_at[w[1]])
        .min();
    match repeated {
        Some(at) => Err(Error {
            at,
            kind: ErrorKind::DuplicateKey,
        }),
        None => Ok(()),
    }
}
