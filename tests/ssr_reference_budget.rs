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

/// The `name="…"` attribute of the first element in `tag` (the text from `<` to `>`).
fn attribute<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let start = tag.find(&format!(" {name}=\""))? + name.len() + 3;
    let end = start + tag[start..].find('"')?;
    Some(&tag[start..end])
}

/// Every element of `class` in `svg`, as its opening tag, and the text right after it.
fn elements<'a>(svg: &'a str, class: &str) -> Vec<(&'a str, &'a str)> {
    let needle = format!("class=\"{class}\"");
    let mut out = Vec::new();
    let mut rest = svg;
    while let Some(at) = rest.find(&needle) {
        let open = rest[..at].rfind('<').unwrap_or(0);
        let close = at + rest[at..].find('>').unwrap_or(0);
        let text_end = close + rest[close..].find('<').unwrap_or(0);
        out.push((&rest[open..=close], rest[close + 1..text_end].trim()));
        rest = &rest[close + 1..];
    }
    out
}

/// Whole euros in a tick label such as "1 500 €".
fn euros(label: &str) -> Option<f64> {
    let digits: String = label.chars().filter(char::is_ascii_digit).collect();
    digits.parse().ok()
}

/// The income chart's two drawings (narrow and wide) from a rendered page.
fn income_svgs(html: &str) -> Vec<String> {
    let start = html.find("id=\"income-chart\"").expect("income chart");
    let end = start + html[start..].find("</figure>").expect("end of the chart");
    html[start..end]
        .split("<svg ")
        .skip(1)
        .filter(|svg| svg.contains("chart-svg"))
        .map(|svg| svg.split("</svg>").next().unwrap_or("").to_owned())
        .collect()
}

#[tokio::test(flavor = "current_thread")]
async fn the_income_chart_draws_the_range_at_its_height_on_the_axis() {
    let lang = Lang::Fi;
    let html = render(lang, preset("matti", lang)).await;
    let svgs = income_svgs(&html);
    assert_eq!(svgs.len(), 2, "a narrow and a wide drawing");
    for svg in &svgs {
        // The y axis: each gridline's height and the amount its label names.
        let ticks: Vec<(f64, f64)> = elements(svg, "chart-tick")
            .into_iter()
            .filter(|(tag, _)| tag.contains("dominant-baseline=\"middle\""))
            .filter_map(|(tag, text)| Some((euros(text)?, attribute(tag, "y")?.parse().ok()?)))
            .collect();
        assert!(ticks.len() >= 3, "y ticks: {ticks:?}");
        let (first, last) = (ticks[0], ticks[ticks.len() - 1]);
        let y_of =
            |amount: f64| first.1 + (amount - first.0) * (last.1 - first.1) / (last.0 - first.0);
        let mut lines: Vec<f64> = elements(svg, "chart-line-reference")
            .into_iter()
            .map(|(tag, _)| {
                let y1: f64 = attribute(tag, "y1").expect("y1").parse().expect("number");
                assert_eq!(attribute(tag, "y2"), attribute(tag, "y1"), "horizontal");
                y1
            })
            .collect();
        lines.sort_by(f64::total_cmp);
        assert_eq!(lines.len(), 2, "a line at each end of the range");
        // Living alone: 1 251–1 761 € a month (data/reference_budgets.csv). Higher is further up.
        assert!(
            (lines[0] - y_of(1761.0)).abs() < 0.05,
            "{} vs {}",
            lines[0],
            y_of(1761.0)
        );
        assert!(
            (lines[1] - y_of(1251.0)).abs() < 0.05,
            "{} vs {}",
            lines[1],
            y_of(1251.0)
        );
        assert!(svg.contains("chart-reference-label"), "labelled");
    }
    // Named in the description, the legend and the table; the note says what it is and is not.
    let range = range(lang, 1251, 1761);
    let sentence = tr_args(lang, k::CHART_REFERENCE_DESC, &[("range", &range)]);
    assert!(html.contains(&sentence), "description");
    assert!(html.contains(tr(lang, k::CHART_LEGEND_REFERENCE)), "legend");
    assert!(html.contains("chart-reference-row"), "table row");
    let note = tr_args(lang, k::SCENARIO_CHART_REFERENCE_NOTE, &[("range", &range)]);
    assert!(html.contains(&note), "the note next to the chart");
    assert!(!html.contains(tr(lang, k::SCENARIO_CHART_REFERENCE_NONE)));
}

#[tokio::test(flavor = "current_thread")]
async fn without_published_figures_the_chart_says_so_and_draws_no_line() {
    for lang in Lang::ALL {
        let mut state = preset("matti", lang);
        let partner = state.scenario.household.adults[0].clone();
        state.scenario.household.adults.push(partner); // a couple without children
        let html = render(lang, state).await;
        assert!(html.contains("id=\"income-chart\""), "{lang:?}");
        assert!(!html.contains("chart-line-reference"), "{lang:?}");
        assert!(!html.contains("chart-reference-row"), "{lang:?}");
        assert!(
            html.contains(tr(lang, k::SCENARIO_CHART_REFERENCE_NONE)),
            "{lang:?}"
        );
    }
}
