//! Calendar dates (`YYYY-MM-DD`): enough to pick a rule period and to check a date a person typed.
//! A date with its own type (not a string) cannot be invalid once parsed, and orders chronologically.

use std::fmt;

/// A calendar date. Ordering is chronological.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    /// Year.
    pub y: u16,
    /// Month 1–12.
    pub m: u8,
    /// Day 1–31 (valid for the month).
    pub d: u8,
}

fn days_in_month(y: u16, m: u8) -> u8 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
        2 => 28,
        _ => 0,
    }
}

impl Date {
    /// A valid date, or `None`.
    pub fn new(y: u16, m: u8, d: u8) -> Option<Date> {
        if (1..=12).contains(&m) && d >= 1 && d <= days_in_month(y, m) {
            Some(Date { y, m, d })
        } else {
            None
        }
    }

    /// Parse exactly `YYYY-MM-DD`.
    pub fn parse(s: &str) -> Option<Date> {
        let b = s.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        let num = |r: std::ops::Range<usize>| -> Option<u16> {
            let t = s.get(r)?;
            if t.bytes().all(|c| c.is_ascii_digit()) {
                t.parse().ok()
            } else {
                None
            }
        };
        Date::new(num(0..4)?, num(5..7)? as u8, num(8..10)? as u8)
    }

    /// The following day.
    pub fn next_day(self) -> Date {
        if self.d < days_in_month(self.y, self.m) {
            Date {
                d: self.d + 1,
                ..self
            }
        } else if self.m < 12 {
            Date {
                m: self.m + 1,
                d: 1,
                ..self
            }
        } else {
            Date {
                y: self.y.saturating_add(1),
                m: 1,
                d: 1,
            }
        }
    }
}

impl fmt::Display for Date {
    /// `YYYY-MM-DD`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.y, self.m, self.d)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_prints() {
        let d = Date::parse("2026-02-28").expect("date");
        assert_eq!(d.to_string(), "2026-02-28");
        assert_eq!(
            d.next_day(),
            Date {
                y: 2026,
                m: 3,
                d: 1
            }
        );
        assert!(Date::parse("2026-02-29").is_none());
        assert!(Date::parse("2026-2-28").is_none());
        assert!(Date::parse("２０２６-02-28").is_none());
    }
}
