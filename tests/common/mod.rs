//! Shared by the server-side rendering tests: render the whole app at a route, and read the
//! HTML back as text.
#![allow(dead_code)]

use askel::scenario::Date;
use askel::ui::app::{App, AppProps};
use askel::ui::route::Route;
use askel::ui::scenario::ScenarioState;

/// The "today" the tests render with.
pub const TODAY: Date = Date {
    y: 2026,
    m: 11,
    d: 23,
};

/// The app's HTML at `route`, starting from `scenario` (an empty household when `None`).
pub async fn render_app(route: Route, scenario: Option<ScenarioState>) -> String {
    yew::ServerRenderer::<App>::with_props(move || AppProps {
        route,
        today: TODAY,
        scenario,
        module: askel::ui::modules::ALL,
    })
    .hydratable(false)
    .render()
    .await
}

/// HTML text with the entities the renderer writes turned back into characters.
pub fn decode(html: &str) -> String {
    html.replace("&amp;", "&")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#x27;", "'")
        .replace("&#39;", "'")
}
