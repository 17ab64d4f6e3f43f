//! Every field of the scenario format, declared once.
//!
//! Why: each field used to be spelled out in the reader, the writer, both halves of `validate`,
//! the option logic and the field lists, so a new field meant about twelve edits that could
//! drift apart. Here each object of the format has one table of rows — [`SCENARIO_FIELDS`],
//! [`HOUSEHOLD_FIELDS`], [`ADULT_FIELDS`], [`CHILD_FIELDS`], [`HOUSING_FIELDS`],
//! [`OPTION_FIELDS`] — and the reader ([`super::json`]), the writer, [`Scenario::validate`] and
//! [`Scenario::with_option`] walk them. A row is its JSON name, its [`Kind`] (with limits), how
//! to get and set it as a [`Value`], and for an adult's field how an option may change it
//! ([`ChangeSlot`]; an option's change has no table of its own, it is the adult's rows that have a
//! slot).
//!
//! **Adding a field** is the struct field, one row here and its line in docs/SCENARIO-FORMAT.md
//! (a test checks that every row is documented and round-trips). A money or count row:
//!
//! ```text
//! Field {
//!     name: "sickness_allowance_monthly",
//!     kind: Kind::Money { max: MAX_MONTHLY },
//!     get: |a| Some(Value::Money(a.sickness_allowance_monthly)),
//!     set: |a, v| a.sickness_allowance_monthly = money(v).unwrap_or_default(),
//!     change: None, // or Some(ChangeSlot { get, set }) when an option may change it
//! },
//! ```
//!
//! `get` returning `None` leaves the field out of the JSON. Rules *between* fields (a benefit
//! that exists only from a date, an hourly wage that needs its hours) are not rows: they are the
//! record's [`Record::check`] and [`Record::check_keys`], next to its table.
//!
//! [`Scenario::validate`]: super::Scenario::validate
//! [`Scenario::with_option`]: super::Scenario::with_option

use std::sync::LazyLock;

use super::text::Json;
use super::{
    json, Adult, AdultChange, BenefitKind, Child, Church, Date, DisabilityPension, Errors, Hours,
    Household, Housing, Problem, Scenario, ScenarioOption, Wage, WorkAbility, FIRST_DATE,
    MAX_ASSETS, MAX_HOURLY_OR_DAILY, MAX_HOUSING, MAX_LABEL_CHARS, MAX_MONTHLY, MAX_OPTIONS,
    MAX_PERSONS,
};
use super::{DAY_CARE_HOURS, MAX_DAY_CARE_HOURS};
use crate::rules::money::Cents;
use crate::rules::municipalities;

/// A field's value.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Value {
    /// An amount in euros (held in cents).
    Money(Cents),
    /// A whole number.
    Count(u8),
    /// Hours in hundredths.
    Hours(Hours),
    /// One of the kind's names.
    Choice(&'static str),
    /// Yes or no.
    Bool(bool),
    /// A calendar date, `YYYY-MM-DD` in JSON.
    Date(Date),
    /// A text.
    Text(String),
}

/// What a field holds and its limits.
pub(crate) enum Kind<T: 'static> {
    /// Euros, 0 ≤ value ≤ `max`.
    Money {
        /// The largest amount accepted.
        max: Cents,
    },
    /// A whole number in `min..=max`.
    Count {
        /// The smallest accepted.
        min: u8,
        /// The largest accepted.
        max: u8,
    },
    /// Hours (a decimal number, kept in hundredths), 0 ≤ value ≤ `max`.
    Hours {
        /// The most hours accepted.
        max: Hours,
    },
    /// One of `names` (a JSON string).
    Choice {
        /// The accepted names, in the order the docs list them.
        names: &'static [&'static str],
    },
    /// A JSON boolean.
    Bool,
    /// A `YYYY-MM-DD` string.
    Date,
    /// A JSON string of at most `max_chars` characters (`None`: no limit).
    Text {
        /// The most characters accepted.
        max_chars: Option<usize>,
    },
    /// A nested object (its own table).
    Object(&'static dyn Nested<T>),
    /// A list of nested objects (their own table).
    List(&'static dyn Nested<T>),
}

impl<T> Clone for Kind<T> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<T> Copy for Kind<T> {}

impl<T> Kind<T> {
    /// The same scalar kind for another record (`None` for a nested kind).
    fn scalar<U>(&self) -> Option<Kind<U>> {
        Some(match *self {
            Kind::Money { max } => Kind::Money { max },
            Kind::Count { min, max } => Kind::Count { min, max },
            Kind::Hours { max } => Kind::Hours { max },
            Kind::Choice { names } => Kind::Choice { names },
            Kind::Bool => Kind::Bool,
            Kind::Date => Kind::Date,
            Kind::Text { max_chars } => Kind::Text { max_chars },
            Kind::Object(_) | Kind::List(_) => return None,
        })
    }
}

/// One field of a record `T` (an object of the format).
pub(crate) struct Field<T: 'static> {
    /// The JSON name.
    pub name: &'static str,
    /// Its kind and limits.
    pub kind: Kind<T>,
    /// The value to write (`None`: absent, not written). Unused for nested kinds.
    pub get: fn(&T) -> Option<Value>,
    /// Stores a value read from JSON. Unused for nested kinds.
    pub set: fn(&mut T, Value),
    /// How an option changes it (adults' fields only); `None` when an option cannot.
    pub change: Option<ChangeSlot>,
}

impl<T> Clone for Field<T> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<T> Copy for Field<T> {}

impl<T> Field<T> {
    /// A row whose value is a nested object or list (`kind` is [`Kind::Object`] or
    /// [`Kind::List`]).
    const fn nested(name: &'static str, kind: Kind<T>) -> Field<T> {
        Field {
            name,
            kind,
            get: |_| None,
            set: |_, _| {},
            change: None,
        }
    }
}

/// The same field in an option's change ([`AdultChange`]).
#[derive(Clone, Copy)]
pub(crate) struct ChangeSlot {
    /// The changed value, if the option changes it.
    pub get: fn(&AdultChange) -> Option<Value>,
    /// Stores a value read from JSON.
    pub set: fn(&mut AdultChange, Value),
}

/// Where a check runs: the whole scenario (for rules that need the date or the household) and
/// the index of the record in its list.
#[derive(Clone, Copy)]
pub(crate) struct Ctx<'a> {
    /// The scenario being checked.
    pub scenario: &'a Scenario,
    /// The record's index in its list (0 outside lists).
    pub index: usize,
}

/// An object of the format: its table and the rules between its fields.
pub(crate) trait Record: Sized + 'static {
    /// What a record holds before anything is read (what absent fields leave).
    fn blank() -> Self;
    /// The rows, in the order they are written.
    fn fields() -> &'static [Field<Self>];
    /// The fields that must be present (reported as [`Problem::Missing`]).
    const REQUIRED: &'static [&'static str] = &[];
    /// Rules between the keys present when reading (e.g. an hourly wage needs its hours).
    fn check_keys(_present: &dyn Fn(&str) -> bool, _path: &str, _e: &mut Errors) {}
    /// Rules between fields, checked before each field's own limits.
    fn check(&self, _path: &str, _ctx: Ctx<'_>, _e: &mut Errors) {}
}

/// A nested object or list inside a record `T` (see [`One`] and [`Many`]).
pub(crate) trait Nested<T>: Sync {
    /// Reads the JSON at `path` into `parent`.
    fn read(&self, parent: &mut T, v: &Json, path: &str, e: &mut Errors);
    /// The JSON to write; `None` leaves the field out.
    fn write(&self, parent: &T) -> Option<Json>;
    /// Checks what is nested.
    fn check(&self, parent: &T, path: &str, ctx: Ctx<'_>, e: &mut Errors);
    /// The nested fields' paths below `path` (for the docs test).
    #[cfg(test)]
    fn paths(&self, path: &str, out: &mut Vec<String>);
}

/// One nested object `U` of `T`.
pub(crate) struct One<T, U> {
    /// The nested value.
    pub get: fn(&T) -> &U,
    /// The nested value, to store it.
    pub get_mut: fn(&mut T) -> &mut U,
}

/// A list of at most `max` objects `U` of `T`.
pub(crate) struct Many<T, U> {
    /// The list.
    pub get: fn(&T) -> &Vec<U>,
    /// The list, to fill it.
    pub get_mut: fn(&mut T) -> &mut Vec<U>,
    /// The most entries accepted.
    pub max: usize,
    /// Whether an empty list is written (`false`: left out).
    pub write_empty: bool,
}

impl<T: 'static, U: Record> Nested<T> for One<T, U> {
    fn read(&self, parent: &mut T, v: &Json, path: &str, e: &mut Errors) {
        *(self.get_mut)(parent) = json::read_record(v, path, e);
    }
    fn write(&self, parent: &T) -> Option<Json> {
        Some(json::write_record((self.get)(parent)))
    }
    fn check(&self, parent: &T, path: &str, ctx: Ctx<'_>, e: &mut Errors) {
        check_record((self.get)(parent), path, ctx, e);
    }
    #[cfg(test)]
    fn paths(&self, path: &str, out: &mut Vec<String>) {
        paths::<U>(path, out);
    }
}

impl<T: 'static, U: Record> Nested<T> for Many<T, U> {
    fn read(&self, parent: &mut T, v: &Json, path: &str, e: &mut Errors) {
        let Json::Array(items) = v else {
            e.push(path, Problem::WrongType { expected: "array" });
            return;
        };
        let list = (self.get_mut)(parent);
        // One more than allowed is kept, so that validation reports the list as too long.
        for (i, item) in items.iter().take(self.max + 1).enumerate() {
            list.push(json::read_record(item, &format!("{path}[{i}]"), e));
        }
    }
    fn write(&self, parent: &T) -> Option<Json> {
        let list = (self.get)(parent);
        (self.write_empty || !list.is_empty())
            .then(|| Json::Array(list.iter().map(json::write_record).collect()))
    }
    fn check(&self, parent: &T, path: &str, ctx: Ctx<'_>, e: &mut Errors) {
        let list = (self.get)(parent);
        if list.len() > self.max {
            e.push(path, Problem::TooMany { max: self.max });
        }
        for (index, item) in list.iter().enumerate() {
            let at = Ctx { index, ..ctx };
            check_record(item, &format!("{path}[{index}]"), at, e);
        }
    }
    #[cfg(test)]
    fn paths(&self, path: &str, out: &mut Vec<String>) {
        paths::<U>(&format!("{path}[]"), out);
    }
}

/// Checks every field of `record` at `path` against its kind, after the record's own rules.
pub(crate) fn check_record<T: Record>(record: &T, path: &str, ctx: Ctx<'_>, e: &mut Errors) {
    record.check(path, ctx, e);
    for field in T::fields() {
        match field.kind {
            Kind::Object(nested) | Kind::List(nested) => {
                nested.check(record, &join(path, field.name), ctx, e)
            }
            kind => {
                if let Some(value) = (field.get)(record) {
                    check_value(&kind, &value, path, field.name, e);
                }
            }
        }
    }
}

/// A field's own limits (the path is built only when something is wrong).
fn check_value<T>(kind: &Kind<T>, value: &Value, path: &str, name: &str, e: &mut Errors) {
    let problem = match (kind, value) {
        (Kind::Money { .. }, Value::Money(c)) if c.0 < 0 => Problem::Negative,
        (Kind::Money { max }, Value::Money(c)) if c > max => Problem::TooLarge { max: *max },
        (Kind::Count { min, max }, Value::Count(n)) if !(min..=max).contains(&n) => {
            Problem::OutOfRange {
                min: i64::from(*min),
                max: i64::from(*max),
            }
        }
        (Kind::Hours { max }, Value::Hours(h)) if h > max => Problem::OutOfRange {
            min: 0,
            max: i64::from(max.0 / 100),
        },
        (Kind::Choice { names }, Value::Choice(name)) if !names.contains(name) => {
            Problem::UnknownValue { allowed: names }
        }
        (
            Kind::Text {
                max_chars: Some(max),
            },
            Value::Text(text),
        ) if text.chars().count() > *max => Problem::TooLong { max: *max },
        _ => return,
    };
    e.push(join(path, name), problem);
}

/// `path.key` (`key` alone at the top).
pub(crate) fn join(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_string()
    } else {
        format!("{path}.{key}")
    }
}

/// Every field path of `T` below `path` (lists as `name[]`).
#[cfg(test)]
pub(crate) fn paths<T: Record>(path: &str, out: &mut Vec<String>) {
    for field in T::fields() {
        let here = join(path, field.name);
        match field.kind {
            Kind::Object(nested) | Kind::List(nested) => {
                out.push(here.clone());
                nested.paths(&here, out);
            }
            _ => out.push(here),
        }
    }
}

/// The amount in a value read for a money field.
pub(crate) fn money(v: Value) -> Option<Cents> {
    match v {
        Value::Money(c) => Some(c),
        _ => None,
    }
}

/// The number in a value read for a count field.
pub(crate) fn count(v: Value) -> Option<u8> {
    match v {
        Value::Count(n) => Some(n),
        _ => None,
    }
}

fn hours(v: Value) -> Option<Hours> {
    match v {
        Value::Hours(h) => Some(h),
        _ => None,
    }
}

fn text(v: Value) -> String {
    match v {
        Value::Text(t) => t,
        _ => String::new(),
    }
}

// ---- The scenario --------------------------------------------------------------------------

/// The top level of the document.
pub(crate) const SCENARIO_FIELDS: &[Field<Scenario>] = &[
    Field {
        name: "format",
        kind: Kind::Text { max_chars: None },
        get: |s| Some(Value::Text(s.format.clone())),
        set: |s, v| s.format = text(v),
        change: None,
    },
    Field {
        name: "rules_date",
        kind: Kind::Date,
        get: |s| Some(Value::Date(s.rules_date)),
        set: |s, v| {
            if let Value::Date(d) = v {
                s.rules_date = d;
            }
        },
        change: None,
    },
    Field {
        name: "municipality",
        kind: Kind::Text { max_chars: None },
        get: |s| Some(Value::Text(s.municipality.clone())),
        set: |s, v| s.municipality = text(v),
        change: None,
    },
    Field::nested(
        "household",
        Kind::Object(&One::<Scenario, Household> {
            get: |s| &s.household,
            get_mut: |s| &mut s.household,
        }),
    ),
    Field::nested(
        "housing",
        Kind::Object(&One::<Scenario, Housing> {
            get: |s| &s.housing,
            get_mut: |s| &mut s.housing,
        }),
    ),
    Field {
        name: "assets",
        kind: Kind::Money { max: MAX_ASSETS },
        get: |s| Some(Value::Money(s.assets)),
        set: |s, v| s.assets = money(v).unwrap_or_default(),
        change: None,
    },
    Field {
        name: "lives_with_parents",
        kind: Kind::Bool,
        get: |s| Some(Value::Bool(s.lives_with_parents)),
        set: |s, v| s.lives_with_parents = v == Value::Bool(true),
        change: None,
    },
    Field::nested(
        "options",
        Kind::List(&Many::<Scenario, ScenarioOption> {
            get: |s| &s.options,
            get_mut: |s| &mut s.options,
            max: MAX_OPTIONS,
            write_empty: false,
        }),
    ),
    Field::nested(
        "month_event",
        Kind::Object(&super::month_event::MonthEventRow),
    ),
];

impl Record for Scenario {
    fn blank() -> Self {
        Scenario {
            format: String::new(),
            rules_date: FIRST_DATE,
            municipality: String::new(),
            household: Household::blank(),
            housing: Housing::default(),
            assets: Cents::ZERO,
            lives_with_parents: false,
            options: Vec::new(),
            month_event: None,
        }
    }
    fn fields() -> &'static [Field<Self>] {
        SCENARIO_FIELDS
    }
    const REQUIRED: &'static [&'static str] =
        &["format", "rules_date", "municipality", "household"];
    fn check(&self, _path: &str, _ctx: Ctx<'_>, e: &mut Errors) {
        if self.format != super::FORMAT {
            e.push("format", Problem::UnsupportedFormat);
        }
        match municipalities::find(&self.municipality) {
            None => e.push("municipality", Problem::UnknownMunicipality),
            Some(m) if m.aland => e.push("municipality", Problem::AlandNotSupported),
            Some(_) => {}
        }
    }
}

// ---- The household -------------------------------------------------------------------------

/// `household`.
pub(crate) const HOUSEHOLD_FIELDS: &[Field<Household>] = &[
    Field::nested(
        "adults",
        Kind::List(&Many::<Household, Adult> {
            get: |h| &h.adults,
            get_mut: |h| &mut h.adults,
            max: MAX_PERSONS,
            write_empty: true,
        }),
    ),
    Field::nested(
        "children",
        Kind::List(&Many::<Household, Child> {
            get: |h| &h.children,
            get_mut: |h| &mut h.children,
            max: MAX_PERSONS,
            write_empty: true,
        }),
    ),
];

impl Record for Household {
    fn blank() -> Self {
        Household {
            adults: Vec::new(),
            children: Vec::new(),
        }
    }
    fn fields() -> &'static [Field<Self>] {
        HOUSEHOLD_FIELDS
    }
    const REQUIRED: &'static [&'static str] = &["adults"];
    fn check(&self, path: &str, _ctx: Ctx<'_>, e: &mut Errors) {
        if self.adults.is_empty() {
            e.push(join(path, "adults"), Problem::NoAdults);
        }
    }
}

/// `household.children[i]`.
pub(crate) const CHILD_FIELDS: &[Field<Child>] = &[
    Field {
        name: "age",
        kind: Kind::Count { min: 0, max: 17 },
        get: |c| Some(Value::Count(c.age)),
        set: |c, v| c.age = count(v).unwrap_or(0),
        change: None,
    },
    Field {
        name: DAY_CARE_HOURS,
        kind: Kind::Count {
            min: 0,
            max: MAX_DAY_CARE_HOURS,
        },
        get: |c| (c.day_care_hours_per_week > 0).then_some(Value::Count(c.day_care_hours_per_week)),
        set: |c, v| c.day_care_hours_per_week = count(v).unwrap_or(0),
        change: None,
    },
];

impl Record for Child {
    fn blank() -> Self {
        Child {
            age: 0,
            day_care_hours_per_week: 0,
        }
    }
    fn fields() -> &'static [Field<Self>] {
        CHILD_FIELDS
    }
    const REQUIRED: &'static [&'static str] = &["age"];
}

/// `housing`.
pub(crate) const HOUSING_FIELDS: &[Field<Housing>] = &[
    Field {
        name: "rent",
        kind: Kind::Money { max: MAX_HOUSING },
        get: |h| Some(Value::Money(h.rent)),
        set: |h, v| h.rent = money(v).unwrap_or_default(),
        change: None,
    },
    Field {
        name: "water",
        kind: Kind::Money { max: MAX_HOUSING },
        get: |h| Some(Value::Money(h.water)),
        set: |h, v| h.water = money(v).unwrap_or_default(),
        change: None,
    },
    Field {
        name: "heating",
        kind: Kind::Money { max: MAX_HOUSING },
        get: |h| Some(Value::Money(h.heating)),
        set: |h, v| h.heating = money(v).unwrap_or_default(),
        change: None,
    },
];

impl Record for Housing {
    fn blank() -> Self {
        Housing::default()
    }
    fn fields() -> &'static [Field<Self>] {
        HOUSING_FIELDS
    }
}

// ---- An adult ------------------------------------------------------------------------------

/// The names of [`Church`] in the format.
pub(crate) const CHURCHES: &[&str] = &["none", "lutheran", "orthodox"];
/// The names of [`BenefitKind`] in the format.
pub(crate) const BENEFITS: &[&str] = &[
    "none",
    "yleistuki",
    "labour_market_subsidy",
    "basic_daily_allowance",
    "earnings_related",
];

fn church(v: Value) -> Church {
    match v {
        Value::Choice("lutheran") => Church::Lutheran,
        Value::Choice("orthodox") => Church::Orthodox,
        _ => Church::None,
    }
}

fn benefit(v: Value) -> BenefitKind {
    match v {
        Value::Choice("yleistuki") => BenefitKind::Yleistuki,
        Value::Choice("labour_market_subsidy") => BenefitKind::LabourMarketSubsidy,
        Value::Choice("basic_daily_allowance") => BenefitKind::BasicDailyAllowance,
        Value::Choice("earnings_related") => BenefitKind::EarningsRelated,
        _ => BenefitKind::None,
    }
}

/// The hourly wage of a wage (`None` for a monthly one).
fn hourly_of(w: Option<Wage>) -> Option<Cents> {
    match w? {
        Wage::Hourly { hourly, .. } => Some(hourly),
        Wage::Monthly(_) => None,
    }
}

fn monthly_of(w: Option<Wage>) -> Option<Cents> {
    match w? {
        Wage::Monthly(c) => Some(c),
        Wage::Hourly { .. } => None,
    }
}

/// `w` with its hourly wage set (hours kept when it was hourly already).
fn with_hourly(w: Option<Wage>, v: Value) -> Wage {
    Wage::Hourly {
        hourly: money(v).unwrap_or_default(),
        hours_per_week: w.and_then(|w| w.hours()).unwrap_or_default(),
    }
}

/// `w` with its hours set (hourly wage kept when it was hourly already).
fn with_hours(w: Option<Wage>, v: Value) -> Wage {
    Wage::Hourly {
        hourly: hourly_of(w).unwrap_or_default(),
        hours_per_week: hours(v).unwrap_or_default(),
    }
}

/// Every field of an adult, in the order they are written. The wage is one of `monthly_wage` or
/// `hourly_wage` + `hours_per_week` (only one form is ever written; `monthly_wage` is read last,
/// so a monthly wage given with hours stays monthly).
pub(crate) const ADULT_FIELDS: &[Field<Adult>] = &[
    Field {
        name: "age",
        kind: Kind::Count { min: 15, max: 120 },
        get: |a| Some(Value::Count(a.age)),
        set: |a, v| a.age = count(v).unwrap_or(0),
        change: None,
    },
    Field {
        name: "church",
        kind: Kind::Choice { names: CHURCHES },
        get: |a| Some(Value::Choice(a.church.as_str())),
        set: |a, v| a.church = church(v),
        change: None,
    },
    Field {
        name: "hourly_wage",
        kind: Kind::Money {
            max: MAX_HOURLY_OR_DAILY,
        },
        get: |a| hourly_of(Some(a.wage)).map(Value::Money),
        set: |a, v| a.wage = with_hourly(Some(a.wage), v),
        change: Some(ChangeSlot {
            get: |c| hourly_of(c.wage).map(Value::Money),
            set: |c, v| c.wage = Some(with_hourly(c.wage, v)),
        }),
    },
    Field {
        name: "hours_per_week",
        kind: Kind::Hours { max: Hours(16_800) },
        get: |a| a.wage.hours().map(Value::Hours),
        set: |a, v| a.wage = with_hours(Some(a.wage), v),
        change: Some(ChangeSlot {
            get: |c| c.wage.and_then(|w| w.hours()).map(Value::Hours),
            set: |c, v| c.wage = Some(with_hours(c.wage, v)),
        }),
    },
    Field {
        name: "monthly_wage",
        kind: Kind::Money { max: MAX_MONTHLY },
        get: |a| monthly_of(Some(a.wage)).map(Value::Money),
        set: |a, v| a.wage = Wage::Monthly(money(v).unwrap_or_default()),
        change: Some(ChangeSlot {
            get: |c| monthly_of(c.wage).map(Value::Money),
            set: |c, v| c.wage = Some(Wage::Monthly(money(v).unwrap_or_default())),
        }),
    },
    Field {
        name: "unemployment_benefit",
        kind: Kind::Choice { names: BENEFITS },
        get: |a| Some(Value::Choice(a.unemployment_benefit.as_str())),
        set: |a, v| a.unemployment_benefit = benefit(v),
        change: Some(ChangeSlot {
            get: |c| c.unemployment_benefit.map(|k| Value::Choice(k.as_str())),
            set: |c, v| c.unemployment_benefit = Some(benefit(v)),
        }),
    },
    Field {
        name: "earnings_related_daily",
        kind: Kind::Money {
            max: MAX_HOURLY_OR_DAILY,
        },
        get: |a| a.earnings_related_daily.map(Value::Money),
        set: |a, v| a.earnings_related_daily = money(v),
        change: Some(ChangeSlot {
            get: |c| c.earnings_related_daily.map(Value::Money),
            set: |c, v| c.earnings_related_daily = money(v),
        }),
    },
    Field {
        name: "rehabilitative_work_days_per_week",
        kind: Kind::Count { min: 0, max: 7 },
        get: |a| Some(Value::Count(a.rehabilitative_work_days_per_week)),
        set: |a, v| a.rehabilitative_work_days_per_week = count(v).unwrap_or(0),
        change: Some(ChangeSlot {
            get: |c| c.rehabilitative_work_days_per_week.map(Value::Count),
            set: |c, v| c.rehabilitative_work_days_per_week = count(v),
        }),
    },
    Field {
        name: "earnings_related_pension_monthly",
        kind: Kind::Money { max: MAX_MONTHLY },
        get: |a| Some(Value::Money(a.earnings_related_pension_monthly)),
        set: |a, v| a.earnings_related_pension_monthly = money(v).unwrap_or_default(),
        change: Some(ChangeSlot {
            get: |c| c.earnings_related_pension_monthly.map(Value::Money),
            set: |c, v| c.earnings_related_pension_monthly = money(v),
        }),
    },
    Field {
        name: "other_taxable_benefit_monthly",
        kind: Kind::Money { max: MAX_MONTHLY },
        get: |a| Some(Value::Money(a.other_taxable_benefit_monthly)),
        set: |a, v| a.other_taxable_benefit_monthly = money(v).unwrap_or_default(),
        change: Some(ChangeSlot {
            get: |c| c.other_taxable_benefit_monthly.map(Value::Money),
            set: |c, v| c.other_taxable_benefit_monthly = money(v),
        }),
    },
    Field {
        name: "kela_disability_pension_limit",
        kind: Kind::Money { max: MAX_MONTHLY },
        get: |a| a.kela_disability_pension_limit.map(Value::Money),
        set: |a, v| a.kela_disability_pension_limit = money(v),
        change: None,
    },
    Field {
        name: "earnings_related_pension_limit",
        kind: Kind::Money { max: MAX_MONTHLY },
        get: |a| a.earnings_related_pension_limit.map(Value::Money),
        set: |a, v| a.earnings_related_pension_limit = money(v),
        change: None,
    },
    Field {
        name: "wage_garnished",
        kind: Kind::Bool,
        get: |a| a.wage_garnished.then_some(Value::Bool(true)),
        set: |a, v| a.wage_garnished = v == Value::Bool(true),
        change: None,
    },
    Field {
        name: "work_ability_status",
        kind: Kind::Choice {
            names: &WorkAbility::NAMES,
        },
        get: |a| status_value(a.work_ability),
        set: |a, v| a.work_ability = work_ability(v).unwrap_or_default(),
        change: Some(ChangeSlot {
            get: |c| c.work_ability.map(|w| Value::Choice(w.as_str())),
            set: |c, v| c.work_ability = work_ability(v),
        }),
    },
    Field {
        name: "kela_daily_amount",
        kind: Kind::Money {
            max: MAX_HOURLY_OR_DAILY,
        },
        get: |a| a.kela_daily_amount.map(Value::Money),
        set: |a, v| a.kela_daily_amount = money(v),
        change: None,
    },
    Field {
        name: "annual_work_income",
        kind: Kind::Money { max: MAX_ANNUAL },
        get: |a| a.annual_work_income.map(Value::Money),
        set: |a, v| a.annual_work_income = money(v),
        change: None,
    },
    Field {
        name: "full_time_wage",
        kind: Kind::Money { max: MAX_MONTHLY },
        get: |a| a.full_time_wage.map(Value::Money),
        set: |a, v| a.full_time_wage = money(v),
        change: None,
    },
    Field {
        name: "rehabilitation_allowance_monthly",
        kind: Kind::Money { max: MAX_MONTHLY },
        get: |a| a.rehabilitation_allowance_monthly.map(Value::Money),
        set: |a, v| a.rehabilitation_allowance_monthly = money(v),
        change: Some(ChangeSlot {
            get: |c| c.rehabilitation_allowance_monthly.map(Value::Money),
            set: |c, v| c.rehabilitation_allowance_monthly = money(v),
        }),
    },
    Field {
        name: "stabilised_earnings",
        kind: Kind::Money { max: MAX_MONTHLY },
        get: |a| a.stabilised_earnings.map(Value::Money),
        set: |a, v| a.stabilised_earnings = money(v),
        change: None,
    },
    Field {
        name: "ansio_basis_wage",
        kind: Kind::Money { max: MAX_MONTHLY },
        get: |a| a.ansio_basis_wage.map(Value::Money),
        set: |a, v| a.ansio_basis_wage = money(v),
        change: None,
    },
    Field {
        name: "ansio_paid_days",
        kind: Kind::Count {
            min: 0,
            max: u8::MAX,
        },
        get: |a| paid_days_value(a.ansio_paid_days),
        set: |a, v| a.ansio_paid_days = count(v).map_or(0, u16::from),
        change: Some(ChangeSlot {
            get: |c| {
                c.ansio_paid_days
                    .and_then(|d| u8::try_from(d).ok())
                    .map(Value::Count)
            },
            set: |c, v| c.ansio_paid_days = count(v).map(u16::from),
        }),
    },
    Field {
        name: "ansio_new_work_condition",
        kind: Kind::Bool,
        get: |a| a.ansio_new_work_condition.map(Value::Bool),
        set: |a, v| a.ansio_new_work_condition = Some(v == Value::Bool(true)),
        change: None,
    },
    // The disability pensions (docs/rules/tyoelake.md, kansanelake.md): not written when unused,
    // so older scenarios keep their JSON.
    Field {
        name: "disability_pension",
        kind: Kind::Choice {
            names: DISABILITY_PENSIONS,
        },
        get: |a| {
            (a.disability_pension != DisabilityPension::None)
                .then(|| Value::Choice(a.disability_pension.as_str()))
        },
        set: |a, v| {
            a.disability_pension = match v {
                Value::Choice(name) => DisabilityPension::from_name(name).unwrap_or_default(),
                _ => DisabilityPension::None,
            }
        },
        change: None,
    },
    Field {
        name: "pre_disability_earnings_monthly",
        kind: Kind::Money { max: MAX_MONTHLY },
        get: |a| a.pre_disability_earnings.map(Value::Money),
        set: |a, v| a.pre_disability_earnings = money(v),
        change: None,
    },
    Field {
        name: "kela_disability_pension",
        kind: Kind::Bool,
        get: |a| a.kela_disability_pension.then_some(Value::Bool(true)),
        set: |a, v| a.kela_disability_pension = v == Value::Bool(true),
        change: None,
    },
    Field {
        name: "other_pensions_monthly",
        kind: Kind::Money { max: MAX_MONTHLY },
        // not written when 0; any other value is, so that validation sees a negative one
        get: |a| {
            (a.other_pensions_monthly != Cents::ZERO)
                .then_some(Value::Money(a.other_pensions_monthly))
        },
        set: |a, v| a.other_pensions_monthly = money(v).unwrap_or_default(),
        change: None,
    },
];

/// The names of [`DisabilityPension`] in the format.
pub(crate) const DISABILITY_PENSIONS: &[&str] = &[
    "none",
    "full",
    "partial",
    "full_fixed_term",
    "partial_fixed_term",
];

fn work_ability(v: Value) -> Option<WorkAbility> {
    match v {
        Value::Choice(name) => WorkAbility::from_name(name),
        _ => None,
    }
}

/// A status as the table's value; `None` for the default (not written).
fn status_value(w: WorkAbility) -> Option<Value> {
    (w != WorkAbility::None).then(|| Value::Choice(w.as_str()))
}

/// Paid days as the table's value; `None` for 0 (not written).
fn paid_days_value(days: u16) -> Option<Value> {
    (days > 0).then(|| Value::Count(u8::try_from(days).unwrap_or(u8::MAX)))
}

/// The largest annual wage accepted (12 × the monthly maximum).
const MAX_ANNUAL: Cents = Cents(MAX_MONTHLY.0.saturating_mul(12));

/// The two forms of a wage exclude each other, and an hourly wage needs its hours.
fn check_wage_keys(present: &dyn Fn(&str) -> bool, path: &str, e: &mut Errors) {
    let (monthly, hourly, hours) = (
        present("monthly_wage"),
        present("hourly_wage"),
        present("hours_per_week"),
    );
    if monthly && hourly {
        e.push(join(path, "hourly_wage"), Problem::MonthlyAndHourlyWage);
    } else if hourly && !hours {
        e.push(join(path, "hours_per_week"), Problem::HourlyWageNeedsHours);
    } else if hours && !hourly && !monthly {
        e.push(join(path, "hourly_wage"), Problem::HourlyWageNeedsHours);
    }
}

/// Yleistuki exists only from its start date; an ansiopäiväraha needs its daily amount.
fn check_benefit(e: &mut Errors, p: &str, date: Date, kind: BenefitKind, daily: Option<Cents>) {
    if kind == BenefitKind::Yleistuki && !crate::rules::yleistuki_in_force(date) {
        e.push(
            join(p, "unemployment_benefit"),
            Problem::YleistukiNotInForce,
        );
    }
    if kind == BenefitKind::EarningsRelated && daily.is_none() {
        e.push(
            join(p, "earnings_related_daily"),
            Problem::EarningsRelatedDailyMissing,
        );
    }
}

impl Record for Adult {
    fn blank() -> Self {
        Adult::default()
    }
    fn fields() -> &'static [Field<Self>] {
        ADULT_FIELDS
    }
    const REQUIRED: &'static [&'static str] = &["age"];
    fn check_keys(present: &dyn Fn(&str) -> bool, path: &str, e: &mut Errors) {
        check_wage_keys(present, path, e);
    }
    fn check(&self, path: &str, ctx: Ctx<'_>, e: &mut Errors) {
        check_benefit(
            e,
            path,
            ctx.scenario.rules_date,
            self.unemployment_benefit,
            self.earnings_related_daily.or(self.ansio_basis_wage),
        );
        // a disability pension needs the amount of its decision
        if self.disability_pension != DisabilityPension::None
            && !self.earnings_related_pension_monthly.is_positive()
        {
            e.push(
                join(path, "earnings_related_pension_monthly"),
                Problem::DisabilityPensionAmountMissing,
            );
        }
    }
}

// ---- Options -------------------------------------------------------------------------------

/// `options[i]`.
pub(crate) const OPTION_FIELDS: &[Field<ScenarioOption>] = &[
    Field {
        name: "label",
        kind: Kind::Text {
            max_chars: Some(MAX_LABEL_CHARS),
        },
        get: |o| Some(Value::Text(o.label.clone())),
        set: |o, v| o.label = text(v),
        change: None,
    },
    Field::nested(
        "adults",
        Kind::List(&Many::<ScenarioOption, AdultChange> {
            get: |o| &o.adults,
            get_mut: |o| &mut o.adults,
            max: MAX_PERSONS,
            write_empty: true,
        }),
    ),
];

impl Record for ScenarioOption {
    fn blank() -> Self {
        ScenarioOption::default()
    }
    fn fields() -> &'static [Field<Self>] {
        OPTION_FIELDS
    }
    fn check(&self, path: &str, ctx: Ctx<'_>, e: &mut Errors) {
        if self.adults.len() > ctx.scenario.household.adults.len() {
            e.push(join(path, "adults"), Problem::NoSuchAdult);
        }
    }
}

/// An option's change: the adult's rows that have a [`ChangeSlot`], in the same order.
static CHANGE_FIELDS: LazyLock<Vec<Field<AdultChange>>> = LazyLock::new(|| {
    ADULT_FIELDS
        .iter()
        .filter_map(|f| {
            let slot = f.change?;
            Some(Field {
                name: f.name,
                kind: f.kind.scalar()?,
                get: slot.get,
                set: slot.set,
                change: None,
            })
        })
        .collect()
});

impl Record for AdultChange {
    fn blank() -> Self {
        AdultChange::default()
    }
    fn fields() -> &'static [Field<Self>] {
        &CHANGE_FIELDS
    }
    fn check_keys(present: &dyn Fn(&str) -> bool, path: &str, e: &mut Errors) {
        check_wage_keys(present, path, e);
    }
    /// A changed benefit is checked with what the adult keeps (the current kind or daily amount).
    fn check(&self, path: &str, ctx: Ctx<'_>, e: &mut Errors) {
        if self.unemployment_benefit.is_none() && self.earnings_related_daily.is_none() {
            return;
        }
        let current = ctx.scenario.household.adults.get(ctx.index);
        let kind = self
            .unemployment_benefit
            .or(current.map(|a| a.unemployment_benefit))
            .unwrap_or_default();
        let daily = self
            .earnings_related_daily
            .or(current.and_then(|a| a.earnings_related_daily.or(a.ansio_basis_wage)));
        check_benefit(e, path, ctx.scenario.rules_date, kind, daily);
    }
}

/// Applies every change the option makes to `adult`.
pub(crate) fn apply_change(adult: &mut Adult, change: &AdultChange) {
    for field in ADULT_FIELDS {
        if let Some(slot) = &field.change {
            if let Some(value) = (slot.get)(change) {
                (field.set)(adult, value);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A valid value of a scalar kind, different from the blank record's.
    fn sample<T>(kind: &Kind<T>) -> Option<Value> {
        Some(match *kind {
            Kind::Money { .. } => Value::Money(Cents(12_345)),
            Kind::Count { max, .. } => Value::Count(max),
            Kind::Hours { max } => Value::Hours(max),
            Kind::Choice { names } => Value::Choice(names[names.len() - 1]),
            Kind::Bool => Value::Bool(true),
            Kind::Date => Value::Date(Date::new(2031, 2, 3)?),
            Kind::Text { .. } => Value::Text("x".into()),
            Kind::Object(_) | Kind::List(_) => return None,
        })
    }

    fn round_trips<T: Record>() {
        for field in T::fields() {
            let Some(value) = sample(&field.kind) else {
                continue;
            };
            let mut record = T::blank();
            (field.set)(&mut record, value.clone());
            assert_eq!((field.get)(&record), Some(value), "{}", field.name);
        }
    }

    /// How the docs write a field path: lists numbered `[i]`, then `[j]`; a path below a list
    /// may be shortened to `…` + its last list and the rest (`…adults[i].age`).
    fn doc_forms(path: &str) -> Vec<String> {
        let mut full = String::new();
        let mut lists = 0;
        let mut last_list_at = None;
        for (k, part) in path.split('.').enumerate() {
            if k > 0 {
                full.push('.');
            }
            match part.strip_suffix("[]") {
                Some(name) => {
                    last_list_at = Some(full.len());
                    full.push_str(name);
                    full.push_str(if lists == 0 { "[i]" } else { "[j]" });
                    lists += 1;
                }
                None => full.push_str(part),
            }
        }
        let mut forms = vec![format!("`{full}`"), format!("`{full}[]`")];
        if let Some(at) = last_list_at {
            forms.push(format!("`…{}`", &full[at..]));
            forms.push(format!("`…{}[]`", &full[at..]));
        }
        forms
    }

    #[test]
    fn every_field_is_documented() {
        let doc = include_str!("../../docs/SCENARIO-FORMAT.md");
        let mut all = Vec::new();
        paths::<Scenario>("", &mut all);
        for needed in [
            "household.adults[].age",
            "household.children[].age",
            "options[].adults[].monthly_wage",
            "housing.heating",
        ] {
            assert!(all.iter().any(|p| p == needed), "{needed}: {all:?}");
        }
        let missing: Vec<&String> = all
            .iter()
            .filter(|path| !doc_forms(path).iter().any(|form| doc.contains(form)))
            .collect();
        assert!(
            missing.is_empty(),
            "not in docs/SCENARIO-FORMAT.md (as {:?}): {missing:?}",
            missing.iter().map(|p| doc_forms(p)).collect::<Vec<_>>()
        );
    }

    #[test]
    fn every_row_round_trips_through_its_slots() {
        round_trips::<Scenario>();
        round_trips::<Household>();
        round_trips::<Child>();
        round_trips::<Housing>();
        round_trips::<ScenarioOption>();
        round_trips::<AdultChange>();
        for field in ADULT_FIELDS {
            let Some(value) = sample(&field.kind) else {
                continue;
            };
            let mut adult = Adult::default();
            (field.set)(&mut adult, value.clone());
            assert_eq!((field.get)(&adult), Some(value.clone()), "{}", field.name);
            if let Some(slot) = &field.change {
                let mut change = AdultChange::default();
                assert_eq!((slot.get)(&change), None, "{}", field.name);
                (slot.set)(&mut change, value.clone());
                assert_eq!((slot.get)(&change), Some(value.clone()), "{}", field.name);
                let mut other = Adult::default();
                apply_change(&mut other, &change);
                assert_eq!((field.get)(&other), Some(value), "{}", field.name);
            }
        }
    }

    #[test]
    fn an_option_may_change_exactly_the_rows_with_a_slot() {
        let names: Vec<&str> = AdultChange::fields().iter().map(|f| f.name).collect();
        let slots: Vec<&str> = ADULT_FIELDS
            .iter()
            .filter(|f| f.change.is_some())
            .map(|f| f.name)
            .collect();
        assert_eq!(names, slots);
        assert!(names.contains(&"monthly_wage") && !names.contains(&"age"));
    }
}
