use yew::prelude::*;

use super::area_bars::AreaBars;
use super::history_panel::HistoryPanel;
use super::state::{today, use_assessment, Action, Confirm, Step};
use super::text::{area_score, band_word, change, change_threshold_note, date, single_answer, t};
use super::STEP_HEADING_ID;
use crate::assessment::{AreaScore, Since, SingleItemId};
use crate::i18n::{k, tr, tr_args};
use crate::ui::nav_link::NavLink;
use crate::ui::route::Page;
use crate::ui::state::use_app;

/// The result: what goes well first, then where the person would like support, every area as
/// a bar with its number and word, the overall picture and work ability, and the history.
/// No verdicts, no predictions, no comparison with other people.
#[component]
pub fn ResultView() -> Html {
    let route = use_app().route;
    let lang = route.lang;
    let state = use_assessment();
    let result = state.result();
    let comparison = state.comparison();
    let show_first = state.distinct_first();

    let strengths = result.strengths();
    let strengths_view = if strengths.is_empty() {
        html! { <p>{ tr(lang, k::ASSESSMENT_RESULT_STRENGTHS_EMPTY) }</p> }
    } else {
        html! {
            <ul class="result-list strengths">
            { for strengths.iter().map(|&(area, s)| {
                let score = AreaScore::Score(s);
                html! {
                    <li>
                        <strong>{ t(lang, area.area().title_key) }</strong>{ ": " }
                        { area_score(lang, score) }{ ", " }{ band_word(lang, score) }
                    </li>
                }
            }) }
            </ul>
        }
    };
    // What the person chose and what merely scored lower are kept apart: an area is never
    // listed as "where I would like support" unless the person said so.
    let (chosen, lower): (Vec<_>, Vec<_>) = result
        .support_areas()
        .into_iter()
        .partition(|(area, _)| result.support_wished.contains(area));
    let area_items = |areas: &[(crate::assessment::AreaId, AreaScore)]| {
        html! {
            <ul class="result-list support">
            { for areas.iter().map(|&(area, score)| html! {
                <li>
                    <strong>{ t(lang, area.area().title_key) }</strong>{ ": " }
                    { area_score(lang, score) }
                    if score.value().is_some() { { ", " }{ band_word(lang, score) } }
                </li>
            }) }
            </ul>
        }
    };
    let support_view = if chosen.is_empty() {
        html! { <p>{ tr(lang, k::ASSESSMENT_RESULT_SUPPORT_EMPTY) }</p> }
    } else {
        html! {
            <>
                <p class="hint">{ tr(lang, k::ASSESSMENT_RESULT_SUPPORT_INTRO) }</p>
                { area_items(&chosen) }
            </>
        }
    };
    let threshold = crate::assessment::STRENGTH_THRESHOLD.to_string();
    let overall = match result.overall {
        Some(o) => {
            let score = AreaScore::Score(o);
            format!("{}, {}", area_score(lang, score), band_word(lang, score))
        }
        None => tr(lang, k::ASSESSMENT_RESULT_NOT_ENOUGH).to_owned(),
    };
    let overall_change = comparison.as_ref().map(|c| {
        html! {
            <ul class="changes">
                <li>{ change(lang, c.overall.since_previous, Since::Previous) }</li>
                if show_first {
                    <li>{ change(lang, c.overall.since_first, Since::First) }</li>
                }
            </ul>
        }
    });
    let dates = comparison.as_ref().map(|c| {
        html! {
            <p class="hint">
                if let (true, Some(d)) = (show_first, &c.first_date) {
                    { tr_args(lang, k::ASSESSMENT_CHANGE_FIRST_DATE, &[("date", &date(lang, d))]) }
                    { " · " }
                }
                if let Some(d) = &c.previous_date {
                    { tr_args(lang, k::ASSESSMENT_CHANGE_PREVIOUS_DATE, &[("date", &date(lang, d))]) }
                }
            </p>
        }
    });

    let back = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(Action::Go(Step::Goals)))
    };
    let ask_restart = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(Action::Ask(Some(Confirm::StartAgain))))
    };
    let restart = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(Action::StartAgain(today())))
    };
    let cancel = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(Action::Ask(None)))
    };

    html! {
        <section class="assessment-step result" aria-labelledby={STEP_HEADING_ID}>
            <h2 id={STEP_HEADING_ID} tabindex="-1">{ tr(lang, k::ASSESSMENT_RESULT_TITLE) }</h2>
            <p>{ tr(lang, k::ASSESSMENT_RESULT_INTRO) }</p>
            <p class="hint">{ tr_args(lang, k::ASSESSMENT_RESULT_DATE, &[("date", &date(lang, &result.date))]) }</p>

            <section class="panel strengths-panel" aria-labelledby="result-strengths">
                <h3 id="result-strengths">{ tr(lang, k::ASSESSMENT_RESULT_STRENGTHS_TITLE) }</h3>
                { strengths_view }
            </section>
            <section class="panel support-panel" aria-labelledby="result-support">
                <h3 id="result-support">{ tr(lang, k::ASSESSMENT_RESULT_SUPPORT_TITLE) }</h3>
                { support_view }
            </section>
            if !lower.is_empty() {
                <section class="panel lower-panel" aria-labelledby="result-lower">
                    <h3 id="result-lower">{ tr(lang, k::ASSESSMENT_RESULT_LOWER_TITLE) }</h3>
                    <p class="hint">{ tr_args(lang, k::ASSESSMENT_RESULT_LOWER_INTRO, &[("threshold", &threshold)]) }</p>
                    { area_items(&lower) }
                </section>
            }
            <section aria-labelledby="result-areas">
                <h3 id="result-areas">{ tr(lang, k::ASSESSMENT_RESULT_AREAS_TITLE) }</h3>
                <p class="hint">{ tr(lang, k::ASSESSMENT_RESULT_HOW_SCORED) }</p>
                { for dates }
                <AreaBars areas={result.areas.clone()} comparison={comparison.clone()} show_first={show_first} />
                <dl class="key-figures">
                    <div>
                        <dt>{ tr(lang, k::ASSESSMENT_RESULT_OVERALL) }</dt>
                        <dd class="overall">{ overall }<span class="hint">{ tr(lang, k::ASSESSMENT_RESULT_OVERALL_HELP) }</span>{ for overall_change }</dd>
                    </div>
                    <div>
                        <dt>{ tr(lang, k::ASSESSMENT_RESULT_WORK_ABILITY) }</dt>
                        <dd class="work-ability">{ single_answer(lang, SingleItemId::WorkAbility,
                            result.single(SingleItemId::WorkAbility)) }</dd>
                    </div>
                </dl>
                if comparison.is_some() {
                    <p>{ tr(lang, k::ASSESSMENT_CHANGE_NOTE) }</p>
                    <p class="hint">{ change_threshold_note(lang) }</p>
                }
            </section>
            <section aria-labelledby="result-single">
                <h3 id="result-single">{ tr(lang, k::ASSESSMENT_RESULT_SINGLE_TITLE) }</h3>
                <super::single_answers::SingleAnswers items={result.single_items.clone()} />
            </section>
            <p class="note-text">{ tr(lang, k::ASSESSMENT_RESULT_NOT_A_VERDICT) }</p>

            <HistoryPanel />

            <div class="actions">
                <NavLink to={route.with_page(Page::Summary)} class="button">{ tr(lang, k::ASSESSMENT_NAV_TO_SUMMARY) }</NavLink>
                <button type="button" class="secondary" onclick={back}>{ tr(lang, k::ASSESSMENT_NAV_BACK) }</button>
                <button type="button" class="secondary" onclick={ask_restart}
                    aria-expanded={(state.confirm == Some(Confirm::StartAgain)).to_string()}>{ tr(lang, k::ASSESSMENT_NAV_START_AGAIN) }</button>
            </div>
            if state.confirm == Some(Confirm::StartAgain) {
                <div class="confirm" role="group" aria-labelledby="confirm-restart">
                    <p id="confirm-restart">{ tr(lang, k::ASSESSMENT_NAV_START_AGAIN_CONFIRM) }</p>
                    <div class="actions">
                        <button type="button" class="danger" onclick={restart}>{ tr(lang, k::ASSESSMENT_NAV_START_AGAIN) }</button>
                        <button type="button" class="secondary" onclick={cancel}>{ tr(lang, k::ASSESSMENT_HISTORY_CANCEL) }</button>
                    </div>
                </div>
            }
        </section>
    }
}
