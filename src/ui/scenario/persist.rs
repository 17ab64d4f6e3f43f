//! The scenario on this device: read at start and kept up to date after the person has opted in
//! ("Save on this device"). Goes through `storage`, which refuses every write before opt-in and
//! never panics; the stored value is the scenario's own JSON format inside storage's envelope.

use crate::scenario::Scenario;
use crate::storage::{self, StorageError};

/// The storage key of the saved scenario.
pub const KEY: &str = "askel.scenario";

/// What the device holds for the scenario page, as the page tells it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum DeviceStatus {
    /// Not saved (no opt-in yet), or not yet known.
    #[default]
    Off,
    /// Saved, and kept up to date.
    Saved,
    /// The saved scenario was opened at start.
    Restored,
    /// Everything was deleted.
    Deleted,
    /// The browser does not allow storage.
    Unavailable,
    /// A saved scenario exists but cannot be read; it is kept.
    Unreadable,
}

impl DeviceStatus {
    /// The message key explaining this status, if any.
    pub fn message_key(self) -> Option<&'static str> {
        match self {
            DeviceStatus::Off => None,
            DeviceStatus::Saved => Some("scenario.save.saved"),
            DeviceStatus::Restored => Some("scenario.save.restored"),
            DeviceStatus::Deleted => Some("scenario.save.deleted"),
            DeviceStatus::Unavailable => Some("scenario.save.unavailable"),
            DeviceStatus::Unreadable => Some("scenario.save.unreadable"),
        }
    }
}

fn status_of(error: &StorageError) -> DeviceStatus {
    if error.is_unreadable_data() {
        DeviceStatus::Unreadable
    } else {
        DeviceStatus::Unavailable
    }
}

/// At start: the saved scenario, when the person has opted in and one is stored.
pub fn restore() -> (Option<Scenario>, DeviceStatus) {
    match storage::consent() {
        Ok(true) => {}
        Ok(false) => return (None, DeviceStatus::Off),
        Err(error) => return (None, status_of(&error)),
    }
    match storage::load::<serde_json::Value>(KEY) {
        Ok(Some(value)) => match Scenario::from_value(&value) {
            Ok(scenario) => (Some(scenario), DeviceStatus::Restored),
            Err(_) => (None, DeviceStatus::Unreadable),
        },
        Ok(None) => (None, DeviceStatus::Saved),
        Err(error) => (None, status_of(&error)),
    }
}

/// Saves the scenario if the person has opted in; `Off` when they have not.
pub fn keep(scenario: &Scenario) -> DeviceStatus {
    match storage::consent() {
        Ok(true) => match storage::save(KEY, &scenario.to_value()) {
            Ok(()) => DeviceStatus::Saved,
            Err(error) => status_of(&error),
        },
        Ok(false) => DeviceStatus::Off,
        Err(error) => status_of(&error),
    }
}

/// Opts in and saves.
pub fn opt_in(scenario: &Scenario) -> DeviceStatus {
    match storage::set_consent(true) {
        Ok(()) => keep(scenario),
        Err(error) => status_of(&error),
    }
}

/// Deletes everything Askel saved on this device.
pub fn delete_everything() -> DeviceStatus {
    match storage::delete_everything() {
        Ok(()) => DeviceStatus::Deleted,
        Err(error) => status_of(&error),
    }
}
