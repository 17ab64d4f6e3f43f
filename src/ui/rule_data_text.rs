//! The rule data in words: parameter values formatted for people ("21,5 päivää kuukaudessa",
//! "10,00 €/kk", "kyllä"), sources as readable references ("Tuloverolaki 1535/1992 § 125") and the
//! messages the data itself raises (rules after the last checked day, municipal tables from an
//! earlier year, unemployment-benefit ages). Every number comes from the data through
//! placeholders; no value is typed into a message.

use crate::i18n::{self as format, k, tr, tr_args, Lang};
use crate::rules::{self, Flag, MunicipalTable, ParamValue, Parameter, Texts};
use crate::scenario::Date;

/// The text in the page's language.
pub fn pick(lang: Lang, t: &Texts) -> &'static str {
    match lang {
        Lang::Sv => t.sv,
        Lang::En => t.en,
        _ => t.fi,
    }
}

/// `1.5.2026` (Finnish and Swedish), `1 May 2026` style is not used: the app writes dates as d.m.yyyy.
pub fn date_text(d: Date) -> String {
    format!("{}.{}.{}", d.d, d.m, d.y)
}

/// One value with its unit, formatted for people.
pub fn value_text(lang: Lang, unit: &str, value: &ParamValue) -> String {
    let one = |amount: String| -> String {
        let key = match unit {
            "EUR/month" => k::RULES_VALUE_EUR_MONTH,
            "EUR/year" => k::RULES_VALUE_EUR_YEAR,
            "EUR/day" => k::RULES_VALUE_EUR_DAY,
            "days/month" => k::RULES_VALUE_DAYS_MONTH,
            "hours/week" => k::RULES_VALUE_HOURS_WEEK,
            "weeks/month" => k::RULES_VALUE_WEEKS_MONTH,
            "days/week" => k::RULES_VALUE_DAYS_WEEK,
            "years" => k::RULES_VALUE_YEARS,
            _ => k::RULES_VALUE_PLAIN,
        };
        tr_args(lang, key, &[("value", &amount)])
    };
    let decimal = |r: rules::Rate| -> String {
        if unit == "share" {
            format::percent_ppm(lang, r.0)
        } else {
            format::decimal_millionths(lang, r.0, 6)
        }
    };
    match value {
        ParamValue::Cents(c) => one(format::money(lang, c.0)),
        ParamValue::Decimal(r) => one(decimal(*r)),
        ParamValue::Count(n) => one(format::number(lang, i64::from(*n))),
        ParamValue::Flag(true) => tr(lang, k::RULES_VALUE_YES).to_string(),
        ParamValue::Flag(false) => tr(lang, k::RULES_VALUE_NO).to_string(),
        ParamValue::CentsTable(t) => one(t
            .iter()
            .map(|c| format::money(lang, c.0))
            .collect::<Vec<_>>()
            .join(" / ")),
        ParamValue::DecimalTable(t) => one(t
            .iter()
            .map(|r| decimal(*r))
            .collect::<Vec<_>>()
            .join(" / ")),
    }
}

/// The value of a parameter on `date`, formatted.
pub fn value_on(lang: Lang, p: &Parameter, date: Date) -> Option<String> {
    p.values
        .iter()
        .rev()
        .find(|(d, _)| *d <= date)
        .map(|(_, v)| value_text(lang, p.unit, v))
}

/// A readable reference for a reason's or parameter's source: a parameter path
/// (`verotus.yle_rate`) or a document id (`kela-kulukorvaus`) → "Laki yleisradioverosta 484/2012 § 2".
/// An unknown id is shown as it is.
pub fn reference_text(lang: Lang, source: &str) -> String {
    match rules::sources::reference(source) {
        Some((doc, "")) => pick(lang, &doc.title).to_string(),
        Some((doc, section)) => format!("{} {section}", pick(lang, &doc.title)),
        None => source.to_string(),
    }
}

/// A sentence for a flag the data raises; `None` for the engine's other flags.
pub fn data_flag_sentence(lang: Lang, flag: &Flag) -> Option<String> {
    match flag {
        Flag::RulesAfterLastKnownDate { year, known_until } => Some(tr_args(
            lang,
            k::RULES_FLAG_AFTER_KNOWN_DATE,
            &[
                ("year", &year.to_string()),
                ("date", &date_text(*known_until)),
            ],
        )),
        Flag::MunicipalTableFromEarlierYear { table, year, used } => {
            let key = match table {
                MunicipalTable::TaxRates => k::RULES_FLAG_MUNICIPAL_TAX_EARLIER,
                MunicipalTable::SocialAssistanceHousingLimits => {
                    k::RULES_FLAG_HOUSING_LIMITS_EARLIER
                }
            };
            Some(tr_args(
                lang,
                key,
                &[("year", &year.to_string()), ("used", &used.to_string())],
            ))
        }
        Flag::OutsideWorkingAge { .. } => {
            benefit_ages_text(lang, None, k::RULES_FLAG_OUTSIDE_WORKING_AGE)
        }
        _ => None,
    }
}

/// "Unemployment benefit can be paid at ages 17–64." for the form, on `date` (or today's rules).
pub fn unemployment_benefit_ages_text(lang: Lang, date: Date) -> Option<String> {
    benefit_ages_text(lang, Some(date), k::RULES_BENEFIT_AGES)
}

fn benefit_ages_text(lang: Lang, date: Option<Date>, key: crate::i18n::Key) -> Option<String> {
    let date = date.unwrap_or_else(rules::last_known_date);
    let (min, max) = rules::unemployment_benefit_ages(date)?;
    Some(tr_args(
        lang,
        key,
        &[("min", &min.to_string()), ("max", &max.to_string())],
    ))
}

/// A value without its time unit, for sentences: money as `20,00 €`, shares as `80 %`, other
/// numbers bare (`21,5`), flags as yes / no.
pub fn bare_value_text(lang: Lang, unit: &str, value: &ParamValue) -> String {
    match value {
        ParamValue::Cents(c) => format::money(lang, c.0),
        ParamValue::Decimal(r) if unit == "share" => format::percent_ppm(lang, r.0),
        ParamValue::Decimal(r) => format::decimal_millionths(lang, r.0, 6),
        ParamValue::Count(n) => format::number(lang, i64::from(*n)),
        ParamValue::Flag(true) => tr(lang, k::RULES_VALUE_YES).to_string(),
        ParamValue::Flag(false) => tr(lang, k::RULES_VALUE_NO).to_string(),
        ParamValue::CentsTable(t) => t
            .iter()
            .map(|c| format::money(lang, c.0))
            .collect::<Vec<_>>()
            .join(" / "),
        ParamValue::DecimalTable(t) => t
            .iter()
            .map(|r| format::percent_ppm(lang, r.0))
            .collect::<Vec<_>>()
            .join(" / "),
    }
}

/// A message with `{law.name}` placeholders filled with the parameters' latest values (money and
/// shares with their sign, other numbers bare), so no value is typed into a text.
pub fn with_values(lang: Lang, template: &str) -> String {
    let mut out = String::new();
    let mut rest = template;
    while let Some(start) = rest.find('{') {
        out.push_str(&rest[..start]);
        let after = &rest[start + 1..];
        let Some(end) = after.find('}') else {
            out.push_str(&rest[start..]);
            return out;
        };
        let path = &after[..end];
        match crate::rules::parameter(path).and_then(|p| p.values.last().map(|(_, v)| (p.unit, v)))
        {
            Some((unit, value)) => out.push_str(&bare_value_text(lang, unit, value)),
            None => out.push_str(&rest[start..start + end + 2]),
        }
        rest = &after[end + 1..];
    }
    out.push_str(rest);
    out
}
