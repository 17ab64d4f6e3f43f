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
    crate::ui::messages::when_ready(module, route.lang, move || start(module, route));
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
/// for the two together.
fn start(module: AppModule, route: Route) {
    let props = move |route, today| AppProps {
        route,
        today,
        scenario: None,
        module,
    };
    let today = today();
    // The prerendered file holds the route in the ordinary display; in meeting or embed mode it
    // is hydrated as it is and then shown in the mode, so the elements painted first stay.
    let plain = Route::prerendered(route.lang, route.page);
    if prerendered_route().as_deref() == Some(plain.path().as_str()) {
        let mut app = yew::Renderer::<App>::with_props(props(plain, LAST_DATE)).hydrate();
        if today != LAST_DATE || route != plain {
            // Two tasks on: the hydration's effects run in the task after it, so the three
            // steps never make one long task (measured in docs/PERFORMANCE.md, "start").
            gloo::timers::callback::Timeout::new(0, move || {
                gloo::timers::callback::Timeout::new(0, move || {
                    app.update(props(route, today));
                    mark_ready();
                })
                .forget();
            })
            .forget();
            return;
        }
    } else {
        clear_body();
        yew::Renderer::<App>::with_props(props(route, today)).render();
    }
    mark_ready();
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

/// Marks the document once the app is mounted: after the render that the mount or update just
/// queued (yew renders in the same queue of microtasks, first in, first out), so that a
/// component that renders in steps has taken its [`ReadyHold`] by then.
fn mark_ready() {
    wasm_bindgen_futures::spawn_local(async {
        MOUNTED.with(|mounted| mounted.set(true));
        if HOLDS.with(std::cell::Cell::get) == 0 {
            set_ready_mark();
        }
    });
}

/// `<html data-askel-ready>`: the browser tests and the app-ready measurement
/// (tests/app-ready.mjs) wait for it, since the prerendered page looks the same before.
fn set_ready_mark() {
    if let Some(root) = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.document_element())
    {
        let _ = root.set_attribute("data-askel-ready", "");
    }
}
