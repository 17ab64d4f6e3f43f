//! Numbers and money as each language writes them: "1 234,50 €" in Finnish and Swedish,
//! "€1,234.50" in English. Amounts arrive as integer cents; nothing here rounds money except
//! [`money_whole`], which rounds half away from zero to whole euros for compact labels.
//!
//! One rounding rule per context, so the same amount never reads three ways:
//! - tables, breakdowns, headlines, the summary and every place a person can check a figure:
//!   [`money`], exact to the cent;
//! - chart axes, chart tooltips and sentences about a chart ("from a wage of 1 235 €"):
//!   [`money_whole`], half away from zero. A chart is read at a glance, and a wage there is a
//!   point on a curve, not the person's own figure;
//! - nothing truncates or rounds towards zero.
//!
//! Also here: plural forms ([`plural_form`]) and the alphabetical order of each language
//! ([`collate`]; in Swedish and Finnish Å, Ä and Ö come after Z).

use super::Lang;

const NBSP: char = '\u{a0}';
const MINUS: char = '\u{2212}';

fn group(mut value: u64, separator: char) -> String {
    let mut groups = Vec::new();
    loop {
        groups.push(value % 1000);
        value /= 1000;
        if value == 0 {
            break;
        }
    }
    let mut out = String::new();
    for (index, part) in groups.iter().rev().enumerate() {
        if index == 0 {
            out.push_str(&part.to_string());
        } else {
            out.push(separator);
            out.push_str(&format!("{part:03}"));
        }
    }
    out
}

fn separators(lang: Lang) -> (char, char) {
    match lang {
        Lang::Fi | Lang::Sv | Lang::Selko => (NBSP, ','),
        Lang::En => (',', '.'),
    }
}

fn with_unit(lang: Lang, negative: bool, digits: String) -> String {
    let sign = if negative {
        MINUS.to_string()
    } else {
        String::new()
    };
    match lang {
        Lang::Fi | Lang::Sv | Lang::Selko => format!("{sign}{digits}{NBSP}€"),
        Lang::En => format!("{sign}€{digits}"),
    }
}

/// An amount of money with cents, e.g. `1 234,50 €` or `€1,234.50`.
pub fn money(lang: Lang, cents: i64) -> String {
    let (thousands, decimal) = separators(lang);
    let magnitude = cents.unsigned_abs();
    let digits = format!(
        "{}{decimal}{:02}",
        group(magnitude / 100, thousands),
        magnitude % 100
    );
    with_unit(lang, cents < 0, digits)
}

/// An amount rounded to whole euros (half away from zero), e.g. `1 235 €`.
pub fn money_whole(lang: Lang, cents: i64) -> String {
    let (thousands, _) = separators(lang);
    let magnitude = cents.unsigned_abs();
    let euros = magnitude / 100 + u64::from(magnitude % 100 >= 50);
    with_unit(lang, cents < 0 && euros > 0, group(euros, thousands))
}

/// A difference with an explicit sign: `+31,00 €`, `−12,00 €`.
pub fn signed_money(lang: Lang, cents: i64) -> String {
    if cents > 0 {
        format!("+{}", money(lang, cents))
    } else {
        money(lang, cents)
    }
}

/// An integer with thousands separators.
pub fn number(lang: Lang, value: i64) -> String {
    let (thousands, _) = separators(lang);
    let digits = group(value.unsigned_abs(), thousands);
    if value < 0 {
        format!("{MINUS}{digits}")
    } else {
        digits
    }
}

/// A percentage given in tenths of a percent (`935` → `93,5 %` / `93.5%`).
pub fn percent(lang: Lang, tenths: i64) -> String {
    let (_, decimal) = separators(lang);
    let magnitude = tenths.unsigned_abs();
    let sign = if tenths < 0 {
        MINUS.to_string()
    } else {
        String::new()
    };
    let body = if magnitude % 10 == 0 {
        format!("{}", magnitude / 10)
    } else {
        format!("{}{decimal}{}", magnitude / 10, magnitude % 10)
    };
    match lang {
        Lang::Fi | Lang::Sv | Lang::Selko => format!("{sign}{body}{NBSP}%"),
        Lang::En => format!("{sign}{body}%"),
    }
}

/// A number given in millionths, with up to `decimals` decimals and trailing zeros dropped
/// (`21_500_000` → `21,5`), rounded half away from zero.
pub fn decimal_millionths(lang: Lang, millionths: i64, decimals: u32) -> String {
    let (thousands, decimal) = separators(lang);
    let scale = 10_i64.pow(6 - decimals.min(6));
    let magnitude = millionths.unsigned_abs();
    let scale_u = scale.unsigned_abs();
    let rounded = (magnitude + scale_u / 2) / scale_u;
    let unit = 10_u64.pow(decimals.min(6));
    let whole = group(rounded / unit, thousands);
    let fraction = format!(
        "{:0width$}",
        rounded % unit,
        width = decimals.min(6) as usize
    );
    let fraction = fraction.trim_end_matches('0');
    let sign = if millionths < 0 && rounded > 0 {
        MINUS.to_string()
    } else {
        String::new()
    };
    if fraction.is_empty() {
        format!("{sign}{whole}")
    } else {
        format!("{sign}{whole}{decimal}{fraction}")
    }
}

/// A rate in parts per million as a percentage with up to two decimals (`71_500` → `7,15 %`).
pub fn percent_ppm(lang: Lang, ppm: i64) -> String {
    let body = decimal_millionths(lang, ppm.saturating_mul(100), 2);
    match lang {
        Lang::Fi | Lang::Sv | Lang::Selko => format!("{body}{NBSP}%"),
        Lang::En => format!("{body}%"),
    }
}

/// The plural form a count takes: Finnish, Swedish and English all use "one" for exactly 1
/// and "other" for every other whole number. Messages with a count have a key for each form
/// (`….one`, `….other`).
pub fn plural_form(lang: Lang, count: i64) -> &'static str {
    let _ = lang;
    if count == 1 {
        "one"
    } else {
        "other"
    }
}

/// The singular or plural form of a message for `count` (`plural_keys!("summary.facts.adults")`),
/// with `{count}` filled in.
pub fn count_text(lang: Lang, forms: super::Plural, count: i64) -> String {
    let key = if plural_form(lang, count) == "one" {
        forms.one
    } else {
        forms.other
    };
    super::fill(super::tr(lang, key), &[("count", &number(lang, count))])
}

/// The primary weight of a letter in `lang`'s alphabet: in Finnish and Swedish å, ä (æ) and
/// ö (ø) are letters of their own after z, and ü sorts as y; in English they sort as their base
/// letters. Other accented Latin letters sort as their base letter; separators before digits
/// before letters.
fn weight(lang: Lang, c: char) -> u32 {
    let nordic = lang != Lang::En;
    let letter = |base: char| 100 + (u32::from(base) - u32::from('a')) * 2;
    let lower = c.to_lowercase().next().unwrap_or(c);
    match lower {
        ' ' | '-' | '\u{2013}' | '\'' => 1,
        '0'..='9' => 10 + (u32::from(lower) - u32::from('0')),
        'a'..='z' => letter(lower),
        'å' if nordic => letter('z') + 2,
        'ä' | 'æ' if nordic => letter('z') + 4,
        'ö' | 'ø' if nordic => letter('z') + 6,
        'ü' if nordic => letter('y'),
        'á' | 'à' | 'â' | 'ã' | 'å' | 'ä' | 'æ' => letter('a'),
        'é' | 'è' | 'ê' | 'ë' => letter('e'),
        'í' | 'ì' | 'î' | 'ï' => letter('i'),
        'ó' | 'ò' | 'ô' | 'õ' | 'ö' | 'ø' => letter('o'),
        'ú' | 'ù' | 'û' | 'ü' => letter('u'),
        'š' => letter('s'),
        'ž' => letter('z'),
        other => 1000 + u32::from(other),
    }
}

/// Compares two names in `lang`'s alphabetical order (letters first, then accents and case
/// as tie-breakers, so the order is total and stable).
pub fn collate(lang: Lang, a: &str, b: &str) -> std::cmp::Ordering {
    let primary = |s: &str| s.chars().map(|c| weight(lang, c)).collect::<Vec<u32>>();
    primary(a)
        .cmp(&primary(b))
        .then_with(|| a.to_lowercase().cmp(&b.to_lowercase()))
        .then_with(|| a.cmp(b))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nordic_letters_come_after_z_in_finnish_and_swedish_only() {
        let mut names = vec!["Övertorneå", "Åbo", "Zebra", "Äänekoski", "Alavus", "Oulu"];
        names.sort_by(|a, b| collate(Lang::Sv, a, b));
        assert_eq!(
            names,
            ["Alavus", "Oulu", "Zebra", "Åbo", "Äänekoski", "Övertorneå"]
        );
        names.sort_by(|a, b| collate(Lang::Fi, a, b));
        assert_eq!(
            names,
            ["Alavus", "Oulu", "Zebra", "Åbo", "Äänekoski", "Övertorneå"]
        );
        names.sort_by(|a, b| collate(Lang::En, a, b));
        assert_eq!(
            names,
            ["Äänekoski", "Åbo", "Alavus", "Oulu", "Övertorneå", "Zebra"]
        );
        // Inside a word too: Pälkäne after Pyhtää, and case does not decide before letters do.
        assert_eq!(
            collate(Lang::Fi, "Pälkäne", "Pyhtää"),
            std::cmp::Ordering::Greater
        );
        assert_eq!(collate(Lang::Fi, "ii", "Ih"), std::cmp::Ordering::Greater);
    }

    #[test]
    fn plural_forms() {
        assert_eq!(plural_form(Lang::Fi, 1), "one");
        assert_eq!(plural_form(Lang::Sv, 0), "other");
        assert_eq!(plural_form(Lang::En, 2), "other");
    }

    #[test]
    fn money_per_language() {
        assert_eq!(money(Lang::Fi, 123_450), "1\u{a0}234,50\u{a0}€");
        assert_eq!(money(Lang::Sv, 5), "0,05\u{a0}€");
        assert_eq!(money(Lang::En, 123_450), "€1,234.50");
        assert_eq!(money(Lang::En, -100_000_000), "\u{2212}€1,000,000.00");
        assert_eq!(money(Lang::Fi, i64::MIN).chars().next(), Some('\u{2212}'));
    }

    #[test]
    fn whole_euros_round_half_away_from_zero() {
        assert_eq!(money_whole(Lang::Fi, 123_450), "1\u{a0}235\u{a0}€");
        assert_eq!(money_whole(Lang::En, -149), "\u{2212}€1");
        assert_eq!(money_whole(Lang::En, -49), "€0");
    }

    #[test]
    fn millionths_and_rates() {
        assert_eq!(decimal_millionths(Lang::Fi, 21_500_000, 2), "21,5");
        assert_eq!(decimal_millionths(Lang::En, 4_300_000, 2), "4.3");
        assert_eq!(percent_ppm(Lang::Fi, 71_500), "7,15\u{a0}%");
        assert_eq!(percent_ppm(Lang::En, 500_000), "50%");
        assert_eq!(percent_ppm(Lang::En, 700_000), "70%");
        assert!(!decimal_millionths(Lang::En, i64::MIN, 2).is_empty());
    }

    #[test]
    fn signs_numbers_and_percentages() {
        assert_eq!(signed_money(Lang::En, 3100), "+€31.00");
        assert_eq!(number(Lang::Fi, 1_000_000), "1\u{a0}000\u{a0}000");
        assert_eq!(percent(Lang::Fi, 935), "93,5\u{a0}%");
        assert_eq!(percent(Lang::En, 800), "80%");
    }
}
