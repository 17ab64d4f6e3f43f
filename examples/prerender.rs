//! Prerenders every page in every language into its own HTML file, so every first visit paints
//! the real page before the WebAssembly arrives: `dist/<lang>/<page>/index.html` for each, and
//! the Finnish home page also into `dist/index.html` (the app's root). A static host serves a
//! different file per path but not per query string, hence real paths (src/ui/route.rs).
//! Run by scripts/build.sh: `cargo run --release --example prerender -- dist`.
//!
//! Every file is rendered with a fixed date from the data ([`LAST_DATE`]), so a build's files do
//! not depend on the day it ran; the browser hydrates the markup with the same date and then
//! re-renders with today's (src/main.rs). `<body data-prerendered="fi/home/">` names the route
//! the file holds, which the browser compares with its address before hydrating. It also writes
//! every module's messages file in every language (`dist/messages/<module>/<code>.txt`,
//! src/i18n/catalogue.rs), which each page that starts that module preloads in its language. The service worker's list of files to keep (`dist/sw.js`) gets every file written
//! here.

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    use askel::i18n::{catalogue, Lang};
    use askel::ui::route::{Page, Route};

    let Some(dist) = std::env::args().nth(1) else {
        eprintln!("usage: prerender <dist folder>");
        std::process::exit(2);
    };
    let dist = std::path::Path::new(&dist);
    let template = read(&dist.join("index.html"));
    if !template.contains(MARKER) {
        fail(&format!(
            "{}/index.html has no {MARKER} marker",
            dist.display()
        ));
    }
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .expect("tokio runtime");
    let mut pages = Vec::new();
    let mut bytes = 0;
    for lang in Lang::ALL {
        for page in Page::ALL {
            let route = Route::prerendered(lang, page);
            let body = runtime.block_on(render(route));
            let folder = route.path();
            if route == Route::default() {
                // The root: the same page, its links one level shallower than a page's.
                let root = page_html(
                    &template,
                    route,
                    &body.replace("href=\"../../", "href=\""),
                    false,
                );
                write(&dist.join("index.html"), &root);
            }
            let html = page_html(&template, route, &body, true);
            let path = dist.join(&folder).join("index.html");
            if let Err(error) = std::fs::create_dir_all(dist.join(&folder)) {
                fail(&format!("cannot create {}: {error}", path.display()));
            }
            write(&path, &html);
            bytes += html.len();
            pages.push(format!("'{folder}index.html'"));
        }
    }
    // One messages file per module and language, without the messages of the other modules'
    // pages (src/i18n/catalogue.rs).
    let mut files = 0;
    for module in askel::ui::modules::SHIPPED {
        let _ = std::fs::create_dir_all(dist.join("messages").join(module.name));
        for lang in Lang::ALL {
            let name = catalogue::file_name(module.name, lang);
            write(
                &dist.join(&name),
                &catalogue::file_text(lang, module.leaves_out),
            );
            pages.push(format!("'{name}'"));
            files += 1;
        }
    }
    // Every module, whichever page a visit starts on (src/ui/modules.rs).
    for module in askel::ui::modules::SHIPPED {
        pages.push(format!("'{}.js'", module.name));
        pages.push(format!("'{}_bg.wasm'", module.name));
    }
    fill(&dist.join("sw.js"), &[(PAGES_MARKER, pages.join(", "))]);
    fill(&dist.join("boot.js"), &boot_lists());
    println!(
        "prerendered {} pages into {} ({bytes} bytes), and {files} messages files",
        Lang::ALL.len() * Page::ALL.len(),
        dist.display(),
    );
}

/// The lists static/boot.js starts the app by: the module of each page, the pages that need no
/// module in the ordinary display, and the languages (src/ui/modules.rs, src/i18n).
#[cfg(not(target_arch = "wasm32"))]
fn boot_lists() -> [(&'static str, String); 4] {
    use askel::i18n::Lang;
    use askel::ui::modules::{needs_no_module, owner};
    use askel::ui::route::Page;
    let modules = Page::ALL
        .iter()
        .map(|page| format!("{}: '{}'", page.slug(), owner(*page).name))
        .collect::<Vec<_>>()
        .join(", ");
    let continued_by = askel::ui::modules::SHIPPED
        .iter()
        .filter_map(|module| Some(format!("'{}': '{}'", module.name, module.continued_by?)))
        .collect::<Vec<_>>()
        .join(", ");
    let reading = Page::ALL
        .iter()
        .filter(|page| needs_no_module(**page))
        .map(|page| format!("'{}'", page.slug()))
        .collect::<Vec<_>>()
        .join(", ");
    let langs = Lang::ALL
        .iter()
        .map(|lang| format!("'{}'", lang.code()))
        .collect::<Vec<_>>()
        .join(", ");
    [
        ("/* module of each page */", modules),
        ("/* module that continues a module */", continued_by),
        ("/* pages that need no module */", reading),
        ("/* languages */", langs),
    ]
}

/// Writes each text in place of its marker comment in `path`; a missing marker stops the build.
#[cfg(not(target_arch = "wasm32"))]
fn fill(path: &std::path::Path, lists: &[(&str, String)]) {
    let mut text = read(path);
    for (marker, list) in lists {
        if !text.contains(marker) {
            fail(&format!("{} has no {marker} marker", path.display()));
        }
        text = text.replace(marker, list);
    }
    write(path, &text);
}

/// The module preloads of the template (index.html), replaced per page by [`module_preloads`].
#[cfg(not(target_arch = "wasm32"))]
const TEMPLATE_PRELOADS: &str = "<link rel=\"modulepreload\" href=\"askel.js\">\n  <link rel=\"preload\" href=\"askel_bg.wasm\" as=\"fetch\" type=\"application/wasm\" crossorigin>\n  ";

/// A page's preloads of its module (none for a page that needs none), relative to the root.
#[cfg(not(target_arch = "wasm32"))]
fn module_preloads(page: askel::ui::route::Page) -> String {
    use askel::ui::modules::{needs_no_module, owner};
    if needs_no_module(page) {
        return String::new();
    }
    let name = owner(page).name;
    format!(
        "<link rel=\"modulepreload\" href=\"{name}.js\">\n  <link rel=\"preload\" href=\"{name}_bg.wasm\" as=\"fetch\" type=\"application/wasm\" crossorigin>\n  "
    )
}

/// Where the body goes in the built `index.html`.
#[cfg(not(target_arch = "wasm32"))]
const MARKER: &str = "<body><!-- prerender --></body>";

/// Where the service worker's list of prerendered pages goes (static/sw.js).
#[cfg(not(target_arch = "wasm32"))]
const PAGES_MARKER: &str = "/* prerendered pages */";

#[cfg(not(target_arch = "wasm32"))]
async fn render(route: askel::ui::route::Route) -> String {
    use askel::ui::app::{App, AppProps};
    yew::ServerRenderer::<App>::with_props(move || AppProps {
        route,
        today: askel::scenario::LAST_DATE,
        scenario: None,
        module: askel::ui::modules::owner(route.page),
    })
    .hydratable(true)
    .render()
    .await
}

/// The template with the page's language, title and body, the preloads of its module and of the
/// module's messages file in the page's language (none for a page that needs no module), and,
/// `in_folder`, its addresses as seen from the page's folder.
#[cfg(not(target_arch = "wasm32"))]
fn page_html(
    template: &str,
    route: askel::ui::route::Route,
    body: &str,
    in_folder: bool,
) -> String {
    use askel::i18n::{catalogue, k, tr};
    use askel::ui::modules::{needs_no_module, owner};
    let preload = if needs_no_module(route.page) {
        String::new()
    } else {
        format!(
            "<link rel=\"preload\" href=\"../../{}\" as=\"fetch\" crossorigin>\n  ",
            catalogue::file_name(owner(route.page).name, route.lang)
        )
    };
    let title = format!(
        "{} – {}",
        tr(route.lang, route.page.nav_key()),
        tr(route.lang, k::SHELL_APP_NAME)
    );
    if !template.contains(TEMPLATE_PRELOADS) {
        fail("index.html has no module preloads where prerender expects them");
    }
    let template = template.replacen(TEMPLATE_PRELOADS, &module_preloads(route.page), 1);
    let template = if in_folder {
        in_page_folder(&template)
    } else {
        template
    };
    template
        .replacen(
            "<html lang=\"fi\">",
            &format!("<html lang=\"{}\">", route.lang.html_lang()),
            1,
        )
        .replacen(
            "<title>Askel</title>",
            &format!("<title>{}</title>", escape(&title)),
            1,
        )
        .replacen(
            "<script type=\"module\"",
            &format!("{preload}<script type=\"module\""),
            1,
        )
        .replacen(
            MARKER,
            &format!(
                "<body data-prerendered=\"{}\">{body}</body>",
                escape(&route.path())
            ),
            1,
        )
}

/// The template's relative addresses (style sheets, scripts, manifest) as seen from a page's
/// folder, two levels below the root.
#[cfg(not(target_arch = "wasm32"))]
fn in_page_folder(template: &str) -> String {
    let mut out = String::with_capacity(template.len() + 200);
    let mut rest = template;
    while let Some(at) = ["href=\"", "src=\""]
        .iter()
        .filter_map(|attr| rest.find(attr).map(|i| i + attr.len()))
        .min()
    {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        let relative = !["data:", "#", "/", "http:", "https:"]
            .iter()
            .any(|start| rest.starts_with(start));
        if relative {
            out.push_str("../../");
            rest = rest.strip_prefix("./").unwrap_or(rest);
        }
    }
    out.push_str(rest);
    out
}

#[cfg(not(target_arch = "wasm32"))]
fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('"', "&quot;")
}

#[cfg(not(target_arch = "wasm32"))]
fn read(path: &std::path::Path) -> String {
    std::fs::read_to_string(path)
        .unwrap_or_else(|error| fail(&format!("cannot read {}: {error}", path.display())))
}

#[cfg(not(target_arch = "wasm32"))]
fn write(path: &std::path::Path, text: &str) {
    if let Err(error) = std::fs::write(path, text) {
        fail(&format!("cannot write {}: {error}", path.display()));
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn fail(message: &str) -> ! {
    eprintln!("prerender: {message}");
    std::process::exit(1);
}
