//! The browser calls behind the share panel: the page's own address, the clipboard, a download
//! made from memory, reading a chosen file, and the service worker's "updated" signal.
//!
//! Like [`crate::ui::browser`], everything here runs only in event handlers and effects (never
//! during server-side rendering), and every call tolerates a missing API or one that throws:
//! the caller gets `None`/`false`/an error value and shows a message, the page never breaks.
//! Nothing here makes a network request: downloads are `blob:` URLs made on the device.

use wasm_bindgen::{JsCast, JsValue};

fn window() -> Option<web_sys::Window> {
    web_sys::window()
}

fn document() -> Option<web_sys::Document> {
    window().and_then(|w| w.document())
}

/// The app's root address without query or fragment (`https://example.fi/askel/`, also from
/// a page's own path such as `…/askel/sv/scenarios/`), the base of a share link. `None` when the
/// browser will not tell.
pub fn app_base() -> Option<String> {
    let location = window()?.location();
    let origin = location.origin().ok()?;
    let path = location.pathname().ok()?;
    let root = crate::ui::route::Route::app_root(&path);
    Some(format!("{origin}{root}"))
}

/// Copies `text` to the clipboard. `false` when the Clipboard API is missing (an insecure page,
/// an old browser) or refuses (no permission, the page not focused).
pub async fn copy_text(text: &str) -> bool {
    let Some(navigator) = window().map(|w| w.navigator()) else {
        return false;
    };
    let clipboard = js_sys::Reflect::get(&navigator, &JsValue::from_str("clipboard"))
        .ok()
        .filter(|value| value.is_object());
    let Some(clipboard) = clipboard else {
        return false;
    };
    let has_write = js_sys::Reflect::get(&clipboard, &JsValue::from_str("writeText"))
        .map(|f| f.is_function())
        .unwrap_or(false);
    if !has_write {
        return false;
    }
    let clipboard: web_sys::Clipboard = clipboard.unchecked_into();
    wasm_bindgen_futures::JsFuture::from(clipboard.write_text(text))
        .await
        .is_ok()
}

/// Selects the text of the input with `id`, so the person can copy it by hand.
pub fn select_input(id: &str) {
    let input = document()
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok());
    if let Some(input) = input {
        let _ = input.focus();
        input.select();
    }
}

/// Offers `text` as a file called `name` to save, without any network: a `Blob` in memory, a
/// `blob:` URL and a temporary `<a download>`. `false` when the browser cannot do it.
pub fn download(name: &str, mime: &str, text: &str) -> bool {
    try_download(name, mime, text).is_some()
}

fn try_download(name: &str, mime: &str, text: &str) -> Option<()> {
    let document = document()?;
    let body = document.body()?;
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).ok()?;
    let anchor = document
        .create_element("a")
        .ok()?
        .dyn_into::<web_sys::HtmlAnchorElement>()
        .ok()?;
    anchor.set_href(&url);
    anchor.set_download(name);
    anchor.set_hidden(true);
    let appended = body.append_child(&anchor).is_ok();
    anchor.click();
    if appended {
        let _ = body.remove_child(&anchor);
    }
    // The download has started from the URL; free it a moment later.
    gloo::timers::callback::Timeout::new(10_000, move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    })
    .forget();
    Some(())
}

/// Why a chosen file could not be read as text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReadError {
    /// No file chosen.
    NoFile,
    /// Zero bytes, or only white space.
    Empty,
    /// Larger than the limit given to [`read_chosen_file`].
    TooLarge,
    /// The browser could not read it.
    Failed,
}

/// The file chosen in `input` (name and text), read with a `FileReader`. Files larger than
/// `max_bytes` are refused before reading. The input is cleared afterwards, so choosing the
/// same file again reads it again.
pub async fn read_chosen_file(
    input: &web_sys::HtmlInputElement,
    max_bytes: usize,
) -> Result<(String, String), ReadError> {
    let file = input.files().and_then(|files| files.get(0));
    input.set_value("");
    let file = file.ok_or(ReadError::NoFile)?;
    let name = file.name();
    let size = file.size();
    if size.is_nan() || size <= 0.0 {
        return Err(ReadError::Empty);
    }
    if size > max_bytes as f64 {
        return Err(ReadError::TooLarge);
    }
    let reader = web_sys::FileReader::new().map_err(|_| ReadError::Failed)?;
    let promise =
        js_sys::Promise::new(&mut |resolve: js_sys::Function, reject: js_sys::Function| {
            reader.set_onload(Some(&resolve));
            reader.set_onerror(Some(&reject));
            reader.set_onabort(Some(&reject));
        });
    reader.read_as_text(&file).map_err(|_| ReadError::Failed)?;
    wasm_bindgen_futures::JsFuture::from(promise)
        .await
        .map_err(|_| ReadError::Failed)?;
    let text = reader
        .result()
        .ok()
        .and_then(|value| value.as_string())
        .ok_or(ReadError::Failed)?;
    if text.trim().is_empty() {
        return Err(ReadError::Empty);
    }
    Ok((name, text))
}

/// The attribute `static/boot.js` sets on `<html>` when the service worker reports that a new
/// version of Askel took over since the last visit.
pub const UPDATED_ATTRIBUTE: &str = "data-askel-updated";
/// The event `static/boot.js` fires on `window` when it learns that after the app started.
pub const UPDATED_EVENT: &str = "askel:updated";

/// Whether `static/boot.js` has already reported an update.
pub fn was_updated() -> bool {
    document()
        .and_then(|d| d.document_element())
        .is_some_and(|root| root.has_attribute(UPDATED_ATTRIBUTE))
}
