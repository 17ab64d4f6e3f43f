use yew::prelude::*;

use crate::i18n::{k, lookup, tr, tr_args, Key, Lang};
use crate::rules::{
    assumptions, documented_parameters, last_known_date, periods, sources, unconfirmed_parameters,
    Parameter,
};
use crate::ui::rule_data_text::{date_text, pick, reference_text, value_text, with_values};
use crate::ui::state::use_lang;

/// The parameter files, one per law, with their headings on this page.
const LAWS: &[(&str, Key)] = &[
    ("tyottomyysturva", k::ABOUT_LAW_TYOTTOMYYSTURVA),
    ("kulukorvaus", k::ABOUT_LAW_KULUKORVAUS),
    ("asumistuki", k::ABOUT_LAW_ASUMISTUKI),
    ("toimeentulotuki", k::ABOUT_LAW_TOIMEENTULOTUKI),
    ("lapsilisa", k::ABOUT_LAW_LAPSILISA),
    ("verotus", k::ABOUT_LAW_VEROTUS),
    ("varhaiskasvatusmaksu", k::ABOUT_LAW_VARHAISKASVATUSMAKSU),
    ("ulosotto", k::ABOUT_LAW_ULOSOTTO),
    ("maksuajankohdat", k::ABOUT_LAW_MAKSUAJANKOHDAT),
    ("sairausvakuutus", k::ABOUT_LAW_SAIRAUSVAKUUTUS),
    ("kuntoutus", k::ABOUT_LAW_KUNTOUTUS),
    ("tyoelake", k::ABOUT_LAW_TYOELAKE),
    ("kansanelake", k::ABOUT_LAW_KANSANELAKE),
    (
        "elakkeensaajan_asumistuki",
        k::ABOUT_LAW_ELAKKEENSAAJAN_ASUMISTUKI,
    ),
];

/// The warnings about disability pensions the results can show, one sentence each (the results
/// fill in the person's own limits).
pub const PENSION_WARNINGS: [Key; 9] = [
    k::ABOUT_FLAG_PENSION_LIMITS,
    k::ABOUT_FLAG_PENSION_LIMIT_MINIMUM,
    k::ABOUT_FLAG_PENSION_TURNS_PARTIAL,
    k::ABOUT_FLAG_PENSION_RESTS,
    k::ABOUT_FLAG_KELA_RESTS,
    k::ABOUT_FLAG_KELA_PARTIAL_ONLY,
    k::ABOUT_FLAG_NO_BENEFIT_PENSION,
    k::ABOUT_FLAG_PENSIONERS_HOUSING,
    k::ABOUT_FLAG_GENERAL_HOUSING_AFTER_PARTIAL,
];

/// "from 1.1.2025: 37,21 €/päivä; from 1.5.2026: …" over the covered dates.
pub fn history_text(lang: Lang, p: &Parameter) -> String {
    let first = crate::rules::first_date();
    let mut parts = Vec::new();
    for (i, (day, value)) in p.values.iter().enumerate() {
        let later_starts_by_first = p.values.get(i + 1).is_some_and(|(next, _)| *next <= first);
        if later_starts_by_first {
            continue;
        }
        let from = date_text((*day).max(first));
        parts.push(tr_args(
            lang,
            k::ABOUT_VALUE_FROM,
            &[("date", &from), ("value", &value_text(lang, p.unit, value))],
        ));
    }
    parts.join("; ")
}

/// A glossary text with its dates filled from the rule data (`{from}`: the first day of yleistuki).
pub fn glossary_text(lang: Lang, term: &str) -> String {
    let text = lookup(lang, &format!("glossary.{term}.text")).unwrap_or_default();
    let from = crate::rules::yleistuki_from()
        .map(date_text)
        .unwrap_or_default();
    crate::i18n::fill(text, &[("from", &from)])
}

/// The glossary's terms, in reading order (texts: `glossary.<term>.term` / `.text`).
pub const GLOSSARY: [&str; 15] = [
    "yleistuki",
    "tyomarkkinatuki",
    "peruspaivaraha",
    "ansiopaivaraha",
    "sovittelu",
    "asumistuki",
    "toimeentulotuki",
    "lapsilisa",
    "kuntouttava",
    "tyotulovahennys",
    "disposable",
    "emtr",
    "trap",
    "palkkatuki",
    "tyokokeilu",
];

/// About Askel: privacy, the rules used (periods, every assumption, sources), and accessibility.
#[component]
pub fn AboutPage() -> Html {
    let lang = use_lang();
    let mut unconfirmed: Vec<_> = unconfirmed_parameters()
        .into_iter()
        .map(|u| (u.parameter, u.docs))
        .collect();
    unconfirmed.sort_unstable_by_key(|(p, _)| p.path);
    unconfirmed.dedup_by_key(|(p, _)| p.path);
    html! {
        <>
            <h1>{ tr(lang, k::ABOUT_TITLE) }</h1>
            <p class="lead">{ tr(lang, k::ABOUT_LEAD) }</p>
            <section id="privacy" aria-labelledby="about-privacy">
                <h2 id="about-privacy">{ tr(lang, k::ABOUT_PRIVACY_TITLE) }</h2>
                <p>{ tr(lang, k::ABOUT_PRIVACY_TEXT) }</p>
                <p>{ tr(lang, k::ABOUT_PRIVACY_MOVING) }</p>
                <h3>{ tr(lang, k::ABOUT_PRIVACY_STORED_TITLE) }</h3>
                <ul>
                    <li>{ tr(lang, k::ABOUT_PRIVACY_STORED_CONSENT) }</li>
                    <li>{ tr(lang, k::ABOUT_PRIVACY_STORED_SCENARIO) }</li>
                    <li>{ tr(lang, k::ABOUT_PRIVACY_STORED_HISTORY) }</li>
                    <li>{ tr(lang, k::ABOUT_PRIVACY_STORED_NOTES) }</li>
                </ul>
                <p>{ tr(lang, k::ABOUT_PRIVACY_DELETE) }</p>
            </section>
            <section id="rules" aria-labelledby="about-rules">
                <h2 id="about-rules">{ tr(lang, k::ABOUT_RULES_TITLE) }</h2>
                <p>{ tr_args(lang, k::ABOUT_RULES_TEXT, &[
                    ("first", &date_text(crate::rules::first_date())),
                    ("last", &date_text(last_known_date())),
                    ("yleistuki_from", &date_text(crate::scenario::YLEISTUKI_FROM)),
                ]) }</p>
                <p>{ tr(lang, k::ABOUT_RULES_COSTS) }</p>
                <p>{ tr(lang, k::ABOUT_NOT_INCLUDED_COMMUTING) }</p>
                <p>{ tr(lang, k::ABOUT_ALAND) }</p>
                <h3>{ tr(lang, k::ABOUT_PERIODS_TITLE) }</h3>
                <p>{ tr(lang, k::ABOUT_PERIODS_TEXT) }</p>
                <ul>{ for periods().iter().map(|p| html! { <li>{ p.label }</li> }) }</ul>
                <p>{ tr_args(lang, k::ABOUT_KNOWN_UNTIL, &[("date", &date_text(last_known_date()))]) }</p>
                <p>{ tr_args(lang, k::ABOUT_NOT_YET_INCLUDED, &[("date", &date_text(last_known_date()))]) }</p>
                <h3 id="assumptions">{ tr(lang, k::ABOUT_ASSUMPTIONS_TITLE) }</h3>
                <p>{ tr(lang, k::ABOUT_ASSUMPTIONS_TEXT) }</p>
                <ul class="assumption-list">
                { for unconfirmed.iter().map(|(p, docs)| {
                    let text = lookup(lang, &format!("about.assumption.{}", p.path));
                    html! {
                        <li>
                            <p><strong>{ text.unwrap_or(pick(lang, &docs.label)) }</strong></p>
                            <p>{ tr_args(lang, k::ABOUT_ASSUMPTION_VALUE, &[("value", &history_text(lang, p))]) }</p>
                            <p class="source">{ reference_text(lang, p.path) }</p>
                        </li>
                    }
                }) }
                </ul>
                <h3 id="work-ability-notes">{ tr(lang, k::WORK_ABILITY_ABOUT_TITLE) }</h3>
                <p>{ tr(lang, k::WORK_ABILITY_ABOUT_TEXT) }</p>
                <ul class="work-ability-notes">
                    <li>{ crate::ui::scenario::work_ability_text::about_hundred_percent_rule(lang) }</li>
                    { for crate::ui::scenario::work_ability_text::about_examples().iter().filter_map(|f| {
                        crate::ui::scenario::work_ability_text::flag_sentence(lang, f)
                    }).map(|text| html! { <li>{ text }</li> }) }
                </ul>
                <h3 id="conventions">{ tr(lang, k::CONVENTION_TITLE) }</h3>
                <p>{ tr(lang, k::CONVENTION_INTRO) }</p>
                <ul class="convention-list">
                { for assumptions().iter().map(|a| html! {
                    <li>
                        { with_values(lang, lookup(lang, &format!("convention.{}", a.id)).unwrap_or(a.text)) }
                        if a.unconfirmed {
                            { format!(" ({})", tr(lang, k::CONVENTION_ASSUMPTION_MARK)) }
                        }
                    </li>
                }) }
                </ul>
                <h3 id="month-assumptions">{ tr(lang, k::ABOUT_MONTH_ASSUMPTIONS_TITLE) }</h3>
                <p>{ tr(lang, k::ABOUT_MONTH_ASSUMPTIONS_TEXT) }</p>
                <ul class="convention-list">
                { for crate::rules::maksuajankohdat::ASSUMPTIONS.iter().chain(crate::rules::maksuajankohdat::DIFFERENCES.iter()).map(|id| {
                    let key = if crate::rules::maksuajankohdat::ASSUMPTIONS.contains(id) { format!("month.assumption.{id}") } else { format!("month.difference.{id}") };
                    html! { <li>{ with_values(lang, lookup(lang, &key).unwrap_or(id)) }</li> }
                }) }
                </ul>
                <h3 id="pension-warnings">{ tr(lang, k::ABOUT_FLAGS_TITLE) }</h3>
                <ul class="convention-list">
                { for PENSION_WARNINGS.iter().map(|key| html! { <li>{ tr(lang, *key) }</li> }) }
                </ul>
                <h3 id="parameters">{ tr(lang, k::ABOUT_PARAMETERS_TITLE) }</h3>
                <p>{ tr(lang, k::ABOUT_PARAMETERS_TEXT) }</p>
                { for LAWS.iter().map(|(law, title)| html! {
                    <>
                        <h4>{ tr(lang, *title) }</h4>
                        <dl class="parameter-list">
                        { for documented_parameters().filter(|(p, _)| p.path.split('.').next() == Some(*law)).map(|(p, docs)| html! {
                            <>
                                <dt>{ pick(lang, &docs.label) }</dt>
                                <dd>
                                    { history_text(lang, p) }
                                    if !docs.unconfirmed.is_empty() {
                                        { format!(" ({})", tr(lang, k::CONVENTION_ASSUMPTION_MARK)) }
                                    }
                                    <br />
                                    <span class="source">{ tr_args(lang, k::BREAKDOWN_SOURCE, &[("source", &reference_text(lang, p.path))]) }</span>
                                </dd>
                            </>
                        }) }
                        </dl>
                    </>
                }) }
                <h3 id="sources">{ tr(lang, k::ABOUT_SOURCES_TITLE) }</h3>
                <p>{ tr(lang, k::ABOUT_SOURCES_TEXT) }</p>
                <ul class="source-list">
                { for sources().iter().map(|s| html! {
                    <li>
                        <a href={s.url} rel="noopener noreferrer">{ pick(lang, &s.title) }</a>
                        if s.secondary {
                            { format!(" ({})", tr(lang, k::ABOUT_SOURCE_SECONDARY)) }
                        }
                        <span class="url"><br />{ s.url }</span>
                    </li>
                }) }
                </ul>
            </section>
            <section id="glossary" aria-labelledby="about-glossary">
                <h2 id="about-glossary" tabindex="-1">{ tr(lang, k::GLOSSARY_TITLE) }</h2>
                <p>{ tr(lang, k::GLOSSARY_INTRO) }</p>
                <dl class="glossary">
                { for GLOSSARY.iter().map(|term| html! {
                    <>
                        <dt>{ lookup(lang, &format!("glossary.{term}.term")).unwrap_or(term) }</dt>
                        <dd>{ glossary_text(lang, term) }</dd>
                    </>
                }) }
                </dl>
            </section>
            <section id="accessibility" aria-labelledby="about-accessibility">
                <h2 id="about-accessibility">{ tr(lang, k::ABOUT_ACCESSIBILITY_TITLE) }</h2>
                <p>{ tr(lang, k::ABOUT_ACCESSIBILITY_TEXT) }</p>
            </section>
        </>
    }
}
