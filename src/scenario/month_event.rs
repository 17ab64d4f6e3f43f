//! The change the month-by-month view shows (`month_event` in the scenario JSON,
//! docs/SCENARIO-FORMAT.md "month_event").
//!
//! Why in the scenario: the person picks the change once, and the same value goes to the engine
//! ([`crate::rules::maksuajankohdat`]), the view, storage, files and share links. The JSON mirrors
//! what the person enters (flat fields next to `change`); [`MonthEvent::event`] turns it into the
//! engine's [`Event`], taking the change from one of the scenario's options when asked, and
//! [`MonthEvent::after`] gives the steady situation after the change.

use super::fields::{Ctx, Nested};
use super::text::{self, Json};
use super::*;
use crate::rules::maksuajankohdat::{Change, Event, PayRhythm};

/// What kind of change.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum ChangeKind {
    /// A job starts.
    #[default]
    JobStarts,
    /// More (or fewer) hours from a date.
    MoreHours,
    /// The job ends.
    JobEnds,
    /// A one-off gig.
    Gig,
    /// Rehabilitative work activity starts.
    RehabilitativeWork,
    /// The change of one of the scenario's options, from a date.
    Option,
}

/// The accepted `change` names, in [`ChangeKind`] order.
pub const CHANGES: &[&str] = &[
    "job_starts",
    "more_hours",
    "job_ends",
    "gig",
    "rehabilitative_work",
    "option",
];

/// The accepted `pay_rhythm` names.
pub const RHYTHMS: &[&str] = &["end_of_month", "15th_next_month", "twice_a_month"];

impl ChangeKind {
    /// Every kind, in the order of [`CHANGES`].
    pub const ALL: [ChangeKind; 6] = [
        ChangeKind::JobStarts,
        ChangeKind::MoreHours,
        ChangeKind::JobEnds,
        ChangeKind::Gig,
        ChangeKind::RehabilitativeWork,
        ChangeKind::Option,
    ];
    /// The JSON name.
    pub fn as_str(self) -> &'static str {
        CHANGES[ChangeKind::ALL.iter().position(|k| *k == self).unwrap_or(0)]
    }
    fn parse(s: &str) -> Option<ChangeKind> {
        CHANGES
            .iter()
            .position(|c| *c == s)
            .map(|i| ChangeKind::ALL[i])
    }
}

/// The change and its details, as entered.
#[derive(Clone, Debug, PartialEq)]
pub struct MonthEvent {
    /// What changes.
    pub change: ChangeKind,
    /// The date of the change (first working day; for a job that ends, the last day).
    pub date: Date,
    /// Which adult (default 0).
    pub adult: u8,
    /// The new wage (job starts, more hours).
    pub wage: Option<Wage>,
    /// Pay rhythm (default: monthly salary at the end of the month, hourly pay on the 15th of
    /// the next month).
    pub pay_rhythm: Option<PayRhythm>,
    /// Full-time work lasting more than two weeks (default: hourly work over 80 % of full time).
    pub full_time: Option<bool>,
    /// The first partial month is paid with the next regular salary.
    pub first_pay_with_next: bool,
    /// Holiday compensation paid with the final pay (job ends).
    pub holiday_compensation: Cents,
    /// Gross pay of a gig.
    pub gross: Cents,
    /// Payday of a gig.
    pub pay_date: Option<Date>,
    /// Hours of a gig (hundredths).
    pub hours: Option<Hours>,
    /// Participation days per week (rehabilitative work activity).
    pub days_per_week: Option<u8>,
    /// The option whose change is taken.
    pub option: Option<u8>,
}

const KNOWN: &[&str] = &[
    "change",
    "date",
    "adult",
    "monthly_wage",
    "hourly_wage",
    "hours_per_week",
    "pay_rhythm",
    "full_time",
    "first_pay_with_next",
    "holiday_compensation",
    "gross",
    "pay_date",
    "hours",
    "days_per_week",
    "option",
];

/// The fields of `month_event` as read: the object's pairs, with the path for problems.
struct Fields<'a> {
    pairs: &'a [(String, Json)],
    path: &'a str,
}

impl<'a> Fields<'a> {
    fn p(&self, k: &str) -> String {
        format!("{}.{k}", self.path)
    }
    fn get(&self, k: &str) -> Option<&'a Json> {
        self.pairs
            .iter()
            .find(|(key, _)| key == k)
            .map(|(_, v)| v)
            .filter(|v| **v != Json::Null)
    }
    fn wrong(&self, k: &str, expected: &'static str, e: &mut Errors) {
        e.push(self.p(k), Problem::WrongType { expected });
    }
    fn string(&self, k: &str, e: &mut Errors) -> Option<&'a str> {
        match self.get(k)? {
            Json::String(s) => Some(s),
            _ => {
                self.wrong(k, "string", e);
                None
            }
        }
    }
    fn boolean(&self, k: &str, e: &mut Errors) -> Option<bool> {
        match self.get(k)? {
            Json::Bool(b) => Some(*b),
            _ => {
                self.wrong(k, "boolean", e);
                None
            }
        }
    }
    /// A decimal number scaled by 10^`decimals` (half-up from its text), within `0..=max`.
    fn scaled(&self, k: &str, decimals: u32, max: i64, e: &mut Errors) -> Option<i64> {
        let places = i64::from(decimals);
        match self.get(k)? {
            Json::Number(t) => match text::scaled(t, places) {
                Some(n) if (0..=max).contains(&n) => Some(n),
                _ => {
                    let unit = 10i64.pow(decimals);
                    e.push(
                        self.p(k),
                        Problem::OutOfRange {
                            min: 0,
                            max: max / unit,
                        },
                    );
                    None
                }
            },
            _ => {
                self.wrong(k, "number", e);
                None
            }
        }
    }
    fn money(&self, k: &str, e: &mut Errors) -> Option<Cents> {
        self.scaled(k, 2, MAX_MONTHLY.0, e).map(Cents)
    }
    fn whole(&self, k: &str, min: i64, max: i64, e: &mut Errors) -> Option<i64> {
        let n = self.scaled(k, 0, max, e)?;
        if n < min {
            e.push(self.p(k), Problem::OutOfRange { min, max });
            return None;
        }
        Some(n)
    }
    fn date(&self, k: &str, e: &mut Errors) -> Option<Date> {
        let s = self.string(k, e)?;
        let d = Date::parse(s);
        if d.is_none() {
            e.push(self.p(k), Problem::InvalidDate);
        }
        d
    }
    fn wage(&self, e: &mut Errors) -> Option<Wage> {
        let monthly = self.money("monthly_wage", e);
        let hourly = self
            .scaled("hourly_wage", 2, MAX_HOURLY_OR_DAILY.0, e)
            .map(Cents);
        let hours = self
            .scaled("hours_per_week", 2, 16_800, e)
            .and_then(|h| u32::try_from(h).ok())
            .map(Hours);
        match (monthly, hourly, hours) {
            (Some(_), Some(_), _) => {
                e.push(self.p("hourly_wage"), Problem::MonthlyAndHourlyWage);
                None
            }
            (Some(m), None, _) => Some(Wage::Monthly(m)),
            (None, Some(hourly), Some(hours_per_week)) => Some(Wage::Hourly {
                hourly,
                hours_per_week,
            }),
            (None, Some(_), None) => {
                e.push(self.p("hours_per_week"), Problem::HourlyWageNeedsHours);
                None
            }
            (None, None, Some(_)) => {
                e.push(self.p("hourly_wage"), Problem::HourlyWageNeedsHours);
                None
            }
            (None, None, None) => None,
        }
    }
}

/// Read `month_event` at `path` (`None` when it is not an object; the problem is reported).
fn read(v: &Json, path: &str, e: &mut Errors) -> Option<MonthEvent> {
    let Json::Object(pairs) = v else {
        e.push(path, Problem::WrongType { expected: "object" });
        return None;
    };
    let o = Fields { pairs, path };
    let mut seen: Vec<&str> = Vec::new();
    for (k, _) in pairs {
        if k.starts_with('_') {
            continue;
        }
        if !KNOWN.contains(&k.as_str()) {
            e.push(o.p(k), Problem::UnknownField);
        } else if seen.contains(&k.as_str()) {
            e.push(o.p(k), Problem::DuplicateField);
        }
        seen.push(k);
    }
    let change = match o.string("change", e) {
        Some(s) => ChangeKind::parse(s).unwrap_or_else(|| {
            e.push(o.p("change"), Problem::UnknownValue { allowed: CHANGES });
            ChangeKind::JobStarts
        }),
        None => {
            if o.get("change").is_none() {
                e.push(o.p("change"), Problem::Missing);
            }
            ChangeKind::JobStarts
        }
    };
    let date = o.date("date", e).unwrap_or_else(|| {
        if o.get("date").is_none() {
            e.push(o.p("date"), Problem::Missing);
        }
        FIRST_DATE
    });
    let pay_rhythm = o
        .string("pay_rhythm", e)
        .and_then(|s| match PayRhythm::parse(s) {
            Some(r) => Some(r),
            None => {
                e.push(
                    o.p("pay_rhythm"),
                    Problem::UnknownValue { allowed: RHYTHMS },
                );
                None
            }
        });
    Some(MonthEvent {
        change,
        date,
        adult: o
            .whole("adult", 0, MAX_PERSONS as i64 - 1, e)
            .map_or(0, |n| n as u8),
        wage: o.wage(e),
        pay_rhythm,
        full_time: o.boolean("full_time", e),
        first_pay_with_next: o.boolean("first_pay_with_next", e).unwrap_or(false),
        holiday_compensation: o.money("holiday_compensation", e).unwrap_or_default(),
        gross: o.money("gross", e).unwrap_or_default(),
        pay_date: o.date("pay_date", e),
        hours: o
            .scaled("hours", 2, 74_400, e)
            .and_then(|h| u32::try_from(h).ok())
            .map(Hours),
        days_per_week: o.whole("days_per_week", 1, 7, e).map(|n| n as u8),
        option: o
            .whole("option", 0, MAX_OPTIONS as i64 - 1, e)
            .map(|n| n as u8),
    })
}

/// A whole number of hundredths as the shortest decimal text.
fn hundredths(n: i64) -> Json {
    let (whole, part) = (n / 100, n % 100);
    Json::Number(match part {
        0 => format!("{whole}"),
        p if p % 10 == 0 => format!("{whole}.{}", p / 10),
        p => format!("{whole}.{p:02}"),
    })
}

fn string(s: &str) -> Json {
    Json::String(s.to_owned())
}

/// `month_event` as JSON, in the order of docs/SCENARIO-FORMAT.md (only fields that are set).
fn tree(m: &MonthEvent) -> Json {
    let mut f: Vec<(String, Json)> = vec![
        ("change".into(), string(m.change.as_str())),
        ("date".into(), string(&m.date.to_string())),
    ];
    if m.adult > 0 {
        f.push(("adult".into(), Json::Number(m.adult.to_string())));
    }
    match m.wage {
        Some(Wage::Monthly(c)) => f.push(("monthly_wage".into(), hundredths(c.0))),
        Some(Wage::Hourly {
            hourly,
            hours_per_week,
        }) => {
            f.push(("hourly_wage".into(), hundredths(hourly.0)));
            f.push((
                "hours_per_week".into(),
                hundredths(i64::from(hours_per_week.0)),
            ));
        }
        None => {}
    }
    if let Some(r) = m.pay_rhythm {
        f.push(("pay_rhythm".into(), string(r.as_str())));
    }
    if let Some(b) = m.full_time {
        f.push(("full_time".into(), Json::Bool(b)));
    }
    if m.first_pay_with_next {
        f.push(("first_pay_with_next".into(), Json::Bool(true)));
    }
    if m.holiday_compensation.is_positive() {
        f.push((
            "holiday_compensation".into(),
            hundredths(m.holiday_compensation.0),
        ));
    }
    if m.gross.is_positive() {
        f.push(("gross".into(), hundredths(m.gross.0)));
    }
    if let Some(d) = m.pay_date {
        f.push(("pay_date".into(), string(&d.to_string())));
    }
    if let Some(h) = m.hours {
        f.push(("hours".into(), hundredths(i64::from(h.0))));
    }
    if let Some(n) = m.days_per_week {
        f.push(("days_per_week".into(), Json::Number(n.to_string())));
    }
    if let Some(n) = m.option {
        f.push(("option".into(), Json::Number(n.to_string())));
    }
    Json::Object(f)
}

/// The `month_event` row of the scenario's field table (an optional nested object with its own
/// reader, because its fields depend on `change`).
pub(crate) struct MonthEventRow;

impl Nested<Scenario> for MonthEventRow {
    fn read(&self, parent: &mut Scenario, v: &Json, path: &str, e: &mut Errors) {
        parent.month_event = read(v, path, e);
    }
    fn write(&self, parent: &Scenario) -> Option<Json> {
        parent.month_event.as_ref().map(tree)
    }
    fn check(&self, parent: &Scenario, _path: &str, _ctx: Ctx<'_>, e: &mut Errors) {
        if let Some(m) = &parent.month_event {
            m.check(parent, e);
        }
    }
    #[cfg(test)]
    fn paths(&self, path: &str, out: &mut Vec<String>) {
        out.extend(KNOWN.iter().map(|k| format!("{path}.{k}")));
    }
}

impl MonthEvent {
    /// Every problem of the event in this scenario (paths under `month_event`).
    pub(super) fn check(&self, s: &Scenario, e: &mut Errors) {
        let p = |k: &str| format!("month_event.{k}");
        if usize::from(self.adult) >= s.household.adults.len() {
            e.push(p("adult"), Problem::NoSuchAdult);
            return;
        }
        if self.date < FIRST_DATE {
            e.push(
                p("date"),
                Problem::DateOutOfRange {
                    first: FIRST_DATE,
                    last: LAST_DATE,
                },
            );
        }
        // Amounts and hours are bounded when read (and by the form's fields).
        match self.change {
            ChangeKind::JobStarts | ChangeKind::MoreHours => {
                if self.wage.is_none_or(|w| !w.monthly().is_positive()) {
                    e.push(p("monthly_wage"), Problem::Missing);
                }
            }
            ChangeKind::JobEnds => {
                let a = &s.household.adults[usize::from(self.adult)];
                if !a.wage.monthly().is_positive() {
                    e.push(p("change"), Problem::Missing);
                }
            }
            ChangeKind::Gig => {
                if !self.gross.is_positive() {
                    e.push(p("gross"), Problem::Missing);
                }
                match self.pay_date {
                    None => e.push(p("pay_date"), Problem::Missing),
                    Some(d) if d < self.date => e.push(p("pay_date"), Problem::InvalidDate),
                    Some(_) => {}
                }
            }
            ChangeKind::RehabilitativeWork => {
                if self.days_per_week.is_none() {
                    e.push(p("days_per_week"), Problem::Missing);
                }
            }
            ChangeKind::Option => match self.option {
                None => e.push(p("option"), Problem::Missing),
                Some(i) if usize::from(i) >= s.options.len() => e.push(
                    p("option"),
                    Problem::OutOfRange {
                        min: 0,
                        max: s.options.len() as i64 - 1,
                    },
                ),
                Some(_) => {}
            },
        }
    }

    /// Whether the event has no problem in this scenario.
    pub fn fits(&self, s: &Scenario) -> bool {
        let mut e = Errors(Vec::new());
        self.check(s, &mut e);
        e.0.is_empty()
    }

    /// Every problem of the event in this scenario, with its path under `month_event`.
    pub fn problems(&self, s: &Scenario) -> Vec<FieldError> {
        let mut e = Errors(Vec::new());
        self.check(s, &mut e);
        e.0
    }

    /// The wage and rehabilitative days the option sets for the adult, if any.
    fn option_change(&self, s: &Scenario) -> (Option<Wage>, Option<u8>) {
        let c = self
            .option
            .and_then(|i| s.options.get(usize::from(i)))
            .and_then(|o| o.adults.get(usize::from(self.adult)));
        (
            c.and_then(|c| c.wage),
            c.and_then(|c| c.rehabilitative_work_days_per_week),
        )
    }

    /// Whether the new wage counts as full-time work: as entered, or hourly work over 80 % of
    /// full-time hours (the 80 % rule's limit from the data).
    fn is_full_time(&self, wage: &Wage) -> bool {
        self.full_time.unwrap_or_else(|| {
            wage.hours().is_some_and(|h| {
                crate::rules::period_for(self.date).is_ok_and(|p| {
                    crate::rules::tyottomyysturva::hours_over_limit(h.0, &p.params.tyottomyysturva)
                })
            })
        })
    }

    /// The engine's event (the scenario must be valid).
    pub fn event(&self, s: &Scenario) -> Event {
        let adult = &s.household.adults[usize::from(self.adult).min(s.household.adults.len() - 1)];
        let (option_wage, option_days) = self.option_change(s);
        let rhythm_for = |w: &Wage| self.pay_rhythm.unwrap_or(PayRhythm::default_for(w));
        let change = match self.change {
            ChangeKind::JobStarts => {
                let w = self.wage.unwrap_or_default();
                Change::JobStarts {
                    wage: w,
                    rhythm: rhythm_for(&w),
                    full_time: self.is_full_time(&w),
                    first_pay_with_next: self.first_pay_with_next,
                }
            }
            ChangeKind::MoreHours => {
                let w = self.wage.unwrap_or_default();
                Change::MoreHours {
                    wage: w,
                    rhythm: rhythm_for(&w),
                }
            }
            ChangeKind::JobEnds => Change::JobEnds {
                holiday_compensation: self.holiday_compensation,
                rhythm: rhythm_for(&adult.wage),
                full_time: self.is_full_time(&adult.wage),
            },
            ChangeKind::Gig => Change::Gig {
                gross: self.gross,
                pay_date: self.pay_date.unwrap_or(self.date),
                hours: self.hours.unwrap_or_default(),
            },
            ChangeKind::RehabilitativeWork => Change::RehabilitativeWork {
                days_per_week: self.days_per_week.unwrap_or(0),
            },
            ChangeKind::Option => match (option_wage, option_days) {
                (Some(w), _) if !adult.wage.monthly().is_positive() => Change::JobStarts {
                    wage: w,
                    rhythm: rhythm_for(&w),
                    full_time: self.is_full_time(&w),
                    first_pay_with_next: self.first_pay_with_next,
                },
                (Some(w), _) => Change::MoreHours {
                    wage: w,
                    rhythm: rhythm_for(&w),
                },
                (None, Some(d)) => Change::RehabilitativeWork { days_per_week: d },
                (None, None) => Change::MoreHours {
                    wage: adult.wage,
                    rhythm: rhythm_for(&adult.wage),
                },
            },
        };
        Event {
            change,
            date: self.date,
            adult: self.adult,
        }
    }

    /// The steady situation after the change, at the date of the change (no options, no event).
    pub fn after(&self, s: &Scenario) -> Scenario {
        let mut a = s.clone();
        a.options = Vec::new();
        a.month_event = None;
        if self.date > a.rules_date {
            a.rules_date = self.date;
        }
        let i = usize::from(self.adult);
        let event = self.event(s);
        if let Some(adult) = a.household.adults.get_mut(i) {
            match event.change {
                Change::JobStarts { wage, .. } | Change::MoreHours { wage, .. } => {
                    adult.wage = wage;
                }
                Change::JobEnds { .. } => adult.wage = Wage::Monthly(Cents::ZERO),
                Change::Gig { .. } => {}
                Change::RehabilitativeWork { days_per_week } => {
                    adult.rehabilitative_work_days_per_week = days_per_week;
                }
            }
        }
        a
    }
}

impl Scenario {
    /// The month-by-month view of the scenario's `month_event` (or, without one, the months of
    /// the current situation from its rules date).
    pub fn month_by_month(
        &self,
    ) -> Result<crate::rules::maksuajankohdat::MonthView, ScenarioErrors> {
        let mut before = self.clone();
        before.options = Vec::new();
        before.month_event = None;
        match &self.month_event {
            Some(m) => {
                self.validate()?;
                let after = m.after(self);
                let event = m.event(self);
                crate::rules::maksuajankohdat::month_by_month(&before, &after, Some(&event))
            }
            None => crate::rules::maksuajankohdat::month_by_month(&before, &before, None),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_month_event_field_is_documented() {
        let doc = include_str!("../../docs/SCENARIO-FORMAT.md");
        for name in KNOWN {
            assert!(
                doc.contains(&format!("`month_event.{name}`"))
                    || doc.contains(&format!("`{name}`")),
                "month_event.{name} is not in docs/SCENARIO-FORMAT.md"
            );
        }
        for c in CHANGES.iter().chain(RHYTHMS) {
            assert!(doc.contains(&format!("`{c}`")), "{c} is not documented");
        }
    }

    fn scenario() -> Scenario {
        Scenario::from_json(
            r#"{ "format": "askel-scenario/1", "rules_date": "2026-06-01", "municipality": "837",
            "household": { "adults": [ { "age": 30, "unemployment_benefit": "yleistuki" } ] },
            "housing": { "rent": 550 },
            "options": [ { "label": "job", "adults": [ { "monthly_wage": 2000 } ] } ],
            "month_event": { "change": "option", "option": 0, "date": "2026-06-15", "full_time": true } }"#,
        )
        .expect("valid")
    }

    #[test]
    fn the_event_survives_the_file_and_the_share_link() {
        let s = scenario();
        let again = Scenario::from_json(&s.to_json()).expect("reads back");
        assert_eq!(again, s);
        let link = crate::scenario::share::encode(&s);
        assert_eq!(crate::scenario::share::decode(&link).expect("decodes"), s);
    }

    #[test]
    fn an_option_becomes_a_job_that_starts() {
        let s = scenario();
        let m = s.month_event.as_ref().expect("event");
        assert!(matches!(
            m.event(&s).change,
            Change::JobStarts {
                full_time: true,
                ..
            }
        ));
        assert_eq!(
            m.after(&s).household.adults[0].wage,
            Wage::Monthly(Cents::euros(2000))
        );
        assert!(s.month_by_month().is_ok());
    }

    #[test]
    fn bad_event_fields_are_reported_at_their_path() {
        let text = r#"{ "format": "askel-scenario/1", "rules_date": "2026-06-01", "municipality": "837",
            "household": { "adults": [ { "age": 30 } ] },
            "month_event": { "change": "gig", "date": "2026-06-15", "pay_date": "2026-06-01", "pay_rhythm": "weekly" } }"#;
        let e = Scenario::from_json(text).expect_err("invalid");
        let paths: Vec<&str> = e.0.iter().map(|f| f.path.as_str()).collect();
        assert!(paths.contains(&"month_event.pay_rhythm"), "{paths:?}");
        let text = text.replace(r#", "pay_rhythm": "weekly""#, "");
        let e = Scenario::from_json(&text).expect_err("invalid");
        let paths: Vec<&str> = e.0.iter().map(|f| f.path.as_str()).collect();
        assert!(paths.contains(&"month_event.gross"), "{paths:?}");
        assert!(paths.contains(&"month_event.pay_date"), "{paths:?}");
    }
}
