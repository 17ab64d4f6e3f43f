//! Reading and writing the scenario JSON with field paths in every error.
//!
//! Unknown fields are errors (they are usually typos), except keys starting with `_`, which are
//! free for comments; a key given twice is an error too (`DuplicateField`), never "the last one
//! wins". Numbers are read from their decimal text ([`super::text`]): money is rounded half-up
//! to cents from the digits, never through `f64`. The adult's plain fields come from one table,
//! [`super::fields::ADULT_FIELDS`].

use super::fields::{self, Kind, Value as FieldValue, ADULT_FIELDS};
use super::text::{self, Json};
use super::*;

const CHURCHES: &[&str] = &["none", "lutheran", "orthodox"];
const DISABILITY_PENSIONS: &[&str] = &[
    "none",
    "full",
    "partial",
    "full_fixed_term",
    "partial_fixed_term",
];
const BENEFITS: &[&str] = &[
    "none",
    "yleistuki",
    "labour_market_subsidy",
    "basic_daily_allowance",
    "earnings_related",
];

pub(super) fn parse(text: &str) -> Result<Scenario, ScenarioErrors> {
    let v = Json::parse(text)
        .map_err(|message| ScenarioErrors::one("", Problem::InvalidJson { message }))?;
    from_tree(&v)
}

/// From serde_json's tree (callers that parsed already; duplicates are gone there).
pub(super) fn from_value(v: &serde_json::Value) -> Result<Scenario, ScenarioErrors> {
    from_tree(&Json::from_serde(v))
}

struct Obj<'a> {
    fields: &'a [(String, Json)],
    path: String,
}

fn join(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_string()
    } else {
        format!("{path}.{key}")
    }
}

impl<'a> Obj<'a> {
    /// The object at `path`; reports a wrong type and every key given more than once.
    fn new(v: &'a Json, path: &str, e: &mut Errors) -> Option<Obj<'a>> {
        match v {
            Json::Object(fields) => {
                let mut keys: Vec<&str> = fields.iter().map(|(k, _)| k.as_str()).collect();
                keys.sort_unstable();
                let mut reported: Option<&str> = None;
                for pair in keys.windows(2) {
                    if pair[0] == pair[1] && reported != Some(pair[0]) {
                        e.push(join(path, pair[0]), Problem::DuplicateField);
                        reported = Some(pair[0]);
                    }
                }
                Some(Obj {
                    fields,
                    path: path.to_string(),
                })
            }
            _ => {
                e.push(path, Problem::WrongType { expected: "object" });
                None
            }
        }
    }
    fn check_known(&self, known: impl Fn(&str) -> bool, e: &mut Errors) {
        for (k, _) in self.fields {
            if !k.starts_with('_') && !known(k) {
                e.push(join(&self.path, k), Problem::UnknownField);
            }
        }
    }
    fn get(&self, k: &str) -> Option<&'a Json> {
        self.fields
            .iter()
            .find(|(key, _)| key == k)
            .map(|(_, v)| v)
            .filter(|v| **v != Json::Null)
    }
    fn p(&self, k: &str) -> String {
        join(&self.path, k)
    }
    fn number(&self, k: &str, expected: &'static str, e: &mut Errors) -> Option<&'a str> {
        match self.get(k)? {
            Json::Number(text) => Some(text),
            _ => {
                e.push(self.p(k), Problem::WrongType { expected });
                None
            }
        }
    }
    /// Euros to cents, half-up from the decimal text. A number too large for cents is kept as
    /// the largest amount, so validation reports it as too large.
    fn money(&self, k: &str, e: &mut Errors) -> Option<Cents> {
        let t = self.number(k, "number", e)?;
        Some(Cents(text::scaled(t, 2).unwrap_or(if t.starts_with('-') {
            i64::MIN
        } else {
            i64::MAX
        })))
    }
    fn money_or_zero(&self, k: &str, e: &mut Errors) -> Cents {
        self.money(k, e).unwrap_or_default()
    }
    fn int(&self, k: &str, min: i64, max: i64, e: &mut Errors) -> Option<i64> {
        let t = self.number(k, "integer", e)?;
        match text::integer(t) {
            Some(n) if (min..=max).contains(&n) => Some(n),
            Some(_) => {
                e.push(self.p(k), Problem::OutOfRange { min, max });
                None
            }
            None if text::scaled(t, 0).is_none() => {
                e.push(self.p(k), Problem::OutOfRange { min, max });
                None
            }
            None => {
                e.push(
                    self.p(k),
                    Problem::WrongType {
                        expected: "integer",
                    },
                );
                None
            }
        }
    }
    fn string(&self, k: &str, e: &mut Errors) -> Option<&'a str> {
        match self.get(k)? {
            Json::String(s) => Some(s),
            _ => {
                e.push(self.p(k), Problem::WrongType { expected: "string" });
                None
            }
        }
    }
    fn boolean(&self, k: &str, e: &mut Errors) -> Option<bool> {
        match self.get(k)? {
            Json::Bool(b) => Some(*b),
            _ => {
                e.push(
                    self.p(k),
                    Problem::WrongType {
                        expected: "boolean",
                    },
                );
                None
            }
        }
    }
    fn array(&self, k: &str, e: &mut Errors) -> Option<&'a [Json]> {
        match self.get(k)? {
            Json::Array(a) => Some(a),
            _ => {
                e.push(self.p(k), Problem::WrongType { expected: "array" });
                None
            }
        }
    }
    /// A field of the table, read by its kind.
    fn field(&self, field: &fields::Field, e: &mut Errors) -> Option<FieldValue> {
        match field.kind {
            Kind::Money { .. } => self.money(field.name, e).map(FieldValue::Money),
            Kind::Count { min, max } => self
                .int(field.name, i64::from(min), i64::from(max), e)
                .and_then(|n| u8::try_from(n).ok())
                .map(FieldValue::Count),
        }
    }
}

fn church(o: &Obj, e: &mut Errors) -> Option<Church> {
    match o.string("church", e)? {
        "none" => Some(Church::None),
        "lutheran" => Some(Church::Lutheran),
        "orthodox" => Some(Church::Orthodox),
        _ => {
            e.push(o.p("church"), Problem::UnknownValue { allowed: CHURCHES });
            None
        }
    }
}

fn disability_pension(o: &Obj, e: &mut Errors) -> Option<DisabilityPension> {
    let name = o.string("disability_pension", e)?;
    let kind = DisabilityPension::from_name(name);
    if kind.is_none() {
        e.push(
            o.p("disability_pension"),
            Problem::UnknownValue {
                allowed: DISABILITY_PENSIONS,
            },
        );
    }
    kind
}

fn benefit(o: &Obj, e: &mut Errors) -> Option<BenefitKind> {
    match o.string("unemployment_benefit", e)? {
        "none" => Some(BenefitKind::None),
        "yleistuki" => Some(BenefitKind::Yleistuki),
        "labour_market_subsidy" => Some(BenefitKind::LabourMarketSubsidy),
        "basic_daily_allowance" => Some(BenefitKind::BasicDailyAllowance),
        "earnings_related" => Some(BenefitKind::EarningsRelated),
        _ => {
            e.push(
                o.p("unemployment_benefit"),
                Problem::UnknownValue { allowed: BENEFITS },
            );
            None
        }
    }
}

/// Hours per week in hundredths, from the number's decimal text (half-up).
fn hours(o: &Obj, e: &mut Errors) -> Option<Hours> {
    let t = o.number("hours_per_week", "number", e)?;
    match text::scaled(t, 2) {
        Some(h) if (0..=16_800).contains(&h) => u32::try_from(h).ok().map(Hours),
        _ => {
            e.push(
                o.p("hours_per_week"),
                Problem::OutOfRange { min: 0, max: 168 },
            );
            None
        }
    }
}

fn wage(o: &Obj, e: &mut Errors) -> Option<Wage> {
    let monthly = o.money("monthly_wage", e);
    let hourly = o.money("hourly_wage", e);
    let h = hours(o, e);
    match (monthly, hourly, h) {
        (Some(_), Some(_), _) => {
            e.push(o.p("hourly_wage"), Problem::MonthlyAndHourlyWage);
            None
        }
        (Some(m), None, _) => Some(Wage::Monthly(m)),
        (None, Some(hw), Some(hp)) => Some(Wage::Hourly {
            hourly: hw,
            hours_per_week: hp,
        }),
        (None, Some(_), None) => {
            e.push(o.p("hours_per_week"), Problem::HourlyWageNeedsHours);
            None
        }
        (None, None, Some(_)) => {
            e.push(o.p("hourly_wage"), Problem::HourlyWageNeedsHours);
            None
        }
        (None, None, None) => None,
    }
}

fn adult(v: &Json, path: &str, e: &mut Errors) -> Adult {
    let Some(o) = Obj::new(v, path, e) else {
        return Adult::default();
    };
    o.check_known(fields::is_adult_field, e);
    let age = match o.int("age", 0, 255, e) {
        Some(a) => a as u8,
        None => {
            if o.get("age").is_none() {
                e.push(o.p("age"), Problem::Missing);
            }
            0
        }
    };
    let mut adult = Adult {
        age,
        church: church(&o, e).unwrap_or_default(),
        wage: wage(&o, e).unwrap_or_default(),
        unemployment_benefit: benefit(&o, e).unwrap_or_default(),
        disability_pension: disability_pension(&o, e).unwrap_or_default(),
        kela_disability_pension: o.boolean("kela_disability_pension", e).unwrap_or(false),
        ..Adult::default()
    };
    for field in ADULT_FIELDS {
        if let Some(value) = o.field(field, e) {
            (field.set)(&mut adult, value);
        }
    }
    adult
}

fn change(v: &Json, path: &str, e: &mut Errors) -> AdultChange {
    let Some(o) = Obj::new(v, path, e) else {
        return AdultChange::default();
    };
    o.check_known(fields::is_change_field, e);
    let mut change = AdultChange {
        wage: wage(&o, e),
        unemployment_benefit: benefit(&o, e),
        ..AdultChange::default()
    };
    for field in ADULT_FIELDS {
        if let Some(slot) = &field.change {
            if let Some(value) = o.field(field, e) {
                (slot.set)(&mut change, value);
            }
        }
    }
    change
}

/// Read a scenario; on problems, also validate what could be read so that every problem is
/// reported at once (a field that already has a problem is not reported twice).
fn from_tree(v: &Json) -> Result<Scenario, ScenarioErrors> {
    let (s, mut e) = read(v);
    match s {
        Some(s) if e.0.is_empty() => Ok(s),
        Some(s) => {
            if let Err(more) = s.validate() {
                for f in more.0 {
                    if !e.0.iter().any(|g| g.path == f.path) {
                        e.0.push(f);
                    }
                }
            }
            Err(ScenarioErrors(e.0))
        }
        None => Err(ScenarioErrors(e.0)),
    }
}

fn read(v: &Json) -> (Option<Scenario>, Errors) {
    let mut e = Errors(Vec::new());
    let Some(root) = Obj::new(v, "", &mut e) else {
        return (None, e);
    };
    root.check_known(
        |k| {
            [
                "format",
                "rules_date",
                "municipality",
                "household",
                "housing",
                "assets",
                "lives_with_parents",
                "options",
            ]
            .contains(&k)
        },
        &mut e,
    );
    let format = match root.string("format", &mut e) {
        Some(f) => f.to_string(),
        None => {
            if root.get("format").is_none() {
                e.push("format", Problem::Missing);
            }
            String::new()
        }
    };
    let rules_date = match root.string("rules_date", &mut e) {
        Some(s) => Date::parse(s).unwrap_or_else(|| {
            e.push("rules_date", Problem::InvalidDate);
            FIRST_DATE
        }),
        None => {
            if root.get("rules_date").is_none() {
                e.push("rules_date", Problem::Missing);
            }
            FIRST_DATE
        }
    };
    let municipality = match root.string("municipality", &mut e) {
        Some(s) => s.to_string(),
        None => {
            if root.get("municipality").is_none() {
                e.push("municipality", Problem::Missing);
            }
            String::new()
        }
    };
    let mut household = Household {
        adults: Vec::new(),
        children: Vec::new(),
    };
    match root.get("household") {
        None => e.push("household", Problem::Missing),
        Some(hv) => {
            if let Some(h) = Obj::new(hv, "household", &mut e) {
                h.check_known(|k| k == "adults" || k == "children", &mut e);
                match h.array("adults", &mut e) {
                    Some(list) => {
                        for (i, a) in list.iter().take(MAX_PERSONS + 1).enumerate() {
                            household.adults.push(adult(
                                a,
                                &format!("household.adults[{i}]"),
                                &mut e,
                            ));
                        }
                    }
                    None => {
                        if h.get("adults").is_none() {
                            e.push("household.adults", Problem::Missing);
                        }
                    }
                }
                if let Some(list) = h.array("children", &mut e) {
                    for (i, c) in list.iter().take(MAX_PERSONS + 1).enumerate() {
                        let p = format!("household.children[{i}]");
                        if let Some(o) = Obj::new(c, &p, &mut e) {
                            o.check_known(|k| k == "age", &mut e);
                            match o.int("age", 0, 17, &mut e) {
                                Some(a) => household.children.push(Child { age: a as u8 }),
                                None => {
                                    if o.get("age").is_none() {
                                        e.push(o.p("age"), Problem::Missing);
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
    let mut housing = Housing::default();
    if let Some(hv) = root.get("housing") {
        if let Some(h) = Obj::new(hv, "housing", &mut e) {
            h.check_known(|k| ["rent", "water", "heating"].contains(&k), &mut e);
            housing.rent = h.money_or_zero("rent", &mut e);
            housing.water = h.money_or_zero("water", &mut e);
            housing.heating = h.money_or_zero("heating", &mut e);
        }
    }
    let assets = root.money_or_zero("assets", &mut e);
    let lives_with_parents = root.boolean("lives_with_parents", &mut e).unwrap_or(false);
    let mut options = Vec::new();
    if let Some(list) = root.array("options", &mut e) {
        for (i, ov) in list.iter().take(MAX_OPTIONS + 1).enumerate() {
            let p = format!("options[{i}]");
            if let Some(o) = Obj::new(ov, &p, &mut e) {
                o.check_known(|k| k == "label" || k == "adults", &mut e);
                let label = o.string("label", &mut e).unwrap_or("").to_string();
                let mut adults = Vec::new();
                if let Some(al) = o.array("adults", &mut e) {
                    for (j, av) in al.iter().take(MAX_PERSONS + 1).enumerate() {
                        adults.push(change(av, &format!("{p}.adults[{j}]"), &mut e));
                    }
                }
                options.push(ScenarioOption { label, adults });
            }
        }
    }
    let s = Scenario {
        format,
        rules_date,
        municipality,
        household,
        housing,
        assets,
        lives_with_parents,
        options,
    };
    (Some(s), e)
}

/// A whole number of hundredths as the shortest decimal text (`123450` → `1234.5`).
fn hundredths(n: i64) -> Json {
    let sign = if n < 0 { "-" } else { "" };
    let n = n.unsigned_abs();
    let (whole, part) = (n / 100, n % 100);
    Json::Number(match part {
        0 => format!("{sign}{whole}"),
        p if p % 10 == 0 => format!("{sign}{whole}.{}", p / 10),
        p => format!("{sign}{whole}.{p:02}"),
    })
}

fn euros(c: Cents) -> Json {
    hundredths(c.0)
}

fn count(n: u8) -> Json {
    Json::Number(n.to_string())
}

fn string(s: &str) -> Json {
    Json::String(s.to_owned())
}

fn field_value(v: FieldValue) -> Json {
    match v {
        FieldValue::Money(c) => euros(c),
        FieldValue::Count(n) => count(n),
    }
}

fn wage_into(m: &mut Vec<(String, Json)>, w: &Wage) {
    match *w {
        Wage::Monthly(c) => m.push(("monthly_wage".into(), euros(c))),
        Wage::Hourly {
            hourly,
            hours_per_week,
        } => {
            m.push(("hourly_wage".into(), euros(hourly)));
            m.push((
                "hours_per_week".into(),
                hundredths(i64::from(hours_per_week.0)),
            ));
        }
    }
}

fn adult_tree(a: &Adult) -> Json {
    let mut m = vec![
        ("age".into(), count(a.age)),
        ("church".into(), string(a.church.as_str())),
    ];
    wage_into(&mut m, &a.wage);
    m.push((
        "unemployment_benefit".into(),
        string(a.unemployment_benefit.as_str()),
    ));
    if a.disability_pension != DisabilityPension::None {
        m.push((
            "disability_pension".into(),
            string(a.disability_pension.as_str()),
        ));
    }
    if a.kela_disability_pension {
        m.push(("kela_disability_pension".into(), Json::Bool(true)));
    }
    for field in ADULT_FIELDS {
        if let Some(v) = (field.get)(a) {
            m.push((field.name.into(), field_value(v)));
        }
    }
    Json::Object(m)
}

fn change_tree(c: &AdultChange) -> Json {
    let mut m = Vec::new();
    if let Some(w) = &c.wage {
        wage_into(&mut m, w);
    }
    if let Some(k) = c.unemployment_benefit {
        m.push(("unemployment_benefit".into(), string(k.as_str())));
    }
    for field in ADULT_FIELDS {
        if let Some(v) = field.change.as_ref().and_then(|slot| (slot.get)(c)) {
            m.push((field.name.into(), field_value(v)));
        }
    }
    Json::Object(m)
}

/// The scenario as JSON text, in the order of docs/SCENARIO-FORMAT.md.
pub(super) fn to_text(s: &Scenario) -> String {
    let mut out = String::new();
    tree(s).write(&mut out);
    out
}

/// [`to_text`], indented.
pub(super) fn to_pretty_text(s: &Scenario) -> String {
    let mut out = String::new();
    tree(s).write_pretty(&mut out, 0);
    out
}

fn tree(s: &Scenario) -> Json {
    let object = |fields: Vec<(&str, Json)>| {
        Json::Object(fields.into_iter().map(|(k, v)| (k.to_owned(), v)).collect())
    };
    let mut root = vec![
        ("format", string(&s.format)),
        ("rules_date", string(&s.rules_date.to_string())),
        ("municipality", string(&s.municipality)),
        (
            "household",
            object(vec![
                (
                    "adults",
                    Json::Array(s.household.adults.iter().map(adult_tree).collect()),
                ),
                (
                    "children",
                    Json::Array(
                        s.household
                            .children
                            .iter()
                            .map(|c| object(vec![("age", count(c.age))]))
                            .collect(),
                    ),
                ),
            ]),
        ),
        (
            "housing",
            object(vec![
                ("rent", euros(s.housing.rent)),
                ("water", euros(s.housing.water)),
                ("heating", euros(s.housing.heating)),
            ]),
        ),
        ("assets", euros(s.assets)),
        ("lives_with_parents", Json::Bool(s.lives_with_parents)),
    ];
    if !s.options.is_empty() {
        root.push((
            "options",
            Json::Array(
                s.options
                    .iter()
                    .map(|o| {
                        object(vec![
                            ("label", string(&o.label)),
                            (
                                "adults",
                                Json::Array(o.adults.iter().map(change_tree).collect()),
                            ),
                        ])
                    })
                    .collect(),
            ),
        ));
    }
    object(root)
}
