//! Where the user is: page, language and display modes, all kept in the URL's query string
//! (`?lang=sv&page=about&meeting=1`). A query string works on any static host without rewrite
//! rules, survives reloads, and leaves the fragment (`#…`) free for share links, which browsers
//! never send to a server. Parsing is pure so it is tested natively.

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

    /// The query string for this route, always with the language so a copied link opens in it.
    pub fn href(&self) -> String {
        let mut href = format!("?lang={}", self.lang.code());
        if self.page != Page::Home {
            href.push_str("&page=");
            href.push_str(self.page.slug());
        }
        if self.meeting {
            href.push_str("&meeting=1");
        }
        if self.embed {
            href.push_str("&embed=1");
            if self.hide_header {
                href.push_str("&header=0");
            }
        }
        href
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
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_to_finnish_home() {
        assert_eq!(Route::parse(""), Route::default());
        assert_eq!(Route::default().lang, Lang::Fi);
        assert_eq!(Route::default().href(), "?lang=fi");
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
                    assert_eq!(Route::parse(&route.href()), route);
                }
            }
        }
    }

    #[test]
    fn easy_finnish_has_its_own_address() {
        let route = Route::parse("?lang=selko&page=assessment");
        assert_eq!(route.lang, Lang::Selko);
        assert_eq!(route.page, Page::Assessment);
        assert_eq!(route.href(), "?lang=selko&page=assessment");
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
