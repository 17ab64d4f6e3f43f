//! Where the user is: page, language and display modes, kept in the URL. The language and page
//! are a real path (`sv/about/`), because every page × language is prerendered into its own
//! HTML file there (examples/prerender.rs) and a static host can serve a different file per path
//! but not per query string; the display modes stay in the query (`?meeting=1`). Old links with
//! everything in the query (`?lang=sv&page=about`) still open the right page: the app reads them
//! and rewrites the address to the path. The fragment (`#…`) stays free for share links, which
//! browsers never send to a server. Parsing is pure so it is tested natively.
//!
//! Every page lives two folders below the app's root, so a link from one page to another is
//! always `../../<lang>/<page>/`, whatever folder of a host site the app is installed in.

use crate::i18n::{k, Key, Lang};

/// A page of the app.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Page {
    #[default]
    Home,
    Assessment,
    Scenarios,
    Summary,
    About,
    /// The accessibility statement (linked from the footer and the About page).
    Accessibility,
}

impl Page {
    /// The pages of the main navigation, in order.
    pub const NAV: [Page; 5] = [
        Page::Home,
        Page::Assessment,
        Page::Scenarios,
        Page::Summary,
        Page::About,
    ];

    /// Every page.
    pub const ALL: [Page; 6] = [
        Page::Home,
        Page::Assessment,
        Page::Scenarios,
        Page::Summary,
        Page::About,
        Page::Accessibility,
    ];

    /// The page's name in the URL.
    pub fn slug(self) -> &'static str {
        match self {
            Page::Home => "home",
            Page::Assessment => "assessment",
            Page::Scenarios => "scenarios",
            Page::Summary => "summary",
            Page::About => "about",
            Page::Accessibility => "accessibility",
        }
    }

    /// The page from its URL name.
    pub fn from_slug(slug: &str) -> Option<Page> {
        Page::ALL.into_iter().find(|page| page.slug() == slug)
    }

    /// The page's name in the navigation.
    pub fn nav_key(self) -> Key {
        match self {
            Page::Home => k::SHELL_NAV_HOME,
            Page::Assessment => k::SHELL_NAV_ASSESSMENT,
            Page::Scenarios => k::SHELL_NAV_SCENARIOS,
            Page::Summary => k::SHELL_NAV_SUMMARY,
            Page::About => k::SHELL_NAV_ABOUT,
            Page::Accessibility => k::STATEMENT_TITLE,
        }
    }
}

/// The whole location state of the app.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct Route {
    pub lang: Lang,
    pub page: Page,
    /// Meeting mode: larger type and side-by-side options for a shared screen.
    pub meeting: bool,
    /// Embedded in another organisation's page (compact layout).
    pub embed: bool,
    /// Hide the header (only honoured in embed mode).
    pub hide_header: bool,
}

impl Route {
    /// Reads a route from a query string (with or without the leading `?`). Unknown or
    /// malformed parameters are ignored: a mistyped link still opens the app.
    pub fn parse(search: &str) -> Route {
        let mut route = Route::default();
        for pair in search.trim_start_matches('?').split('&') {
            let (name, value) = pair.split_once('=').unwrap_or((pair, ""));
            match name {
                "lang" => route.lang = Lang::from_code(value).unwrap_or_default(),
                "page" => route.page = Page::from_slug(value).unwrap_or_default(),
                "meeting" => route.meeting = value == "1",
                "embed" => route.embed = value == "1",
                "header" => route.hide_header = value == "0",
                _ => {}
            }
        }
        route
    }

    /// Reads a route from the address: the language and page from the path's last two folders
    /// (`…/sv/about/` or `…/sv/about/index.html`), the display modes from the query. An address
    /// that is not a page's path (the app's root, `index.html`) takes everything from the query,
    /// as old links did.
    pub fn from_location(pathname: &str, search: &str) -> Route {
        let query = Route::parse(search);
        match page_in_path(pathname) {
            Some((lang, page, _)) => Route {
                lang,
                page,
                ..query
            },
            None => query,
        }
    }

    /// Whether `pathname` is a page's own path (`…/sv/about/`), not the app's root.
    pub fn is_page_path(pathname: &str) -> bool {
        page_in_path(pathname).is_some()
    }

    /// The app's root folder (ending in `/`) for an address `pathname`: the path without the
    /// page's two folders, or without the file name at the root.
    pub fn app_root(pathname: &str) -> &str {
        match page_in_path(pathname) {
            Some((_, _, root)) => root,
            None => &pathname[..pathname.rfind('/').map_or(0, |slash| slash + 1)],
        }
    }

    /// This route relative to the app's root (`sv/about/?meeting=1`), always with the language
    /// so a copied link opens in it.
    pub fn path(&self) -> String {
        let mut path = format!("{}/{}/", self.lang.code(), self.page.slug());
        let mut separator = '?';
        let mut flag = |path: &mut String, flag: &str| {
            path.push(separator);
            path.push_str(flag);
            separator = '&';
        };
        if self.meeting {
            flag(&mut path, "meeting=1");
        }
        if self.embed {
            flag(&mut path, "embed=1");
            if self.hide_header {
                flag(&mut path, "header=0");
            }
        }
        path
    }

    /// A link to this route from any page of the app (`../../sv/about/`): every page is two
    /// folders below the root.
    pub fn href(&self) -> String {
        format!("../../{}", self.path())
    }

    /// The route of a prerendered file: its language and page in the ordinary display.
    pub fn prerendered(lang: Lang, page: Page) -> Route {
        Route {
            lang,
            page,
            ..Route::default()
        }
    }

    /// The same route on another page.
    pub fn with_page(self, page: Page) -> Route {
        Route { page, ..self }
    }

    /// The same route in another language.
    pub fn with_lang(self, lang: Lang) -> Route {
        Route { lang, ..self }
    }

    /// Whether the header (and navigation) is shown.
    pub fn shows_header(&self) -> bool {
        !(self.embed && self.hide_header)
    }

    /// The display modes as the class names on the document's root element, each with whether
    /// it is on. The style sheet lays a mode out from these alone, and every page's HTML is the
    /// same in every mode, so boot.js can set them from the address before the first paint and
    /// the module's start moves nothing (issue 16: no layout shift in meeting or embed mode).
    pub fn display_classes(&self) -> [(&'static str, bool); 3] {
        [
            ("meeting", self.meeting),
            ("embed", self.embed),
            ("no-header", !self.shows_header()),
        ]
    }
}

/// The language, page and app root of a page's path (`/askel/sv/about/` → sv, About,
/// `/askel/`), or `None` when the path is not a page's.
fn page_in_path(pathname: &str) -> Option<(Lang, Page, &str)> {
    let folder = pathname
        .strip_suffix("index.html")
        .unwrap_or(pathname)
        .strip_suffix('/')?;
    let (rest, slug) = folder.rsplit_once('/')?;
    let (root, code) = rest.rsplit_once('/')?;
    let page = Page::from_slug(slug)?;
    let lang = Lang::from_code(code)?;
    Some((lang, page, &pathname[..=root.len()]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_to_finnish_home() {
        assert_eq!(Route::parse(""), Route::default());
        assert_eq!(Route::default().lang, Lang::Fi);
        assert_eq!(Route::default().path(), "fi/home/");
        assert_eq!(Route::default().href(), "../../fi/home/");
    }

    #[test]
    fn reads_language_and_page_from_the_path_and_modes_from_the_query() {
        let route = Route::from_location("/askel/sv/about/", "?meeting=1");
        assert_eq!(
            (route.lang, route.page, route.meeting),
            (Lang::Sv, Page::About, true)
        );
        assert_eq!(Route::app_root("/askel/sv/about/"), "/askel/");
        let file = Route::from_location("/selko/scenarios/index.html", "");
        assert_eq!((file.lang, file.page), (Lang::Selko, Page::Scenarios));
        assert_eq!(Route::app_root("/selko/scenarios/index.html"), "/");
        assert_eq!(route.path(), "sv/about/?meeting=1");
    }

    #[test]
    fn old_query_links_still_open_their_page() {
        let route = Route::from_location("/askel/", "?lang=en&page=summary&embed=1&header=0");
        assert_eq!((route.lang, route.page), (Lang::En, Page::Summary));
        assert_eq!(route.path(), "en/summary/?embed=1&header=0");
        assert_eq!(Route::app_root("/askel/index.html"), "/askel/");
        assert_eq!(Route::app_root("/askel/"), "/askel/");
        // A folder that only looks like a page is the root's file name, not a page.
        assert_eq!(Route::from_location("/xx/about/", ""), Route::default());
        assert_eq!(Route::app_root("/xx/about/"), "/xx/about/");
    }

    #[test]
    fn round_trips_every_page_and_language() {
        for lang in Lang::ALL {
            for page in Page::ALL {
                for meeting in [false, true] {
                    let route = Route {
                        lang,
                        page,
                        meeting,
                        ..Route::default()
                    };
                    let path = route.path();
                    let (folder, query) = path.split_once('?').unwrap_or((&path, ""));
                    assert_eq!(Route::from_location(&format!("/{folder}"), query), route);
                }
            }
        }
    }

    #[test]
    fn easy_finnish_has_its_own_address() {
        let route = Route::parse("?lang=selko&page=assessment");
        assert_eq!(route.lang, Lang::Selko);
        assert_eq!(route.page, Page::Assessment);
        assert_eq!(route.path(), "selko/assessment/");
    }

    #[test]
    fn ignores_garbage() {
        let route = Route::parse("?lang=xx&page=%3Cscript%3E&&=&foo");
        assert_eq!(route, Route::default());
        let embed = Route::parse("embed=1&header=0&lang=sv&page=scenarios");
        assert!(embed.embed && !embed.shows_header());
        assert_eq!(embed.lang, Lang::Sv);
        assert!(Route::parse("header=0").shows_header());
    }
}
