//! The Finnish calendar the month-by-month view needs: weekdays, public holidays and banking days
//! (docs/rules/maksuajankohdat.md, "Calendar").
//!
//! Why a module of its own: every payment date of the cash view is "a fixed day, moved to the
//! previous (or next) banking day", and every unemployment-benefit claim period pays its weekdays.
//! The holidays are computed for any year — Easter by the Gregorian computus, Midsummer Eve as
//! the Friday between 19 and 25 June — so no year's list is written anywhere.
//!
//! The banking-day calendar is an assumption: the list of Finnish bank holidays (new year,
//! Epiphany, Good Friday, Easter Monday, May Day, Ascension Day, Midsummer Eve, Independence Day,
//! Christmas Eve, Christmas Day, Boxing Day) was not taken from a primary source
//! (\[UNCONFIRMED\], listed on the About page).
//!
//! Boundary: pure; imports only [`crate::units`].

use crate::units::Date;

/// A day number: days since 1.1.1970 (negative before). Used only for arithmetic on dates.
fn day_number(d: Date) -> i64 {
    // Howard Hinnant's days_from_civil.
    let y = i64::from(d.y) - i64::from(d.m <= 2);
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(d.m);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(d.d) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn from_day_number(z: i64) -> Date {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u8;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
    let y = (yoe + era * 400 + i64::from(m <= 2)) as u16;
    Date { y, m, d }
}

/// `d` moved by `n` days (negative: back).
pub fn add_days(d: Date, n: i64) -> Date {
    from_day_number(day_number(d) + n)
}

/// Days from `a` to `b` (`b − a`; negative if `b` is earlier).
pub fn days_between(a: Date, b: Date) -> i64 {
    day_number(b) - day_number(a)
}

/// ISO weekday: 1 = Monday … 7 = Sunday.
pub fn weekday(d: Date) -> u8 {
    // 1.1.1970 was a Thursday (4).
    ((day_number(d) + 3).rem_euclid(7) + 1) as u8
}

/// Monday to Friday.
pub fn is_weekday(d: Date) -> bool {
    weekday(d) <= 5
}

/// The number of days in the month of `d`.
pub fn days_in_month(y: u16, m: u8) -> u8 {
    (28..=31)
        .rev()
        .find(|&day| Date::new(y, m, day).is_some())
        .unwrap_or(28)
}

/// The first day of the month of `d`.
pub fn month_start(d: Date) -> Date {
    Date { d: 1, ..d }
}

/// The last day of the month of `d`.
pub fn month_end(d: Date) -> Date {
    Date {
        d: days_in_month(d.y, d.m),
        ..d
    }
}

/// The first day of the month `n` months after (negative: before) the month of `d`.
pub fn add_months(d: Date, n: i32) -> Date {
    let index = i32::from(d.y) * 12 + i32::from(d.m) - 1 + n;
    Date {
        y: index.div_euclid(12) as u16,
        m: (index.rem_euclid(12) + 1) as u8,
        d: 1,
    }
}

/// Day `day` of the month of `d`, or the month's last day if the month is shorter.
pub fn day_of_month(d: Date, day: u8) -> Date {
    Date {
        d: day.clamp(1, days_in_month(d.y, d.m)),
        ..d
    }
}

/// Easter Sunday of year `y` (Gregorian computus, "anonymous" algorithm).
pub fn easter_sunday(y: u16) -> Date {
    let y = i32::from(y);
    let a = y % 19;
    let b = y / 100;
    let c = y % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    Date {
        y: y as u16,
        m: month as u8,
        d: day as u8,
    }
}

/// Midsummer Eve: the Friday between 19 and 25 June.
pub fn midsummer_eve(y: u16) -> Date {
    (19..=25)
        .map(|d| Date { y, m: 6, d })
        .find(|&d| weekday(d) == 5)
        .unwrap_or(Date { y, m: 6, d: 19 })
}

/// A weekday on which Finnish banks are closed (and wages fall due on the previous weekday).
pub fn is_bank_holiday(d: Date) -> bool {
    let easter = easter_sunday(d.y);
    let fixed = matches!(
        (d.m, d.d),
        (1, 1) | (1, 6) | (5, 1) | (12, 6) | (12, 24) | (12, 25) | (12, 26)
    );
    fixed
        || d == add_days(easter, -2)
        || d == add_days(easter, 1)
        || d == add_days(easter, 39)
        || d == midsummer_eve(d.y)
}

/// A day on which banks pay: a weekday that is not a bank holiday.
pub fn is_banking_day(d: Date) -> bool {
    is_weekday(d) && !is_bank_holiday(d)
}

/// `d` if it is a banking day, else the previous banking day (wages, child benefit).
pub fn on_or_before_banking_day(d: Date) -> Date {
    let mut x = d;
    while !is_banking_day(x) {
        x = add_days(x, -1);
    }
    x
}

/// `d` if it is a banking day, else the next banking day.
pub fn on_or_after_banking_day(d: Date) -> Date {
    let mut x = d;
    while !is_banking_day(x) {
        x = add_days(x, 1);
    }
    x
}

/// The `n`th banking day after `d` (`n` = 0: `d` itself if a banking day, else the next one).
pub fn banking_days_after(d: Date, n: u32) -> Date {
    let mut x = on_or_after_banking_day(d);
    for _ in 0..n {
        x = on_or_after_banking_day(add_days(x, 1));
    }
    x
}

/// The first banking day of the month of `d`.
pub fn first_banking_day(d: Date) -> Date {
    on_or_after_banking_day(month_start(d))
}

/// The last banking day of the month of `d`.
pub fn last_banking_day(d: Date) -> Date {
    on_or_before_banking_day(month_end(d))
}

/// Weekdays (Mon–Fri, holidays included: unemployment benefit pays them) from `from` to `to`,
/// both included; 0 if `to` is before `from`.
pub fn weekdays(from: Date, to: Date) -> u32 {
    let n = days_between(from, to);
    (0..=n).filter(|&i| is_weekday(add_days(from, i))).count() as u32
}

/// The day on which the `n`th weekday counted from `from` (included) falls; `n` ≥ 1.
pub fn nth_weekday_from(from: Date, n: u32) -> Date {
    let mut x = from;
    let mut seen = 0;
    loop {
        if is_weekday(x) {
            seen += 1;
            if seen >= n {
                return x;
            }
        }
        x = add_days(x, 1);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: u16, m: u8, day: u8) -> Date {
        Date::new(y, m, day).expect("valid")
    }

    #[test]
    fn easter_by_the_computus() {
        assert_eq!(easter_sunday(2024), d(2024, 3, 31));
        assert_eq!(easter_sunday(2025), d(2025, 4, 20));
        assert_eq!(easter_sunday(2026), d(2026, 4, 5));
        assert_eq!(easter_sunday(2027), d(2027, 3, 28));
        assert_eq!(easter_sunday(2019), d(2019, 4, 21));
    }

    #[test]
    fn the_bank_holidays_of_2026_match_the_specification() {
        // docs/rules/maksuajankohdat.md: 1.1, 6.1, 3.4, 6.4, 1.5, 14.5, 19.6, 24.12, 25.12 (6.12, 26.12 weekend).
        let weekday_holidays: Vec<Date> = (0..365)
            .map(|i| add_days(d(2026, 1, 1), i))
            .filter(|&x| is_weekday(x) && is_bank_holiday(x))
            .collect();
        assert_eq!(
            weekday_holidays,
            vec![
                d(2026, 1, 1),
                d(2026, 1, 6),
                d(2026, 4, 3),
                d(2026, 4, 6),
                d(2026, 5, 1),
                d(2026, 5, 14),
                d(2026, 6, 19),
                d(2026, 12, 24),
                d(2026, 12, 25)
            ]
        );
    }

    #[test]
    fn weekdays_per_month_of_2026() {
        // docs/rules/maksuajankohdat.md: May 21, June 22, July 23, August 21, September 22, October 22,
        // November 21, December 23.
        let counts: Vec<u32> = (5..=12)
            .map(|m| weekdays(d(2026, m, 1), month_end(d(2026, m, 1))))
            .collect();
        assert_eq!(counts, vec![21, 22, 23, 21, 22, 22, 21, 23]);
    }

    #[test]
    fn paydays_move_to_the_previous_banking_day() {
        // 5.7.2026 is a Sunday: due Friday 3.7.2026 (docs/rules/maksuajankohdat.md).
        assert_eq!(weekday(d(2026, 7, 5)), 7);
        assert_eq!(on_or_before_banking_day(d(2026, 7, 5)), d(2026, 7, 3));
        assert_eq!(last_banking_day(d(2026, 5, 1)), d(2026, 5, 29));
        assert_eq!(first_banking_day(d(2026, 5, 1)), d(2026, 5, 4));
        assert_eq!(banking_days_after(d(2026, 6, 30), 3), d(2026, 7, 3));
    }

    #[test]
    fn day_numbers_round_trip() {
        let start = d(2019, 1, 1);
        for i in 0..4000 {
            let x = add_days(start, i);
            assert_eq!(days_between(start, x), i);
            assert_eq!(Date::new(x.y, x.m, x.d), Some(x));
        }
        assert_eq!(add_months(d(2026, 12, 15), 1), d(2027, 1, 1));
        assert_eq!(add_months(d(2026, 1, 15), -1), d(2025, 12, 1));
        assert_eq!(nth_weekday_from(d(2024, 7, 1), 7), d(2024, 7, 9));
    }
}
