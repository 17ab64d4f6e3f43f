use yew::prelude::*;

use super::area_bars::AreaBars;
use super::state::use_assessment;
use super::text::{area_score, band_word, change, date, t};
use crate::assessment::{AreaScore, Since, Summary};
use crate::i18n::{k, tr, tr_args};
use crate::ui::browser;
use crate::ui::nav_link::NavLink;
use crate::ui::route::Page;
use crate::ui::scenario_key_figures::ScenarioKeyFigures;
use crate::ui::state::use_app;

/// The summary for a meeting: the assessment result, chosen support, own goals and questions
/// (and, later, the income scenarios' key figures) on one printable page.
#[component]
pub fn MeetingSummary() -> Html {
    let route = use_app().route;
    let lang = route.lang;
    let state = use_assessment();
    let show_first = state.distinct_first();
    let Some(summary) = state.summary() else {
        return html! {
            <section class="panel summary-empty">
                <p>{ tr(lang, k::SUMMARY_EMPTY) }</p>
                <p>
                    <NavLink to={route.with_page(Page::Assessment)} class="button">
                        { tr(lang, k::SUMMARY_TO_ASSESSMENT) }
                    </NavLink>
                </p>
                <ScenarioKeyFigures />
                <crate::ui::month::MonthSummary />
            </section>
        };
    };
    let Summary {
        date: answered,
        single_items,
        strengths,
        support_areas,
        areas,
        overall,
        support_topics,
        goals,
        questions,
        comparison,
        ..
    } = summary;
    let print = Callback::from(|_: MouseEvent| browser::print());
    let nothing = |key| html! { <p class="empty">{ tr(lang, key) }</p> };
    let area_line = |area: crate::assessment::AreaId, score: AreaScore| {
        html! {
            <li>
                <strong>{ t(lang, area.area().title_key) }</strong>{ ": " }{ area_score(lang, score) }
                if score.value().is_some() { { ", " }{ band_word(lang, score) } }
            </li>
        }
    };
    // Chosen areas and lower-scored areas apart, as on the result.
    let (chosen, lower): (Vec<_>, Vec<_>) = support_areas
        .iter()
        .copied()
        .partition(|(area, _)| areas.iter().any(|a| a.area == *area && a.support_wished));
    let overall_text = overall.map(|o| {
        let s = AreaScore::Score(o);
        format!("{}, {}", area_score(lang, s), band_word(lang, s))
    });
    html! {
        <article class="meeting-summary">
            <p class="summary-date">{ tr_args(lang, k::ASSESSMENT_SUMMARY_DATE, &[("date", &date(lang, &answered))]) }</p>
            <div class="actions no-print">
                <button type="button" onclick={print}>{ tr(lang, k::ASSESSMENT_SUMMARY_PRINT) }</button>
            </div>
            <p class="hint no-print">{ tr(lang, k::ASSESSMENT_SUMMARY_PRINT_HINT) }</p>

            <div class="summary-grid">
                <section aria-labelledby="s-strengths">
                    <h2 id="s-strengths">{ tr(lang, k::ASSESSMENT_SUMMARY_STRENGTHS) }</h2>
                    if strengths.is_empty() {
                        <p>{ tr(lang, k::ASSESSMENT_RESULT_STRENGTHS_EMPTY) }</p>
                    } else {
                        <ul>{ for strengths.iter().map(|&(a, s)| area_line(a, AreaScore::Score(s))) }</ul>
                    }
                </section>
                <section aria-labelledby="s-support">
                    <h2 id="s-support">{ tr(lang, k::ASSESSMENT_SUMMARY_SUPPORT_AREAS) }</h2>
                    if chosen.is_empty() {
                        { nothing(k::ASSESSMENT_SUMMARY_NOTHING_CHOSEN) }
                    } else {
                        <ul>{ for chosen.iter().map(|&(a, s)| area_line(a, s)) }</ul>
                    }
                    if !lower.is_empty() {
                        <h3 id="s-lower">{ tr(lang, k::ASSESSMENT_SUMMARY_LOWER_AREAS) }</h3>
                        <ul>{ for lower.iter().map(|&(a, s)| area_line(a, s)) }</ul>
                    }
                </section>
            </div>

            <section aria-labelledby="s-areas">
                <h2 id="s-areas">{ tr(lang, k::ASSESSMENT_SUMMARY_AREAS) }</h2>
                <AreaBars areas={areas.iter().map(|a| (a.area, a.score)).collect::<Vec<_>>()} />
                <p class="overall-line">
                    <strong>{ tr(lang, k::ASSESSMENT_RESULT_OVERALL) }{ ": " }</strong>
                    { overall_text.unwrap_or_else(|| tr(lang, k::ASSESSMENT_RESULT_NOT_ENOUGH).to_owned()) }
                </p>
            </section>

            <section aria-labelledby="s-single">
                <h2 id="s-single">{ tr(lang, k::ASSESSMENT_SUMMARY_SINGLE) }</h2>
                <super::single_answers::SingleAnswers items={single_items.clone()} compact={true} />
            </section>

            if let Some(c) = comparison {
                <section aria-labelledby="s-changes">
                    <h2 id="s-changes">{ tr(lang, k::ASSESSMENT_SUMMARY_CHANGES) }</h2>
                    <table class="changes-table">
                        <thead>
                            <tr>
                                <th scope="col">{ tr(lang, k::ASSESSMENT_TABLE_AREA) }</th>
                                <th scope="col">{ tr(lang, k::ASSESSMENT_TABLE_CHANGE) }</th>
                            </tr>
                        </thead>
                        <tbody>
                        { for c.areas.iter().map(|(a, ch)| html! {
                            <tr>
                                <th scope="row">{ t(lang, a.area().title_key) }</th>
                                <td>
                                    { change(lang, ch.since_previous, Since::Previous) }
                                    if show_first {
                                        { "; " }{ change(lang, ch.since_first, Since::First) }
                                    }
                                </td>
                            </tr>
                        }) }
                        </tbody>
                    </table>
                </section>
            }

            <section aria-labelledby="s-topics">
                <h2 id="s-topics">{ tr(lang, k::ASSESSMENT_SUMMARY_SUPPORT_TOPICS) }</h2>
                if support_topics.is_empty() {
                    { nothing(k::ASSESSMENT_SUMMARY_NOTHING_CHOSEN) }
                } else {
                    <ul class="topic-list">{ for support_topics.iter().map(|t_| html! { <li>{ t(lang, t_.label_key()) }</li> }) }</ul>
                }
            </section>
            <div class="summary-grid">
                <section aria-labelledby="s-goals">
                    <h2 id="s-goals">{ tr(lang, k::ASSESSMENT_SUMMARY_GOALS) }</h2>
                    { goals.map_or_else(|| nothing(k::ASSESSMENT_SUMMARY_NOTHING_WRITTEN),
                        |g| html! { <p class="free-text">{ g }</p> }) }
                </section>
                <section aria-labelledby="s-questions">
                    <h2 id="s-questions">{ tr(lang, k::ASSESSMENT_SUMMARY_QUESTIONS) }</h2>
                    { questions.map_or_else(|| nothing(k::ASSESSMENT_SUMMARY_NOTHING_WRITTEN),
                        |q| html! { <p class="free-text">{ q }</p> }) }
                </section>
            </div>

            <ScenarioKeyFigures />
            <crate::ui::month::MonthSummary />

            <p class="summary-footer">{ tr_args(lang, k::ASSESSMENT_SUMMARY_FOOTER, &[("date", &date(lang, &answered))]) }</p>
        </article>
    }
}
