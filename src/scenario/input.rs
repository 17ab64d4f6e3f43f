//! Reading what people type into money and number fields.
//!
//! People write money the Finnish way ("1 234,50", "1 200 €") or the English way ("1,234.50",
//! "1234.5"). [`parse_money`] accepts both and refuses everything else with a reason the UI can
//! put next to the field; it never panics and never guesses a negative or absurd amount.

use crate::i18n::{k, Key};

/// Why a typed amount was not accepted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum InputError {
    /// Nothing was typed.
    Empty,
    /// Something other than digits, separators, spaces and a euro sign.
    NotANumber,
    /// A minus sign.
    Negative,
    /// More than two decimals, or separators in impossible places ("12,34,5").
    BadFormat,
    /// Above the largest amount the field accepts.
    TooLarge,
}

impl InputError {
    /// The message (in `i18n/<lang>/form.txt`) that explains this error.
    pub fn message_key(self) -> Key {
        match self {
            InputError::Empty => k::FORM_ERROR_EMPTY,
            InputError::NotANumber => k::FORM_ERROR_NOT_A_NUMBER,
            InputError::Negative => k::FORM_ERROR_NEGATIVE,
            InputError::BadFormat => k::FORM_ERROR_BAD_FORMAT,
            InputError::TooLarge => k::FORM_ERROR_TOO_LARGE,
        }
    }
}

fn is_space(c: char) -> bool {
    c.is_whitespace() || c == '\u{a0}' || c == '\u{202f}' || c == '\u{2009}'
}

/// Parses an amount of money in euros into cents, accepting at most `max_cents`.
///
/// A separator followed by exactly three digits and more groups, or used more than once, is a
/// thousands separator; the last separator followed by one or two digits is the decimal point.
pub fn parse_money(text: &str, max_cents: i64) -> Result<i64, InputError> {
    let trimmed = text.trim_matches(is_space);
    let trimmed = trimmed
        .strip_suffix('€')
        .or_else(|| trimmed.strip_prefix('€'))
        .unwrap_or(trimmed)
        .trim_matches(is_space);
    let lower = trimmed.to_ascii_lowercase();
    let body = lower
        .strip_suffix("eur")
        .or_else(|| lower.strip_suffix("e"))
        .unwrap_or(&lower)
        .trim_matches(is_space);
    if body.is_empty() {
        return Err(InputError::Empty);
    }
    if body.starts_with('-') || body.starts_with('\u{2212}') {
        return Err(InputError::Negative);
    }
    let compact: String = body.chars().filter(|c| !is_space(*c)).collect();
    if !compact
        .chars()
        .all(|c| c.is_ascii_digit() || c == ',' || c == '.')
    {
        return Err(InputError::NotANumber);
    }
    if !compact.chars().next().is_some_and(|c| c.is_ascii_digit()) {
        return Err(InputError::BadFormat);
    }
    let separators: Vec<(usize, char)> = compact
        .char_indices()
        .filter(|(_, c)| *c == ',' || *c == '.')
        .collect();
    let (integer_part, decimals) = match separators.last() {
        None => (compact.clone(), String::new()),
        Some(&(at, sep)) => {
            let tail = &compact[at + 1..];
            let other_kind = separators.iter().any(|&(_, c)| c != sep);
            let repeated_alone = separators.len() > 1 && !other_kind;
            let is_decimal = !tail.is_empty() && tail.len() <= 2 && !repeated_alone;
            if is_decimal {
                (compact[..at].to_string(), tail.to_string())
            } else {
                (compact.clone(), String::new())
            }
        }
    };
    // What remains in the integer part must be digit groups of three after the first.
    let groups: Vec<&str> = integer_part.split([',', '.']).collect();
    if groups.len() > 1 {
        let thousands: Vec<char> = integer_part
            .chars()
            .filter(|c| *c == ',' || *c == '.')
            .collect();
        let consistent = thousands.windows(2).all(|w| w[0] == w[1]);
        let shaped = groups[0].len() <= 3
            && !groups[0].is_empty()
            && groups[1..].iter().all(|g| g.len() == 3);
        if !consistent || !shaped {
            return Err(InputError::BadFormat);
        }
    }
    if decimals.len() > 2 {
        return Err(InputError::BadFormat);
    }
    let digits: String = groups.concat();
    if digits.is_empty() || digits.len() > 15 {
        return Err(if digits.is_empty() {
            InputError::BadFormat
        } else {
            InputError::TooLarge
        });
    }
    let euros: i64 = digits.parse().map_err(|_| InputError::TooLarge)?;
    let mut cents_part: i64 = decimals.parse().unwrap_or(0);
    if decimals.len() == 1 {
        cents_part *= 10;
    }
    let cents = euros
        .checked_mul(100)
        .and_then(|c| c.checked_add(cents_part))
        .ok_or(InputError::TooLarge)?;
    if cents > max_cents {
        return Err(InputError::TooLarge);
    }
    Ok(cents)
}

/// Parses a whole number (an age, days per week) between `min` and `max`.
pub fn parse_whole(text: &str, min: u32, max: u32) -> Result<u32, InputError> {
    let body: String = text.chars().filter(|c| !is_space(*c)).collect();
    if body.is_empty() {
        return Err(InputError::Empty);
    }
    if body.starts_with('-') || body.starts_with('\u{2212}') {
        return Err(InputError::Negative);
    }
    if !body.chars().all(|c| c.is_ascii_digit()) {
        return Err(InputError::NotANumber);
    }
    let value: u32 = body.parse().map_err(|_| InputError::TooLarge)?;
    if value > max {
        return Err(InputError::TooLarge);
    }
    if value < min {
        return Err(InputError::BadFormat);
    }
    Ok(value)
}

/// Parses hours per week (decimals allowed, "37,5") into hundredths of an hour, up to `max` hours.
pub fn parse_hours(text: &str, max_hours: u32) -> Result<u32, InputError> {
    let hundredths = parse_money(text, i64::from(max_hours) * 100)?;
    u32::try_from(hundredths).map_err(|_| InputError::TooLarge)
}

/// Writes cents the way a person would type them back into the field ("1234,5" → "1234,50").
pub fn money_for_field(cents: i64, decimal: char) -> String {
    let magnitude = cents.unsigned_abs();
    let euros = magnitude / 100;
    let rest = magnitude % 100;
    let sign = if cents < 0 { "-" } else { "" };
    if rest == 0 {
        format!("{sign}{euros}")
    } else {
        format!("{sign}{euros}{decimal}{rest:02}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const MAX: i64 = 100_000_000;

    #[test]
    fn finnish_and_english_writing() {
        assert_eq!(parse_money("1 234,50", MAX), Ok(123_450));
        assert_eq!(parse_money("1234.5", MAX), Ok(123_450));
        assert_eq!(parse_money("1 200 €", MAX), Ok(120_000));
        assert_eq!(parse_money("€1,234.50", MAX), Ok(123_450));
        assert_eq!(parse_money("1.234,50", MAX), Ok(123_450));
        assert_eq!(parse_money("1,234", MAX), Ok(123_400));
        assert_eq!(parse_money("12,3", MAX), Ok(1230));
        assert_eq!(parse_money("0", MAX), Ok(0));
        assert_eq!(parse_money("  560e ", MAX), Ok(56_000));
        assert_eq!(parse_money("1\u{a0}000\u{a0}000", MAX), Ok(100_000_000));
        assert_eq!(parse_money("2 300 eur", MAX), Ok(230_000));
    }

    #[test]
    fn refuses_everything_else() {
        assert_eq!(parse_money("abc", MAX), Err(InputError::NotANumber));
        assert_eq!(parse_money("-5", MAX), Err(InputError::Negative));
        assert_eq!(parse_money("1e9", MAX), Err(InputError::NotANumber));
        assert_eq!(parse_money("12,34,5", MAX), Err(InputError::BadFormat));
        assert_eq!(parse_money("", MAX), Err(InputError::Empty));
        assert_eq!(parse_money("   ", MAX), Err(InputError::Empty));
        assert_eq!(parse_money("😀", MAX), Err(InputError::NotANumber));
        assert_eq!(parse_money("1,2345", MAX), Err(InputError::BadFormat));
        assert_eq!(parse_money(",5", MAX), Err(InputError::BadFormat));
        assert_eq!(
            parse_money("1.000.000,5,5", MAX),
            Err(InputError::BadFormat)
        );
        assert_eq!(parse_money("1 000 001", MAX), Err(InputError::TooLarge));
        assert_eq!(
            parse_money("99999999999999999999999", MAX),
            Err(InputError::TooLarge)
        );
        assert_eq!(parse_money("1,23.4", MAX), Err(InputError::BadFormat));
    }

    #[test]
    fn whole_numbers_and_hours() {
        assert_eq!(parse_whole("44", 0, 120), Ok(44));
        assert_eq!(parse_whole("121", 0, 120), Err(InputError::TooLarge));
        assert_eq!(parse_whole("4.5", 0, 7), Err(InputError::NotANumber));
        assert_eq!(parse_hours("37,5", 80), Ok(3750));
        assert_eq!(parse_hours("90", 80), Err(InputError::TooLarge));
    }

    #[test]
    fn field_text_round_trips() {
        for cents in [0, 5, 123_450, 120_000, 99] {
            assert_eq!(parse_money(&money_for_field(cents, ','), MAX), Ok(cents));
            assert_eq!(parse_money(&money_for_field(cents, '.'), MAX), Ok(cents));
        }
    }
}
