//! Browser entry point: reads the starting route from the URL and today's date from the clock,
//! and mounts the app.

use askel::scenario::Date;
use askel::ui::app::{App, AppProps};
use askel::ui::route::Route;

fn today() -> Date {
    let now = js_sys::Date::new_0();
    let (y, m, d) = (now.get_full_year(), now.get_month() + 1, now.get_date());
    u16::try_from(y)
        .ok()
        .and_then(|y| Date::new(y, u8::try_from(m).ok()?, u8::try_from(d).ok()?))
        .unwrap_or(askel::scenario::LAST_DATE)
}

/// Whether the body holds the prerendered default view (see examples/prerender.rs).
fn body_is_prerendered() -> bool {
    web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.body())
        .is_some_and(|body| body.query_selector("main").ok().flatten().is_some())
}

/// Empties the body and shows it again (static/route.js hid it), for addresses other than the
/// prerendered default view.
fn clear_body() {
    let Some(document) = web_sys::window().and_then(|window| window.document()) else {
        return;
    };
    if let Some(body) = document.body() {
        body.set_inner_html("");
    }
    if let Some(root) = document.document_element() {
        root.set_class_name("");
    }
}

fn main() {
    let search = web_sys::window()
        .and_then(|window| window.location().search().ok())
        .unwrap_or_default();
    let props = AppProps {
        route: Route::parse(&search),
        today: today(),
        scenario: None,
    };
    let renderer = yew::Renderer::<App>::with_props(props);
    if props_are_default(&search) && body_is_prerendered() {
        renderer.hydrate();
    } else {
        clear_body();
        renderer.render();
    }
}

/// The address shows the prerendered default view (Finnish home page).
fn props_are_default(search: &str) -> bool {
    Route::parse(search) == Route::default()
}
