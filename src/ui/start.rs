//! Starts a module in the browser (src/main.rs and src/bin/, one per module of
//! src/ui/modules.rs): reads the starting route from the URL and today's date from the clock,
//! and mounts the app.
//!
//! Every page × language is prerendered into its own HTML file (examples/prerender.rs) with a
//! fixed date, [`LAST_DATE`]; the file's `<body data-prerendered="…">` names the route it holds.
//! When the address is that route, or that route in meeting or embed mode, the app hydrates the
//! markup (reusing its elements, so nothing is painted twice) with the same date, then, as a task
//! of its own, re-renders with today's date and the display mode: the elements painted first are
//! updated in place. Otherwise (an old query link at the root) it empties the body and renders
//! the route. A page starts once its module's messages file in its language is in
//! (src/ui/messages.rs).

use crate::scenario::{Date, LAST_DATE};
use crate::ui::app::{App, AppProps};
use crate::ui::modules::AppModule;
use crate::ui::route::Route;

fn today() -> Date {
    let now = js_sys::Date::new_0();
    let (y, m, d) = (now.get_full_year(), now.get_month() + 1, now.get_date());
    u16::try_from(y)
        .ok()
        .and_then(|y| Date::new(y, u8::try_from(m).ok()?, u8::try_from(d).ok()?))
        .unwrap_or(LAST_DATE)
}

fn body() -> Option<web_sys::HtmlElement> {
    web_sys::window()?.document()?.body()
}

/// The route whose prerendered markup the body holds (see examples/prerender.rs), if any.
fn prerendered_route() -> Option<String> {
    let body = body()?;
    body.query_selector("main").ok().flatten()?;
    body.get_attribute("data-prerendered")
}

/// Empties the body, for addresses other than the prerendered route.
fn clear_body() {
    if let Some(body) = body() {
        body.set_inner_html("");
        let _ = body.remove_attribute("data-prerendered");
    }
}

/// Starts `module` on the current address.
pub fn run(module: AppModule) {
    run_with(module, None);
}

/// Starts `module`, which continues the page's first module (src/ui/modules.rs,
/// `AppModule::takes_over`): it takes the page over from that module when it runs
/// ([`take_over`]). Only its binary names the code that does it.
pub fn run_taking_over(module: AppModule) {
    run_with(module, Some(take_over));
}

/// How a continuing module takes the page over from the first one.
type TakeOver = fn(&js_sys::Function, AppProps);

fn run_with(module: AppModule, take_over: Option<TakeOver>) {
    let Some(location) = web_sys::window().map(|window| window.location()) else {
        return;
    };
    let pathname = location.pathname().unwrap_or_default();
    let search = location.search().unwrap_or_default();
    let route = Route::from_location(&pathname, &search);
    if !module.shows(route.page) {
        // The other module's page (an old link at the root that boot.js did not route): its own
        // file has it.
        load_page_file(route);
        return;
    }
    if !Route::is_page_path(&pathname) {
        // The app's root (or an old `?lang=…&page=…` link): the address becomes the page's own,
        // keeping the fragment (a share link), so reloads and links get the prerendered file.
        let hash = location.hash().unwrap_or_default();
        pin_head_addresses();
        crate::ui::browser::replace_url(&format!("{}{hash}", route.path()));
    }
    // The page starts once its module's messages in its language are in (the HTML has been
    // preloading the file while the WebAssembly loaded). Without them it stays as prerendered:
    // readable, its links working, but nothing to operate.
    crate::ui::messages::when_ready(module, route.lang, move || start(module, route, take_over));
}

/// Makes the `<head>`'s links absolute before the address moves from the root to a page's
/// folder: the browser resolves some of them later (the web manifest), and would look for them
/// in the page's folder.
fn pin_head_addresses() {
    use wasm_bindgen::JsCast;
    let Some(document) = web_sys::window().and_then(|window| window.document()) else {
        return;
    };
    let (Ok(Some(base)), Ok(links)) = (
        document.base_uri(),
        document.query_selector_all("head link[href]"),
    ) else {
        return;
    };
    for index in 0..links.length() {
        let Some(link) = links
            .item(index)
            .and_then(|node| node.dyn_into::<web_sys::Element>().ok())
        else {
            continue;
        };
        let Some(href) = link.get_attribute("href") else {
            continue;
        };
        if let Ok(url) = web_sys::Url::new_with_base(&href, &base) {
            let _ = link.set_attribute("href", &url.href());
        }
    }
}

/// Mounts `module`'s app on `route`: hydrating the prerendered markup when it is that route's.
/// The re-render with today's date runs as its own task, so that neither step holds the page
/// for the two together. A module that continues the page's first module (src/ui/modules.rs,
/// [`AppModule::continued_by`]) takes the page over from it instead ([`take_over`]).
fn start(module: AppModule, route: Route, take_over: Option<TakeOver>) {
    let props = move |route, today| AppProps {
        route,
        today,
        scenario: None,
        module,
    };
    let today = today();
    if let (Some(take_over), Some(teardown)) = (take_over, window_function(TEARDOWN)) {
        take_over(&teardown, props(route, today));
        return;
    }
    if module.continued_by.is_some() {
        offer_teardown();
    }
    // The prerendered file holds the route in the ordinary display; in meeting or embed mode it
    // is hydrated as it is and then shown in the mode, so the elements painted first stay.
    let plain = Route::prerendered(route.lang, route.page);
    if !module.takes_over && prerendered_route().as_deref() == Some(plain.path().as_str()) {
        keep(yew::Renderer::<App>::with_props(props(plain, LAST_DATE)).hydrate());
        if today != LAST_DATE || route != plain {
            // Two tasks on: the hydration's effects run in the task after it, so the three
            // steps never make one long task (measured in docs/PERFORMANCE.md, "start").
            gloo::timers::callback::Timeout::new(0, move || {
                gloo::timers::callback::Timeout::new(0, move || {
                    APP.with(|app| {
                        if let Some(app) = app.borrow_mut().as_mut() {
                            app.update(props(route, today));
                        }
                    });
                    mark_ready();
                })
                .forget();
            })
            .forget();
            return;
        }
    } else {
        clear_body();
        keep(yew::Renderer::<App>::with_props(props(route, today)).render());
    }
    mark_ready();
}

/// The event a module that took the page over sends to its window once its body is shown
/// ([`finish_take_over`]). What the person entered in the first module while this one rendered
/// is in the tab's history state, which the first module kept up to date, so the state
/// providers read it again (src/ui/scenario/state.rs).
pub const CONTINUED_EVENT: &str = "askel-continued";

/// Whether this module is rendering the page into a body not yet shown ([`take_over`]). Until
/// it is shown, the first module still runs the page, and it alone writes the tab's history
/// state and the device's storage: this module's state may be older than what the person has
/// entered meanwhile.
pub fn taking_over() -> bool {
    TAKE_OVER.with(|take_over| take_over.borrow().is_some())
}

/// The window's property where the running module offers to stop (see [`offer_teardown`]).
const TEARDOWN: &str = "askelTeardown";
/// The function static/boot.js defines to start the module that continues the page's first one.
const CONTINUE: &str = "askelContinue";

thread_local! {
    /// The app this module mounted, so that it can be stopped when another module takes over.
    static APP: std::cell::RefCell<Option<yew::AppHandle<App>>> = const { std::cell::RefCell::new(None) };
    /// The body [`take_over`] renders into, and the first module's teardown, until the swap.
    static TAKE_OVER: std::cell::RefCell<Option<(web_sys::HtmlElement, js_sys::Function)>> = const { std::cell::RefCell::new(None) };
}

fn keep(app: yew::AppHandle<App>) {
    APP.with(|kept| *kept.borrow_mut() = Some(app));
}

/// Asks static/boot.js to start the module that continues this one (the results, from the
/// scenarios page's first module: src/ui/scenario/results_slot.rs). Nothing happens without
/// one, or when it is starting already.
pub fn continue_in_next_module() {
    if let Some(start) = window_function(CONTINUE) {
        let _ = start.call0(&wasm_bindgen::JsValue::NULL);
    }
}

fn window_function(name: &str) -> Option<js_sys::Function> {
    use wasm_bindgen::JsCast;
    let window = web_sys::window()?;
    js_sys::Reflect::get(&window, &name.into())
        .ok()?
        .dyn_into::<js_sys::Function>()
        .ok()
}

/// Leaves a function on the window that stops this module's app: its effects' listeners
/// (history, storage, timers) are dropped, and its elements are left to the module taking over.
fn offer_teardown() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let teardown = wasm_bindgen::closure::Closure::once_into_js(|| {
        if let Some(app) = APP.with(|app| app.borrow_mut().take()) {
            app.destroy();
        }
    });
    let _ = js_sys::Reflect::set(&window, &TEARDOWN.into(), &teardown);
}

/// Takes the page over from the module that started it. This module renders the route, in the
/// state the tab keeps in its history entry, into a new body that is not yet in the document,
/// in as many tasks as its components take (the one-page form renders in steps:
/// [`ReadyHold`]); the person goes on seeing and using the first module meanwhile. When the
/// last step is done, in one task, so that nothing is painted between the two
/// ([`finish_take_over`]): the first module stops, the new body replaces its body (the events
/// it listened for at the body go with it), and the focus goes back to the element of the same
/// id.
fn take_over(teardown: &js_sys::Function, props: AppProps) {
    use wasm_bindgen::JsCast;
    let Some(fresh) = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.create_element("body").ok())
        .and_then(|body| body.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return;
    };
    TAKE_OVER.with(|take_over| *take_over.borrow_mut() = Some((fresh.clone(), teardown.clone())));
    keep(yew::Renderer::<App>::with_root_and_props(fresh.into(), props).render());
    mark_ready();
}

/// Puts the body that [`take_over`] rendered in place of the first module's, if one is waiting.
fn finish_take_over() {
    let Some((fresh, teardown)) = TAKE_OVER.with(|take_over| take_over.borrow_mut().take()) else {
        return;
    };
    let Some(window) = web_sys::window() else {
        return;
    };
    let Some(document) = window.document() else {
        return;
    };
    let focused = document.active_element();
    let _ = teardown.call0(&wasm_bindgen::JsValue::NULL);
    let _ = js_sys::Reflect::delete_property(&window, &TEARDOWN.into());
    document.set_body(Some(&fresh));
    if let Some(focused) = focused {
        refocus(&document, &focused);
    }
    if let Some(root) = document.document_element() {
        let _ = root.set_attribute("data-askel-continued", "");
    }
    if let Ok(event) = web_sys::Event::new(CONTINUED_EVENT) {
        let _ = window.dispatch_event(&event);
    }
}

/// Focuses the element with `before`'s id, a text field with the caret where it was.
fn refocus(document: &web_sys::Document, before: &web_sys::Element) {
    use wasm_bindgen::JsCast;
    let id = before.id();
    if id.is_empty() || !crate::ui::browser::focus(&id) {
        return;
    }
    let (Some(old), Some(new)) = (
        before.dyn_ref::<web_sys::HtmlInputElement>(),
        document
            .get_element_by_id(&id)
            .and_then(|element| element.dyn_into::<web_sys::HtmlInputElement>().ok()),
    ) else {
        return;
    };
    // Only text fields have a caret to keep; for the others these calls fail, harmlessly.
    if let (Ok(Some(start)), Ok(Some(end))) = (old.selection_start(), old.selection_end()) {
        let _ = new.set_selection_range(start, end);
    }
}

/// Opens `route`'s prerendered file in place of the current address, keeping the fragment.
fn load_page_file(route: Route) {
    let Some(location) = web_sys::window().map(|window| window.location()) else {
        return;
    };
    let pathname = location.pathname().unwrap_or_default();
    let hash = location.hash().unwrap_or_default();
    let _ = location.replace(&format!(
        "{}{}{hash}",
        Route::app_root(&pathname),
        route.path()
    ));
}

thread_local! {
    /// Parts of the page still to be rendered in tasks of their own ([`ReadyHold`]).
    static HOLDS: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
    /// Whether the app is mounted, so that the ready mark waits only for the holds.
    static MOUNTED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Keeps the ready mark off while a component renders in steps, each a task of its own (the
/// one-page form, src/ui/scenario/worker_form.rs): the mark is set when the last hold is dropped.
pub struct ReadyHold(());

impl ReadyHold {
    pub fn new() -> Self {
        HOLDS.with(|holds| holds.set(holds.get() + 1));
        ReadyHold(())
    }
}

impl Default for ReadyHold {
    fn default() -> Self {
        Self::new()
    }
}

impl Drop for ReadyHold {
    fn drop(&mut self) {
        let left = HOLDS.with(|holds| {
            let left = holds.get().saturating_sub(1);
            holds.set(left);
            left
        });
        if left == 0 && MOUNTED.with(std::cell::Cell::get) {
            set_ready_mark();
        }
    }
}

/// Marks the document once the app is mounted: in the next task, after every render that the
/// mount or update queued, and the renders their effects queued (yew renders in microtasks: the
/// display mode reaches the page through the app's state, one render after the update), so that
/// a component that renders in steps has taken its [`ReadyHold`] by then.
fn mark_ready() {
    gloo::timers::callback::Timeout::new(0, || {
        MOUNTED.with(|mounted| mounted.set(true));
        if HOLDS.with(std::cell::Cell::get) == 0 {
            set_ready_mark();
        }
    })
    .forget();
}

/// `<html data-askel-ready>`: the browser tests and the app-ready measurement
/// (tests/app-ready.mjs) wait for it, since the prerendered page looks the same before.
fn set_ready_mark() {
    finish_take_over();
    if let Some(root) = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.document_element())
    {
        let _ = root.set_attribute("data-askel-ready", "");
    }
}
