//! The rule data as the engine uses it: parameter histories, the rule periods derived from them,
//! municipalities with their yearly tables and the cited documents.
//!
//! One parser (`dataset_format`) serves the build and the tests: the build script checks the files
//! with it and writes the built-in data as statics (the app carries no parser, which keeps the
//! WebAssembly small); natively, [`load_dirs`] reads any data folder with it at run time (a test's
//! synthetic later year needs no code change), and a test checks that the statics equal what the
//! parser reads from the repository's files.
//!
//! Periods: every day on which any value takes effect starts a period; the first covered day is
//! the latest of the parameters' first dates (from then on every parameter has a value). The last
//! period runs until the day the data has been checked for (`params/coverage.toml`); a later date
//! computes with the last period and says so ([`super::Flag::RulesAfterLastKnownDate`]).

#[cfg(not(target_arch = "wasm32"))]
use super::dataset_format::{self as fmt, Kind, Value};
use super::money::{Cents, Rate};
#[cfg(not(target_arch = "wasm32"))]
use super::municipalities::MunicipalTables;
use super::municipalities::Municipality;
use super::params::RulePeriod;
#[cfg(not(target_arch = "wasm32"))]
use super::params::{ParamInfo, Params, PARAM_PATHS};
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

/// One parameter with its whole history and primary source (its label and notes are
/// [`ParameterDocs`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Parameter {
    /// `law.name`.
    pub path: &'static str,
    /// Unit (`EUR/month`, `share`, `days/month`, `years`, `flag` …).
    pub unit: &'static str,
    /// Id of the cited document ([`Source`]).
    pub source: &'static str,
    /// Section of that document (`§ 125`), may be empty.
    pub section: &'static str,
    /// SISU variable name for cross-checking, may be empty. Native builds only: only the
    /// cross-checks read it, so the app does not carry the names.
    #[cfg(not(target_arch = "wasm32"))]
    pub sisu: &'static str,
    /// `(day the value takes effect, value)`, in date order.
    pub values: &'static [(Date, ParamValue)],
}

/// What a parameter is called, and why its value is not confirmed, for people: only the About
/// page shows them. They are a table of their own, in the order of [`RuleData::parameters`],
/// so that code which computes with the parameters does not carry them (the scenarios module
/// does not; src/ui/modules.rs).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ParameterDocs {
    /// Short label.
    pub label: Texts,
    /// Why the value is not confirmed by a primary text; empty when it is.
    pub unconfirmed: &'static str,
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
    /// The parameters' labels and notes, in the same order as `parameters`. Native builds only:
    /// the app reads the built-in ones with [`builtin_parameter_docs`].
    #[cfg(not(target_arch = "wasm32"))]
    pub parameter_docs: &'static [ParameterDocs],
}

impl RuleData {
    /// The period for `date`: the one containing it, or the last one for a date after the last
    /// checked day; `None` before the first covered day.
    pub fn period_for(&self, date: Date) -> Option<&'static RulePeriod> {
        period_among(self.periods, self.first_date, date)
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

/// The period of `periods` (in date order, the first covering `first_date`) for `date`: see
/// [`RuleData::period_for`].
pub(crate) fn period_among(
    periods: &'static [RulePeriod],
    first_date: Date,
    date: Date,
) -> Option<&'static RulePeriod> {
    if date < first_date {
        return None;
    }
    periods.iter().rev().find(|p| p.starts <= date)
}

/// The built-in data (checked and turned into statics at build time; the parameter and
/// document tables are unpacked at first use, see [`unpack_parameters`]).
pub fn builtin() -> &'static RuleData {
    static BUILTIN: OnceLock<RuleData> = OnceLock::new();
    BUILTIN.get_or_init(super::params::builtin_data)
}

/// Ends every text of the packed parameter and document tables (`build/params.rs` writes them).
const TABLE_SEPARATOR: char = '\u{1f}';

/// The parameter table from the build's packed form: `text` holds every parameter's path, unit,
/// document and section, each followed by [`TABLE_SEPARATOR`]; `values` the histories and `sisu` the cross-check names (empty in the
/// browser) in the same order.
///
/// Why packed: as a table of structs every text is a pointer and a length, 8 bytes, in the
/// WebAssembly module (72 bytes per parameter with its history); the texts in one piece need
/// none, and unpacking them once is a single pass over one text (53 KB for 214 parameters).
pub(crate) fn unpack_parameters(
    text: &'static str,
    values: &'static [&'static [(Date, ParamValue)]],
    sisu: &'static [&'static str],
) -> &'static [Parameter] {
    #[cfg(target_arch = "wasm32")]
    let _ = sisu; // the browser carries no cross-check names
    #[cfg(not(target_arch = "wasm32"))]
    let mut sisu = sisu.iter().copied();
    let mut texts = text.split_terminator(TABLE_SEPARATOR);
    let mut next = || texts.next().unwrap_or_default();
    let mut parameters = Vec::with_capacity(values.len());
    for values in values {
        parameters.push(Parameter {
            path: next(),
            unit: next(),
            source: next(),
            section: next(),
            #[cfg(not(target_arch = "wasm32"))]
            sisu: sisu.next().unwrap_or_default(),
            values,
        });
    }
    Box::leak(parameters.into_boxed_slice())
}

/// The labels and notes of the built-in parameters ([`ParameterDocs`]), unpacked at first use
/// from the build's packed text: each parameter's label in fi, sv and en and why it is
/// unconfirmed, each followed by [`TABLE_SEPARATOR`] (see [`unpack_parameters`] for why).
pub fn builtin_parameter_docs() -> &'static [ParameterDocs] {
    static DOCS: OnceLock<Vec<ParameterDocs>> = OnceLock::new();
    DOCS.get_or_init(|| {
        // Not sized from `builtin()`: natively the built-in data holds these, so reading it here
        // would wait for itself.
        let texts: Vec<&'static str> = super::params::BUILTIN_PARAMETER_DOCS_TEXT
            .split_terminator(TABLE_SEPARATOR)
            .collect();
        texts
            .chunks_exact(4)
            .map(|docs| ParameterDocs {
                label: Texts {
                    fi: docs[0],
                    sv: docs[1],
                    en: docs[2],
                },
                unconfirmed: docs[3],
            })
            .collect()
    })
}

/// The document table from the build's packed form: `text` holds every document's id, title in
/// fi, sv and en and address, each followed by [`TABLE_SEPARATOR`]; `secondary` the marks in the
/// same order (see [`unpack_parameters`] for why).
pub(crate) fn unpack_sources(text: &'static str, secondary: &'static [bool]) -> &'static [Source] {
    let mut texts = text.split_terminator(TABLE_SEPARATOR);
    let mut next = || texts.next().unwrap_or_default();
    let mut sources = Vec::with_capacity(secondary.len());
    for secondary in secondary {
        sources.push(Source {
            id: next(),
            title: Texts {
                fi: next(),
                sv: next(),
                en: next(),
            },
            url: next(),
            secondary: *secondary,
        });
    }
    Box::leak(sources.into_boxed_slice())
}

/// A data set from `(file name, text)` pairs (`params/*.toml`, `data/*.csv`), in order.
#[cfg(not(target_arch = "wasm32"))]
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

#[cfg(not(target_arch = "wasm32"))]
fn leak(s: &str) -> &'static str {
    Box::leak(s.to_string().into_boxed_str())
}

#[cfg(not(target_arch = "wasm32"))]
fn date(d: fmt::Ymd) -> Date {
    Date {
        y: d.y,
        m: d.m,
        d: d.d,
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn texts(t: &fmt::Texts) -> Texts {
    Texts {
        fi: leak(&t.fi),
        sv: leak(&t.sv),
        en: leak(&t.en),
    }
}

#[cfg(not(target_arch = "wasm32"))]
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

#[cfg(not(target_arch = "wasm32"))]
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
            unit: leak(&p.unit),
            source: leak(&p.doc),
            section: leak(&p.section),
            sisu: leak(&p.sisu),
            values: Box::leak(
                p.values
                    .iter()
                    .map(|(d, v, _)| (date(*d), param_value(p.kind, v)))
                    .collect(),
            ),
        })
        .collect();
    let parameters: &'static [Parameter] = Box::leak(parameters.into_boxed_slice());
    let parameter_docs: Vec<ParameterDocs> = set
        .params
        .iter()
        .map(|p| ParameterDocs {
            label: texts(&p.label),
            unconfirmed: leak(&p.unconfirmed),
        })
        .collect();
    let packed = fmt::pack_tables(&set.municipalities)?;
    let tables: &'static MunicipalTables = Box::leak(Box::new(MunicipalTables {
        tax_years: Box::leak(packed.tax_years.into_boxed_slice()),
        tax_rates: Box::leak(packed.tax_rates.into_boxed_slice()),
        tax: Box::leak(packed.tax.into_boxed_slice()),
        group_years: Box::leak(packed.group_years.into_boxed_slice()),
        groups: Box::leak(packed.groups.into_boxed_slice()),
        limit_years: Box::leak(packed.limit_years.into_boxed_slice()),
        limit_sets: Box::leak(packed.limit_sets.into_boxed_slice()),
        limits: Box::leak(packed.limits.into_boxed_slice()),
    }));
    let mut municipalities = Vec::new();
    for (row, m) in set.municipalities.iter().enumerate() {
        municipalities.push(Municipality {
            code: leak(&m.code),
            name_fi: leak(&m.name_fi),
            name_sv: leak(&m.name_sv),
            aland: m.aland,
            region_code: m.region,
            row: u16::try_from(row).map_err(|_| "more municipalities than a u16 holds")?,
            tables,
        });
    }
    let municipalities: &'static [Municipality] = Box::leak(municipalities.into_boxed_slice());
    let known_until = set.known_until;
    let mut periods = Vec::new();
    for (start, end, id, label) in set.periods() {
        let start = &start;
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
        periods.push(RulePeriod {
            id: leak(&id),
            label: leak(&label),
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
        parameter_docs: Box::leak(parameter_docs.into_boxed_slice()),
    })))
}

#[cfg(all(test, not(target_arch = "wasm32")))]
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
        assert_eq!(builtin_parameter_docs().len(), d.parameters.len());
    }

    #[test]
    fn the_built_in_statics_equal_the_files() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let files = load_dirs(&[root]).expect("files load");
        let built = builtin();
        assert_eq!(files.parameters, built.parameters);
        assert_eq!(files.parameter_docs, builtin_parameter_docs());
        assert_eq!(files.municipalities, built.municipalities);
        assert_eq!(files.sources, built.sources);
        assert_eq!(
            (files.first_date, files.known_until),
            (built.first_date, built.known_until)
        );
        assert_eq!(files.periods.len(), built.periods.len());
        for (a, b) in files.periods.iter().zip(built.periods) {
            assert_eq!(
                (a.id, a.label, a.starts, a.ends, a.tax_year),
                (b.id, b.label, b.starts, b.ends, b.tax_year)
            );
            assert_eq!(a.info, b.info);
            assert_eq!(format!("{:?}", a.params), format!("{:?}", b.params));
        }
    }

    #[test]
    fn a_typo_is_an_error_not_a_panic() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let read = |dir: &str, ext: &str| -> Vec<(String, String)> {
            let mut v: Vec<(String, String)> = std::fs::read_dir(root.join(dir))
                .expect("dir")
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|x| x == ext))
                .map(|p| {
                    (
                        p.display().to_string(),
                        std::fs::read_to_string(&p).expect("read"),
                    )
                })
                .collect();
            v.sort();
            v
        };
        let params: Vec<(String, String)> = read("params", "toml")
            .into_iter()
            .map(|(n, t)| (n, t.replacen("unit = \"EUR/day\"", "unit = \"EUR/dya\"", 1)))
            .collect();
        let data = read("data", "csv");
        let as_refs = |v: &[(String, String)]| -> Vec<(String, String)> { v.to_vec() };
        let p: Vec<(&str, &str)> = params
            .iter()
            .map(|(n, t)| (n.as_str(), t.as_str()))
            .collect();
        let d: Vec<(&str, &str)> = data.iter().map(|(n, t)| (n.as_str(), t.as_str())).collect();
        let _ = as_refs;
        let e = from_texts(&p, &d).expect_err("unknown unit");
        assert!(e.contains("unknown unit"), "{e}");
    }
}
