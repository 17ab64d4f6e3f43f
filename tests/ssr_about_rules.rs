//! The About page shows the rule data for people: every parameter with its label in the page's
//! language and its value formatted ("21,5 päivää kuukaudessa", "37,21 €/päivä"), sources as law or
//! page titles, never raw ids (`ASKEL:…`, `SISU:…`, `S7+…`, `factor`, `true flag`, parameter paths).
#![cfg(not(target_arch = "wasm32"))]

mod common;

use askel::i18n::Lang;
use askel::ui::route::{Page, Route};
use common::decode;

async fn about(lang: Lang) -> String {
    decode(
        &common::render_app(
            Route::default().with_lang(lang).with_page(Page::About),
            None,
        )
        .await,
    )
}

#[tokio::test(flavor = "current_thread")]
async fn every_parameter_is_listed_with_its_label_and_a_readable_value() {
    let expected_days = [
        (Lang::Fi, "21,5 päivää kuukaudessa"),
        (Lang::Sv, "21,5 dagar i månaden"),
        (Lang::En, "21.5 days a month"),
    ];
    for (lang, days) in expected_days {
        let html = about(lang).await;
        assert!(html.contains(days), "{lang:?}: {days}");
        for (p, docs) in askel::rules::documented_parameters() {
            let label = askel::ui::rule_data_text::pick(lang, &docs.label);
            assert!(html.contains(label), "{lang:?}: label of {}", p.path);
            assert!(
                !html.contains(p.path),
                "{lang:?}: raw parameter path {} shown",
                p.path
            );
        }
        for raw in [
            "ASKEL:",
            "SISU:",
            "S7+",
            " factor",
            "true flag",
            "EUR/month",
            "(S1)",
        ] {
            assert!(
                !html.contains(raw),
                "{lang:?}: raw id `{raw}` on the About page"
            );
        }
        for source in askel::rules::sources() {
            let title = askel::ui::rule_data_text::pick(lang, &source.title);
            assert!(html.contains(title), "{lang:?}: source {}", source.id);
        }
    }
}

#[tokio::test(flavor = "current_thread")]
async fn the_social_assistance_corrections_are_listed() {
    for lang in Lang::ALL {
        let html = about(lang).await;
        for id in [
            "social_assistance_minimum",
            "social_assistance_child_benefit",
        ] {
            let text = askel::i18n::lookup(lang, &format!("convention.{id}")).expect("text");
            assert!(
                html.contains(&askel::ui::rule_data_text::with_values(lang, text)),
                "{lang:?}: {id}"
            );
        }
        let water = askel::i18n::lookup(lang, "about.assumption.toimeentulotuki.water_per_person")
            .expect("water add-on text");
        assert!(
            html.contains(water),
            "{lang:?}: water add-on listed as an assumption"
        );
    }
}

#[test]
fn reason_sources_print_as_law_titles() {
    let text = askel::ui::scenario::reason_text::source_text(Lang::Sv, "verotus.yle_rate");
    assert!(
        text.contains("Lag om rundradioskatt 484/2012 § 2"),
        "{text}"
    );
    assert!(!text.contains("verotus."), "{text}");
}

#[test]
fn every_reason_of_every_preset_cites_a_known_document() {
    use askel::ui::scenario::reason_text::reason_source;
    let date = askel::rules::last_known_date();
    for preset in askel::scenario::presets::all(date) {
        for option in 0..=preset.scenario.options.len() {
            let breakdown =
                askel::rules::compute(&preset.scenario.with_option(option)).expect("computes");
            for line in &breakdown.lines {
                let Some(source) = reason_source(&line.reason) else {
                    continue;
                };
                assert!(
                    askel::rules::sources::reference(source).is_some(),
                    "{}: {:?} cites {source:?}, which is no parameter or document",
                    preset.id,
                    line.reason
                );
            }
        }
    }
}
