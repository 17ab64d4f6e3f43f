use yew::prelude::*;

use crate::i18n::{k, money, tr, tr_args, Lang};
use crate::scenario::share::ShareError;
use crate::scenario::{Problem, ReadNotice, ScenarioErrors};
use crate::ui::scenario::results_view::date_text;
use crate::ui::state::use_lang;

/// Most problems listed; the rest are counted.
pub const MAX_LISTED: usize = 12;

/// A validation problem in plain words (the field path is shown next to it).
pub fn problem_text(lang: Lang, problem: &Problem) -> String {
    let plain = |key| tr(lang, key).to_string();
    match problem {
        Problem::InvalidJson { .. } => plain(k::SHARE_PROBLEM_NOT_JSON),
        Problem::Missing => plain(k::SHARE_PROBLEM_MISSING),
        Problem::WrongType { expected } => {
            let kind = match *expected {
                "number" => k::SHARE_TYPE_NUMBER,
                "integer" => k::SHARE_TYPE_INTEGER,
                "string" => k::SHARE_TYPE_STRING,
                "array" => k::SHARE_TYPE_ARRAY,
                "boolean" => k::SHARE_TYPE_BOOLEAN,
                _ => k::SHARE_TYPE_OBJECT,
            };
            tr_args(
                lang,
                k::SHARE_PROBLEM_WRONG_TYPE,
                &[("expected", tr(lang, kind))],
            )
        }
        Problem::UnknownField => plain(k::SHARE_PROBLEM_UNKNOWN_FIELD),
        Problem::DuplicateField => plain(k::SHARE_PROBLEM_DUPLICATE_FIELD),
        Problem::TooLong { max } => tr_args(
            lang,
            k::SHARE_PROBLEM_TOO_LONG,
            &[("max", &max.to_string())],
        ),
        Problem::UnsupportedFormat => plain(k::SHARE_PROBLEM_FORMAT),
        Problem::InvalidDate => plain(k::SHARE_PROBLEM_INVALID_DATE),
        Problem::DateOutOfRange { first, last } => tr_args(
            lang,
            k::SHARE_PROBLEM_DATE_RANGE,
            &[("first", &date_text(*first)), ("last", &date_text(*last))],
        ),
        Problem::UnknownMunicipality => plain(k::SHARE_PROBLEM_MUNICIPALITY),
        Problem::AlandNotSupported => plain(k::SHARE_PROBLEM_ALAND),
        Problem::Negative => plain(k::SHARE_PROBLEM_NEGATIVE),
        Problem::TooLarge { max } => tr_args(
            lang,
            k::SHARE_PROBLEM_TOO_LARGE,
            &[("max", &money(lang, max.0))],
        ),
        Problem::OutOfRange { min, max } => tr_args(
            lang,
            k::SHARE_PROBLEM_OUT_OF_RANGE,
            &[("min", &min.to_string()), ("max", &max.to_string())],
        ),
        Problem::UnknownValue { allowed } => tr_args(
            lang,
            k::SHARE_PROBLEM_UNKNOWN_VALUE,
            &[("allowed", &allowed.join(", "))],
        ),
        Problem::YleistukiNotInForce => tr_args(
            lang,
            k::SHARE_PROBLEM_YLEISTUKI_DATE,
            &[(
                "date",
                &crate::ui::scenario::results_view::yleistuki_from_text(),
            )],
        ),
        Problem::EarningsRelatedDailyMissing => plain(k::SHARE_PROBLEM_DAILY_MISSING),
        Problem::DisabilityPensionAmountMissing => plain(k::SHARE_PROBLEM_PENSION_MISSING),
        Problem::MonthlyAndHourlyWage => plain(k::SHARE_PROBLEM_MONTHLY_AND_HOURLY),
        Problem::HourlyWageNeedsHours => plain(k::SHARE_PROBLEM_HOURLY_NEEDS_HOURS),
        Problem::NoAdults => plain(k::SHARE_PROBLEM_NO_ADULTS),
        Problem::TooMany { max } => tr_args(
            lang,
            k::SHARE_PROBLEM_TOO_MANY,
            &[("max", &max.to_string())],
        ),
        Problem::NoSuchAdult => plain(k::SHARE_PROBLEM_NO_SUCH_ADULT),
        Problem::Engine(_) => plain(k::SHARE_PROBLEM_ENGINE),
    }
}

/// What reading changed so that the calculation opens, in plain words.
pub fn read_notice_text(lang: Lang, notice: &ReadNotice) -> String {
    match notice {
        ReadNotice::DateMoved { from, to } => tr_args(
            lang,
            k::SHARE_NOTICE_DATE_MOVED,
            &[("from", &date_text(*from)), ("to", &date_text(*to))],
        ),
    }
}

/// What went wrong with a link, in one sentence, and the scenario's problems when there are any.
pub fn link_error_text(lang: Lang, error: &ShareError) -> (&'static str, Option<&ScenarioErrors>) {
    match error {
        ShareError::UnknownVersion(_) => (tr(lang, k::SHARE_OPENED_VERSION), None),
        ShareError::TooLarge => (tr(lang, k::SHARE_OPENED_TOO_LARGE), None),
        ShareError::Invalid(errors) => (tr(lang, k::SHARE_OPENED_PROBLEMS), Some(errors)),
        ShareError::Empty
        | ShareError::BadEncoding
        | ShareError::BadCompression
        | ShareError::NotText => (tr(lang, k::SHARE_OPENED_BROKEN), None),
    }
}

#[derive(Properties, PartialEq)]
pub struct ProblemListProps {
    pub errors: ScenarioErrors,
}

/// The problems of a scenario that could not be opened: each with its field path
/// (`housing.rent`) and what is wrong in plain words; at most [`MAX_LISTED`], the rest counted.
#[component]
pub fn ProblemList(props: &ProblemListProps) -> Html {
    let lang = use_lang();
    let errors = &props.errors.0;
    let more = errors.len().saturating_sub(MAX_LISTED);
    html! {
        <ul class="problem-list">
            { for errors.iter().take(MAX_LISTED).map(|error| {
                let path = if error.path.is_empty() {
                    html! { { tr(lang, k::SHARE_PROBLEM_WHOLE) } }
                } else {
                    html! { <code>{ error.path.clone() }</code> }
                };
                html! { <li>{ path }{ ": " }{ problem_text(lang, &error.problem) }</li> }
            }) }
            if more > 0 {
                <li>{ tr_args(lang, k::SHARE_PROBLEM_MORE, &[("count", &more.to_string())]) }</li>
            }
        </ul>
    }
}
