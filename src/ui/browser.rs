//! The few places the UI touches the browser directly. Everything here is called from event
//! handlers and effects only, which never run during server-side rendering, and every call
//! tolerates a missing window or document instead of panicking.

use crate::i18n::Lang;

fn window() -> Option<web_sys::Window> {
    web_sys::window()
}

/// The current query string (`?…`), or an empty string.
pub fn current_search() -> String {
    window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default()
}

/// Adds `href` (a query string) to the session history without loading anything.
pub fn push_url(href: &str) {
    if let Some(history) = window().and_then(|w| w.history().ok()) {
        let _ = history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(href));
    }
}

/// Sets the document's language and title so assistive technology reads the page right.
pub fn set_document(lang: Lang, title: &str) {
    let Some(document) = window().and_then(|w| w.document()) else {
        return;
    };
    document.set_title(title);
    if let Some(root) = document.document_element() {
        let _ = root.set_attribute("lang", lang.html_lang());
    }
}

/// Moves keyboard focus to the element with `id` (used after navigation and by the skip link);
/// returns whether there was such an element.
pub fn focus(id: &str) -> bool {
    use wasm_bindgen::JsCast;
    let element = window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    match element {
        Some(element) => element.focus().is_ok(),
        None => false,
    }
}

/// Scrolls to the top of the page (after navigating to another page).
pub fn scroll_to_top() {
    if let Some(w) = window() {
        w.scroll_to_with_x_and_y(0.0, 0.0);
    }
}

/// Today's local date as `YYYY-MM-DD` (from the browser's clock); `None` outside a browser.
pub fn today() -> Option<String> {
    #[cfg(target_arch = "wasm32")]
    {
        let now = js_sys::Date::new_0();
        Some(format!(
            "{:04}-{:02}-{:02}",
            now.get_full_year(),
            now.get_month() + 1,
            now.get_date()
        ))
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        None
    }
}

/// Opens the browser's print dialog (the summary page's "Print" button).
pub fn print() {
    if let Some(w) = window() {
        let _ = w.print();
    }
}

/// The current fragment (`#…`), or an empty string.
pub fn current_hash() -> String {
    window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

/// Replaces the current history entry's URL with `href` (a query string) without loading
/// anything; the fragment is dropped.
pub fn replace_url(href: &str) {
    if let Some(history) = window().and_then(|w| w.history().ok()) {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(href));
    }
}
