//! The rule data as the engine uses it: parameter histories, the rule periods derived from them,
//! municipalities with their yearly tables and the cited documents.
//!
//! Why parse at start rather than generate Rust tables: one code path serves the built-in data
//! (embedded text, parsed once on first use) and any data folder a test loads (a synthetic later
//! year needs no code change). The build script runs the same parser over the same files, so a
//! typo fails the build and parsing the built-in data cannot fail at run time.
//!
//! Periods: every day on which any value takes effect starts a period; the first covered day is
//! the latest of the parameters' first dates (from then on every parameter has a value). The last
//! period runs until the day the data has been checked for (`params/coverage.toml`); a later date
//! computes with the last period and says so ([`super::Flag::RulesAfterLastKnownDate`]).

use super::dataset_format::{self as fmt, Kind, Value};
use super::money::{Cents, Rate};
use super::municipalities::{Municipality, TaxRates};
use super::params::{ParamInfo, Params, RulePeriod, DATA_FILES, PARAM_FILES, PARAM_PATHS};
use super::sources::Source;
use crate::units::Date;
use std::sync::OnceLock;

/// A text in the three languages.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Texts {
    /// Finnish.
    pub fi: &'static str,
    /// Swedish.
    pub sv: &'static str,
    /// English.
    pub en: &'static str,
}

/// One value of a parameter's history.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ParamValue {
    /// Money.
    Cents(Cents),
    /// A decimal (share, days per month …).
    Decimal(Rate),
    /// A whole number.
    Count(u32),
    /// Yes or no.
    Flag(bool),
    /// A table of money amounts.
    CentsTable(&'static [Cents]),
    /// A table of decimals.
    DecimalTable(&'static [Rate]),
}

/// One parameter with its whole history, label and primary source.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Parameter {
    /// `law.name`.
    pub path: &'static str,
    /// Short label.
    pub label: Texts,
    /// Unit (`EUR/month`, `share`, `days/month`, `years`, `flag` …).
    pub unit: &'static str,
    /// Id of the cited document ([`Source`]).
    pub source: &'static str,
    /// Section of that document (`§ 125`), may be empty.
    pub section: &'static str,
    /// SISU variable name for cross-checking, may be empty.
    pub sisu: &'static str,
    /// Why the value is not confirmed by a primary text; empty when it is.
    pub unconfirmed: &'static str,
    /// `(day the value takes effect, value)`, in date order.
    pub values: &'static [(Date, ParamValue)],
}

/// A whole rule data set.
#[derive(Debug)]
pub struct RuleData {
    /// Rule periods in date order.
    pub periods: &'static [RulePeriod],
    /// Municipalities sorted by code.
    pub municipalities: &'static [Municipality],
    /// Every parameter.
    pub parameters: &'static [Parameter],
    /// Every cited document.
    pub sources: &'static [Source],
    /// First covered day.
    pub first_date: Date,
    /// Last day the data has been checked for.
    pub known_until: Date,
}

impl RuleData {
    /// The period for `date`: the one containing it, or the last one for a date after the last
    /// checked day; `None` before the first covered day.
    pub fn period_for(&self, date: Date) -> Option<&'static RulePeriod> {
        if date < self.first_date {
            return None;
        }
        self.periods.iter().rev().find(|p| p.starts <= date)
    }
    /// The parameter with this path.
    pub fn parameter(&self, path: &str) -> Option<&'static Parameter> {
        self.parameters.iter().find(|p| p.path == path)
    }
    /// The document with this id.
    pub fn source(&self, id: &str) -> Option<&'static Source> {
        self.sources.iter().find(|s| s.id == id)
    }
}

/// The built-in data (embedded at build time, parsed once).
pub fn builtin() -> &'static RuleData {
    static DATA: OnceLock<&'static RuleData> = OnceLock::new();
    DATA.get_or_init(|| {
        from_texts(PARAM_FILES, DATA_FILES).unwrap_or_else(|e| {
            // The build script checked these very texts with the same parser.
            unreachable!("built-in rule data: {e}")
        })
    })
}

/// A data set from `(file name, text)` pairs (`params/*.toml`, `data/*.csv`), in order.
pub fn from_texts(
    params: &[(&str, &str)],
    data: &[(&str, &str)],
) -> Result<&'static RuleData, String> {
    let own = |v: &[(&str, &str)]| -> Vec<(String, String)> {
        v.iter()
            .map(|(n, t)| (n.to_string(), t.to_string()))
            .collect()
    };
    let set = fmt::parse(&own(params), &own(data))?;
    materialise(&set)
}

/// A data set read from folders, each with `params/` and/or `data/`; later folders extend
/// earlier ones (a test fixture adds a year on top of the repository's data).
#[cfg(not(target_arch = "wasm32"))]
pub fn load_dirs(dirs: &[&std::path::Path]) -> Result<&'static RuleData, String> {
    fn read(
        dir: &std::path::Path,
        ext: &str,
        out: &mut Vec<(String, String)>,
    ) -> Result<(), String> {
        if !dir.is_dir() {
            return Ok(());
        }
        let mut files: Vec<_> = std::fs::read_dir(dir)
            .map_err(|e| format!("{}: {e}", dir.display()))?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == ext))
            .collect();
        files.sort();
        for p in files {
            let text = std::fs::read_to_string(&p).map_err(|e| format!("{}: {e}", p.display()))?;
            out.push((p.display().to_string(), text));
        }
        Ok(())
    }
    let (mut params, mut data) = (Vec::new(), Vec::new());
    for d in dirs {
        read(&d.join("params"), "toml", &mut params)?;
        read(&d.join("data"), "csv", &mut data)?;
    }
    let set = fmt::parse(&params, &data)?;
    materialise(&set)
}

fn leak(s: &str) -> &'static str {
    Box::leak(s.to_string().into_boxed_str())
}

fn date(d: fmt::Ymd) -> Date {
    Date {
        y: d.y,
        m: d.m,
        d: d.d,
    }
}

fn texts(t: &fmt::Texts) -> Texts {
    Texts {
        fi: leak(&t.fi),
        sv: leak(&t.sv),
        en: leak(&t.en),
    }
}

fn param_value(kind: Kind, v: &Value) -> ParamValue {
    match (kind, v) {
        (_, Value::Flag(b)) => ParamValue::Flag(*b),
        (Kind::Cents, Value::Num(n)) => ParamValue::Cents(Cents(*n)),
        (Kind::Count, Value::Num(n)) => ParamValue::Count(u32::try_from(*n).unwrap_or(u32::MAX)),
        (_, Value::Num(n)) => ParamValue::Decimal(Rate(*n)),
        (Kind::Cents, Value::Table(t)) => {
            ParamValue::CentsTable(Box::leak(t.iter().map(|n| Cents(*n)).collect()))
        }
        (_, Value::Table(t)) => {
            ParamValue::DecimalTable(Box::leak(t.iter().map(|n| Rate(*n)).collect()))
        }
    }
}

/// `1.5.2026`.
fn finnish_date(d: fmt::Ymd) -> String {
    format!("{}.{}.{}", d.d, d.m, d.y)
}

fn materialise(set: &fmt::DataSet) -> Result<&'static RuleData, String> {
    for p in &set.params {
        if !PARAM_PATHS.contains(&p.path.as_str()) {
            return Err(format!("{}: the engine has no such parameter", p.path));
        }
    }
    let sources: Vec<Source> = set
        .docs
        .iter()
        .map(|d| Source {
            id: leak(&d.id),
            title: texts(&d.title),
            url: leak(&d.url),
            secondary: d.secondary,
        })
        .collect();
    let sources: &'static [Source] = Box::leak(sources.into_boxed_slice());
    let parameters: Vec<Parameter> = set
        .params
        .iter()
        .map(|p| Parameter {
            path: leak(&p.path),
            label: texts(&p.label),
            unit: leak(&p.unit),
            source: leak(&p.doc),
            section: leak(&p.section),
            sisu: leak(&p.sisu),
            unconfirmed: leak(&p.unconfirmed),
            values: Box::leak(
                p.values
                    .iter()
                    .map(|(d, v, _)| (date(*d), param_value(p.kind, v)))
                    .collect(),
            ),
        })
        .collect();
    let parameters: &'static [Parameter] = Box::leak(parameters.into_boxed_slice());
    let municipalities: Vec<Municipality> = set
        .municipalities
        .iter()
        .map(|m| Municipality {
            code: leak(&m.code),
            name_fi: leak(&m.name_fi),
            name_sv: leak(&m.name_sv),
            aland: m.aland,
            region_code: m.region,
            tax: Box::leak(
                m.tax
                    .iter()
                    .map(|(y, t)| {
                        (
                            *y,
                            TaxRates {
                                municipal: Rate(t.municipal),
                                lutheran: Rate(t.lutheran),
                                orthodox: Rate(t.orthodox),
                            },
                        )
                    })
                    .collect(),
            ),
            housing_allowance_groups: Box::leak(m.groups.clone().into_boxed_slice()),
            social_assistance_housing_limits: Box::leak(
                m.limits
                    .iter()
                    .map(|(y, l)| (*y, l.map(|a| a.map(Cents))))
                    .collect(),
            ),
        })
        .collect();
    let municipalities: &'static [Municipality] = Box::leak(municipalities.into_boxed_slice());
    let known_until = set.known_until;
    let starts = set.period_starts();
    let mut periods = Vec::new();
    for (i, start) in starts.iter().enumerate() {
        let end = match starts.get(i + 1) {
            Some(next) => next.prev(),
            None => known_until.max(*start),
        };
        let params = Params::from_lookup(&mut |path| set.param(path).and_then(|p| p.at(*start)))?;
        let info: Vec<ParamInfo> = set
            .params
            .iter()
            .map(|p| {
                let text = p
                    .values
                    .iter()
                    .rev()
                    .find(|(d, _, _)| d <= start)
                    .map(|(_, _, t)| t.as_str())
                    .unwrap_or_default();
                let source = if p.section.is_empty() {
                    p.doc.clone()
                } else {
                    format!("{} {}", p.doc, p.section)
                };
                ParamInfo {
                    path: leak(&p.path),
                    value: leak(text),
                    unit: leak(&p.unit),
                    source: leak(&source),
                    unconfirmed: !p.unconfirmed.is_empty(),
                    note: leak(&p.unconfirmed),
                }
            })
            .collect();
        let whole_year =
            start.m == 1 && start.d == 1 && end.y == start.y && end.m == 12 && end.d == 31;
        let id = if whole_year {
            format!("{}", start.y)
        } else {
            format!("{}-{:02}", start.y, start.m)
        };
        periods.push(RulePeriod {
            id: leak(&id),
            label: leak(&format!("{}–{}", finnish_date(*start), finnish_date(end))),
            starts: date(*start),
            ends: date(end),
            tax_year: start.y,
            params: Box::leak(Box::new(params)),
            info: Box::leak(info.into_boxed_slice()),
            municipalities,
            known_until: date(known_until),
        });
    }
    Ok(Box::leak(Box::new(RuleData {
        periods: Box::leak(periods.into_boxed_slice()),
        municipalities,
        parameters,
        sources,
        first_date: date(set.first_date()),
        known_until: date(known_until),
    })))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_data_loads_and_matches_the_build_constants() {
        let d = builtin();
        assert_eq!(d.first_date, super::super::params::BUILTIN_FIRST_DATE);
        assert_eq!(d.known_until, super::super::params::BUILTIN_KNOWN_UNTIL);
        assert_eq!(d.periods.first().map(|p| p.starts), Some(d.first_date));
        assert_eq!(d.periods.last().map(|p| p.ends), Some(d.known_until));
        for w in d.periods.windows(2) {
            assert_eq!(w[0].ends.next_day(), w[1].starts);
        }
        assert!(d.parameters.iter().all(|p| d.source(p.source).is_some()));
    }

    #[test]
    fn the_embedded_compact_copy_equals_the_files() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let files = load_dirs(&[root]).expect("files load");
        let embedded = builtin();
        assert_eq!(files.parameters, embedded.parameters);
        assert_eq!(files.municipalities, embedded.municipalities);
        assert_eq!(files.sources, embedded.sources);
        let ids = |d: &RuleData| d.periods.iter().map(|p| (p.id, p.info)).collect::<Vec<_>>();
        assert_eq!(ids(files), ids(embedded));
    }

    #[test]
    fn a_typo_is_an_error_not_a_panic() {
        let (params, data): (Vec<_>, Vec<_>) = (PARAM_FILES.to_vec(), DATA_FILES.to_vec());
        let broken: Vec<(&str, String)> = params
            .iter()
            .map(|(n, t)| {
                (
                    *n,
                    t.replacen("unit = \"EUR/day\"", "unit = \"EUR/dya\"", 1),
                )
            })
            .collect();
        let broken: Vec<(&str, &str)> = broken.iter().map(|(n, t)| (*n, t.as_str())).collect();
        let e = from_texts(&broken, &data).expect_err("unknown unit");
        assert!(e.contains("unknown unit"), "{e}");
    }
}
