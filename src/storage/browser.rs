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
