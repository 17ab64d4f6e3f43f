//! Server-side rendering of the share panel: under the results of every language it says who
//! can see a link before offering one, offers saving and opening a file, and shows no raw key;
//! an incomplete calculation offers only opening a file. The problem texts cover every kind of
//! problem in every language.
#![cfg(not(target_arch = "wasm32"))]

use askel::i18n::{k, tr, Lang};
use askel::rules::Cents;
use askel::scenario::{Date, Problem};
use askel::ui::app::{App, AppProps};
use askel::ui::route::{Page, Route};
use askel::ui::scenario::state::{InputMode, ScenarioState};
use askel::ui::share::problem_list::problem_text;

const TODAY: Date = Date {
    y: 2026,
    m: 11,
    d: 23,
};

async fn render(lang: Lang, state: ScenarioState) -> String {
    let route = Route {
        lang,
        page: Page::Scenarios,
        ..Route::default()
    };
    let html = yew::ServerRenderer::<App>::with_props(move || AppProps {
        route,
        today: TODAY,
        scenario: Some(state),
        module: askel::ui::modules::ALL,
    })
    .hydratable(false)
    .render()
    .await;
    html.replace("&amp;", "&")
        .replace("&#x27;", "'")
        .replace("&quot;", "\"")
}

#[tokio::test(flavor = "current_thread")]
async fn the_share_panel_renders_in_every_language() {
    for lang in Lang::ALL {
        let mut state = ScenarioState::with_preset(TODAY, "jenna", lang);
        state.mode = InputMode::Form;
        let html = render(lang, state).await;
        for key in [
            k::SHARE_TITLE,
            k::SHARE_LINK_PRIVACY,
            k::SHARE_LINK_CREATE,
            k::SHARE_FILE_SAVE,
            k::SHARE_FILE_OPEN,
            k::SHARE_FILE_OPEN_HINT,
        ] {
            assert!(
                html.contains(tr(lang, key)),
                "{lang:?}: missing {}",
                key.name()
            );
        }
        let privacy = html.find(tr(lang, k::SHARE_LINK_PRIVACY)).expect("privacy");
        let button = html.find(tr(lang, k::SHARE_LINK_CREATE)).expect("button");
        assert!(
            privacy < button,
            "{lang:?}: the privacy sentence comes first"
        );
        let comparison = html
            .find("id=\"comparison-caption\"")
            .expect("comparison table");
        let panel = html.find("id=\"share-title\"").expect("share panel");
        assert!(
            comparison < panel,
            "{lang:?}: the panel follows the comparison"
        );
        assert!(html.contains("accept=\"application/json,.json\""));
        assert!(!html.contains("share."), "{lang:?}: raw share key");
    }
}

#[tokio::test(flavor = "current_thread")]
async fn an_incomplete_calculation_can_only_open_a_file() {
    for lang in Lang::ALL {
        let mut state = ScenarioState::new(TODAY);
        state.mode = InputMode::Form;
        let html = render(lang, state).await;
        assert!(html.contains(tr(lang, k::SHARE_FILE_OPEN)), "{lang:?}");
        assert!(!html.contains(tr(lang, k::SHARE_LINK_CREATE)), "{lang:?}");
        assert!(!html.contains(tr(lang, k::SHARE_FILE_SAVE)), "{lang:?}");
    }
}

#[test]
fn every_problem_has_plain_words_in_every_language() {
    let problems = [
        Problem::InvalidJson {
            message: "x".into(),
        },
        Problem::Missing,
        Problem::WrongType { expected: "number" },
        Problem::WrongType {
            expected: "boolean",
        },
        Problem::UnknownField,
        Problem::UnsupportedFormat,
        Problem::InvalidDate,
        Problem::DateOutOfRange {
            first: askel::scenario::FIRST_DATE,
            last: askel::scenario::LAST_DATE,
        },
        Problem::UnknownMunicipality,
        Problem::AlandNotSupported,
        Problem::Negative,
        Problem::TooLarge {
            max: Cents(10_000_000),
        },
        Problem::OutOfRange { min: 15, max: 120 },
        Problem::UnknownValue {
            allowed: &["none", "lutheran"],
        },
        Problem::YleistukiNotInForce,
        Problem::EarningsRelatedDailyMissing,
        Problem::MonthlyAndHourlyWage,
        Problem::HourlyWageNeedsHours,
        Problem::NoAdults,
        Problem::TooMany { max: 10 },
        Problem::NoSuchAdult,
    ];
    for lang in Lang::ALL {
        for problem in &problems {
            let text = problem_text(lang, problem);
            assert!(
                !text.is_empty() && !text.contains('{'),
                "{lang:?} {problem:?}: {text}"
            );
        }
        assert!(problem_text(lang, &Problem::OutOfRange { min: 15, max: 120 }).contains("120"));
        assert!(problem_text(
            lang,
            &Problem::DateOutOfRange {
                first: askel::scenario::FIRST_DATE,
                last: askel::scenario::LAST_DATE,
            }
        )
        .contains("31.12.2026"));
    }
}

#[tokio::test(flavor = "current_thread")]
async fn a_link_over_a_saved_calculation_offers_both_choices_in_every_language() {
    use askel::ui::scenario::persist::DeviceStatus;
    for lang in Lang::ALL {
        let mut state = ScenarioState::with_preset(TODAY, "jenna", lang);
        state.mode = InputMode::Form;
        state.device = DeviceStatus::FromLink { saved_exists: true };
        let html = render(lang, state).await;
        for key in [
            k::SCENARIO_SAVE_LINK_KEPT_SAVED,
            k::SCENARIO_SAVE_SAVE_OVER,
            k::SCENARIO_SAVE_OPEN_SAVED,
            k::SHARE_DELETE_BUTTON,
        ] {
            assert!(
                html.contains(tr(lang, key)),
                "{lang:?}: missing {}",
                key.name()
            );
        }
        assert!(
            !html.contains(&format!(">{}</button>", tr(lang, k::SCENARIO_SAVE_BUTTON))),
            "{lang:?}: no plain save button while a saved calculation would be replaced"
        );
        // Saving is on: "Stop saving and delete" is offered, the page says saving is on.
        let mut saving = ScenarioState::with_preset(TODAY, "jenna", lang);
        saving.mode = InputMode::Form;
        saving.device = DeviceStatus::Saved;
        let html = render(lang, saving).await;
        assert!(html.contains(tr(lang, k::SCENARIO_SAVE_DELETE)), "{lang:?}");
        assert!(html.contains(tr(lang, k::SCENARIO_SAVE_SAVED)), "{lang:?}");
    }
}

#[test]
fn the_new_problems_and_notices_have_texts_in_every_language() {
    use askel::scenario::ReadNotice;
    use askel::ui::share::problem_list::read_notice_text;
    for lang in Lang::ALL {
        assert!(problem_text(lang, &Problem::DuplicateField).len() > 10);
        assert!(problem_text(lang, &Problem::TooLong { max: 60 }).contains("60"));
        let moved = read_notice_text(
            lang,
            &ReadNotice::DateMoved {
                from: Date::new(2024, 3, 1).expect("date"),
                to: askel::scenario::FIRST_DATE,
            },
        );
        assert!(moved.contains("2024") && !moved.contains('{'), "{moved}");
    }
}
