//! Fetches the running module's messages file of a language (see [`crate::i18n::catalogue`])
//! from the app's own origin: before the app starts on a page in that language, and before
//! switching to it. The page's HTML preloads its own file, so the first fetch is already under
//! way while the WebAssembly loads; the service worker keeps every file, so later fetches are
//! served from the device. When a file cannot be fetched or is refused (a file of another
//! build), the app does not start, or does not switch: the page stays as it is, in its
//! language, rather than showing messages it does not have.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::i18n::{catalogue, Lang};
use crate::ui::modules::AppModule;
use crate::ui::route::Route;

/// Makes `module`'s messages in `lang` ready: `true` when they are (now or already).
pub async fn load(module: AppModule, lang: Lang) -> bool {
    if catalogue::is_ready(lang) {
        return true;
    }
    match fetch_text(module, lang).await {
        Some(text) => catalogue::install(lang, text).is_ok(),
        None => false,
    }
}

/// Runs `then` once `module`'s messages in `lang` are ready (at once when they are, or when
/// static/boot.js has read the file already); never when they cannot be loaded.
pub fn when_ready(module: AppModule, lang: Lang, then: impl FnOnce() + 'static) {
    if catalogue::is_ready(lang)
        || read_by_boot(module, lang).is_some_and(|text| catalogue::install(lang, text).is_ok())
    {
        then();
    } else {
        wasm_bindgen_futures::spawn_local(async move {
            if load(module, lang).await {
                then();
            }
        });
    }
}

/// The file's text as static/boot.js read it before the module started
/// (`window.askelMessages = { file, text }`), taken once: the module then starts in the task that
/// runs it, without waiting for a fetch of its own.
fn read_by_boot(module: AppModule, lang: Lang) -> Option<String> {
    let window = web_sys::window()?;
    let handed = js_sys::Reflect::get(&window, &"askelMessages".into()).ok()?;
    if handed.is_undefined() {
        return None;
    }
    let _ = js_sys::Reflect::delete_property(&window, &"askelMessages".into());
    let file = js_sys::Reflect::get(&handed, &"file".into())
        .ok()?
        .as_string()?;
    if file != catalogue::file_name(module.name, lang) {
        return None;
    }
    js_sys::Reflect::get(&handed, &"text".into())
        .ok()?
        .as_string()
}

async fn fetch_text(module: AppModule, lang: Lang) -> Option<String> {
    let window = web_sys::window()?;
    let pathname = window.location().pathname().ok()?;
    let url = format!(
        "{}{}",
        Route::app_root(&pathname),
        catalogue::file_name(module.name, lang)
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
