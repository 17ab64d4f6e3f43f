//! The versioned envelope every stored value is wrapped in: `{"format": 1, "data": …}`.
//!
//! `format` is the version of the envelope and of the way values are laid out inside it. A
//! later version adds a migration step in [`decode`] (from the older `format` to the current
//! one) instead of breaking saved data; a value from a *newer* version is refused, so an older
//! app never misreads or overwrites it.

use std::fmt;

use crate::json::{self, Fields, ReadJson, Value, WriteJson};

/// The current envelope format.
pub const FORMAT: u32 = 1;

/// Why something could not be stored or read. Never a panic. (No parser details are kept: the
/// page says one plain sentence, and leaving the messages out keeps the WebAssembly small.)
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StorageError {
    /// Storage is turned off, blocked or missing (e.g. private mode, a sandboxed iframe).
    Unavailable,
    /// Writing failed (e.g. storage full).
    WriteFailed,
    /// The person has not opted in: nothing was written.
    NoConsent,
    /// A key outside Askel's `askel.` prefix.
    BadKey(String),
    /// The stored text is not JSON or not an envelope (truncated, edited, another program's).
    Corrupt,
    /// The envelope is from a newer version of Askel than this one.
    FutureVersion(u64),
    /// The envelope is fine but its data has the wrong shape or values.
    WrongShape,
    /// The value could not be turned into JSON.
    Encode,
}

impl fmt::Display for StorageError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StorageError::Unavailable => f.write_str("storage is not available"),
            StorageError::WriteFailed => f.write_str("storage refused the write (full?)"),
            StorageError::NoConsent => f.write_str("saving is not allowed before opt-in"),
            StorageError::BadKey(k) => write!(f, "key {k:?} is not an askel. key"),
            StorageError::Corrupt => f.write_str("stored data is not a readable envelope"),
            StorageError::FutureVersion(v) => write!(f, "stored data has newer format {v}"),
            StorageError::WrongShape => f.write_str("stored data has the wrong shape or values"),
            StorageError::Encode => f.write_str("the value cannot be written as JSON"),
        }
    }
}

impl std::error::Error for StorageError {}

impl StorageError {
    /// True when the stored blob exists but cannot be read by this version (it is kept).
    pub fn is_unreadable_data(&self) -> bool {
        matches!(
            self,
            StorageError::Corrupt | StorageError::FutureVersion(_) | StorageError::WrongShape
        )
    }
}

/// Wraps `value` in the current envelope.
pub fn encode<T: WriteJson + ?Sized>(value: &T) -> Result<String, StorageError> {
    Ok(Value::object([
        ("format", Value::integer(FORMAT)),
        ("data", value.write_json()),
    ])
    .to_text())
}

/// Reads an envelope written by [`encode`] (or by an older version, after migrating it).
///
/// The envelope is an object with exactly `format` and `data`, each once; its `format` is read
/// first, so a newer version is refused before its data is interpreted, then `data` as `T`.
pub fn decode<T: ReadJson>(raw: &str) -> Result<T, StorageError> {
    let envelope = json::parse(raw).map_err(|_| StorageError::Corrupt)?;
    let fields = Fields::of(&envelope, &["format", "data"]).map_err(|_| StorageError::Corrupt)?;
    let format: u64 = fields
        .required("format")
        .map_err(|_| StorageError::Corrupt)?;
    let data: Value = fields.required("data").map_err(|_| StorageError::Corrupt)?;
    match format {
        // The first version. A later one adds its migration here, e.g. `1 => migrate_1_to_2(data)`.
        1 => {}
        0 => return Err(StorageError::Corrupt),
        newer => return Err(StorageError::FutureVersion(newer)),
    }
    T::read_json(&data).map_err(|_| StorageError::WrongShape)
}
