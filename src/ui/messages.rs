//! Fetches a language's messages file (see [`crate::i18n::catalogue`]) from the app's own
//! origin: before the app starts on a page in that language, and before switching to it. The
//! page's HTML preloads its own language's file, so the first fetch is already under way while
//! the WebAssembly loads; the service worker keeps every file, so later fetches are served from
//! the device. A file that cannot be fetched or is refused leaves the language in Finnish, the
//! language built into the module, rather than stopping the app.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::i18n::{catalogue, Lang};
use crate::ui::route::Route;

/// Makes `lang`'s messages ready: `true` when they are (now or already).
pub async fn load(lang: Lang) -> bool {
    if catalogue::is_ready(lang) {
        return true;
    }
    match fetch_text(lang).await {
        Some(text) => catalogue::install(lang, text).is_ok(),
        None => false,
    }
}

/// Runs `then` once `lang`'s messages are ready (at once when they are), or have failed to load.
pub fn when_ready(lang: Lang, then: impl FnOnce() + 'static) {
    if catalogue::is_ready(lang) {
        then();
    } else {
        wasm_bindgen_futures::spawn_local(async move {
            load(lang).await;
            then();
        });
    }
}

async fn fetch_text(lang: Lang) -> Option<String> {
    let window = web_sys::window()?;
    let pathname = window.location().pathname().ok()?;
    let url = format!(
        "{}{}",
        Route::app_root(&pathname),
        catalogue::file_name(lang)
    );
    let response: web_sys::Response = JsFuture::from(window.fetch_with_str(&url))
        .await
        .ok()?
        .dyn_into()
        .ok()?;
    if !response.ok() {
        return None;
    }
    JsFuture::from(response.text().ok()?)
        .await
        .ok()?
        .as_string()
}
