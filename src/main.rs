//! Browser entry point: reads the starting route from the URL and mounts the app.

fn main() {
    let search = web_sys::window()
        .and_then(|window| window.location().search().ok())
        .unwrap_or_default();
    let route = askel::ui::route::Route::parse(&search);
    yew::Renderer::<askel::ui::App>::with_props(askel::ui::app::AppProps { route }).render();
}
