//! The versioned envelope every stored value is wrapped in: `{"format": 1, "data": …}`.
//!
//! `format` is the version of the envelope and of the way values are laid out inside it. A
//! later version adds a migration step in [`decode`] (from the older `format` to the current
//! one) instead of breaking saved data; a value from a *newer* version is refused, so an older
//! app never misreads or overwrites it.

use std::fmt;

use serde::de::{DeserializeOwned, IgnoredAny};
use serde::{Deserialize, Serialize};

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

#[derive(Serialize)]
struct EnvelopeOut<'a, T: ?Sized> {
    format: u32,
    data: &'a T,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Header {
    format: u64,
    #[allow(dead_code)]
    data: IgnoredAny,
}

#[derive(Deserialize)]
struct EnvelopeIn<T> {
    data: T,
}

/// Wraps `value` in the current envelope.
pub fn encode<T: Serialize + ?Sized>(value: &T) -> Result<String, StorageError> {
    serde_json::to_string(&EnvelopeOut {
        format: FORMAT,
        data: value,
    })
    .map_err(|_| StorageError::Encode)
}

/// Reads an envelope written by [`encode`] (or by an older version, after migrating it).
///
/// The envelope is read twice: first only its `format` (so a newer version is refused before
/// its data is interpreted), then its `data` as `T`. Typed parsing keeps the WebAssembly small
/// (no `serde_json::Value`).
pub fn decode<T: DeserializeOwned>(raw: &str) -> Result<T, StorageError> {
    // serde also reads structs from arrays (`[1, …]`); an envelope is always an object.
    if !raw.trim_start().starts_with('{') {
        return Err(StorageError::Corrupt);
    }
    let header: Header = serde_json::from_str(raw).map_err(|_| StorageError::Corrupt)?;
    match header.format {
        // The first version. A later one adds its migration here, e.g. `1 => migrate_1_to_2(raw)`.
        1 => {}
        0 => return Err(StorageError::Corrupt),
        newer => return Err(StorageError::FutureVersion(newer)),
    }
    serde_json::from_str::<EnvelopeIn<T>>(raw)
        .map(|e| e.data)
        .map_err(|_| StorageError::WrongShape)
}
