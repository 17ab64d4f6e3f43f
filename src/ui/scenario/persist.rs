//! The scenario on this device: read at start and kept up to date after the person has opted in
//! to saving *the income scenario* ("Save on this device" on this page; the self-assessment has
//! its own consent). Goes through `storage`, which refuses every write before opt-in and never
//! panics; the stored value is the scenario's own JSON format inside storage's envelope.
//!
//! A share link never overwrites the saved scenario: [`link_opened`] opens what the link carries
//! *without saving it* and tells whether a saved scenario exists, so the page can ask whether to
//! save the link's calculation over it ([`opt_in`]) or to open the saved one ([`restore`]).

use crate::i18n::{k, Key};
use crate::scenario::Scenario;
use crate::storage::{self, Backend, Feature, StorageError, Store};

/// The storage key of the saved scenario.
pub const KEY: &str = storage::SCENARIO_KEY;

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
    /// The saved scenario was opened at start; its date was before the rules' first date and
    /// was moved to it.
    RestoredDateMoved,
    /// The scenario was deleted from this device.
    Deleted,
    /// The browser does not allow storage.
    Unavailable,
    /// A saved scenario exists but cannot be read; it is kept.
    Unreadable,
    /// A link's calculation is open and not saved; `saved_exists`: a scenario saved on this
    /// device is kept as it was (the person chooses whether to save the link's over it).
    FromLink {
        /// A saved scenario (readable or not) is on the device.
        saved_exists: bool,
    },
}

impl DeviceStatus {
    /// The message explaining this status, if any.
    pub fn message_key(self) -> Option<Key> {
        match self {
            DeviceStatus::Off => None,
            DeviceStatus::Saved => Some(k::SCENARIO_SAVE_SAVED),
            DeviceStatus::Restored => Some(k::SCENARIO_SAVE_RESTORED),
            DeviceStatus::RestoredDateMoved => Some(k::SCENARIO_SAVE_RESTORED_DATE_MOVED),
            DeviceStatus::Deleted => Some(k::SCENARIO_SAVE_DELETED),
            DeviceStatus::Unavailable => Some(k::FORM_SAVE_UNAVAILABLE),
            DeviceStatus::Unreadable => Some(k::SCENARIO_SAVE_UNREADABLE),
            DeviceStatus::FromLink { saved_exists: true } => Some(k::SCENARIO_SAVE_LINK_KEPT_SAVED),
            DeviceStatus::FromLink {
                saved_exists: false,
            } => Some(k::SCENARIO_SAVE_LINK_NOT_SAVED),
        }
    }

    /// Whether changes are being written to the device.
    pub fn is_saving(self) -> bool {
        matches!(
            self,
            DeviceStatus::Saved | DeviceStatus::Restored | DeviceStatus::RestoredDateMoved
        )
    }
}

fn status_of(error: &StorageError) -> DeviceStatus {
    if error.is_unreadable_data() {
        DeviceStatus::Unreadable
    } else {
        DeviceStatus::Unavailable
    }
}

/// At start (and when another tab changed it): the saved scenario, when the person has opted in
/// and one is stored. A record of an earlier format version or dated before the rules' first
/// date is migrated when read ([`Scenario::read`]).
pub fn restore() -> (Option<Scenario>, DeviceStatus) {
    restore_from(&storage::device())
}

/// [`restore`] from any store.
pub fn restore_from<B: Backend>(store: &Store<B>) -> (Option<Scenario>, DeviceStatus) {
    match store.consent(Feature::Scenario) {
        Ok(true) => {}
        Ok(false) => return (None, DeviceStatus::Off),
        Err(error) => return (None, status_of(&error)),
    }
    match store.load::<crate::json::Value>(KEY) {
        Ok(Some(saved)) => match Scenario::read_value(&saved) {
            Ok(opened) if opened.notices.is_empty() => {
                (Some(opened.scenario), DeviceStatus::Restored)
            }
            Ok(opened) => (Some(opened.scenario), DeviceStatus::RestoredDateMoved),
            Err(_) => (None, DeviceStatus::Unreadable),
        },
        Ok(None) => (None, DeviceStatus::Saved),
        Err(error) => (None, status_of(&error)),
    }
}

/// Saves the scenario if the person has opted in; `Off` when they have not. An unreadable saved
/// scenario is never written over this way.
pub fn keep(scenario: &Scenario) -> DeviceStatus {
    keep_in(&storage::device(), scenario)
}

/// [`keep`] in any store.
pub fn keep_in<B: Backend>(store: &Store<B>, scenario: &Scenario) -> DeviceStatus {
    match store.consent(Feature::Scenario) {
        Ok(true) => match store.save(KEY, scenario) {
            Ok(()) => DeviceStatus::Saved,
            Err(error) => status_of(&error),
        },
        Ok(false) => DeviceStatus::Off,
        Err(error) => status_of(&error),
    }
}

/// A link's scenario was opened: nothing is written. Tells whether a saved scenario is kept.
pub fn link_opened() -> DeviceStatus {
    link_opened_in(&storage::device())
}

/// [`link_opened`] in any store.
pub fn link_opened_in<B: Backend>(store: &Store<B>) -> DeviceStatus {
    DeviceStatus::FromLink {
        saved_exists: store.has_data(Feature::Scenario).unwrap_or(false),
    }
}

/// Opts in and saves — also the person's explicit choice to save a link's calculation over the
/// saved one.
pub fn opt_in(scenario: &Scenario) -> DeviceStatus {
    opt_in_to(&storage::device(), scenario)
}

/// [`opt_in`] in any store.
pub fn opt_in_to<B: Backend>(store: &Store<B>, scenario: &Scenario) -> DeviceStatus {
    match store.set_consent(Feature::Scenario, true) {
        Ok(()) => keep_in(store, scenario),
        Err(error) => status_of(&error),
    }
}

/// Deletes the saved scenario and the consent to save it (the self-assessment's data stays).
pub fn delete_saved() -> DeviceStatus {
    match storage::delete_feature(Feature::Scenario) {
        Ok(()) => DeviceStatus::Deleted,
        Err(error) => status_of(&error),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::storage::MemoryBackend;

    fn scenario(wage: i64) -> Scenario {
        let mut s = crate::scenario::presets::all(crate::scenario::FIRST_DATE)
            .into_iter()
            .next()
            .expect("a preset")
            .scenario;
        s.household.adults[0].wage = crate::scenario::Wage::Monthly(crate::rules::Cents(wage));
        s
    }

    #[test]
    fn a_link_never_overwrites_the_saved_scenario() {
        let store = Store::new(MemoryBackend::default());
        let saved = scenario(10_000);
        assert_eq!(opt_in_to(&store, &saved), DeviceStatus::Saved);
        let status = link_opened_in(&store);
        assert_eq!(status, DeviceStatus::FromLink { saved_exists: true });
        assert!(!status.is_saving(), "the link's scenario is not kept");
        assert_eq!(restore_from(&store).0, Some(saved));
        // The person chooses to save the link's calculation over it.
        let shared = scenario(250_000);
        assert_eq!(opt_in_to(&store, &shared), DeviceStatus::Saved);
        assert_eq!(restore_from(&store).0, Some(shared));
    }

    #[test]
    fn consent_given_on_the_assessment_does_not_save_the_scenario() {
        let store = Store::new(MemoryBackend::default());
        store
            .set_consent(Feature::Assessment, true)
            .expect("opt in");
        assert_eq!(keep_in(&store, &scenario(0)), DeviceStatus::Off);
        assert_eq!(store.backend().map.borrow().get(KEY), None);
        assert_eq!(
            link_opened_in(&store),
            DeviceStatus::FromLink {
                saved_exists: false
            }
        );
    }

    #[test]
    fn a_link_opened_at_start_is_not_replaced_by_the_saved_scenario_or_another_tab() {
        use super::super::state::{ScenarioAction, ScenarioState};
        use std::rc::Rc;
        use yew::Reducible;
        let saved = scenario(10_000);
        let link = scenario(250_000);
        // LinkOpener dispatches first, the restore at start arrives after it.
        let state = Rc::new(ScenarioState::new(crate::scenario::FIRST_DATE))
            .reduce(ScenarioAction::SetDevice(DeviceStatus::FromLink {
                saved_exists: true,
            }))
            .reduce(ScenarioAction::Replace(Box::new(link.clone())))
            .reduce(ScenarioAction::Restore(Box::new(saved.clone())))
            .reduce(ScenarioAction::StoredChanged(
                Some(Box::new(saved.clone())),
                DeviceStatus::Restored,
            ));
        assert_eq!(state.scenario, link);
        assert_eq!(state.device, DeviceStatus::FromLink { saved_exists: true });
        // "Open the saved calculation instead".
        let state = state
            .reduce(ScenarioAction::SetDevice(DeviceStatus::Off))
            .reduce(ScenarioAction::Restore(Box::new(saved.clone())));
        assert_eq!(state.scenario, saved);
        assert!(state.device.is_saving());
        // While it keeps the saved scenario, a change from another tab is shown.
        let state = state.reduce(ScenarioAction::StoredChanged(
            Some(Box::new(link.clone())),
            DeviceStatus::Restored,
        ));
        assert_eq!(state.scenario, link);
        assert_eq!(state.device, DeviceStatus::Saved);
    }

    #[test]
    fn every_status_message_exists_in_every_language() {
        let all = [
            DeviceStatus::Off,
            DeviceStatus::Saved,
            DeviceStatus::Restored,
            DeviceStatus::RestoredDateMoved,
            DeviceStatus::Deleted,
            DeviceStatus::Unavailable,
            DeviceStatus::Unreadable,
            DeviceStatus::FromLink { saved_exists: true },
            DeviceStatus::FromLink {
                saved_exists: false,
            },
        ];
        for lang in crate::i18n::Lang::ALL {
            for status in all {
                if let Some(key) = status.message_key() {
                    assert!(!crate::i18n::tr(lang, key).is_empty(), "{lang:?}: {key:?}");
                }
            }
        }
    }
}
