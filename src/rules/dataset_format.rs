//! The rule data format, parsed with the standard library only: shared by `build.rs` (which
//! validates the data, so a typo fails the build) and by the crate (which reads the same text at
//! start, and any data folder in tests). Nothing here knows a parameter's name or a year: the data
//! says which parameters exist, which values they take on which dates, and which years the
//! municipal tables cover.
//!
//! Inputs are `(file name, text)` pairs:
//! - `params/<law>.toml`: one section per parameter (`[daily_amount]`) with `label = { fi, sv, en }`,
//!   `unit`, `source` (a document id of `sources.toml`, optionally followed by a section), optional
//!   `sisu` (cross-check name), optional `unconfirmed = "why"`, and `values = { <date> = <value> }`
//!   or a `[<name>.values]` table. A later file may repeat a parameter with only `values` to extend
//!   its history (used by test fixtures).
//! - `params/sources.toml`: the documents (`title = { fi, sv, en }`, `url`, optional `secondary`).
//! - `params/coverage.toml`: `known_until = <date>`, the last day the data has been checked for.
//! - `data/municipal_tax_<year>.csv`, `data/asummenorajat_<year>.csv`,
//!   `data/housing_allowance_group_<year>.csv`: municipal tables, each valid from 1 January of its
//!   year until the next table; `data/municipality_region.csv`.
//!
//! Values: money (`EUR…` units) at most 2 decimals, decimals (`share` and per-time units) at most 6,
//! whole numbers (`years`, `days/week`, `count`), `flag` (`true` / `false`); tables are arrays.

#![allow(dead_code)] // shared with build.rs, which uses only a part

use std::collections::{BTreeMap, BTreeSet};

/// A calendar day.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Ymd {
    /// Year.
    pub y: u16,
    /// Month.
    pub m: u8,
    /// Day.
    pub d: u8,
}

impl Ymd {
    /// Parse `YYYY-MM-DD` (a valid day).
    pub fn parse(s: &str) -> Option<Ymd> {
        let mut it = s.trim().split('-');
        let y: u16 = it.next()?.parse().ok()?;
        let m: u8 = it.next()?.parse().ok()?;
        let d: u8 = it.next()?.parse().ok()?;
        if it.next().is_some() || !(1..=12).contains(&m) || d < 1 || d > days_in_month(y, m) {
            return None;
        }
        Some(Ymd { y, m, d })
    }
    /// The day before.
    pub fn prev(self) -> Ymd {
        if self.d > 1 {
            Ymd {
                d: self.d - 1,
                ..self
            }
        } else if self.m > 1 {
            Ymd {
                y: self.y,
                m: self.m - 1,
                d: days_in_month(self.y, self.m - 1),
            }
        } else {
            Ymd {
                y: self.y - 1,
                m: 12,
                d: 31,
            }
        }
    }
}

fn days_in_month(y: u16, m: u8) -> u8 {
    match m {
        2 if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// What kind of number a unit holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// Money, in cents.
    Cents,
    /// A decimal in millionths (shares, days per month, hours per week …).
    Decimal,
    /// A whole number.
    Count,
    /// Yes or no.
    Flag,
}

/// The kind of a unit, or `None` for an unknown unit.
pub fn kind_of(unit: &str) -> Option<Kind> {
    match unit {
        "EUR" | "EUR/month" | "EUR/year" | "EUR/day" => Some(Kind::Cents),
        "share" | "days/month" | "days/period" | "hours/week" | "weeks/month" => {
            Some(Kind::Decimal)
        }
        "years" | "days/week" | "count" => Some(Kind::Count),
        "flag" => Some(Kind::Flag),
        _ => None,
    }
}

/// One value (scaled integers: cents, millionths or a whole number).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Value {
    /// A number.
    Num(i64),
    /// A table of numbers.
    Table(Vec<i64>),
    /// Yes or no.
    Flag(bool),
}

/// Texts in the three languages.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Texts {
    /// Finnish.
    pub fi: String,
    /// Swedish.
    pub sv: String,
    /// English.
    pub en: String,
}

/// One parameter with its history.
#[derive(Clone, Debug)]
pub struct ParamSpec {
    /// `law.name`, e.g. `verotus.yle_max`.
    pub path: String,
    /// Short label.
    pub label: Texts,
    /// Unit.
    pub unit: String,
    /// Kind of the unit.
    pub kind: Kind,
    /// Document id in `sources.toml`.
    pub doc: String,
    /// Section of the document (`§ 125`), may be empty.
    pub section: String,
    /// SISU cross-check name, may be empty.
    pub sisu: String,
    /// Why the value is not confirmed by a primary text; empty when it is.
    pub unconfirmed: String,
    /// `(date the value takes effect, value, value as written)`, in date order.
    pub values: Vec<(Ymd, Value, String)>,
}

impl ParamSpec {
    /// The value in force on `day` (the latest one dated on or before it).
    pub fn at(&self, day: Ymd) -> Option<&Value> {
        self.values
            .iter()
            .rev()
            .find(|(d, _, _)| *d <= day)
            .map(|(_, v, _)| v)
    }
}

/// One cited document.
#[derive(Clone, Debug)]
pub struct DocSpec {
    /// Id.
    pub id: String,
    /// Title in three languages.
    pub title: Texts,
    /// Address.
    pub url: String,
    /// A secondary source (model, news), not an official text.
    pub secondary: bool,
}

/// Municipal tax rates of one year, in millionths.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TaxSpec {
    /// Municipal tax.
    pub municipal: i64,
    /// Lutheran parish tax.
    pub lutheran: i64,
    /// Orthodox parish tax.
    pub orthodox: i64,
}

/// One municipality with its yearly tables.
#[derive(Clone, Debug)]
pub struct MuniSpec {
    /// 3-digit code.
    pub code: String,
    /// Finnish name (latest table).
    pub name_fi: String,
    /// Swedish name (latest table).
    pub name_sv: String,
    /// Åland.
    pub aland: bool,
    /// Region code.
    pub region: u8,
    /// Tax rates by year.
    pub tax: Vec<(u16, TaxSpec)>,
    /// Housing-allowance group by year (0 for Åland).
    pub groups: Vec<(u16, u8)>,
    /// Social-assistance housing-cost limits (cents) by year; `None` for Åland.
    pub limits: Vec<(u16, Option<[i64; 5]>)>,
}

/// Everything the files hold, checked.
#[derive(Clone, Debug)]
pub struct DataSet {
    /// Parameters, in file order.
    pub params: Vec<ParamSpec>,
    /// Documents.
    pub docs: Vec<DocSpec>,
    /// The last day the data has been checked for.
    pub known_until: Ymd,
    /// Municipalities, sorted by code.
    pub municipalities: Vec<MuniSpec>,
}

impl DataSet {
    /// The first day every parameter has a value for: the first covered day.
    pub fn first_date(&self) -> Ymd {
        self.params
            .iter()
            .filter_map(|p| p.values.first().map(|v| v.0))
            .max()
            .unwrap_or(Ymd { y: 1, m: 1, d: 1 })
    }
    /// The days on which a rule period starts: the first covered day and every later day on
    /// which any value changes.
    pub fn period_starts(&self) -> Vec<Ymd> {
        let first = self.first_date();
        let mut days: BTreeSet<Ymd> = BTreeSet::new();
        days.insert(first);
        for p in &self.params {
            for (d, _, _) in &p.values {
                if *d > first {
                    days.insert(*d);
                }
            }
        }
        days.into_iter().collect()
    }
    /// The rule periods: `(first day, last day, id, label)`. The last one runs to the last
    /// checked day (or is one day long if it starts after it). The id is `YYYY` for a whole
    /// calendar year, else `YYYY-MM` of the first day; the label is `d.m.yyyy–d.m.yyyy`.
    pub fn periods(&self) -> Vec<(Ymd, Ymd, String, String)> {
        let starts = self.period_starts();
        let dm = |d: Ymd| format!("{}.{}.{}", d.d, d.m, d.y);
        starts
            .iter()
            .enumerate()
            .map(|(i, start)| {
                let end = match starts.get(i + 1) {
                    Some(next) => next.prev(),
                    None => self.known_until.max(*start),
                };
                let whole_year =
                    start.m == 1 && start.d == 1 && end.y == start.y && end.m == 12 && end.d == 31;
                let id = if whole_year {
                    format!("{}", start.y)
                } else {
                    format!("{}-{:02}", start.y, start.m)
                };
                (*start, end, id, format!("{}–{}", dm(*start), dm(end)))
            })
            .collect()
    }

    /// The parameter with this path.
    pub fn param(&self, path: &str) -> Option<&ParamSpec> {
        self.params.iter().find(|p| p.path == path)
    }
}

fn err(file: &str, line: usize, msg: &str) -> String {
    format!("{file}:{line}: {msg}")
}

/// A parsed TOML-subset item.
#[derive(Clone, Debug)]
enum Item {
    Str(String),
    Bool(bool),
    Arr(Vec<String>),
    Table(Vec<(String, Item)>),
}

fn parse_string(s: &str) -> Option<(String, usize)> {
    let mut out = String::new();
    let mut chars = s.char_indices().skip(1);
    while let Some((i, c)) = chars.next() {
        match c {
            '\\' => {
                let (_, n) = chars.next()?;
                out.push(n);
            }
            '"' => return Some((out, i + 1)),
            _ => out.push(c),
        }
    }
    None
}

/// Parse one value at the start of `s`; returns it and the bytes consumed.
fn parse_item(s: &str) -> Result<(Item, usize), String> {
    let t = s.trim_start();
    let skipped = s.len() - t.len();
    if t.starts_with('"') {
        let (v, n) = parse_string(t).ok_or("unterminated string")?;
        Ok((Item::Str(v), skipped + n))
    } else if let Some(rest) = t.strip_prefix('[') {
        let mut items = Vec::new();
        let mut pos = 1;
        let mut r = rest;
        loop {
            let rt = r.trim_start_matches([' ', ',']);
            pos += r.len() - rt.len();
            r = rt;
            if r.starts_with(']') {
                pos += 1;
                break;
            }
            if !r.starts_with('"') {
                return Err("table entries are quoted numbers".into());
            }
            let (v, n) = parse_string(r).ok_or("unterminated string")?;
            items.push(v);
            pos += n;
            r = &r[n..];
        }
        Ok((Item::Arr(items), skipped + pos))
    } else if let Some(rest) = t.strip_prefix('{') {
        let mut entries = Vec::new();
        let mut pos = 1;
        let mut r = rest;
        loop {
            let rt = r.trim_start_matches([' ', ',']);
            pos += r.len() - rt.len();
            r = rt;
            if r.starts_with('}') {
                pos += 1;
                break;
            }
            let eq = r.find('=').ok_or("expected key = value in { … }")?;
            let key = r[..eq].trim().to_string();
            let (v, n) = parse_item(&r[eq + 1..])?;
            entries.push((key, v));
            pos += eq + 1 + n;
            r = &r[eq + 1 + n..];
        }
        Ok((Item::Table(entries), skipped + pos))
    } else if t.starts_with("true") {
        Ok((Item::Bool(true), skipped + 4))
    } else if t.starts_with("false") {
        Ok((Item::Bool(false), skipped + 5))
    } else {
        Err(format!(
            "expected a quoted value, [table], {{…}} or true/false at `{t}`"
        ))
    }
}

/// Sections of a file: `(name, line, [(key, line, item)])`; keys before any section go in "".
type Sections = Vec<(String, usize, Vec<(String, usize, Item)>)>;

fn parse_toml(file: &str, text: &str) -> Result<Sections, String> {
    let mut out: Sections = vec![(String::new(), 0, Vec::new())];
    for (i, raw) in text.lines().enumerate() {
        let ln = i + 1;
        let line = raw.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        if let Some(name) = line.strip_prefix('[') {
            let name = name
                .strip_suffix(']')
                .ok_or_else(|| err(file, ln, "bad section header"))?;
            let ok = !name.is_empty()
                && name.chars().all(|c| {
                    c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_' || c == '.' || c == '-'
                });
            if !ok {
                return Err(err(file, ln, &format!("bad section name `{name}`")));
            }
            out.push((name.to_string(), ln, Vec::new()));
            continue;
        }
        let eq = line
            .find('=')
            .ok_or_else(|| err(file, ln, "expected key = value"))?;
        let key = line[..eq].trim().to_string();
        let (item, n) = parse_item(&line[eq + 1..]).map_err(|e| err(file, ln, &e))?;
        let rest = line[eq + 1 + n..].trim();
        if !rest.is_empty() && !rest.starts_with('#') {
            return Err(err(
                file,
                ln,
                &format!("unexpected `{rest}` after the value"),
            ));
        }
        let section = out.last_mut().expect("a section");
        if section.2.iter().any(|(k, _, _)| *k == key) {
            return Err(err(file, ln, &format!("duplicate key `{key}`")));
        }
        section.2.push((key, ln, item));
    }
    Ok(out)
}

/// Parse a decimal text into an integer scaled by 10^`decimals`; more decimals fail.
pub fn parse_fixed(s: &str, decimals: u32) -> Option<i64> {
    let s = s.trim();
    let (neg, body) = match s.strip_prefix('-') {
        Some(b) => (true, b),
        None => (false, s),
    };
    let (int, frac) = body.split_once('.').unwrap_or((body, ""));
    if int.is_empty()
        || int.len() > 12
        || !int.bytes().all(|b| b.is_ascii_digit())
        || !frac.bytes().all(|b| b.is_ascii_digit())
        || frac.len() > decimals as usize
    {
        return None;
    }
    let mut v: i64 = int.parse().ok()?;
    for _ in 0..decimals {
        v = v.checked_mul(10)?;
    }
    let mut f: i64 = if frac.is_empty() {
        0
    } else {
        frac.parse().ok()?
    };
    for _ in frac.len()..decimals as usize {
        f *= 10;
    }
    Some(if neg { -(v + f) } else { v + f })
}

fn number(kind: Kind, s: &str) -> Option<i64> {
    match kind {
        Kind::Cents => parse_fixed(s, 2),
        Kind::Decimal => parse_fixed(s, 6),
        Kind::Count => s.trim().parse::<u32>().ok().map(i64::from),
        Kind::Flag => None,
    }
}

fn value_of(kind: Kind, item: &Item) -> Result<(Value, String), String> {
    match (kind, item) {
        (Kind::Flag, Item::Bool(b)) => Ok((Value::Flag(*b), b.to_string())),
        (Kind::Flag, _) => Err("a flag is true or false, unquoted".into()),
        (k, Item::Str(s)) => number(k, s)
            .map(|n| (Value::Num(n), s.clone()))
            .ok_or_else(|| format!("`{s}` is not a number of this unit")),
        (k, Item::Arr(items)) => {
            let mut v = Vec::new();
            for s in items {
                v.push(number(k, s).ok_or_else(|| format!("`{s}` is not a number of this unit"))?);
            }
            if v.is_empty() {
                return Err("empty table".into());
            }
            Ok((Value::Table(v), items.join(" / ")))
        }
        _ => Err("expected a quoted number or a table".into()),
    }
}

fn texts(item: &Item) -> Option<Texts> {
    let Item::Table(entries) = item else {
        return None;
    };
    let get = |lang: &str| {
        entries.iter().find_map(|(k, v)| match v {
            Item::Str(s) if k == lang && !s.trim().is_empty() => Some(s.clone()),
            _ => None,
        })
    };
    if entries.len() != 3 {
        return None;
    }
    Some(Texts {
        fi: get("fi")?,
        sv: get("sv")?,
        en: get("en")?,
    })
}

fn string(item: &Item) -> Option<String> {
    match item {
        Item::Str(s) => Some(s.clone()),
        _ => None,
    }
}

/// Parse and check a whole data set. `params` and `data` are `(file name, text)` pairs; files
/// are read in the given order (later files may extend histories and add municipal years).
pub fn parse(params: &[(String, String)], data: &[(String, String)]) -> Result<DataSet, String> {
    let mut specs: Vec<ParamSpec> = Vec::new();
    let mut docs: Vec<DocSpec> = Vec::new();
    let mut known_until: Option<Ymd> = None;
    for (name, text) in params {
        let stem = name.rsplit('/').next().unwrap_or(name);
        let Some(law) = stem.strip_suffix(".toml") else {
            continue;
        };
        let sections = parse_toml(name, text)?;
        match law {
            "coverage" => {
                for (key, ln, item) in &sections[0].2 {
                    match (key.as_str(), item) {
                        ("known_until", Item::Str(s)) => {
                            known_until =
                                Some(Ymd::parse(s).ok_or_else(|| err(name, *ln, "bad date"))?);
                        }
                        _ => return Err(err(name, *ln, &format!("unknown key `{key}`"))),
                    }
                }
                if sections.len() > 1 {
                    return Err(err(name, sections[1].1, "coverage.toml has no sections"));
                }
            }
            "sources" => parse_docs(name, &sections, &mut docs)?,
            _ => parse_params(name, law, &sections, &mut specs)?,
        }
    }
    let known_until = known_until.ok_or("params/coverage.toml: `known_until` missing")?;
    for p in &specs {
        if p.values.is_empty() {
            return Err(format!("{}: no values", p.path));
        }
        if p.label.fi.is_empty() {
            return Err(format!(
                "{}: defined only as an extension, never in full",
                p.path
            ));
        }
        if !docs.iter().any(|d| d.id == p.doc) {
            return Err(format!(
                "{}: source `{}` is not in sources.toml",
                p.path, p.doc
            ));
        }
    }
    if specs.is_empty() {
        return Err("no parameters".into());
    }
    let municipalities = parse_municipalities(data)?;
    Ok(DataSet {
        params: specs,
        docs,
        known_until,
        municipalities,
    })
}

fn parse_docs(name: &str, sections: &Sections, docs: &mut Vec<DocSpec>) -> Result<(), String> {
    if let Some((k, ln, _)) = sections[0].2.first() {
        return Err(err(name, *ln, &format!("`{k}` outside a section")));
    }
    for (id, ln, keys) in &sections[1..] {
        let mut title = None;
        let mut url = None;
        let mut secondary = false;
        for (key, kln, item) in keys {
            match (key.as_str(), item) {
                ("title", it) => {
                    title =
                        Some(texts(it).ok_or_else(|| err(name, *kln, "title = { fi, sv, en }"))?)
                }
                ("url", Item::Str(s)) => url = Some(s.clone()),
                ("secondary", Item::Bool(b)) => secondary = *b,
                _ => return Err(err(name, *kln, &format!("unknown or malformed `{key}`"))),
            }
        }
        if docs.iter().any(|d| d.id == *id) {
            return Err(err(name, *ln, &format!("document `{id}` twice")));
        }
        docs.push(DocSpec {
            id: id.clone(),
            title: title.ok_or_else(|| err(name, *ln, "title missing"))?,
            url: url.ok_or_else(|| err(name, *ln, "url missing"))?,
            secondary,
        });
    }
    Ok(())
}

fn parse_params(
    name: &str,
    law: &str,
    sections: &Sections,
    specs: &mut Vec<ParamSpec>,
) -> Result<(), String> {
    if !law
        .chars()
        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
        || law.is_empty()
    {
        return Err(format!(
            "{name}: a law file is named in lower-case snake_case"
        ));
    }
    if let Some((k, ln, _)) = sections[0].2.first() {
        return Err(err(name, *ln, &format!("`{k}` outside a section")));
    }
    for (section, ln, keys) in &sections[1..] {
        let (key, values_table) = match section.strip_suffix(".values") {
            Some(k) => (k, true),
            None => (section.as_str(), false),
        };
        if key.contains('.') || key.contains('-') {
            return Err(err(name, *ln, &format!("bad parameter name `{key}`")));
        }
        let path = format!("{law}.{key}");
        let existing = specs.iter().position(|p| p.path == path);
        let mut raw_values: Vec<(String, usize, Item)> = Vec::new();
        if values_table {
            let Some(idx) = existing else {
                return Err(err(name, *ln, &format!("[{section}] before [{key}]")));
            };
            let _ = idx;
            raw_values.extend(keys.iter().cloned());
        } else {
            let mut label = None;
            let mut unit = None;
            let mut source = None;
            let mut sisu = String::new();
            let mut unconfirmed = String::new();
            for (k, kln, item) in keys {
                match k.as_str() {
                    "label" => {
                        label = Some(
                            texts(item).ok_or_else(|| err(name, *kln, "label = { fi, sv, en }"))?,
                        )
                    }
                    "unit" => unit = Some(string(item).ok_or_else(|| err(name, *kln, "unit"))?),
                    "source" => {
                        source = Some(string(item).ok_or_else(|| err(name, *kln, "source"))?)
                    }
                    "sisu" => sisu = string(item).ok_or_else(|| err(name, *kln, "sisu"))?,
                    "unconfirmed" => {
                        unconfirmed = string(item)
                            .filter(|s| !s.trim().is_empty())
                            .ok_or_else(|| err(name, *kln, "unconfirmed = \"why\""))?
                    }
                    "values" => match item {
                        Item::Table(entries) => raw_values
                            .extend(entries.iter().map(|(d, v)| (d.clone(), *kln, v.clone()))),
                        _ => return Err(err(name, *kln, "values = { <date> = <value> }")),
                    },
                    _ => return Err(err(name, *kln, &format!("unknown key `{k}`"))),
                }
            }
            let is_extension = label.is_none() && unit.is_none() && source.is_none();
            if is_extension {
                if existing.is_none() {
                    return Err(err(
                        name,
                        *ln,
                        &format!("`{path}` lacks label, unit and source"),
                    ));
                }
            } else {
                if existing.is_some() {
                    return Err(err(name, *ln, &format!("`{path}` defined twice")));
                }
                let unit = unit.ok_or_else(|| err(name, *ln, "unit missing"))?;
                let kind = kind_of(&unit).ok_or_else(|| {
                    err(name, *ln, &format!("unknown unit `{unit}` (EUR, EUR/month, EUR/year, EUR/day, share, days/month, hours/week, weeks/month, years, days/week, count, flag)"))
                })?;
                let source = source.ok_or_else(|| err(name, *ln, "source missing"))?;
                let (doc, sec) = match source.split_once(' ') {
                    Some((d, s)) => (d.to_string(), s.trim().to_string()),
                    None => (source.clone(), String::new()),
                };
                specs.push(ParamSpec {
                    path: path.clone(),
                    label: label.ok_or_else(|| err(name, *ln, "label missing"))?,
                    unit,
                    kind,
                    doc,
                    section: sec,
                    sisu,
                    unconfirmed,
                    values: Vec::new(),
                });
            }
        }
        let idx = specs
            .iter()
            .position(|p| p.path == path)
            .ok_or_else(|| err(name, *ln, "internal: parameter vanished"))?;
        let spec = &mut specs[idx];
        for (d, vln, item) in raw_values {
            let day = Ymd::parse(&d)
                .ok_or_else(|| err(name, vln, &format!("`{d}` is not a date YYYY-MM-DD")))?;
            let (v, text) = value_of(spec.kind, &item)
                .map_err(|e| err(name, vln, &format!("{path} {d}: {e}")))?;
            if spec.values.iter().any(|(x, _, _)| *x == day) {
                return Err(err(name, vln, &format!("{path}: two values for {d}")));
            }
            spec.values.push((day, v, text));
        }
        spec.values.sort_by_key(|(d, _, _)| *d);
    }
    Ok(())
}

fn read_csv(name: &str, text: &str) -> Result<(Vec<String>, Vec<Vec<String>>), String> {
    // Comment lines (`#`, e.g. the cited sources above `reference_budgets.csv`) and blank lines
    // are skipped; line numbers in errors stay those of the file.
    let mut lines = text
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty() && !l.trim_start().starts_with('#'));
    let header: Vec<String> = lines
        .next()
        .ok_or_else(|| format!("{name}: empty"))?
        .1
        .split(',')
        .map(|s| s.trim().to_string())
        .collect();
    let mut rows = Vec::new();
    for (i, l) in lines {
        let r: Vec<String> = l.split(',').map(|s| s.trim().to_string()).collect();
        if r.len() != header.len() {
            return Err(err(
                name,
                i + 1,
                &format!("{} fields, header has {}", r.len(), header.len()),
            ));
        }
        rows.push(r);
    }
    Ok((header, rows))
}

fn col(header: &[String], col: &str, file: &str) -> Result<usize, String> {
    header
        .iter()
        .position(|h| h == col)
        .ok_or_else(|| format!("{file}: no column {col}"))
}

/// The year of a yearly file name such as `municipal_tax_2026.csv`.
fn year_of(stem: &str, prefix: &str) -> Option<u16> {
    stem.strip_prefix(prefix)?
        .strip_suffix(".csv")?
        .parse()
        .ok()
}

/// The columns the parser reads from a data file (by file name), so the build can embed only those.
/// `latest_tax_year`: names are kept only in that year's tax table.
pub fn used_columns(stem: &str, latest_tax_year: Option<u16>) -> Option<Vec<&'static str>> {
    if let Some(year) = year_of(stem, "municipal_tax_") {
        let mut c = vec!["code"];
        if Some(year) == latest_tax_year {
            c.extend(["name_fi", "name_sv"]);
        }
        c.extend([
            "municipal_tax_pct",
            "lutheran_tax_pct",
            "orthodox_tax_pct",
            "aland",
        ]);
        Some(c)
    } else if year_of(stem, "asummenorajat_").is_some() {
        Some(vec![
            "YKSI_HENKILO",
            "KAKSI_HENKILOA",
            "KOLME_HENKILOA",
            "NELJA_HENKILOA",
            "LISA_HENKILO",
            "koodi",
        ])
    } else if year_of(stem, "housing_allowance_group_").is_some() {
        Some(vec!["code", "group"])
    } else if stem == "municipality_region.csv" {
        Some(vec!["code", "region_code"])
    } else {
        None
    }
}

/// The year of a municipal tax file name (`municipal_tax_2026.csv` → 2026).
pub fn tax_year_of(stem: &str) -> Option<u16> {
    year_of(stem, "municipal_tax_")
}

/// A CSV text with only `keep` columns (in the file's order).
pub fn keep_columns(text: &str, keep: &[&str]) -> String {
    let mut lines = text.lines();
    let Some(header) = lines.next() else {
        return String::new();
    };
    let idx: Vec<usize> = header
        .split(',')
        .enumerate()
        .filter(|(_, h)| keep.contains(&h.trim()))
        .map(|(i, _)| i)
        .collect();
    let pick = |l: &str| -> String {
        let f: Vec<&str> = l.split(',').collect();
        idx.iter()
            .filter_map(|i| f.get(*i).copied())
            .collect::<Vec<_>>()
            .join(",")
    };
    let mut out = pick(header);
    out.push('\n');
    for l in lines.filter(|l| !l.trim().is_empty()) {
        out.push_str(&pick(l));
        out.push('\n');
    }
    out
}

/// A TOML text without comment and blank lines.
pub fn strip_comments(text: &str) -> String {
    let mut out = String::new();
    for l in text.lines() {
        let t = l.trim();
        if !t.is_empty() && !t.starts_with('#') {
            out.push_str(t);
            out.push('\n');
        }
    }
    out
}

fn parse_municipalities(data: &[(String, String)]) -> Result<Vec<MuniSpec>, String> {
    type Rows<T> = BTreeMap<u16, BTreeMap<String, T>>;
    let mut taxes: Rows<(String, String, TaxSpec, bool)> = BTreeMap::new();
    let mut limits: Rows<[i64; 5]> = BTreeMap::new();
    let mut groups: Rows<u8> = BTreeMap::new();
    let mut region: BTreeMap<String, u8> = BTreeMap::new();
    for (name, text) in data {
        let stem = name.rsplit('/').next().unwrap_or(name);
        if !stem.ends_with(".csv") {
            continue;
        }
        let (h, rows) = read_csv(name, text)?;
        if let Some(year) = year_of(stem, "municipal_tax_") {
            // Names are read from the latest table only; earlier tables may leave them out.
            let names = (
                h.iter().position(|x| x == "name_fi"),
                h.iter().position(|x| x == "name_sv"),
            );
            let c = [
                col(&h, "code", name)?,
                0,
                0,
                col(&h, "municipal_tax_pct", name)?,
                col(&h, "lutheran_tax_pct", name)?,
                col(&h, "orthodox_tax_pct", name)?,
                col(&h, "aland", name)?,
            ];
            let mut map = BTreeMap::new();
            for r in rows {
                let name_of = |i: Option<usize>| i.map(|i| r[i].clone()).unwrap_or_default();
                let pct = |i: usize| {
                    // percent with at most 4 decimals → millionths
                    parse_fixed(&r[c[i]], 4)
                        .ok_or_else(|| format!("{name} {}: bad percent `{}`", r[c[0]], r[c[i]]))
                };
                let aland = match r[c[6]].as_str() {
                    "true" => true,
                    "false" => false,
                    x => return Err(format!("{name} {}: aland `{x}`", r[c[0]])),
                };
                let t = TaxSpec {
                    municipal: pct(3)?,
                    lutheran: pct(4)?,
                    orthodox: pct(5)?,
                };
                if map
                    .insert(
                        r[c[0]].clone(),
                        (name_of(names.0), name_of(names.1), t, aland),
                    )
                    .is_some()
                {
                    return Err(format!("{name}: code {} twice", r[c[0]]));
                }
            }
            if taxes.insert(year, map).is_some() {
                return Err(format!("{name}: tax table {year} twice"));
            }
        } else if let Some(year) = year_of(stem, "asummenorajat_") {
            let cols = [
                "YKSI_HENKILO",
                "KAKSI_HENKILOA",
                "KOLME_HENKILOA",
                "NELJA_HENKILOA",
                "LISA_HENKILO",
            ]
            .iter()
            .map(|n| col(&h, n, name))
            .collect::<Result<Vec<_>, _>>()?;
            let k = col(&h, "koodi", name)?;
            let mut map = BTreeMap::new();
            for r in rows {
                let mut arr = [0i64; 5];
                for (i, ci) in cols.iter().enumerate() {
                    arr[i] = parse_fixed(&r[*ci], 2)
                        .ok_or_else(|| format!("{name} {}: bad amount `{}`", r[k], r[*ci]))?;
                }
                map.insert(r[k].clone(), arr);
            }
            if limits.insert(year, map).is_some() {
                return Err(format!("{name}: limits table {year} twice"));
            }
        } else if let Some(year) = year_of(stem, "housing_allowance_group_") {
            let (c, g) = (col(&h, "code", name)?, col(&h, "group", name)?);
            let mut map = BTreeMap::new();
            for r in rows {
                let v = if r[g].is_empty() {
                    0
                } else {
                    r[g].parse()
                        .map_err(|_| format!("{name}: group `{}`", r[g]))?
                };
                map.insert(r[c].clone(), v);
            }
            if groups.insert(year, map).is_some() {
                return Err(format!("{name}: group table {year} twice"));
            }
        } else if stem == "municipality_region.csv" {
            let (c, rc) = (col(&h, "code", name)?, col(&h, "region_code", name)?);
            for r in rows {
                let v = r[rc]
                    .parse()
                    .map_err(|_| format!("{name}: region `{}`", r[rc]))?;
                region.insert(r[c].clone(), v);
            }
        }
    }
    let (_, latest) = taxes
        .iter()
        .next_back()
        .ok_or("data: no municipal_tax_<year>.csv")?;
    if limits.is_empty() || groups.is_empty() {
        return Err(
            "data: no asummenorajat_<year>.csv or housing_allowance_group_<year>.csv".into(),
        );
    }
    let mut out = Vec::new();
    // The current municipalities are those of the latest tax table; rows of merged
    // municipalities in other tables are ignored.
    for (code, (name_fi, name_sv, _, aland)) in latest {
        if name_fi.is_empty() || name_sv.is_empty() {
            return Err(format!(
                "the latest municipal_tax table lacks the names of {code}"
            ));
        }
        let region = *region
            .get(code)
            .ok_or_else(|| format!("municipality_region.csv lacks {code}"))?;
        let tax: Vec<(u16, TaxSpec)> = taxes
            .iter()
            .filter_map(|(y, m)| m.get(code).map(|t| (*y, t.2)))
            .collect();
        if tax.len() != taxes.len() {
            return Err(format!(
                "municipality {code} is missing from a municipal_tax table"
            ));
        }
        let mut g = Vec::new();
        for (y, m) in &groups {
            let v = *m
                .get(code)
                .ok_or_else(|| format!("housing_allowance_group_{y}.csv lacks {code}"))?;
            if !aland && v == 0 {
                return Err(format!(
                    "housing_allowance_group_{y}.csv: no group for mainland {code}"
                ));
            }
            g.push((*y, v));
        }
        let mut l = Vec::new();
        for (y, m) in &limits {
            match m.get(code) {
                Some(a) => l.push((*y, Some(*a))),
                None if *aland => l.push((*y, None)),
                None => return Err(format!("asummenorajat_{y}.csv lacks mainland {code}")),
            }
        }
        out.push(MuniSpec {
            code: code.clone(),
            name_fi: name_fi.clone(),
            name_sv: name_sv.clone(),
            aland: *aland,
            region,
            tax,
            groups: g,
            limits: l,
        });
    }
    Ok(out)
}

/// Marks a municipality without social-assistance housing limits (Åland) in
/// [`PackedTables::limits`].
pub const NO_LIMITS: u16 = u16::MAX;

/// The municipalities' yearly tables in the form the app carries: the years each table covers
/// stored once for all municipalities (every municipality has one entry per table year, which
/// [`parse`] checks), every distinct entry stored once however many years and municipalities
/// share it, and per municipality and year only a small index into those entries. Most
/// municipalities keep their tax rates and housing-cost limits from one year to the next, so
/// this holds about half as many entries as there are years times municipalities. Built here, so the build script (which writes it as statics) and the run-time
/// reader of a data folder pack the same way.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PackedTables {
    /// The years of the municipal tax tables, in order.
    pub tax_years: Vec<u16>,
    /// Distinct `[municipal, lutheran, orthodox]` rates (millionths).
    pub tax_rates: Vec<[u32; 3]>,
    /// For each municipality (in order) and each tax year: an index into `tax_rates`.
    pub tax: Vec<u16>,
    /// The years of the housing-allowance group tables, in order.
    pub group_years: Vec<u16>,
    /// For each municipality and each group year: the group (0 for Åland).
    pub groups: Vec<u8>,
    /// The years of the social-assistance housing-cost limit tables, in order.
    pub limit_years: Vec<u16>,
    /// Distinct limit sets for 1, 2, 3, 4 persons and each extra person (cents).
    pub limit_sets: Vec<[u32; 5]>,
    /// For each municipality and each limit year: an index into `limit_sets`, or [`NO_LIMITS`].
    pub limits: Vec<u16>,
}

/// Packs the yearly tables of `municipalities` (see [`PackedTables`]); an error when a
/// municipality's years differ from the first one's or a value does not fit the packed widths.
pub fn pack_tables(municipalities: &[MuniSpec]) -> Result<PackedTables, String> {
    let mut packed = PackedTables::default();
    let Some(first) = municipalities.first() else {
        return Ok(packed);
    };
    packed.tax_years = first.tax.iter().map(|(y, _)| *y).collect();
    packed.group_years = first.groups.iter().map(|(y, _)| *y).collect();
    packed.limit_years = first.limits.iter().map(|(y, _)| *y).collect();
    let mut tax_index = BTreeMap::new();
    let mut limit_index = BTreeMap::new();
    for m in municipalities {
        let years_of = |years: Vec<u16>, expected: &[u16], table: &str| {
            if years == expected {
                Ok(())
            } else {
                Err(format!(
                    "municipality {}: {table} years {years:?}, the others have {expected:?}",
                    m.code
                ))
            }
        };
        years_of(
            m.tax.iter().map(|(y, _)| *y).collect(),
            &packed.tax_years,
            "tax",
        )?;
        years_of(
            m.groups.iter().map(|(y, _)| *y).collect(),
            &packed.group_years,
            "housing-allowance group",
        )?;
        years_of(
            m.limits.iter().map(|(y, _)| *y).collect(),
            &packed.limit_years,
            "housing-cost limit",
        )?;
        for (year, t) in &m.tax {
            let rates = narrow([t.municipal, t.lutheran, t.orthodox]).ok_or_else(|| {
                format!("municipality {} {year}: a tax rate out of range", m.code)
            })?;
            packed
                .tax
                .push(index_of(rates, &mut tax_index, &mut packed.tax_rates)?);
        }
        packed.groups.extend(m.groups.iter().map(|(_, g)| *g));
        for (year, limits) in &m.limits {
            let index = match limits {
                None => NO_LIMITS,
                Some(amounts) => {
                    let amounts = narrow(*amounts).ok_or_else(|| {
                        format!(
                            "municipality {} {year}: a housing-cost limit out of range",
                            m.code
                        )
                    })?;
                    index_of(amounts, &mut limit_index, &mut packed.limit_sets)?
                }
            };
            packed.limits.push(index);
        }
    }
    Ok(packed)
}

/// The values as `u32`, if every one fits.
fn narrow<const N: usize>(values: [i64; N]) -> Option<[u32; N]> {
    let mut out = [0; N];
    for (slot, value) in out.iter_mut().zip(values) {
        *slot = u32::try_from(value).ok()?;
    }
    Some(out)
}

/// The index of `entry` in `entries`, added at the end the first time it is seen.
fn index_of<T: Copy + Ord>(
    entry: T,
    index: &mut BTreeMap<T, u16>,
    entries: &mut Vec<T>,
) -> Result<u16, String> {
    if let Some(i) = index.get(&entry) {
        return Ok(*i);
    }
    let i = u16::try_from(entries.len())
        .ok()
        .filter(|i| *i != NO_LIMITS)
        .ok_or("municipal tables: more distinct entries than a u16 index holds")?;
    index.insert(entry, i);
    entries.push(entry);
    Ok(i)
}
