//! Saving on this device, only after the person opts in.
//!
//! Why this module exists: Askel's promise is that nothing is kept unless the person chooses
//! "Save on this device", and that one action deletes everything again. Every page that saves
//! something (the self-assessment now, the income scenarios later) goes through this one door,
//! so the promise holds in one place and is tested once.
//!
//! # API
//!
//! In the browser (localStorage):
//!
//! ```text
//! storage::consent()?                       // has the person opted in? (false when unknown)
//! storage::set_consent(true)?               // opt in: writes `askel.consent`
//! storage::save("askel.assessment.history", &history)?   // refused before opt-in
//! let h: Option<History> = storage::load("askel.assessment.history")?;
//! storage::remove("askel.assessment.history")?;
//! storage::delete_everything()?             // removes every `askel.*` key, consent included
//! ```
//!
//! The same operations exist on [`Store`] over any [`Backend`]; [`MemoryBackend`] is used by
//! the native tests, [`LocalStorage`] in the browser.
//!
//! # Invariants
//!
//! - **Nothing is written before opt-in.** [`Store::save`] returns
//!   [`StorageError::NoConsent`] until [`Store::set_consent`]`(true)`; the consent itself is
//!   written only when it is given (withdrawing it removes the key).
//! - **Every key starts with [`PREFIX`]** (`askel.`), and [`Store::delete_everything`] removes
//!   every key with that prefix, including ones written by other versions.
//! - **Every value is a versioned envelope** `{"format": <u32>, "data": <value>}` (see
//!   [`encode`] and [`decode`]). A record from a future version, truncated JSON or a value of
//!   the wrong shape is a [`StorageError`], never a panic, and the stored blob is left in place
//!   until the person deletes it.
//! - **Storage that throws** (disabled, full, private mode) is reported as
//!   [`StorageError::Unavailable`] or [`StorageError::WriteFailed`]; the page keeps working
//!   without saving.
//!
//! Boundary: the envelope, the store logic and the memory backend are pure Rust; only
//! `LocalStorage` touches `web_sys`, and only in the browser (natively it reports
//! "unavailable").

mod browser;
mod envelope;

use serde::de::DeserializeOwned;
use serde::Serialize;

pub use browser::LocalStorage;
pub use envelope::{decode, encode, StorageError, FORMAT};

use std::cell::RefCell;
use std::collections::BTreeMap;

/// The prefix of every key Askel owns.
pub const PREFIX: &str = "askel.";

/// The key that records the person's opt-in ("Save on this device").
pub const CONSENT_KEY: &str = "askel.consent";

/// A key-value store of strings: localStorage in the browser, a map in tests. Every call may
/// fail; none may panic.
pub trait Backend {
    /// The value of `key`, `None` if absent.
    fn get(&self, key: &str) -> Result<Option<String>, StorageError>;
    /// Writes `value` under `key`.
    fn set(&self, key: &str, value: &str) -> Result<(), StorageError>;
    /// Removes `key` (absent is fine).
    fn remove(&self, key: &str) -> Result<(), StorageError>;
    /// Every key currently stored (including other sites' on a shared origin).
    fn keys(&self) -> Result<Vec<String>, StorageError>;
}

/// An in-memory backend for native tests; it can be made to fail like a full or disabled
/// storage.
#[derive(Debug, Default)]
pub struct MemoryBackend {
    /// The stored values.
    pub map: RefCell<BTreeMap<String, String>>,
    /// When true, every call fails with [`StorageError::Unavailable`].
    pub disabled: bool,
    /// When true, writes fail with [`StorageError::WriteFailed`] (storage full).
    pub full: bool,
}

impl Backend for MemoryBackend {
    fn get(&self, key: &str) -> Result<Option<String>, StorageError> {
        if self.disabled {
            return Err(StorageError::Unavailable);
        }
        Ok(self.map.borrow().get(key).cloned())
    }
    fn set(&self, key: &str, value: &str) -> Result<(), StorageError> {
        if self.disabled {
            return Err(StorageError::Unavailable);
        }
        if self.full {
            return Err(StorageError::WriteFailed);
        }
        self.map
            .borrow_mut()
            .insert(key.to_owned(), value.to_owned());
        Ok(())
    }
    fn remove(&self, key: &str) -> Result<(), StorageError> {
        if self.disabled {
            return Err(StorageError::Unavailable);
        }
        self.map.borrow_mut().remove(key);
        Ok(())
    }
    fn keys(&self) -> Result<Vec<String>, StorageError> {
        if self.disabled {
            return Err(StorageError::Unavailable);
        }
        Ok(self.map.borrow().keys().cloned().collect())
    }
}

/// The opt-in store over a [`Backend`].
#[derive(Debug)]
pub struct Store<B: Backend> {
    backend: B,
}

impl<B: Backend> Store<B> {
    /// A store over `backend`.
    pub fn new(backend: B) -> Store<B> {
        Store { backend }
    }

    /// The backend (for tests that inspect what was written).
    pub fn backend(&self) -> &B {
        &self.backend
    }

    /// Whether the person has opted in. An absent key means no; an unreadable one is an error
    /// (and is treated as no by the caller).
    pub fn consent(&self) -> Result<bool, StorageError> {
        Ok(self.load::<bool>(CONSENT_KEY)?.unwrap_or(false))
    }

    /// Opts in (writes the consent) or out (removes the consent key; saved data stays until
    /// [`Store::delete_everything`]).
    pub fn set_consent(&self, given: bool) -> Result<(), StorageError> {
        if given {
            self.backend.set(CONSENT_KEY, &encode(&true)?)
        } else {
            self.backend.remove(CONSENT_KEY)
        }
    }

    /// Saves `value` under `key` (which must start with [`PREFIX`]) in a versioned envelope.
    /// Refused with [`StorageError::NoConsent`] before opt-in: nothing is written.
    pub fn save<T: Serialize + ?Sized>(&self, key: &str, value: &T) -> Result<(), StorageError> {
        check_key(key)?;
        if !self.consent()? {
            return Err(StorageError::NoConsent);
        }
        self.backend.set(key, &encode(value)?)
    }

    /// Loads the value under `key`: `Ok(None)` when nothing is stored, an error when the stored
    /// blob cannot be read (the blob is left untouched).
    pub fn load<T: DeserializeOwned>(&self, key: &str) -> Result<Option<T>, StorageError> {
        check_key(key)?;
        match self.backend.get(key)? {
            None => Ok(None),
            Some(raw) => decode(&raw).map(Some),
        }
    }

    /// Removes one key.
    pub fn remove(&self, key: &str) -> Result<(), StorageError> {
        check_key(key)?;
        self.backend.remove(key)
    }

    /// Removes every key that starts with [`PREFIX`] (consent included). Other sites' keys on
    /// the same origin are left alone.
    pub fn delete_everything(&self) -> Result<(), StorageError> {
        let mut first_error = None;
        for key in self.backend.keys()? {
            if key.starts_with(PREFIX) {
                if let Err(e) = self.backend.remove(&key) {
                    first_error.get_or_insert(e);
                }
            }
        }
        match first_error {
            Some(e) => Err(e),
            None => Ok(()),
        }
    }

    /// Every stored key that Askel owns (for tests and the privacy page).
    pub fn owned_keys(&self) -> Result<Vec<String>, StorageError> {
        Ok(self
            .backend
            .keys()?
            .into_iter()
            .filter(|k| k.starts_with(PREFIX))
            .collect())
    }
}

fn check_key(key: &str) -> Result<(), StorageError> {
    if key.starts_with(PREFIX) && key.len() > PREFIX.len() {
        Ok(())
    } else {
        Err(StorageError::BadKey(key.to_owned()))
    }
}

fn browser_store() -> Store<LocalStorage> {
    Store::new(LocalStorage)
}

/// Whether the person has opted in to saving on this device (localStorage).
pub fn consent() -> Result<bool, StorageError> {
    browser_store().consent()
}

/// Opts in to or out of saving on this device (localStorage).
pub fn set_consent(given: bool) -> Result<(), StorageError> {
    browser_store().set_consent(given)
}

/// Saves `value` under `key` in localStorage; refused before opt-in.
pub fn save<T: Serialize + ?Sized>(key: &str, value: &T) -> Result<(), StorageError> {
    browser_store().save(key, value)
}

/// Loads the value under `key` from localStorage.
pub fn load<T: DeserializeOwned>(key: &str) -> Result<Option<T>, StorageError> {
    browser_store().load(key)
}

/// Removes one key from localStorage.
pub fn remove(key: &str) -> Result<(), StorageError> {
    browser_store().remove(key)
}

/// Removes every `askel.*` key from localStorage.
pub fn delete_everything() -> Result<(), StorageError> {
    browser_store().delete_everything()
}
