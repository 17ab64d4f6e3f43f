use yew::prelude::*;

use crate::i18n::{k, lookup, tr, tr_args};
use crate::rules::{assumptions, periods, sources, unconfirmed_parameters};
use crate::ui::state::use_lang;

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
    let mut unconfirmed = unconfirmed_parameters();
    unconfirmed.sort_by_key(|u| (u.info.path, u.period));
    let mut paths: Vec<&'static str> = unconfirmed.iter().map(|u| u.info.path).collect();
    paths.dedup();
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
                <p>{ tr(lang, k::ABOUT_RULES_TEXT) }</p>
                <p>{ tr(lang, k::ABOUT_ALAND) }</p>
                <h3>{ tr(lang, k::ABOUT_PERIODS_TITLE) }</h3>
                <p>{ tr(lang, k::ABOUT_PERIODS_TEXT) }</p>
                <ul>{ for periods().iter().map(|p| html! { <li>{ p.label }</li> }) }</ul>
                <h3 id="assumptions">{ tr(lang, k::ABOUT_ASSUMPTIONS_TITLE) }</h3>
                <p>{ tr(lang, k::ABOUT_ASSUMPTIONS_TEXT) }</p>
                <ul class="assumption-list">
                { for paths.iter().map(|path| {
                    let text = lookup(lang, &format!("about.assumption.{path}"));
                    let values = unconfirmed.iter().filter(|u| u.info.path == *path).map(|u| {
                        let value = format!("{} {}", u.info.value, u.info.unit);
                        html! {
                            <li>
                                { tr_args(lang, k::ABOUT_ASSUMPTION_PERIOD, &[("period", u.period)]) }{ ": " }
                                { tr_args(lang, k::ABOUT_ASSUMPTION_VALUE, &[("value", &value)]) }
                                { format!(" ({})", u.info.source) }
                            </li>
                        }
                    });
                    html! {
                        <li>
                            <p><strong>{ text.unwrap_or(path) }</strong></p>
                            <ul class="assumption-values">{ for values }</ul>
                        </li>
                    }
                }) }
                </ul>
                <h3 id="conventions">{ tr(lang, k::CONVENTION_TITLE) }</h3>
                <p>{ tr(lang, k::CONVENTION_INTRO) }</p>
                <ul class="convention-list">
                { for assumptions().iter().map(|a| html! {
                    <li>
                        { lookup(lang, &format!("convention.{}", a.id)).unwrap_or(a.text) }
                        if a.unconfirmed {
                            { format!(" ({})", tr(lang, k::CONVENTION_ASSUMPTION_MARK)) }
                        }
                    </li>
                }) }
                </ul>
                <h3 id="sources">{ tr(lang, k::ABOUT_SOURCES_TITLE) }</h3>
                <p>{ tr(lang, k::ABOUT_SOURCES_TEXT) }</p>
                <ul class="source-list">
                { for sources().iter().map(|s| html! {
                    <li>
                        <strong>{ s.id }</strong>{ " " }{ s.title }
                        if s.secondary {
                            { format!(" ({})", tr(lang, k::ABOUT_SOURCE_SECONDARY)) }
                        }
                        <br />
                        <span class="url">{ s.url }</span>
                    </li>
                }) }
                </ul>
            </section>
            <section id="glossary" aria-labelledby="about-glossary">
                <h2 id="about-glossary">{ tr(lang, k::GLOSSARY_TITLE) }</h2>
                <p>{ tr(lang, k::GLOSSARY_INTRO) }</p>
                <dl class="glossary">
                { for GLOSSARY.iter().map(|term| html! {
                    <>
                        <dt>{ lookup(lang, &format!("glossary.{term}.term")).unwrap_or(term) }</dt>
                        <dd>{ lookup(lang, &format!("glossary.{term}.text")).unwrap_or_default() }</dd>
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
