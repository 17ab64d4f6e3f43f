//! Writes the server-side rendering of the default view (Finnish home page) into a built
//! `index.html`, so the first visit paints real content before the WebAssembly arrives.
//! Run by scripts/build.sh: `cargo run --release --example prerender -- dist/index.html`.
//! The browser entry point hydrates that markup (reusing its elements, so nothing is painted
//! twice) when the address is the default view, and otherwise clears it before mounting.

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    use askel::scenario::LAST_DATE;
    use askel::ui::app::{App, AppProps};
    use askel::ui::route::Route;

    const MARKER: &str = "<!-- prerender -->";
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: prerender <dist/index.html>");
        std::process::exit(2);
    };
    let page = match std::fs::read_to_string(&path) {
        Ok(page) => page,
        Err(error) => {
            eprintln!("prerender: cannot read {path}: {error}");
            std::process::exit(1);
        }
    };
    if !page.contains(MARKER) {
        eprintln!("prerender: {path} has no {MARKER} marker");
        std::process::exit(1);
    }
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .expect("tokio runtime");
    let body = runtime.block_on(async {
        yew::ServerRenderer::<App>::with_props(|| AppProps {
            route: Route::default(),
            today: LAST_DATE,
            scenario: None,
        })
        .hydratable(true)
        .render()
        .await
    });
    let html = page.replace(MARKER, &body);
    if let Err(error) = std::fs::write(&path, html) {
        eprintln!("prerender: cannot write {path}: {error}");
        std::process::exit(1);
    }
    println!(
        "prerendered the default view into {path} ({} bytes)",
        body.len()
    );
}
