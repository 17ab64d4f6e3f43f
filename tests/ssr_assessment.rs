//! Server-side rendering of the self-assessment in every language: the intro, a question step
//! and the result (with and without saved history), and the meeting summary. Asserts real
//! texts and numbers, not just that something rendered.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::decode;
use std::rc::Rc;

use askel::assessment::{
    instrument, score, Answers, AreaId, History, Response, SingleItemId, SupportTopic,
};
use askel::i18n::{k, lookup, tr, tr_args, Lang};
use askel::ui::assessment::text::change_threshold_note;
use askel::ui::assessment::{AssessmentProvider, AssessmentState, Step};
use askel::ui::pages::{AssessmentPage, SummaryPage};
use askel::ui::route::{Page, Route};
use askel::ui::state::{AppContext, AppState};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
struct HarnessProps {
    route: Route,
    state: Rc<AssessmentState>,
}

#[component]
fn Harness(props: &HarnessProps) -> Html {
    let route = props.route;
    let app = use_reducer(move || AppState::new(route));
    html! {
        <ContextProvider<AppContext> context={app}>
            <AssessmentProvider initial={Some(props.state.clone())}>
                if route.page == Page::Summary { <SummaryPage /> } else { <AssessmentPage /> }
            </AssessmentProvider>
        </ContextProvider<AppContext>>
    }
}

async fn render(lang: Lang, page: Page, state: AssessmentState) -> String {
    let route = Route {
        lang,
        page,
        ..Route::default()
    };
    let html = yew::ServerRenderer::<Harness>::with_props(move || HarnessProps {
        route,
        state: Rc::new(state),
    })
    .hydratable(false)
    .render()
    .await;
    decode(&html)
}

fn t(lang: Lang, key: &str) -> &'static str {
    lookup(lang, key).unwrap_or_else(|| panic!("missing {key}"))
}

/// Whether the `<input>` with `id` is rendered checked.
fn checked(html: &str, id: &str) -> bool {
    let at = html.find(&format!("id=\"{id}\"")).expect("input");
    let start = html[..at].rfind("<input").expect("tag start");
    let end = at + html[at..].find('>').expect("tag end");
    html[start..end].contains(" checked")
}

fn no_raw_keys(html: &str) {
    for key in askel::i18n::all_keys() {
        assert!(
            !html.contains(&format!(">{}<", key.name())),
            "raw key {}",
            key.name()
        );
    }
    assert!(!html.contains(">assessment."), "a raw assessment key");
}

/// Body: move 4, rested 3, energy unanswered, pain 4 (reverse) → 50 (the worked example).
/// Mind: all six, v' − 1 = 1,1,1,2,2,2 → 37.5 → 38. Participation: all 5 → 100.
/// Skills: 3 of 6 answered → not enough. Everyday life: all 4 → 75 (reverse item 2 → 4).
fn answers() -> Answers {
    let mut a = Answers::new("2026-11-23").expect("date");
    let v = |n| Some(Response::Value(n));
    a.set_single(SingleItemId::WorkAbility, v(6)).expect("ok");
    a.set_single(SingleItemId::Health, Some(Response::PreferNotToSay))
        .expect("ok");
    a.set_single(SingleItemId::LifeSatisfaction, v(4))
        .expect("ok");
    for (id, n) in [
        ("body.move", 4),
        ("body.rested", 3),
        ("body.pain", 4),
        ("mind.calm", 2),
        ("mind.look_forward", 2),
        ("mind.way_forward", 2),
        ("mind.good_about_myself", 3),
        ("mind.everyday_stress", 3),
        ("mind.worries", 3),
        ("participation.someone_to_talk", 5),
        ("participation.meet_people", 5),
        ("participation.ask_for_help", 5),
        ("participation.take_part", 5),
        ("participation.lonely", 1),
        ("skills.focus", 5),
        ("skills.learn", 5),
        ("skills.know_strengths", 5),
        ("everyday_life.rhythm", 4),
        ("everyday_life.home", 4),
        ("everyday_life.chores", 4),
        ("everyday_life.paperwork", 4),
        ("everyday_life.money_worries", 2),
    ] {
        a.set_area_item(id, v(n)).expect("valid");
    }
    a.set_area_item("skills.confidence", Some(Response::PreferNotToSay))
        .expect("valid");
    a.set_support_area(AreaId::Body, true);
    a.set_support_topic(SupportTopic::Housing, true);
    a.set_goals("Walk every morning").expect("short");
    a
}

#[tokio::test(flavor = "current_thread")]
async fn intro_in_every_language() {
    for lang in Lang::ALL {
        let html = render(lang, Page::Assessment, AssessmentState::new("2026-11-23")).await;
        for key in [
            k::SHELL_NAV_ASSESSMENT,
            k::ASSESSMENT_INTRO_TITLE,
            k::ASSESSMENT_INTRO_LEAD,
            k::ASSESSMENT_INTRO_NOT_A_TEST,
            k::ASSESSMENT_INTRO_PRIVACY,
            k::ASSESSMENT_INTRO_START,
        ] {
            assert!(html.contains(tr(lang, key)), "{lang:?}: {}", key.name());
        }
        assert_eq!(html.matches("<h1").count(), 1);
        assert!(html.contains("id=\"assessment-step-heading\""));
        assert!(!html.contains("type=\"radio\""));
        assert!(!html.contains("progress-bar"), "no progress on the intro");
        assert!(
            !html.contains(tr(lang, k::ASSESSMENT_HISTORY_TITLE)),
            "nothing saved"
        );
        no_raw_keys(&html);

        // A returning person sees the saved results (and can delete them) on the intro.
        let mut history = History::new();
        history.add(score(&answers())).expect("valid");
        let state = AssessmentState::new("2026-11-24").with_history(history);
        let html = render(lang, Page::Assessment, state).await;
        assert!(html.contains(tr(lang, k::ASSESSMENT_HISTORY_TITLE)));
        let when = if lang == Lang::En {
            "2026-11-23"
        } else {
            "23.11.2026"
        };
        assert!(html.contains(&tr_args(
            lang,
            k::ASSESSMENT_HISTORY_ENTRY,
            &[("date", when)]
        )));
        assert!(html.contains(tr(lang, k::ASSESSMENT_HISTORY_DELETE_ALL)));
        assert!(
            !html.contains(tr(lang, k::ASSESSMENT_HISTORY_SAVE_THIS)),
            "no save on the intro"
        );
        no_raw_keys(&html);
    }
}

#[tokio::test(flavor = "current_thread")]
async fn single_questions_and_an_area_step_in_every_language() {
    for lang in Lang::ALL {
        let html = render(
            lang,
            Page::Assessment,
            AssessmentState::at(Step::Single, answers()),
        )
        .await;
        let progress = tr_args(
            lang,
            k::ASSESSMENT_NAV_PROGRESS,
            &[("step", "1"), ("total", "9")],
        );
        assert!(html.contains(&progress), "{lang:?}: {progress}");
        for item in instrument().single_items {
            assert!(html.contains(tr(lang, item.question_key)));
        }
        // 3 × (0–10 + "prefer not") + 2 × (1–5 + "prefer not")
        assert_eq!(html.matches("type=\"radio\"").count(), 3 * 12 + 2 * 6);
        assert!(html.contains(t(lang, "assessment.single.work_ability.option.0")));
        // Work ability 6 is checked, health "prefer not to say" too.
        assert!(checked(&html, "single-work_ability-6"));
        assert!(!checked(&html, "single-work_ability-5"));
        assert!(checked(&html, "single-health-pn"));

        let html = render(
            lang,
            Page::Assessment,
            AssessmentState::at(Step::Area(AreaId::Mind), answers()),
        )
        .await;
        let progress = tr_args(
            lang,
            k::ASSESSMENT_NAV_PROGRESS,
            &[("step", "3"), ("total", "9")],
        );
        assert!(html.contains(&progress), "{lang:?}: {progress}");
        assert!(html.contains(t(lang, "assessment.area.mind.title")));
        assert!(html.contains(tr(lang, k::ASSESSMENT_SCALE_QUESTION)));
        for item in AreaId::Mind.area().items {
            assert!(html.contains(&format!("<legend>{}</legend>", tr(lang, item.text_key))));
            assert!(html.contains(&format!("name=\"item-{}\"", item.id)));
        }
        assert_eq!(html.matches("type=\"radio\"").count(), 6 * 6);
        assert_eq!(html.matches("<fieldset").count(), 6);
        assert_eq!(
            html.matches(tr(lang, k::ASSESSMENT_PREFER_NOT_TO_SAY))
                .count(),
            6
        );
        for n in 1..=5 {
            assert!(html.contains(t(lang, &format!("assessment.scale.{n}"))));
        }
        assert!(html.contains(tr(lang, k::ASSESSMENT_AREA_SUPPORT_WISH)));
        assert!(html.contains(tr(lang, k::ASSESSMENT_NAV_NEXT)));
        assert!(html.contains(tr(lang, k::ASSESSMENT_NAV_BACK)));
        assert!(checked(&html, "item-mind.calm-2"));
        no_raw_keys(&html);
    }
}

fn area_row(html: &str, area: AreaId) -> &str {
    let start = html
        .find(&format!("data-area=\"{}\"", area.as_str()))
        .expect("area row");
    let rest = &html[start..];
    &rest[..rest.find("</li>").expect("row end")]
}

#[tokio::test(flavor = "current_thread")]
async fn result_strengths_first_with_numbers_and_words_in_every_language() {
    let expected = [
        (AreaId::Participation, Some(100)),
        (AreaId::Mind, Some(38)),
        (AreaId::Skills, None),
        (AreaId::Body, Some(50)),
        (AreaId::EverydayLife, Some(75)),
    ];
    for lang in Lang::ALL {
        let html = render(
            lang,
            Page::Assessment,
            AssessmentState::at(Step::Result, answers()),
        )
        .await;
        for (area, score) in expected {
            let row = area_row(&html, area);
            match score {
                Some(s) => {
                    let text = tr_args(
                        lang,
                        k::ASSESSMENT_RESULT_SCORE,
                        &[("score", &s.to_string())],
                    );
                    assert!(row.contains(&text), "{lang:?} {area:?}: {row}");
                    assert!(row.contains(&format!("width=\"{s}\"")), "bar width");
                    let band = askel::assessment::band(s);
                    assert!(row.contains(tr(lang, band.label_key())));
                }
                None => {
                    assert!(row.contains(tr(lang, k::ASSESSMENT_RESULT_NOT_ENOUGH)));
                    assert!(!row.contains("bar-fill"));
                }
            }
        }
        // Strengths first: participation (100) then everyday life (75), before the support list.
        let strengths = html
            .find(tr(lang, k::ASSESSMENT_RESULT_STRENGTHS_TITLE))
            .expect("strengths");
        let support = html
            .find(tr(lang, k::ASSESSMENT_RESULT_SUPPORT_TITLE))
            .expect("support");
        assert!(strengths < support);
        let list = &html[strengths..support];
        let p = list
            .find(t(lang, "assessment.area.participation.title"))
            .expect("participation");
        let e = list
            .find(t(lang, "assessment.area.everyday_life.title"))
            .expect("everyday");
        assert!(p < e);
        assert!(!list.contains(t(lang, "assessment.area.mind.title")));
        // Support: body (ticked) first, then mind (38).
        let after = &html[support..];
        let b = after
            .find(t(lang, "assessment.area.body.title"))
            .expect("body");
        let m = after
            .find(t(lang, "assessment.area.mind.title"))
            .expect("mind");
        assert!(b < m);
        // Mind was not chosen: it is listed apart, under "lower scores", never as chosen.
        let lower = after
            .find(tr(lang, k::ASSESSMENT_RESULT_LOWER_TITLE))
            .expect("lower-scored areas apart");
        assert!(
            b < lower && lower < m,
            "{lang:?}: chosen body, then lower-scored mind"
        );
        // Overall = mean(100, 38, 50, 75) = 65.75 → 66; work ability 6 / 10.
        let overall = tr_args(lang, k::ASSESSMENT_RESULT_SCORE, &[("score", "66")]);
        assert!(html.contains(&overall), "{lang:?} overall");
        assert!(html.contains(&tr_args(
            lang,
            k::ASSESSMENT_RESULT_WORK_ABILITY_VALUE,
            &[("score", "6")]
        )));
        assert!(html.contains(tr(lang, k::ASSESSMENT_RESULT_PREFER_NOT)));
        assert!(html.contains(tr(lang, k::ASSESSMENT_RESULT_NOT_A_VERDICT)));
        // Opt-in offered, nothing saved yet.
        assert!(html.contains(tr(lang, k::ASSESSMENT_HISTORY_SAVE_CONSENT)));
        assert!(html.contains(tr(lang, k::ASSESSMENT_HISTORY_EMPTY)));
        assert!(!html.contains(tr(lang, k::ASSESSMENT_HISTORY_DELETE_ALL)));
        assert!(!html.contains("style="), "no inline styles (CSP)");
        no_raw_keys(&html);
    }
}

#[tokio::test(flavor = "current_thread")]
async fn result_with_history_shows_changes_in_every_language() {
    let mut earlier = Answers::new("2026-10-01").expect("date");
    for (id, n) in [
        ("body.move", 2),
        ("body.rested", 2),
        ("body.energy", 2),
        ("body.pain", 4),
    ] {
        earlier
            .set_area_item(id, Some(Response::Value(n)))
            .expect("valid");
    }
    let mut history = History::new();
    history.add(score(&earlier)).expect("valid"); // body: 1,1,1,1 → 25
    for lang in Lang::ALL {
        let state = AssessmentState::at(Step::Result, answers()).with_history(history.clone());
        let html = render(lang, Page::Assessment, state).await;
        let row = area_row(&html, AreaId::Body);
        let higher = tr_args(
            lang,
            k::ASSESSMENT_CHANGE_SINCE_PREVIOUS_BETTER,
            &[("points", "25")],
        );
        assert!(row.contains(&higher), "{lang:?}: {row}");
        let row = area_row(&html, AreaId::Mind);
        assert!(row.contains(tr(lang, k::ASSESSMENT_CHANGE_NOT_COMPARABLE)));
        assert!(html.contains(tr(lang, k::ASSESSMENT_HISTORY_SAVE_THIS)));
        assert!(html.contains(tr(lang, k::ASSESSMENT_HISTORY_DELETE_ALL)));
        assert!(html.contains(tr(lang, k::ASSESSMENT_CHANGE_NOTE)));
        assert!(html.contains(&change_threshold_note(lang)));
        let when = if lang == Lang::En {
            "2026-10-01"
        } else {
            "1.10.2026"
        };
        assert!(html.contains(&tr_args(
            lang,
            k::ASSESSMENT_HISTORY_ENTRY,
            &[("date", when)]
        )));
        no_raw_keys(&html);
    }
}

#[tokio::test(flavor = "current_thread")]
async fn summary_in_every_language() {
    for lang in Lang::ALL {
        let empty = render(lang, Page::Summary, AssessmentState::new("2026-11-23")).await;
        assert!(empty.contains(tr(lang, k::SUMMARY_EMPTY)));
        assert!(empty.contains(tr(lang, k::SUMMARY_TO_ASSESSMENT)));

        let html = render(
            lang,
            Page::Summary,
            AssessmentState::at(Step::Result, answers()),
        )
        .await;
        assert_eq!(html.matches("<h1").count(), 1);
        assert!(html.contains(tr(lang, k::SUMMARY_TITLE)));
        let when = if lang == Lang::En {
            "2026-11-23"
        } else {
            "23.11.2026"
        };
        assert!(html.contains(&tr_args(
            lang,
            k::ASSESSMENT_SUMMARY_DATE,
            &[("date", when)]
        )));
        assert!(html.contains(t(lang, "assessment.support.topic.housing")));
        assert!(html.contains("Walk every morning"));
        assert!(
            html.contains(tr(lang, k::ASSESSMENT_SUMMARY_NOTHING_WRITTEN)),
            "no questions"
        );
        assert!(html.contains(&tr_args(
            lang,
            k::ASSESSMENT_RESULT_SCORE,
            &[("score", "38")]
        )));
        assert!(html.contains(tr(lang, k::ASSESSMENT_SUMMARY_PRINT)));
        // No calculation yet: the summary says one can be added, and links to it.
        assert!(
            html.contains(tr(lang, k::SUMMARY_NO_CALCULATION)),
            "no scenarios yet"
        );
        assert!(html.contains(tr(lang, k::SUMMARY_ADD_CALCULATION)));
        no_raw_keys(&html);
    }
}
