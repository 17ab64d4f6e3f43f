//! Reading and writing the scenario JSON with field paths in every error.
//!
//! Unknown fields are errors (they are usually typos), except keys starting with `_`, which are
//! free for comments.

use super::*;
use serde_json::{json, Map, Value};

const CHURCHES: &[&str] = &["none", "lutheran", "orthodox"];
const BENEFITS: &[&str] = &[
    "none",
    "yleistuki",
    "labour_market_subsidy",
    "basic_daily_allowance",
    "earnings_related",
];

pub(super) fn parse(text: &str) -> Result<Scenario, ScenarioErrors> {
    let v: Value = serde_json::from_str(text).map_err(|err| {
        ScenarioErrors::one(
            "",
            Problem::InvalidJson {
                message: err.to_string(),
            },
        )
    })?;
    from_value(&v)
}

struct Obj<'a> {
    map: &'a Map<String, Value>,
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
    fn new(v: &'a Value, path: &str, e: &mut Errors) -> Option<Obj<'a>> {
        match v.as_object() {
            Some(map) => Some(Obj {
                map,
                path: path.to_string(),
            }),
            None => {
                e.push(path, Problem::WrongType { expected: "object" });
                None
            }
        }
    }
    fn check_known(&self, known: &[&str], e: &mut Errors) {
        for k in self.map.keys() {
            if !k.starts_with('_') && !known.contains(&k.as_str()) {
                e.push(join(&self.path, k), Problem::UnknownField);
            }
        }
    }
    fn get(&self, k: &str) -> Option<&'a Value> {
        self.map.get(k).filter(|v| !v.is_null())
    }
    fn p(&self, k: &str) -> String {
        join(&self.path, k)
    }
    fn money(&self, k: &str, e: &mut Errors) -> Option<Cents> {
        let v = self.get(k)?;
        match v.as_f64().and_then(Cents::from_euros_f64) {
            Some(c) => Some(c),
            None => {
                e.push(self.p(k), Problem::WrongType { expected: "number" });
                None
            }
        }
    }
    fn money_or_zero(&self, k: &str, e: &mut Errors) -> Cents {
        self.money(k, e).unwrap_or_default()
    }
    fn int(&self, k: &str, min: i64, max: i64, e: &mut Errors) -> Option<i64> {
        let v = self.get(k)?;
        let n = v.as_i64().or_else(|| {
            v.as_f64()
                .filter(|f| f.fract() == 0.0 && f.abs() < 1e15)
                .map(|f| f as i64)
        });
        match n {
            Some(n) if (min..=max).contains(&n) => Some(n),
            Some(_) => {
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
        let v = self.get(k)?;
        match v.as_str() {
            Some(s) => Some(s),
            None => {
                e.push(self.p(k), Problem::WrongType { expected: "string" });
                None
            }
        }
    }
    fn boolean(&self, k: &str, e: &mut Errors) -> Option<bool> {
        let v = self.get(k)?;
        match v.as_bool() {
            Some(b) => Some(b),
            None => {
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
    fn array(&self, k: &str, e: &mut Errors) -> Option<&'a Vec<Value>> {
        let v = self.get(k)?;
        match v.as_array() {
            Some(a) => Some(a),
            None => {
                e.push(self.p(k), Problem::WrongType { expected: "array" });
                None
            }
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

/// Hours per week in hundredths, from a JSON number.
fn hours(o: &Obj, e: &mut Errors) -> Option<Hours> {
    let v = o.get("hours_per_week")?;
    match v.as_f64() {
        Some(h) if (0.0..=168.0).contains(&h) => Hours::from_f64(h),
        Some(_) => {
            e.push(
                o.p("hours_per_week"),
                Problem::OutOfRange { min: 0, max: 168 },
            );
            None
        }
        None => {
            e.push(
                o.p("hours_per_week"),
                Problem::WrongType { expected: "number" },
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

const ADULT_FIELDS: &[&str] = &[
    "age",
    "church",
    "monthly_wage",
    "hourly_wage",
    "hours_per_week",
    "unemployment_benefit",
    "earnings_related_daily",
    "rehabilitative_work_days_per_week",
    "earnings_related_pension_monthly",
    "other_taxable_benefit_monthly",
    "kela_disability_pension_limit",
    "earnings_related_pension_limit",
];

const CHANGE_FIELDS: &[&str] = &[
    "monthly_wage",
    "hourly_wage",
    "hours_per_week",
    "unemployment_benefit",
    "earnings_related_daily",
    "rehabilitative_work_days_per_week",
    "earnings_related_pension_monthly",
    "other_taxable_benefit_monthly",
];

fn adult(v: &Value, path: &str, e: &mut Errors) -> Adult {
    let Some(o) = Obj::new(v, path, e) else {
        return Adult::default();
    };
    o.check_known(ADULT_FIELDS, e);
    let age = match o.int("age", 0, 255, e) {
        Some(a) => a as u8,
        None => {
            if o.get("age").is_none() {
                e.push(o.p("age"), Problem::Missing);
            }
            0
        }
    };
    Adult {
        age,
        church: church(&o, e).unwrap_or_default(),
        wage: wage(&o, e).unwrap_or_default(),
        unemployment_benefit: benefit(&o, e).unwrap_or_default(),
        earnings_related_daily: o.money("earnings_related_daily", e),
        rehabilitative_work_days_per_week: o
            .int("rehabilitative_work_days_per_week", 0, 7, e)
            .unwrap_or(0) as u8,
        earnings_related_pension_monthly: o.money_or_zero("earnings_related_pension_monthly", e),
        other_taxable_benefit_monthly: o.money_or_zero("other_taxable_benefit_monthly", e),
        kela_disability_pension_limit: o.money("kela_disability_pension_limit", e),
        earnings_related_pension_limit: o.money("earnings_related_pension_limit", e),
    }
}

fn change(v: &Value, path: &str, e: &mut Errors) -> AdultChange {
    let Some(o) = Obj::new(v, path, e) else {
        return AdultChange::default();
    };
    o.check_known(CHANGE_FIELDS, e);
    AdultChange {
        wage: wage(&o, e),
        unemployment_benefit: benefit(&o, e),
        earnings_related_daily: o.money("earnings_related_daily", e),
        rehabilitative_work_days_per_week: o
            .int("rehabilitative_work_days_per_week", 0, 7, e)
            .map(|d| d as u8),
        earnings_related_pension_monthly: o.money("earnings_related_pension_monthly", e),
        other_taxable_benefit_monthly: o.money("other_taxable_benefit_monthly", e),
    }
}

/// Read a scenario; on problems, also validate what could be read so that every problem is
/// reported at once (a field that already has a problem is not reported twice).
pub(super) fn from_value(v: &Value) -> Result<Scenario, ScenarioErrors> {
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

fn read(v: &Value) -> (Option<Scenario>, Errors) {
    let mut e = Errors(Vec::new());
    let Some(root) = Obj::new(v, "", &mut e) else {
        return (None, e);
    };
    root.check_known(
        &[
            "format",
            "rules_date",
            "municipality",
            "household",
            "housing",
            "assets",
            "lives_with_parents",
            "options",
        ],
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
                h.check_known(&["adults", "children"], &mut e);
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
                            o.check_known(&["age"], &mut e);
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
            h.check_known(&["rent", "water", "heating"], &mut e);
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
                o.check_known(&["label", "adults"], &mut e);
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

fn euros(c: Cents) -> Value {
    if c.0 % 100 == 0 {
        json!(c.0 / 100)
    } else {
        json!(c.as_euros_f64())
    }
}

fn hours_value(h: Hours) -> Value {
    if h.0 % 100 == 0 {
        json!(h.0 / 100)
    } else {
        json!(h.0 as f64 / 100.0)
    }
}

fn wage_into(m: &mut Map<String, Value>, w: &Wage) {
    match *w {
        Wage::Monthly(c) => {
            m.insert("monthly_wage".into(), euros(c));
        }
        Wage::Hourly {
            hourly,
            hours_per_week,
        } => {
            m.insert("hourly_wage".into(), euros(hourly));
            m.insert("hours_per_week".into(), hours_value(hours_per_week));
        }
    }
}

pub(super) fn to_value(s: &Scenario) -> Value {
    let adults: Vec<Value> = s
        .household
        .adults
        .iter()
        .map(|a| {
            let mut m = Map::new();
            m.insert("age".into(), json!(a.age));
            m.insert("church".into(), json!(a.church.as_str()));
            wage_into(&mut m, &a.wage);
            m.insert(
                "unemployment_benefit".into(),
                json!(a.unemployment_benefit.as_str()),
            );
            if let Some(d) = a.earnings_related_daily {
                m.insert("earnings_related_daily".into(), euros(d));
            }
            m.insert(
                "rehabilitative_work_days_per_week".into(),
                json!(a.rehabilitative_work_days_per_week),
            );
            m.insert(
                "earnings_related_pension_monthly".into(),
                euros(a.earnings_related_pension_monthly),
            );
            m.insert(
                "other_taxable_benefit_monthly".into(),
                euros(a.other_taxable_benefit_monthly),
            );
            if let Some(l) = a.kela_disability_pension_limit {
                m.insert("kela_disability_pension_limit".into(), euros(l));
            }
            if let Some(l) = a.earnings_related_pension_limit {
                m.insert("earnings_related_pension_limit".into(), euros(l));
            }
            Value::Object(m)
        })
        .collect();
    let children: Vec<Value> = s
        .household
        .children
        .iter()
        .map(|c| json!({ "age": c.age }))
        .collect();
    let options: Vec<Value> = s
        .options
        .iter()
        .map(|o| {
            let adults: Vec<Value> = o
                .adults
                .iter()
                .map(|c| {
                    let mut m = Map::new();
                    if let Some(w) = &c.wage {
                        wage_into(&mut m, w);
                    }
                    if let Some(k) = c.unemployment_benefit {
                        m.insert("unemployment_benefit".into(), json!(k.as_str()));
                    }
                    if let Some(d) = c.earnings_related_daily {
                        m.insert("earnings_related_daily".into(), euros(d));
                    }
                    if let Some(d) = c.rehabilitative_work_days_per_week {
                        m.insert("rehabilitative_work_days_per_week".into(), json!(d));
                    }
                    if let Some(p) = c.earnings_related_pension_monthly {
                        m.insert("earnings_related_pension_monthly".into(), euros(p));
                    }
                    if let Some(p) = c.other_taxable_benefit_monthly {
                        m.insert("other_taxable_benefit_monthly".into(), euros(p));
                    }
                    Value::Object(m)
                })
                .collect();
            json!({ "label": o.label, "adults": adults })
        })
        .collect();
    let mut root = json!({
        "format": s.format,
        "rules_date": s.rules_date.to_string(),
        "municipality": s.municipality,
        "household": { "adults": adults, "children": children },
        "housing": { "rent": euros(s.housing.rent), "water": euros(s.housing.water), "heating": euros(s.housing.heating) },
        "assets": euros(s.assets),
        "lives_with_parents": s.lives_with_parents,
    });
    if !options.is_empty() {
        if let Some(m) = root.as_object_mut() {
            m.insert("options".into(), Value::Array(options));
        }
    }
    root
}
