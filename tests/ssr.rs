//! Server-side rendering of every page in every language: the shell, the navigation and the
//! language switch render real content, and no page shows a raw message key.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use askel::i18n::{k, tr, Lang};
use askel::ui::route::{Page, Route};
use common::decode;

async fn render(route: Route) -> String {
    common::render_app(route, None).await
}

fn h1_texts(html: &str) -> Vec<String> {
    html.split("<h1")
        .skip(1)
        .filter_map(|rest| {
            let body = &rest[rest.find('>')? + 1..];
            Some(decode(&body[..body.find("</h1>")?]))
        })
        .collect()
}

fn page_title(lang: Lang, page: Page) -> &'static str {
    match page {
        Page::Home => tr(lang, k::HOME_TITLE),
        Page::Summary => tr(lang, k::SUMMARY_TITLE),
        Page::About => tr(lang, k::ABOUT_TITLE),
        Page::Scenarios => tr(lang, k::SCENARIO_TITLE),
        Page::Accessibility => tr(lang, k::STATEMENT_TITLE),
        other => tr(lang, other.nav_key()),
    }
}

#[tokio::test(flavor = "current_thread")]
async fn every_page_renders_in_every_language() {
    for lang in Lang::ALL {
        for page in Page::ALL {
            let route = Route {
                lang,
                page,
                ..Route::default()
            };
            let html = render(route).await;
            let text = decode(&html);
            assert_eq!(
                h1_texts(&html),
                vec![page_title(lang, page).to_string()],
                "{lang:?} {page:?}: exactly one h1 with the page title"
            );
            assert!(text.contains(&format!("lang=\"{}\"", lang.html_lang())));
            for other in Lang::ALL {
                let href = format!("href=\"{}\"", route.with_lang(other).href());
                assert!(
                    text.contains(&href),
                    "{lang:?} {page:?}: switch to {other:?}"
                );
                assert!(text.contains(other.native_name()));
            }
            for target in Page::NAV {
                let link = format!("href=\"{}\"", route.with_page(target).href());
                assert!(
                    text.contains(&link),
                    "{lang:?} {page:?}: link to {target:?}"
                );
                assert!(text.contains(tr(lang, target.nav_key())));
            }
            if page != Page::Accessibility {
                assert!(text.contains("aria-current=\"page\""));
            }
            assert!(text.contains(tr(lang, k::SHELL_SKIP_TO_CONTENT)));
            assert!(text.contains(tr(lang, k::SHELL_FOOTER_PRIVACY)));
            assert_no_raw_keys(&text, lang, page);
        }
    }
}

fn assert_no_raw_keys(text: &str, lang: Lang, page: Page) {
    for key in askel::i18n::all_keys() {
        let name = key.name();
        assert!(
            !text.contains(&format!(">{name}<")),
            "{lang:?} {page:?} shows the raw key {name}"
        );
    }
}

#[tokio::test(flavor = "current_thread")]
async fn languages_differ_and_embed_mode_can_hide_the_header() {
    let home_fi = render(Route::default()).await;
    let home_sv = render(Route::default().with_lang(Lang::Sv)).await;
    assert_ne!(home_fi, home_sv);
    assert!(decode(&home_sv).contains(tr(Lang::Sv, k::HOME_LEAD)));

    // The header is hidden by the root element's display classes, which boot.js sets from the
    // address; the page's HTML is the same in every display, so the module's start moves nothing.
    let route = Route::parse("?embed=1&header=0&lang=en&page=about");
    assert!(route.display_classes().contains(&("no-header", true)));
    assert!(!Route::parse("?header=0")
        .display_classes()
        .contains(&("no-header", true)));
    let embedded = render(route).await;
    let ordinary = render(Route::parse("?lang=en&page=about")).await;
    assert!(embedded.contains("site-header") && embedded.contains("embed-bar"));
    assert_eq!(
        embedded
            .replace("&amp;embed=1&amp;header=0", "")
            .replace("?embed=1&amp;header=0", ""),
        ordinary,
        "only the links' display modes differ"
    );
    assert!(decode(&embedded).contains(tr(Lang::En, k::ABOUT_TITLE)));
}

#[tokio::test(flavor = "current_thread")]
async fn about_lists_every_assumption_in_every_language() {
    for lang in Lang::ALL {
        let html = decode(&render(Route::default().with_lang(lang).with_page(Page::About)).await);
        for unconfirmed in askel::rules::unconfirmed_parameters() {
            let name = format!("about.assumption.{}", unconfirmed.parameter.path);
            let text = askel::i18n::lookup(lang, &name)
                .unwrap_or_else(|| panic!("{lang:?}: no text for assumption {name}"));
            assert!(html.contains(text), "{lang:?}: About page lists {name}");
        }
        for period in askel::rules::periods() {
            assert!(html.contains(period.label));
        }
        for convention in askel::rules::assumptions() {
            let name = format!("convention.{}", convention.id);
            let text = askel::i18n::lookup(lang, &name)
                .unwrap_or_else(|| panic!("{lang:?}: no text for {name}"));
            let text = askel::ui::rule_data_text::with_values(lang, text);
            assert!(
                !text.contains('{'),
                "{lang:?}: {name} has an unfilled placeholder"
            );
            assert!(html.contains(&text), "{lang:?}: About page lists {name}");
        }
        for term in askel::ui::pages::GLOSSARY {
            let text = askel::ui::pages::glossary_text(lang, term);
            assert!(
                !text.is_empty() && !text.contains('{'),
                "{lang:?}: glossary {term} has its text with every placeholder filled"
            );
            assert!(html.contains(&text), "{lang:?}: glossary {term} shown");
        }
        for source in askel::rules::sources() {
            assert!(html.contains(source.url), "{lang:?}: source {}", source.id);
        }
    }
}
