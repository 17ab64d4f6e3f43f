//! Saving on this device, only after the person opts in, feature by feature.
//!
//! Why this module exists: Askel's promise is that nothing is kept unless the person chooses
//! "Save on this device" *for that part of Askel*, that what is kept is never lost or silently
//! overwritten, and that the person can delete it again. Every page that saves something goes
//! through this one door, so the promise holds in one place and is tested once.
//!
//! # Features and keys
//!
//! Each [`Feature`] (the self-assessment history, the income scenario) has its own consent key
//! and its own data keys; see [`Feature::consent_key`] and [`Feature::data_keys`] and the table
//! in docs/PRIVACY.md. Opting in on one page never starts saving on the other. Before per-feature
//! consent, one key `askel.consent` ([`LEGACY_CONSENT_KEY`]) stood for everything; it is migrated
//! once ([`Store::migrate_legacy_consent`]): each feature that already has data on the device
//! keeps its consent (the person chose to save it), a feature without data needs a new opt-in.
//!
//! # API
//!
//! In the browser (localStorage) the free functions ([`consent`], [`save`], [`modify`], …) act
//! on [`device`]. The same operations exist on [`Store`] over any [`Backend`]; [`MemoryBackend`]
//! is used by the native tests, [`LocalStorage`] in the browser.
//!
//! # Invariants
//!
//! - **Nothing is written before opt-in.** [`Store::save`] and [`Store::modify`] return
//!   [`StorageError::NoConsent`] until the key's feature has consent; the consent itself is
//!   written only when it is given (withdrawing it removes the key).
//! - **Read-modify-write.** Several tabs may be open: a change to a record reads the stored
//!   record again, applies the change to it and writes it back ([`Store::modify`]), so one tab
//!   never writes back an older copy over another tab's change. Open tabs learn about changes
//!   through the browser's `storage` event ([`on_change`]).
//! - **Unreadable is kept.** A record from a future version, truncated JSON or a value of the
//!   wrong shape is a [`StorageError`], never a panic; [`Store::modify`] refuses to write over
//!   it, and the blob stays until the person deletes it.
//! - **Every key starts with [`PREFIX`]** (`askel.`), and [`Store::delete_everything`] removes
//!   every key with that prefix, including ones written by other versions.
//! - **Every value is a versioned envelope** `{"format": <u32>, "data": <value>}` (see
//!   [`encode`] and [`decode`]).
//! - **Storage that throws** (disabled, full, private mode) is reported as
//!   [`StorageError::Unavailable`] or [`StorageError::WriteFailed`]; the page keeps working
//!   without saving.
//!
//! Boundary: the envelope, the store logic and the memory backend are pure Rust; only
//! `LocalStorage` and [`on_change`] touch `web_sys`, and only in the browser (natively they
//! report "unavailable" and never call back).

mod browser;
mod envelope;

use crate::json::{ReadJson, WriteJson};

pub use browser::{announce_deletion, on_change, ChangeListener, LocalStorage};
pub use envelope::{decode, encode, StorageError, FORMAT};

use std::cell::RefCell;
use std::collections::BTreeMap;

/// The prefix of every key Askel owns.
pub const PREFIX: &str = "askel.";

/// The one consent key of versions before per-feature consent (migrated, then removed).
pub const LEGACY_CONSENT_KEY: &str = "askel.consent";
/// Saved self-assessment results.
pub const ASSESSMENT_HISTORY_KEY: &str = "askel.assessment.history";
/// Support wishes, goals and questions of the latest saved self-assessment result.
pub const ASSESSMENT_NOTES_KEY: &str = "askel.assessment.notes";
/// The saved income scenario.
pub const SCENARIO_KEY: &str = "askel.scenario";

/// A part of Askel that saves on the device, with its own consent.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Feature {
    /// Self-assessment results and their notes.
    Assessment,
    /// The income scenario.
    Scenario,
}

impl Feature {
    /// Every feature.
    pub const ALL: [Feature; 2] = [Feature::Assessment, Feature::Scenario];

    /// The key that records the person's opt-in for this feature.
    pub fn consent_key(self) -> &'static str {
        match self {
            Feature::Assessment => "askel.consent.assessment",
            Feature::Scenario => "askel.consent.scenario",
        }
    }

    /// The keys this feature's data is kept under.
    pub fn data_keys(self) -> &'static [&'static str] {
        match self {
            Feature::Assessment => &[ASSESSMENT_HISTORY_KEY, ASSESSMENT_NOTES_KEY],
            Feature::Scenario => &[SCENARIO_KEY],
        }
    }

    /// The feature a data or consent key belongs to.
    pub fn owning(key: &str) -> Option<Feature> {
        Feature::ALL
            .into_iter()
            .find(|f| f.consent_key() == key || f.data_keys().contains(&key))
    }
}

/// What Askel keeps on the device, per feature (for "Delete everything" to say exactly what it
/// deletes, and for the pages to show whether saving is on).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Inventory {
    /// Features whose consent is given.
    pub consent: Vec<Feature>,
    /// Features that have data stored (readable or not).
    pub data: Vec<Feature>,
    /// Other `askel.` keys (from another version of Askel).
    pub other: Vec<String>,
}

impl Inventory {
    /// True when nothing of Askel's is stored.
    pub fn is_empty(&self) -> bool {
        self.consent.is_empty() && self.data.is_empty() && self.other.is_empty()
    }
    /// Whether `feature` has data stored.
    pub fn has_data(&self, feature: Feature) -> bool {
        self.data.contains(&feature)
    }
}

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

    /// Turns the consent of versions before per-feature consent into per-feature consent:
    /// every feature with data on the device keeps its consent (the person chose to save it
    /// there), then the old key is removed. An unreadable old key is left alone and means no.
    pub fn migrate_legacy_consent(&self) -> Result<(), StorageError> {
        let Some(raw) = self.backend.get(LEGACY_CONSENT_KEY)? else {
            return Ok(());
        };
        let Ok(given) = decode::<bool>(&raw) else {
            return Ok(());
        };
        if given {
            for feature in Feature::ALL {
                if self.has_data(feature)? {
                    self.backend.set(feature.consent_key(), &encode(&true)?)?;
                }
            }
        }
        self.backend.remove(LEGACY_CONSENT_KEY)
    }

    /// Whether the person has opted in to saving `feature`. An absent key means no; an
    /// unreadable one is an error (and is treated as no by the caller).
    pub fn consent(&self, feature: Feature) -> Result<bool, StorageError> {
        self.migrate_legacy_consent()?;
        Ok(self.load::<bool>(feature.consent_key())?.unwrap_or(false))
    }

    /// Opts in to saving `feature` (writes its consent) or out (removes its consent key; its
    /// saved data stays until deleted).
    pub fn set_consent(&self, feature: Feature, given: bool) -> Result<(), StorageError> {
        self.migrate_legacy_consent()?;
        if given {
            self.backend.set(feature.consent_key(), &encode(&true)?)
        } else {
            self.backend.remove(feature.consent_key())
        }
    }

    /// Whether any data key of `feature` is stored.
    pub fn has_data(&self, feature: Feature) -> Result<bool, StorageError> {
        for key in feature.data_keys() {
            if self.backend.get(key)?.is_some() {
                return Ok(true);
            }
        }
        Ok(false)
    }

    /// Saves `value` under `key` (a data key of a [`Feature`]) in a versioned envelope.
    /// Refused with [`StorageError::NoConsent`] before that feature's opt-in: nothing is written.
    pub fn save<T: WriteJson + ?Sized>(&self, key: &str, value: &T) -> Result<(), StorageError> {
        let feature = data_feature(key)?;
        if !self.consent(feature)? {
            return Err(StorageError::NoConsent);
        }
        self.backend.set(key, &encode(value)?)
    }

    /// Read-modify-write: reads the record under `key` as it is stored *now* (a missing one is
    /// `T::default()`), applies `change` and writes the result; returns the record as written
    /// and what `change` returned. Refused before opt-in, and refused with the read error when
    /// the stored record cannot be read (it is never overwritten).
    pub fn modify<T, R>(
        &self,
        key: &str,
        change: impl FnOnce(&mut T) -> R,
    ) -> Result<(T, R), StorageError>
    where
        T: WriteJson + ReadJson + Default,
    {
        let feature = data_feature(key)?;
        if !self.consent(feature)? {
            return Err(StorageError::NoConsent);
        }
        let mut value = self.load::<T>(key)?.unwrap_or_default();
        let out = change(&mut value);
        self.backend.set(key, &encode(&value)?)?;
        Ok((value, out))
    }

    /// Loads the value under `key`: `Ok(None)` when nothing is stored, an error when the stored
    /// blob cannot be read (the blob is left untouched).
    pub fn load<T: ReadJson>(&self, key: &str) -> Result<Option<T>, StorageError> {
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

    /// Deletes one feature's data and its consent, and nothing else.
    pub fn delete_feature(&self, feature: Feature) -> Result<(), StorageError> {
        self.migrate_legacy_consent()?;
        let mut first_error = None;
        for key in feature.data_keys().iter().chain([&feature.consent_key()]) {
            if let Err(e) = self.backend.remove(key) {
                first_error.get_or_insert(e);
            }
        }
        match first_error {
            Some(e) => Err(e),
            None => Ok(()),
        }
    }

    /// What is stored, per feature.
    pub fn inventory(&self) -> Result<Inventory, StorageError> {
        self.migrate_legacy_consent()?;
        let mut inventory = Inventory::default();
        for key in self.owned_keys()? {
            match Feature::owning(&key) {
                Some(f) if f.consent_key() == key => inventory.consent.push(f),
                Some(f) => {
                    if !inventory.data.contains(&f) {
                        inventory.data.push(f);
                    }
                }
                None => inventory.other.push(key),
            }
        }
        crate::sort::sort(&mut inventory.consent);
        crate::sort::sort(&mut inventory.data);
        Ok(inventory)
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

fn data_feature(key: &str) -> Result<Feature, StorageError> {
    check_key(key)?;
    match Feature::owning(key) {
        Some(f) if f.consent_key() != key => Ok(f),
        _ => Err(StorageError::BadKey(key.to_owned())),
    }
}

fn browser_store() -> Store<LocalStorage> {
    Store::new(LocalStorage)
}

/// The store of this device (localStorage).
pub fn device() -> Store<LocalStorage> {
    browser_store()
}

/// Whether the person has opted in to saving `feature` on this device (localStorage).
pub fn consent(feature: Feature) -> Result<bool, StorageError> {
    browser_store().consent(feature)
}

/// Opts in to or out of saving `feature` on this device (localStorage).
pub fn set_consent(feature: Feature, given: bool) -> Result<(), StorageError> {
    browser_store().set_consent(feature, given)
}

/// Read-modify-write of the record under `key` in localStorage (see [`Store::modify`]).
pub fn modify<T, R>(key: &str, change: impl FnOnce(&mut T) -> R) -> Result<(T, R), StorageError>
where
    T: WriteJson + ReadJson + Default,
{
    browser_store().modify(key, change)
}

/// Deletes one feature's data and consent from localStorage.
pub fn delete_feature(feature: Feature) -> Result<(), StorageError> {
    browser_store().delete_feature(feature)
}

/// What localStorage holds, per feature.
pub fn inventory() -> Result<Inventory, StorageError> {
    browser_store().inventory()
}

/// Saves `value` under `key` in localStorage; refused before opt-in.
pub fn save<T: WriteJson + ?Sized>(key: &str, value: &T) -> Result<(), StorageError> {
    browser_store().save(key, value)
}

/// Loads the value under `key` from localStorage.
pub fn load<T: ReadJson>(key: &str) -> Result<Option<T>, StorageError> {
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
