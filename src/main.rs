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

/// Removes the prerendered copy of the default view (see examples/prerender.rs) just before the
/// app mounts in its place.
fn remove_prerendered() {
    if let Some(element) = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.get_element_by_id("prerender"))
    {
        element.remove();
    }
}

fn main() {
    remove_prerendered();
    let search = web_sys::window()
        .and_then(|window| window.location().search().ok())
        .unwrap_or_default();
    let props = AppProps {
        route: Route::parse(&search),
        today: today(),
        scenario: None,
    };
    yew::Renderer::<App>::with_props(props).render();
}
