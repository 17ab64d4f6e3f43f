//! Text helpers for the assessment views: the words for dates, changes, single answers and step
//! titles, looked up in the catalogue. Pure functions (no components, no browser), so the SSR and
//! unit tests can check them.
//!
//! Every key here is a [`Key`]: the instrument's keys are found while compiling
//! (`message_key!`), the rest are generated constants, so no text can fall back to its raw key.

use crate::assessment::{meaningful_change, AreaScore, Change, Response, Since, SingleItemId};
use crate::i18n::{fill, k, tr, tr_args, Key, Lang};

/// The message of a key that the instrument or the UI state holds (`area.title_key`,
/// `notice.key()`, …). The same as [`tr`]; kept as a short name for the assessment views.
pub fn t(lang: Lang, key: Key) -> &'static str {
    tr(lang, key)
}

/// A date `YYYY-MM-DD` as the language writes it: `23.11.2026` in Finnish and Swedish, the ISO
/// form in English (unambiguous for every reader). Anything else is shown as given.
pub fn date(lang: Lang, iso: &str) -> String {
    let parts: Vec<&str> = iso.split('-').collect();
    match (lang, parts.as_slice()) {
        (Lang::Fi | Lang::Sv | Lang::Selko, [y, m, d]) => {
            let m = m.trim_start_matches('0');
            let d = d.trim_start_matches('0');
            format!("{d}.{m}.{y}")
        }
        _ => iso.to_owned(),
    }
}

/// "12 points higher than last time", "Cannot be compared", …
pub fn change(lang: Lang, change: Change, since: Since) -> String {
    let template = t(lang, change.text_key(since));
    let points = change.points_abs().unwrap_or(0).to_string();
    fill(template, &[("points", &points)])
}

/// Why a small change reads "about the same": the threshold of the 0–100 area scales in words.
pub fn change_threshold_note(lang: Lang) -> String {
    let points = meaningful_change(100).to_string();
    tr_args(lang, k::ASSESSMENT_CHANGE_THRESHOLD, &[("points", &points)])
}

/// "75 / 100" or "Not enough answers".
pub fn area_score(lang: Lang, score: AreaScore) -> String {
    match score.value() {
        Some(s) => tr_args(
            lang,
            k::ASSESSMENT_RESULT_SCORE,
            &[("score", &s.to_string())],
        ),
        None => tr(lang, k::ASSESSMENT_RESULT_NOT_ENOUGH).to_owned(),
    }
}

/// The band word of a score ("Mostly goes well"), empty without a number.
pub fn band_word(lang: Lang, score: AreaScore) -> &'static str {
    score.band().map_or("", |b| t(lang, b.label_key()))
}

/// The answer to a single question in words: "6 / 10", "Fairly good", "Not answered", …
pub fn single_answer(lang: Lang, id: SingleItemId, response: Option<Response>) -> String {
    match response {
        None => tr(lang, k::ASSESSMENT_RESULT_NOT_ANSWERED).to_owned(),
        Some(Response::PreferNotToSay) => tr(lang, k::ASSESSMENT_RESULT_PREFER_NOT).to_owned(),
        Some(Response::Value(v)) => {
            let item = id.item();
            if item.max == 10 {
                tr_args(
                    lang,
                    k::ASSESSMENT_RESULT_WORK_ABILITY_VALUE,
                    &[("score", &v.to_string())],
                )
            } else {
                item.anchors
                    .iter()
                    .find(|o| o.value == v)
                    .map_or_else(|| v.to_string(), |o| t(lang, o.label_key).to_owned())
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_per_language() {
        assert_eq!(date(Lang::Fi, "2026-03-05"), "5.3.2026");
        assert_eq!(date(Lang::Sv, "2026-11-23"), "23.11.2026");
        assert_eq!(date(Lang::En, "2026-11-23"), "2026-11-23");
        assert_eq!(date(Lang::Fi, "garbage"), "garbage");
    }

    #[test]
    fn changes_in_words() {
        let area = |points| Change::Points { points, range: 100 };
        assert_eq!(
            change(Lang::En, area(12), Since::Previous),
            "Better than last time (12 points higher)"
        );
        assert_eq!(
            change(Lang::En, area(9), Since::Previous),
            "About the same as last time"
        );
        assert_eq!(
            change(Lang::Fi, area(-10), Since::First),
            "Heikompi kuin ensimmäisellä kerralla (10 pistettä vähemmän)"
        );
        assert_eq!(
            change(
                Lang::En,
                Change::Points {
                    points: -1,
                    range: 10
                },
                Since::First
            ),
            "Weaker than the first time (1 point lower)"
        );
        assert!(change_threshold_note(Lang::Selko).contains("10 pistettä"));
        assert_eq!(
            change(Lang::En, Change::NotComparable, Since::First),
            "Cannot be compared"
        );
    }
}
