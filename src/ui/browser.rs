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

/// The route of the current address (see [`crate::ui::route::Route::from_location`]).
pub fn current_route() -> crate::ui::route::Route {
    let pathname = window()
        .and_then(|w| w.location().pathname().ok())
        .unwrap_or_default();
    crate::ui::route::Route::from_location(&pathname, &current_search())
}

/// Adds `href` (a link relative to the current page) to the session history without loading anything. The new entry
/// carries the tab's current history state (see [`remember`]), so a reload there keeps it.
pub fn push_url(href: &str) {
    if let Some(history) = window().and_then(|w| w.history().ok()) {
        let state = tab_state(&history);
        let _ = history.push_state_with_url(&state, "", Some(href));
    }
}

/// The current history entry's state as a plain object we own (a fresh one if it is missing or
/// not an object), copied so that changing it never changes an earlier entry.
fn tab_state(history: &web_sys::History) -> js_sys::Object {
    let copy = js_sys::Object::new();
    if let Ok(current) = history.state() {
        if current.is_object() {
            if let Ok(current) = wasm_bindgen::JsCast::dyn_into::<js_sys::Object>(current) {
                return js_sys::Object::assign(&copy, &current);
            }
        }
    }
    copy
}

fn with_value(state: &js_sys::Object, key: &str, value: &str) {
    let _ = js_sys::Reflect::set(
        state,
        &wasm_bindgen::JsValue::from_str(key),
        &wasm_bindgen::JsValue::from_str(value),
    );
}

/// Keeps `value` under `key` in the current history entry's state: the tab's own memory, which
/// survives a reload and Back/Forward and is dropped by the browser when the tab is closed. It is
/// not storage on the device, so it needs no opt-in (docs/PRIVACY.md).
pub fn remember(key: &str, value: &str) {
    if let Some(history) = window().and_then(|w| w.history().ok()) {
        let state = tab_state(&history);
        with_value(&state, key, value);
        let _ = history.replace_state(&state, "");
    }
}

/// What [`remember`] kept under `key` in the current history entry, if anything.
pub fn recall(key: &str) -> Option<String> {
    let history = window().and_then(|w| w.history().ok())?;
    let state = history.state().ok()?;
    if !state.is_object() {
        return None;
    }
    js_sys::Reflect::get(&state, &wasm_bindgen::JsValue::from_str(key))
        .ok()?
        .as_string()
}

/// Adds a history entry for the same address with `value` under `key` (a step of a guided flow),
/// so that the phone's Back button returns to the previous step instead of leaving the page.
pub fn push_entry(key: &str, value: &str) {
    if let Some(history) = window().and_then(|w| w.history().ok()) {
        let state = tab_state(&history);
        with_value(&state, key, value);
        let _ = history.push_state(&state, "");
    }
}

/// The id of the first field marked invalid (`aria-invalid="true"`) inside the element with id
/// `container`, if any: "Next" stops there instead of carrying a rejected value past silently.
pub fn first_invalid_field(container: &str) -> Option<String> {
    let container = window()?.document()?.get_element_by_id(container)?;
    let field = container
        .query_selector("input[aria-invalid=\"true\"], textarea[aria-invalid=\"true\"]")
        .ok()
        .flatten()?;
    let id = field.id();
    (!id.is_empty()).then_some(id)
}

/// Scrolls so that the element with `id` is at the top of the window (the result of the guided
/// flow opens with its answer on the first screen).
pub fn scroll_to_element(id: &str) {
    if let Some(element) = window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
    {
        element.scroll_into_view_with_bool(true);
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

/// Sets the display-mode classes on the document's root element
/// ([`crate::ui::route::Route::display_classes`]),
/// leaving its other classes alone.
pub fn set_display_classes(route: &crate::ui::route::Route) {
    let Some(root) = window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    else {
        return;
    };
    let modes = route.display_classes();
    let others = root.class_name();
    let others = others
        .split_whitespace()
        .filter(|class| modes.iter().all(|(mode, _)| mode != class));
    let on = modes.iter().filter(|(_, on)| *on).map(|(mode, _)| *mode);
    let classes: Vec<&str> = others.chain(on).collect();
    root.set_class_name(&classes.join(" "));
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

/// Replaces the current history entry's URL with `href` (relative to the current page) without loading
/// anything; the fragment is dropped.
pub fn replace_url(href: &str) {
    if let Some(history) = window().and_then(|w| w.history().ok()) {
        let state = tab_state(&history);
        let _ = history.replace_state_with_url(&state, "", Some(href));
    }
}

/// Opens `href` (a page of the other module, src/ui/modules.rs) as a new document in a new
/// history entry that carries this tab's history state: both halves' unsaved work (see
/// [`remember`]) travels with the tab, as it does between the pages of one module, and is
/// there again when the person comes back. The page loads as after a reload, which keeps the
/// entry's state.
pub fn load_keeping_tab_state(href: &str) {
    push_url(href);
    // The new entry starts at the top (or at its fragment), not where this page was scrolled.
    if let Some(history) = window().and_then(|w| w.history().ok()) {
        let _ = js_sys::Reflect::set(&history, &"scrollRestoration".into(), &"manual".into());
    }
    reload();
}

/// Whether a click on a link is a plain one (the main button, no modifier key), which the app's
/// links handle themselves; any other opens the link as the browser would (a new tab, a window).
pub fn is_plain_click(event: &web_sys::MouseEvent) -> bool {
    event.button() == 0
        && !(event.ctrl_key() || event.meta_key() || event.shift_key() || event.alt_key())
}

/// Loads the current address again (a history entry of a page this module does not show).
pub fn reload() {
    if let Some(window) = window() {
        let _ = window.location().reload();
    }
}
