//! Server-side rendering of the two charts with synthetic data in every language: titles and
//! text summaries, the data tables with money formatted per language, the option markers, the
//! trap sentence, keyboard stops, and no `style` attribute anywhere (CSP `style-src 'self'`).
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::decode;
use std::collections::HashSet;
use std::rc::Rc;

use askel::i18n::{k, money_whole, tr, Lang};
use askel::ui::charts::{
    income_description, marginal_summary, steps, IncomeChart, IncomePoint, MarginalChart,
    MarginalPoint, Marker, Segment, TRAP_THRESHOLD,
};
use askel::ui::route::Route;
use askel::ui::state::{AppContext, AppState};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
struct HostProps {
    lang: Lang,
    income: Vec<IncomePoint>,
    markers: Vec<Marker>,
    marginal: Vec<MarginalPoint>,
    cliffs: Vec<i64>,
}

/// Both charts inside the app's context, as the scenarios page will hold them.
#[component]
fn Host(props: &HostProps) -> Html {
    let lang = props.lang;
    let state = use_reducer(move || {
        AppState::new(Route {
            lang,
            ..Route::default()
        })
    });
    html! {
        <ContextProvider<AppContext> context={state}>
            <IncomeChart points={Rc::from(props.income.clone())}
                markers={Rc::from(props.markers.clone())} />
            <MarginalChart points={Rc::from(props.marginal.clone())}
                cliffs={Rc::from(props.cliffs.clone())}
                traps={Rc::from(traps(&props.marginal))} />
        </ContextProvider<AppContext>>
    }
}

/// The trap ranges of the made-up household, found the way the engine finds them for a curve
/// (contiguous steps at or above the threshold); the chart is given them, as the app gives it
/// the engine's.
fn traps(points: &[MarginalPoint]) -> Vec<Segment> {
    let mut ranges: Vec<Segment> = Vec::new();
    let mut open = false;
    for (segment, point) in steps(points) {
        let trap = point.total >= TRAP_THRESHOLD;
        match ranges.last_mut() {
            Some(last) if trap && open => last.to = segment.to,
            _ if trap => ranges.push(segment),
            _ => {}
        }
        open = trap;
    }
    ranges
}

async fn render(props: HostProps) -> String {
    let html = yew::ServerRenderer::<Host>::with_props(move || props)
        .hydratable(false)
        .render()
        .await;
    decode(&html)
}

/// A made-up household (not the law): tax 20 %, yleistuki 800 € reduced by half the wage,
/// housing allowance 300 € reduced by 60 % of the wage above 700 €, social assistance 75 €
/// reduced by 15 % of the wage, child benefit 94 €. Wages 0–3 000 € in 10 € steps.
fn synthetic() -> (Vec<IncomePoint>, Vec<MarginalPoint>) {
    let mut income = Vec::new();
    let mut marginal = Vec::new();
    for step in 0..=300 {
        let wage: i64 = step * 1000;
        let net_wage = wage - wage / 5;
        let unemployment_benefit = (80_000 - wage / 2).max(0);
        let housing_allowance = (30_000 - (wage - 70_000).max(0) * 6 / 10).max(0);
        let social_assistance = (7_500 - wage * 15 / 100).max(0);
        let child_benefit = 9_400;
        income.push(IncomePoint {
            wage,
            net_wage,
            unemployment_benefit,
            housing_allowance,
            social_assistance,
            child_benefit,
            other: 0,
            disposable: net_wage
                + unemployment_benefit
                + housing_allowance
                + social_assistance
                + child_benefit,
        });
        let ub = if wage < 160_000 { 500 } else { 0 };
        let ha = if (70_000..120_000).contains(&wage) {
            600
        } else {
            0
        };
        let sa = if wage < 50_000 { 150 } else { 0 };
        marginal.push(MarginalPoint {
            wage,
            tax: 200,
            unemployment_benefit: ub,
            housing_allowance: ha,
            social_assistance: sa,
            costs: 0,
            other: 0,
            total: 200 + ub + ha + sa,
        });
    }
    (income, marginal)
}

fn markers() -> Vec<Marker> {
    vec![
        Marker {
            label: "Osa-aika 20 h".into(),
            wage: 100_000,
            disposable: 175_400,
        },
        Marker {
            label: "Full time".into(),
            wage: 250_000,
            disposable: 209_400,
        },
    ]
}

fn props(lang: Lang) -> HostProps {
    let (income, marginal) = synthetic();
    HostProps {
        lang,
        income,
        markers: markers(),
        marginal,
        cliffs: vec![160_000],
    }
}

fn assert_clean(html: &str, context: &str) {
    assert!(!html.contains("style="), "{context}: a style attribute");
    assert!(!html.contains("NaN"), "{context}: NaN in the output");
    assert!(
        !html.contains("inf\"") && !html.contains("=\"inf"),
        "{context}: inf"
    );
    let mut ids = HashSet::new();
    for part in html.split(" id=\"").skip(1) {
        let id = &part[..part.find('"').unwrap_or(0)];
        assert!(ids.insert(id.to_string()), "{context}: duplicate id {id}");
    }
    for part in html.split("aria-labelledby=\"").skip(1) {
        let id = &part[..part.find('"').unwrap_or(0)];
        assert!(
            ids.contains(id),
            "{context}: aria-labelledby points to missing {id}"
        );
    }
    for part in html.split("url(#").skip(1) {
        let id = &part[..part.find(')').unwrap_or(0)];
        assert!(
            ids.contains(id),
            "{context}: fill points to missing pattern {id}"
        );
    }
    for key in askel::i18n::all_keys() {
        assert!(
            !html.contains(&format!(">{}<", key.name())),
            "{context}: raw key"
        );
    }
}

#[tokio::test(flavor = "current_thread")]
async fn both_charts_render_with_summaries_tables_and_markers_in_every_language() {
    let (income, marginal) = synthetic();
    for lang in Lang::ALL {
        let html = render(props(lang)).await;
        let context = format!("{lang:?}");
        assert_clean(&html, &context);

        // Titles and text summaries, once per rendering (narrow and wide).
        for title in [k::CHART_INCOME_TITLE, k::CHART_MARGINAL_TITLE] {
            assert_eq!(
                html.matches(&format!(">{}</title>", tr(lang, title)))
                    .count(),
                2,
                "{context}: title"
            );
        }
        let desc = income_description(lang, &income, &markers());
        assert_eq!(
            html.matches(&format!(">{desc}</desc>")).count(),
            2,
            "{context}: {desc}"
        );
        assert_eq!(html.matches("role=\"group\"").count(), 4, "{context}");
        assert!(html.contains("class=\"chart-svg chart-svg--narrow\""));
        assert!(html.contains("class=\"chart-svg chart-svg--wide\""));

        // The trap sentence and the rest of the summary are under the chart.
        let sentences = marginal_summary(
            lang,
            &marginal,
            &[160_000],
            TRAP_THRESHOLD,
            &traps(&marginal),
        );
        assert_eq!(sentences.len(), 4, "{context}: {sentences:?}");
        for sentence in &sentences {
            assert!(
                html.contains(&format!("<p>{sentence}</p>")),
                "{context}: {sentence}"
            );
        }
        assert!(html.contains(tr(lang, k::CHART_TRAP_LABEL)));
        assert!(html.contains(tr(lang, k::CHART_LEGEND_CLIFF)));
        assert!(html.contains(&money_whole(lang, 160_000)));

        // Tables with money per language: a row every 100 €, disposable income at 1 000 €.
        assert_eq!(html.matches("<details class=\"chart-table\">").count(), 2);
        assert!(html.contains(&format!(
            "<summary>{}</summary>",
            tr(lang, k::CHART_SHOW_TABLE)
        )));
        assert!(html.contains(&format!(
            ">{}</caption>",
            tr(lang, k::CHART_INCOME_TABLE_CAPTION)
        )));
        assert!(html.contains(&format!(
            ">{}</caption>",
            tr(lang, k::CHART_MARGINAL_TABLE_CAPTION)
        )));
        let at_1000 = income
            .iter()
            .find(|p| p.wage == 100_000)
            .map(|p| p.disposable);
        let row = format!(
            "<th scope=\"row\" class=\"num\">{}</th>",
            money_whole(lang, 100_000)
        );
        let row_start = html
            .find(&row)
            .unwrap_or_else(|| panic!("{context}: row {row}"));
        let row_end = row_start + html[row_start..].find("</tr>").unwrap_or(0);
        assert!(
            html[row_start..row_end].contains(&money_whole(lang, at_1000.unwrap_or(0))),
            "{context}: disposable at 1 000 €"
        );
        assert_eq!(
            html.matches("<tr><th scope=\"row\"").count()
                + html.matches("<tr class=\"\"><th scope=\"row\"").count()
                + html
                    .matches("<tr class=\"chart-row-trap\"><th scope=\"row\"")
                    .count(),
            31 + 5,
            "{context}: 31 income rows and 5 bands of equal rates"
        );
        assert_eq!(html.matches("<tr class=\"chart-row-trap\">").count(), 2);
        assert!(html.contains("scope=\"col\""));

        // Markers: in the list, as labelled keyboard stops, and named in the wide drawing.
        for marker in markers() {
            assert!(html.contains(&marker.label), "{context}: {}", marker.label);
        }
        assert!(html.contains(&format!("aria-label=\"1. {}", "Osa-aika 20 h")));
        let stops = html.matches("tabindex=\"0\" role=\"img\"").count();
        assert!(stops >= 2 * (9 + 2), "{context}: {stops} keyboard stops");
        assert!(html.contains(&format!(
            "aria-label=\"{}",
            askel::i18n::tr_args(
                lang,
                k::CHART_POINT_INCOME,
                &[
                    ("wage", &money_whole(lang, 0)),
                    ("disposable", &money_whole(lang, income[0].disposable))
                ]
            )
        )));
        // Legend names every shown component with the official benefit names.
        for key in [
            k::CHART_COMPONENT_WAGE,
            k::CHART_COMPONENT_UNEMPLOYMENT,
            k::CHART_COMPONENT_HOUSING,
            k::CHART_COMPONENT_SOCIAL,
            k::CHART_COMPONENT_CHILD,
            k::CHART_RATE_TAX,
            k::CHART_RATE_HOUSING,
        ] {
            assert!(html.contains(tr(lang, key)), "{context}: {}", key.name());
        }
        assert!(html.contains(&askel::i18n::tr_args(
            lang,
            k::CHART_CLAMP_NOTE,
            &[("max", &askel::i18n::percent(lang, 1200))]
        )));
    }
}

#[tokio::test(flavor = "current_thread")]
async fn the_english_trap_sentence_reads_as_expected() {
    let html = render(props(Lang::En)).await;
    for sentence in [
        "With a wage of €0–€500, you keep at most 15 cents of each extra euro.",
        "With a wage of €700–€1,200, you keep nothing of an extra euro: your disposable income does not grow.",
        "Above €1,200 you keep 30–80 cents of each extra euro.",
        "Your disposable income falls when the wage goes past: €1,600.",
    ] {
        assert!(html.contains(sentence), "{sentence}");
    }
    let fi = render(props(Lang::Fi)).await;
    assert!(fi.contains(
        "Kun palkka on 0\u{a0}€–500\u{a0}€, jokaisesta lisäeurosta jää käteen enintään 15 senttiä."
    ));
    let sv = render(props(Lang::Sv)).await;
    assert!(sv.contains(
        "Med en lön på 0\u{a0}€–500\u{a0}€ får du behålla högst 15 cent av varje extra euro."
    ));
}

#[tokio::test(flavor = "current_thread")]
async fn odd_data_never_breaks_the_page() {
    let huge = IncomePoint {
        wage: i64::MAX,
        net_wage: i64::MAX,
        unemployment_benefit: i64::MAX,
        housing_allowance: i64::MIN,
        social_assistance: 0,
        child_benefit: 0,
        other: i64::MAX,
        disposable: i64::MIN,
    };
    let cases: Vec<(Vec<IncomePoint>, Vec<MarginalPoint>, Vec<Marker>)> = vec![
        (vec![], vec![], vec![]),
        (
            vec![IncomePoint::default()],
            vec![MarginalPoint::default()],
            vec![],
        ),
        (
            vec![IncomePoint::default(); 5],
            vec![MarginalPoint::default(); 5],
            vec![Marker::default()],
        ),
        (
            vec![huge, IncomePoint::default()],
            vec![
                MarginalPoint {
                    wage: i64::MIN,
                    tax: i32::MIN,
                    total: i32::MIN,
                    ..Default::default()
                },
                MarginalPoint {
                    wage: i64::MAX,
                    tax: i32::MAX,
                    other: i32::MAX,
                    total: i32::MAX,
                    ..Default::default()
                },
            ],
            vec![Marker {
                label: "<script>".into(),
                wage: i64::MIN,
                disposable: i64::MAX,
            }],
        ),
        (
            vec![],
            vec![
                MarginalPoint {
                    wage: 0,
                    tax: -300,
                    total: -300,
                    ..Default::default()
                },
                MarginalPoint {
                    wage: 100,
                    social_assistance: 5000,
                    total: 5000,
                    ..Default::default()
                },
            ],
            vec![],
        ),
    ];
    for (index, (income, marginal, markers)) in cases.into_iter().enumerate() {
        for lang in Lang::ALL {
            let html = yew::ServerRenderer::<Host>::with_props({
                let income = income.clone();
                let marginal = marginal.clone();
                let markers = markers.clone();
                move || HostProps {
                    lang,
                    income,
                    markers,
                    marginal,
                    cliffs: vec![i64::MIN, 0, i64::MAX],
                }
            })
            .hydratable(false)
            .render()
            .await;
            assert!(
                !html.contains("<script>"),
                "case {index}: markup from a label"
            );
            let html = decode(&html);
            assert_clean(&html, &format!("case {index} {lang:?}"));
            if income.is_empty() {
                assert!(html.contains(tr(lang, k::CHART_NO_DATA)), "case {index}");
            }
        }
    }
}
