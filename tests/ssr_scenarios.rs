//! Server-side rendering of the income-scenario page: every preset in every language shows the
//! engine's numbers, the plain-language explanations and the calculation line by line.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use askel::i18n::{self, k, tr, Lang};
use askel::rules;
use askel::ui::route::{Page, Route};
use askel::ui::scenario::explain::{at_the_limit, explain, explain_with_limit};
use askel::ui::scenario::state::{InputMode, ScenarioState};
use common::{decode, render_app, TODAY};

const PRESETS: [&str; 9] = [
    "matti", "jenna", "irina", "mika", "janica", "sanna", "timo", "paula", "pekka",
];

async fn render(lang: Lang, state: ScenarioState) -> String {
    let route = Route {
        lang,
        page: Page::Scenarios,
        ..Route::default()
    };
    decode(&render_app(route, Some(state)).await)
}

#[tokio::test(flavor = "current_thread")]
async fn every_preset_shows_the_engines_numbers_and_explanations() {
    for lang in Lang::ALL {
        for id in PRESETS {
            let mut state = ScenarioState::with_preset(TODAY, id, lang);
            state.mode = InputMode::Form;
            let scenario = state.scenario.clone();
            assert!(!scenario.options.is_empty(), "{id} has options");
            let html = render(lang, state).await;
            assert!(html.contains(tr(lang, k::SCENARIO_RESULTS_TITLE)));
            let now = rules::compute(&scenario.with_option(usize::MAX)).expect("preset computes");
            assert!(
                html.contains(&format!(
                    "data-disposable=\"\" class=\"num\">{}<",
                    i18n::money(lang, now.totals.disposable_income.0)
                )),
                "{lang:?} {id}: disposable income now"
            );
            for (index, option) in scenario.options.iter().enumerate() {
                let computed =
                    rules::compute(&scenario.with_option(index)).expect("option computes");
                let shown = i18n::money(lang, computed.totals.disposable_income.0);
                assert!(
                    html.contains(&format!("data-disposable=\"\" class=\"num\">{shown}<")),
                    "{lang:?} {id} option {index}: {shown}"
                );
                assert!(html.contains(&option.label), "{lang:?} {id}: option label");
                let at_limit = at_the_limit(&scenario.with_option(index), &now, &computed);
                for sentence in explain_with_limit(lang, &now, &computed, at_limit.as_ref()) {
                    assert!(
                        html.contains(&sentence),
                        "{lang:?} {id}: missing sentence {sentence}"
                    );
                }
            }
            assert!(html.contains(tr(lang, k::SCENARIO_DETAILS_TITLE)));
            if scenario
                .options
                .iter()
                .enumerate()
                .any(|(i, _)| scenario.with_option(i).household.adults[0].wage.monthly().0 > 0)
            {
                let template = tr(lang, k::SCENARIO_CHART_PTR);
                let first_part = &template[..template.find('{').unwrap_or(template.len())];
                assert!(
                    html.contains(first_part),
                    "{lang:?} {id}: participation tax rate"
                );
            }
            assert!(html.contains(tr(lang, k::SCENARIO_ASSUMPTIONS_STEADY)));
            assert!(
                !html.contains("scenario.preset_option"),
                "{lang:?} {id}: raw key"
            );
        }
    }
}

#[tokio::test(flavor = "current_thread")]
async fn an_empty_household_asks_for_a_municipality_and_the_guided_flow_starts_at_step_one() {
    for lang in Lang::ALL {
        let html = render(lang, ScenarioState::new(TODAY)).await;
        assert!(html.contains(tr(lang, k::SCENARIO_STEP_HOUSEHOLD)));
        assert!(html.contains(
            &tr(lang, k::SCENARIO_STEP_PROGRESS)
                .replace("{step}", "1")
                .replace("{total}", "5")
        ));
        let mut form = ScenarioState::new(TODAY);
        form.mode = InputMode::Form;
        let html = render(lang, form).await;
        assert!(html.contains(tr(lang, k::SCENARIO_PROBLEM_MUNICIPALITY)));
    }
}

#[test]
fn explanations_are_honest_when_work_pays_little() {
    let state = ScenarioState::with_preset(TODAY, "matti", Lang::En);
    let scenario = state.scenario;
    let now = rules::compute(&scenario.with_option(usize::MAX)).expect("computes");
    let gig = rules::compute(&scenario.with_option(0)).expect("computes");
    let sentences = explain(Lang::En, &now, &gig);
    let kept =
        askel::ui::scenario::explain::cents_kept(&now.totals, &gig.totals).expect("wage rose");
    assert!(sentences
        .iter()
        .any(|s| s.contains(&format!("about {kept} cents"))));
    if kept < 20 {
        assert!(sentences.contains(&tr(Lang::En, k::SCENARIO_EXPLAIN_PAYS_LITTLE).to_string()));
    }
}

#[test]
fn above_the_earnings_limit_the_answer_names_the_resting_pension_with_the_engines_numbers() {
    let scenario = ScenarioState::with_preset(TODAY, "pekka", Lang::En).scenario;
    let now = rules::compute(&scenario.with_option(usize::MAX)).expect("computes");
    let up_to = rules::compute(&scenario.with_option(0)).expect("computes");
    let above = rules::compute(&scenario.with_option(1)).expect("computes");
    // the partial pension is paid up to the limit and rests above it: a cliff
    assert_eq!(up_to.intermediate.disability_pension.0, 130_000);
    assert_eq!(above.intermediate.disability_pension.0, 0);
    let loss = up_to.totals.disposable_income.0 - above.totals.disposable_income.0;
    assert!(loss > 0, "above the limit leaves less: {loss}");
    let at_limit = at_the_limit(&scenario.with_option(1), &now, &above).expect("crosses the limit");
    assert_eq!(at_limit.totals, up_to.totals);
    let sentences = explain_with_limit(Lang::En, &now, &above, Some(&at_limit));
    let expected = askel::i18n::tr_args(
        Lang::En,
        k::SCENARIO_EXPLAIN_PENSION_RESTS_LOSS,
        &[
            ("limit", &askel::i18n::money(Lang::En, 270_000)),
            ("amount", &askel::i18n::money(Lang::En, loss)),
        ],
    );
    assert!(sentences.contains(&expected), "{sentences:?}");
    // the option up to the limit crosses none
    assert!(at_the_limit(&scenario.with_option(0), &now, &up_to).is_none());
}

#[tokio::test(flavor = "current_thread")]
async fn the_summary_shows_the_scenarios_key_figures_once_a_household_is_entered() {
    for lang in Lang::ALL {
        let state = ScenarioState::with_preset(TODAY, "jenna", lang);
        let scenario = state.scenario.clone();
        let route = Route {
            lang,
            page: Page::Summary,
            ..Route::default()
        };
        let html = decode(&render_app(route, Some(state)).await);
        assert!(html.contains(tr(lang, k::ASSESSMENT_SUMMARY_INCOME)));
        for index in 0..scenario.options.len() {
            let computed = rules::compute(&scenario.with_option(index)).expect("computes");
            assert!(html.contains(&i18n::money(lang, computed.totals.disposable_income.0)));
        }
        // The facts the figures rest on, so a worker can check them (issue 11 point 9).
        assert!(html.contains(tr(lang, k::SUMMARY_FACTS_MUNICIPALITY)));
        assert!(html.contains("Lahti"), "{lang:?}: the municipality");
        assert!(
            html.contains(&i18n::money(lang, scenario.housing.rent.0)),
            "{lang:?}: the rent"
        );
        assert!(html.contains(&i18n::count_text(
            lang,
            askel::plural_keys!("summary.facts.children"),
            2
        )));
        assert!(html.contains(tr(lang, k::SUMMARY_FACTS_RULES_DATE)));
        // Without a calculation: it can be added, with a link to it.
        let empty = decode(&render_page(lang, Page::Summary).await);
        assert!(!empty.contains(tr(lang, k::SUMMARY_FACTS_MUNICIPALITY)));
        assert!(empty.contains(tr(lang, k::SUMMARY_NO_CALCULATION)));
        assert!(empty.contains(tr(lang, k::SUMMARY_ADD_CALCULATION)));
    }
}

#[tokio::test(flavor = "current_thread")]
async fn on_a_phone_the_comparison_has_one_card_per_option_with_every_row() {
    // The phone rendering (issue 11 point 1): a card per column, each with the same rows as the
    // table, so no amount depends on a sticky label column that covers it.
    for lang in Lang::ALL {
        let mut state = ScenarioState::with_preset(TODAY, "jenna", lang);
        state.mode = InputMode::Form;
        let columns = 1 + state.scenario.options.len();
        let html = render(lang, state).await;
        for index in 0..columns {
            assert!(
                html.contains(&format!("id=\"comparison-card-{index}\"")),
                "{lang:?} card {index}"
            );
        }
        let cards = html.matches("id=\"comparison-card-").count();
        assert_eq!(cards, columns, "{lang:?}: one card per option");
        let disposable = html
            .matches(tr(lang, k::SCENARIO_RESULTS_DISPOSABLE))
            .count();
        assert!(
            disposable > columns,
            "{lang:?}: money for living in every card and the table"
        );
    }
}

async fn render_page(lang: Lang, page: Page) -> String {
    let route = Route {
        lang,
        page,
        ..Route::default()
    };
    render_app(route, None).await
}
