//! The reference budget row of the comparison: the published range for the household type, with
//! the sentence on what it is and is not, in every language; nothing for a household type the
//! published data does not cover.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use askel::i18n::{k, money_whole, tr, tr_args, Lang};
use askel::rules::money::Cents;
use askel::ui::route::{Page, Route};
use askel::ui::scenario::state::{InputMode, ScenarioState};
use common::{decode, render_app, TODAY};

async fn render(lang: Lang, state: ScenarioState) -> String {
    let route = Route {
        lang,
        page: Page::Scenarios,
        ..Route::default()
    };
    decode(&render_app(route, Some(state)).await)
}

fn range(lang: Lang, low: i64, high: i64) -> String {
    tr_args(
        lang,
        k::SCENARIO_REFERENCE_RANGE,
        &[
            ("low", &money_whole(lang, Cents::euros(low).0)),
            ("high", &money_whole(lang, Cents::euros(high).0)),
        ],
    )
}

fn preset(id: &str, lang: Lang) -> ScenarioState {
    let mut state = ScenarioState::with_preset(TODAY, id, lang);
    state.mode = InputMode::Form;
    state
}

#[tokio::test(flavor = "current_thread")]
async fn the_published_range_is_a_row_of_the_comparison() {
    for lang in Lang::ALL {
        let html = render(lang, preset("matti", lang)).await;
        assert!(
            html.contains(tr(lang, k::SCENARIO_REFERENCE_ROW)),
            "{lang:?}"
        );
        // Now and each of Matti's three options: the same range in every column.
        let cell = format!("<td class=\"num\">{}</td>", range(lang, 1251, 1761));
        assert_eq!(html.matches(&cell).count(), 4, "{lang:?}: {cell}");
        assert!(html.contains("reference-budget-note"));
        assert!(html.contains(tr(lang, k::SCENARIO_REFERENCE_SOURCE)));

        let html = render(lang, preset("jenna", lang)).await;
        assert!(
            html.contains(&range(lang, 1573, 3048)),
            "{lang:?}: single parent"
        );
    }
}

#[tokio::test(flavor = "current_thread")]
async fn no_row_without_published_figures() {
    let mut state = preset("matti", Lang::Fi);
    let partner = state.scenario.household.adults[0].clone();
    state.scenario.household.adults.push(partner); // a couple without children
    let html = render(Lang::Fi, state).await;
    assert!(html.contains(tr(Lang::Fi, k::SCENARIO_RESULTS_TABLE_CAPTION)));
    assert!(!html.contains(tr(Lang::Fi, k::SCENARIO_REFERENCE_ROW)));
    assert!(!html.contains("reference-budget-note"));
}
