//! Numbers of the scenario format read from their decimal text: money is rounded half-up to
//! cents from the digits the person wrote, never through `f64`, where 0.145 is 0.14499…
//!
//! The JSON itself is read and written by [`crate::json`], which keeps every number as its text
//! and every key of an object in order, duplicates included when asked (so
//! `"monthly_wage": 0, "monthly_wage": 5000` is reported instead of the last one silently
//! winning).

/// The scenario reader's name for a JSON tree.
pub(crate) use crate::json::Value as Json;

/// The value of a JSON number text times `10^places`, rounded half-up (a dropped part of one
/// half or more rounds away from zero). `None` when it does not fit in an `i64`. Works on the
/// digits only; no floating point.
pub(crate) fn scaled(text: &str, places: i64) -> Option<i64> {
    // Only number characters (the parser has checked the grammar; this keeps any text safe).
    if text.is_empty()
        || !text
            .bytes()
            .all(|b| b.is_ascii_digit() || b"+-.eE".contains(&b))
    {
        return None;
    }
    let (negative, rest) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let (mantissa, exponent) = match rest.find(['e', 'E']) {
        Some(i) => (&rest[..i], &rest[i + 1..]),
        None => (rest, "0"),
    };
    // Saturate absurd exponents instead of overflowing; anything beyond ±10^6 is 0 or too large.
    let exponent = exponent
        .trim_start_matches('+')
        .parse::<i64>()
        .unwrap_or(if exponent.starts_with('-') {
            -1_000_000
        } else {
            1_000_000
        })
        .clamp(-1_000_000, 1_000_000);
    let (int_part, frac_part) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let digits: String = int_part.chars().chain(frac_part.chars()).collect();
    let digits = digits.trim_start_matches('0');
    if digits.is_empty() {
        return Some(0);
    }
    let shift = exponent + places - frac_part.len() as i64;
    let magnitude: i128 = if shift >= 0 {
        if digits.len() as i64 + shift > 19 {
            return None;
        }
        let base: i128 = digits.parse().ok()?;
        base * 10i128.pow(shift as u32)
    } else {
        let drop = (-shift) as usize;
        if drop > digits.len() {
            0
        } else {
            let (kept, dropped) = digits.split_at(digits.len() - drop);
            if kept.len() > 19 {
                return None;
            }
            let kept: i128 = if kept.is_empty() {
                0
            } else {
                kept.parse().ok()?
            };
            let half_or_more = dropped.as_bytes().first().is_some_and(|&d| d >= b'5');
            kept + i128::from(half_or_more)
        }
    };
    let signed = if negative { -magnitude } else { magnitude };
    i64::try_from(signed).ok()
}

/// The integer a JSON number text stands for, if it is a whole number (`30`, `30.0`, `3e1`).
pub(crate) fn integer(text: &str) -> Option<i64> {
    if scaled_is_exact(text) {
        scaled(text, 0)
    } else {
        None
    }
}

/// Whether the number has no non-zero digit below the units (so rounding to units is exact).
fn scaled_is_exact(text: &str) -> bool {
    let rest = text.strip_prefix('-').unwrap_or(text);
    let (mantissa, exponent) = match rest.find(['e', 'E']) {
        Some(i) => (
            &rest[..i],
            rest[i + 1..]
                .trim_start_matches('+')
                .parse::<i64>()
                .unwrap_or(0),
        ),
        None => (rest, 0),
    };
    let (int_part, frac_part) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let digits: String = int_part.chars().chain(frac_part.chars()).collect();
    let units = int_part.len() as i64 + exponent; // digits before the decimal point
    digits
        .char_indices()
        .all(|(i, d)| (i as i64) < units || d == '0')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn money_is_rounded_half_up_from_the_decimal_text() {
        for (text, cents) in [
            ("0.145", 15),
            ("1.005", 101),
            ("2.675", 268),
            ("0.144999", 14),
            ("12", 1200),
            ("-0.005", -1),
            ("1e2", 10000),
            ("1.5E-2", 2),
            ("0.0049", 0),
            ("0", 0),
            ("-0", 0),
            ("1e-999999999999", 0),
            ("123456789012.34", 12_345_678_901_234),
        ] {
            assert_eq!(scaled(text, 2), Some(cents), "{text}");
        }
        assert_eq!(scaled("1e300", 2), None);
        assert_eq!(scaled("99999999999999999999", 2), None);
    }

    #[test]
    fn integers_must_be_whole() {
        assert_eq!(integer("30"), Some(30));
        assert_eq!(integer("30.0"), Some(30));
        assert_eq!(integer("3e1"), Some(30));
        assert_eq!(integer("30.5"), None);
        assert_eq!(integer("30.01"), None);
        assert_eq!(integer("-2"), Some(-2));
    }
}

// proptest is a native-only dev-dependency.
#[cfg(test)]
#[cfg(not(target_arch = "wasm32"))]
mod properties {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

        #[test]
        fn written_cents_read_back_exactly(cents in -10_000_000_000i64..10_000_000_000i64) {
            let text = format!("{}{}.{:02}", if cents < 0 { "-" } else { "" }, cents.unsigned_abs() / 100, cents.unsigned_abs() % 100);
            prop_assert_eq!(scaled(&text, 2), Some(cents));
        }

        #[test]
        fn a_third_decimal_rounds_half_up(cents in 0i64..1_000_000_000, third in 0u8..10) {
            let text = format!("{}.{:02}{third}", cents / 100, cents % 100);
            let expected = cents + i64::from(third >= 5);
            prop_assert_eq!(scaled(&text, 2), Some(expected));
        }

        #[test]
        fn any_text_parses_without_panic(text in ".{0,300}") {
            let _ = crate::json::parse_keeping_duplicates(&text);
            let _ = scaled(&text, 2);
            let _ = integer(&text);
        }
    }
}
