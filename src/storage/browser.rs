//! localStorage as a [`Backend`]. Every call tolerates exceptions: getting the storage object
//! throws when storage is disabled, `setItem` throws when it is full. Natively (server-side
//! rendering, tests) there is no browser, and every call reports "unavailable".

use super::{Backend, StorageError};

/// The browser's `window.localStorage`.
#[derive(Clone, Copy, Debug, Default)]
pub struct LocalStorage;

#[cfg(target_arch = "wasm32")]
fn storage() -> Result<web_sys::Storage, StorageError> {
    web_sys::window()
        .ok_or(StorageError::Unavailable)?
        .local_storage()
        .map_err(|_| StorageError::Unavailable)?
        .ok_or(StorageError::Unavailable)
}

#[cfg(target_arch = "wasm32")]
impl Backend for LocalStorage {
    fn get(&self, key: &str) -> Result<Option<String>, StorageError> {
        storage()?
            .get_item(key)
            .map_err(|_| StorageError::Unavailable)
    }
    fn set(&self, key: &str, value: &str) -> Result<(), StorageError> {
        storage()?
            .set_item(key, value)
            .map_err(|_| StorageError::WriteFailed)
    }
    fn remove(&self, key: &str) -> Result<(), StorageError> {
        storage()?
            .remove_item(key)
            .map_err(|_| StorageError::WriteFailed)
    }
    fn keys(&self) -> Result<Vec<String>, StorageError> {
        let storage = storage()?;
        let len = storage.length().map_err(|_| StorageError::Unavailable)?;
        let mut keys = Vec::new();
        for index in 0..len {
            if let Ok(Some(key)) = storage.key(index) {
                keys.push(key);
            }
        }
        Ok(keys)
    }
}

#[cfg(not(target_arch = "wasm32"))]
impl Backend for LocalStorage {
    fn get(&self, _key: &str) -> Result<Option<String>, StorageError> {
        Err(StorageError::Unavailable)
    }
    fn set(&self, _key: &str, _value: &str) -> Result<(), StorageError> {
        Err(StorageError::Unavailable)
    }
    fn remove(&self, _key: &str) -> Result<(), StorageError> {
        Err(StorageError::Unavailable)
    }
    fn keys(&self) -> Result<Vec<String>, StorageError> {
        Err(StorageError::Unavailable)
    }
}

impl ChangeListener {
    /// Stops listening (the same as dropping it).
    pub fn stop(self) {}
}

/// The event [`announce_deletion`] fires in this tab (the browser's `storage` event only
/// reaches *other* tabs).
#[cfg(target_arch = "wasm32")]
const SAME_TAB_EVENT: &str = "askel:storage";

/// Keeps the listeners of [`on_change`] alive; dropping it stops listening.
#[must_use = "dropping the listener stops listening"]
pub struct ChangeListener {
    #[cfg(target_arch = "wasm32")]
    _listeners: Vec<gloo::events::EventListener>,
}

/// Calls `changed` with the key whenever another tab of this site changes one of Askel's keys
/// (the browser's `storage` event; `None` when that tab cleared all storage), and when this tab
/// deleted something ([`announce_deletion`], also `None`: "look again"). A tab gets no
/// `storage` event for its own writes. Natively nothing is ever called.
#[cfg(target_arch = "wasm32")]
pub fn on_change(changed: impl Fn(Option<String>) + 'static) -> ChangeListener {
    use std::rc::Rc;
    let changed = Rc::new(changed);
    let mut listeners = Vec::new();
    if let Some(window) = web_sys::window() {
        let other_tab = changed.clone();
        listeners.push(gloo::events::EventListener::new(
            &window,
            "storage",
            move |event| {
                let key = js_sys::Reflect::get(event, &wasm_bindgen::JsValue::from_str("key"))
                    .ok()
                    .and_then(|k| k.as_string());
                if key.as_deref().is_none_or(|k| k.starts_with(super::PREFIX)) {
                    other_tab(key);
                }
            },
        ));
        listeners.push(gloo::events::EventListener::new(
            &window,
            SAME_TAB_EVENT,
            move |_| changed(None),
        ));
    }
    ChangeListener {
        _listeners: listeners,
    }
}

/// Tells the other parts of this tab that stored data was deleted, so each page shows what is
/// stored now.
#[cfg(target_arch = "wasm32")]
pub fn announce_deletion() {
    if let (Some(window), Ok(event)) = (web_sys::window(), web_sys::Event::new(SAME_TAB_EVENT)) {
        let _ = window.dispatch_event(&event);
    }
}

/// Natively there is nobody to tell.
#[cfg(not(target_arch = "wasm32"))]
pub fn announce_deletion() {}

/// Natively there are no other tabs: nothing is ever called.
#[cfg(not(target_arch = "wasm32"))]
pub fn on_change(changed: impl Fn(Option<String>) + 'static) -> ChangeListener {
    drop(changed);
    ChangeListener {}
}
