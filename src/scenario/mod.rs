//! The scenario format: one household at one date, plus options to compare.
//!
//! The same JSON (`"format": "askel-scenario/1"`, documented in docs/SCENARIO-FORMAT.md) is saved,
//! exported, shared (see [`share`]) and used by the golden tests. Money is written in euros (JSON numbers) and held
//! as [`Cents`]. Parsing and [`Scenario::validate`] return every problem with its field path
//! (e.g. `household.adults[0].monthly_wage`) and a machine-readable [`Problem`] the UI translates.
//!
//! Boundary: pure Rust (JSON through [`crate::json`]); never imports web crates.

mod fields;
pub mod input;
mod json;
pub mod month_event;
pub mod presets;
pub mod reference_budget;
pub mod share;
mod text;

pub use crate::rules::limits::{
    MAX_ASSETS, MAX_HOURLY_OR_DAILY, MAX_HOUSING, MAX_MONTHLY, MAX_OPTIONS, MAX_PERSONS,
};
pub use crate::rules::situation::{
    Adult, BenefitKind, Child, Church, DisabilityPension, Hours, Household, Housing, Wage,
    WorkAbility,
};
pub use crate::units::Date;

use crate::rules::{EngineError, Situation};
use crate::units::Cents;

/// The format tag of this version.
pub const FORMAT: &str = "askel-scenario/1";
/// First date the engine has rules for (from the rule data: [`crate::rules::first_date`]).
pub const FIRST_DATE: Date = crate::rules::params::BUILTIN_FIRST_DATE;
/// Last date the rule data has been checked for ([`crate::rules::last_known_date`]).
pub const LAST_DATE: Date = crate::rules::params::BUILTIN_KNOWN_UNTIL;
/// Yleistuki exists from this date (from the rule data).
pub const YLEISTUKI_FROM: Date = crate::rules::params::BUILTIN_YLEISTUKI_FROM;
/// Longest option label, in characters: the same limit in the form, in files and in links.
pub const MAX_LABEL_CHARS: usize = 60;
/// A child's JSON field: hours a week in day care (absent or 0: not in day care).
pub const DAY_CARE_HOURS: &str = "day_care_hours_per_week";
/// Most day-care hours a week a child's field accepts (round-the-clock care included).
pub const MAX_DAY_CARE_HOURS: u8 = 80;

/// A household at a date, with options to compare.
#[derive(Clone, Debug, PartialEq)]
pub struct Scenario {
    /// Always [`FORMAT`].
    pub format: String,
    /// The date whose rules apply. Not limited to the dates the rules cover: an earlier date is
    /// moved to [`FIRST_DATE`] when read (see [`Scenario::read`]); a later one is computed with
    /// the latest rules, and the result says so.
    pub rules_date: Date,
    /// 3-digit municipality code (e.g. `"837"` Tampere); mainland only.
    pub municipality: String,
    /// Who lives in the household.
    pub household: Household,
    /// Monthly housing costs.
    pub housing: Housing,
    /// Net assets of the household (housing allowance asset rule; usable assets in social assistance).
    pub assets: Cents,
    /// An adult living in the parents' home (osittainen TMT / 73 % perusosa; no own housing allowance).
    pub lives_with_parents: bool,
    /// Alternatives to compare with the current situation.
    pub options: Vec<ScenarioOption>,
    /// The change the month-by-month view shows (`None`: none chosen).
    pub month_event: Option<month_event::MonthEvent>,
}

/// Changes to one adult in an option; `None` keeps the current value.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct AdultChange {
    /// New wage.
    pub wage: Option<Wage>,
    /// New benefit kind.
    pub unemployment_benefit: Option<BenefitKind>,
    /// New full daily ansiopäiväraha.
    pub earnings_related_daily: Option<Cents>,
    /// New rehabilitative work days per week.
    pub rehabilitative_work_days_per_week: Option<u8>,
    /// New earnings-related pension.
    pub earnings_related_pension_monthly: Option<Cents>,
    /// New other taxable benefits.
    pub other_taxable_benefit_monthly: Option<Cents>,
    /// New sickness or rehabilitation status.
    pub work_ability: Option<WorkAbility>,
    /// New rehabilitation allowance from the pension provider.
    pub rehabilitation_allowance_monthly: Option<Cents>,
    /// New number of ansiopäiväraha days already paid.
    pub ansio_paid_days: Option<u16>,
}

/// An alternative to the current situation ("part-time 20 h/week").
#[derive(Clone, Debug, PartialEq, Default)]
pub struct ScenarioOption {
    /// Free text shown to the user.
    pub label: String,
    /// Changes per adult, by index (may be shorter than the household's adults).
    pub adults: Vec<AdultChange>,
}

/// What is wrong with a field (machine-readable; the UI translates it).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    /// The text is not JSON.
    InvalidJson {
        /// The parser's message (English).
        message: String,
    },
    /// A required field is missing.
    Missing,
    /// Wrong JSON type.
    WrongType {
        /// What was expected: `"number"`, `"string"`, `"object"`, `"array"`, `"boolean"`, `"integer"`.
        expected: &'static str,
    },
    /// A field this format does not know (probably a typo).
    UnknownField,
    /// The same field given twice in one object (which one was meant is unknown).
    DuplicateField,
    /// A text longer than allowed.
    TooLong {
        /// The most characters accepted.
        max: usize,
    },
    /// `format` is not `askel-scenario/1`.
    UnsupportedFormat,
    /// Not a `YYYY-MM-DD` date.
    InvalidDate,
    /// Outside the dates the engine has rules for (from the engine; the format itself accepts
    /// any valid date).
    DateOutOfRange {
        /// First supported date.
        first: Date,
        /// Last supported date.
        last: Date,
    },
    /// Not one of the 308 municipality codes.
    UnknownMunicipality,
    /// Åland has its own rules, not supported.
    AlandNotSupported,
    /// A negative amount.
    Negative,
    /// An amount above the plausible maximum.
    TooLarge {
        /// The maximum accepted.
        max: Cents,
    },
    /// A number outside its range.
    OutOfRange {
        /// Smallest accepted.
        min: i64,
        /// Largest accepted.
        max: i64,
    },
    /// Not one of the accepted names.
    UnknownValue {
        /// The accepted names.
        allowed: &'static [&'static str],
    },
    /// Yleistuki exists only from 1.5.2026.
    YleistukiNotInForce,
    /// `earnings_related` needs `earnings_related_daily`.
    EarningsRelatedDailyMissing,
    /// A `disability_pension` needs its amount (`earnings_related_pension_monthly` > 0).
    DisabilityPensionAmountMissing,
    /// `old_age_pension` together with a `disability_pension`: the pension entered is one or the
    /// other.
    OldAgeAndDisabilityPension,
    /// `monthly_wage` and `hourly_wage` both given.
    MonthlyAndHourlyWage,
    /// `hourly_wage` without `hours_per_week` (or the other way round).
    HourlyWageNeedsHours,
    /// No adults.
    NoAdults,
    /// Too many entries.
    TooMany {
        /// The maximum.
        max: usize,
    },
    /// An option refers to an adult the household does not have.
    NoSuchAdult,
    /// The engine could not compute although the scenario is valid (a fault in Askel or its data,
    /// not a mistake in the input).
    Engine(EngineError),
}

/// One problem at one field.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldError {
    /// Field path, e.g. `household.adults[0].monthly_wage` (empty for the whole document).
    pub path: String,
    /// What is wrong.
    pub problem: Problem,
}

/// All problems found (never empty when returned as an error).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ScenarioErrors(pub Vec<FieldError>);

impl ScenarioErrors {
    /// One error.
    pub fn one(path: impl Into<String>, problem: Problem) -> ScenarioErrors {
        ScenarioErrors(vec![FieldError {
            path: path.into(),
            problem,
        }])
    }
}

impl std::fmt::Display for ScenarioErrors {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        for (i, e) in self.0.iter().enumerate() {
            if i > 0 {
                write!(f, "; ")?;
            }
            write!(
                f,
                "{}: {:?}",
                if e.path.is_empty() {
                    "(document)"
                } else {
                    &e.path
                },
                e.problem
            )?;
        }
        Ok(())
    }
}

impl std::error::Error for ScenarioErrors {}

impl From<EngineError> for ScenarioErrors {
    /// Each engine error at the field it is about; a fault stays a fault ([`Problem::Engine`]).
    fn from(e: EngineError) -> ScenarioErrors {
        match e {
            EngineError::DateOutOfRange { first, last } => {
                ScenarioErrors::one("rules_date", Problem::DateOutOfRange { first, last })
            }
            EngineError::CurveAdultMissing { adults } => ScenarioErrors::one(
                "curve.adult",
                Problem::OutOfRange {
                    min: 0,
                    max: adults as i64 - 1,
                },
            ),
            EngineError::CurveStepNotPositive => ScenarioErrors::one(
                "curve.step",
                Problem::OutOfRange {
                    min: 1,
                    max: i64::MAX,
                },
            ),
            EngineError::CurveMaxWageOutOfRange { max } => {
                ScenarioErrors::one("curve.max_wage", Problem::TooLarge { max })
            }
            EngineError::CurveTooManyPoints { max } => {
                ScenarioErrors::one("curve.step", Problem::TooMany { max })
            }
            e @ EngineError::MunicipalityNotFound { .. } => {
                ScenarioErrors::one("municipality", Problem::Engine(e))
            }
        }
    }
}

impl crate::rules::Input for Scenario {
    type Error = ScenarioErrors;
    /// A scenario is computed only after [`Scenario::validate`] found nothing wrong.
    fn situation(&self) -> Result<Situation<'_>, ScenarioErrors> {
        self.validate()?;
        Ok(Situation {
            rules_date: self.rules_date,
            municipality: &self.municipality,
            household: &self.household,
            housing: self.housing,
            assets: self.assets,
            lives_with_parents: self.lives_with_parents,
        })
    }
}

pub(crate) struct Errors(pub Vec<FieldError>);

impl Errors {
    pub(crate) fn push(&mut self, path: impl Into<String>, problem: Problem) {
        self.0.push(FieldError {
            path: path.into(),
            problem,
        });
    }
}

/// What reading a scenario changed so that it opens, for the page to say.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReadNotice {
    /// The rules date was before the first date the rules cover and was moved to it.
    DateMoved {
        /// The date in the file, link or record.
        from: Date,
        /// The date used instead.
        to: Date,
    },
}

/// A scenario as read, with what was changed to open it.
#[derive(Clone, Debug, PartialEq)]
pub struct Opened {
    /// The scenario.
    pub scenario: Scenario,
    /// What was changed (empty when nothing was).
    pub notices: Vec<ReadNotice>,
}

impl Opened {
    /// Moves a date before the rules' first date to it (a record from before a rule window
    /// moved must still open).
    fn migrate(mut scenario: Scenario) -> Opened {
        let mut notices = Vec::new();
        if scenario.rules_date < FIRST_DATE {
            notices.push(ReadNotice::DateMoved {
                from: scenario.rules_date,
                to: FIRST_DATE,
            });
            scenario.rules_date = FIRST_DATE;
        }
        Opened { scenario, notices }
    }
}

impl Scenario {
    /// Reads, migrates and validates a scenario from JSON (a file, a link, a saved record):
    /// every problem is reported with its path; what had to change to open it (a date before
    /// the rules' first date) comes back as [`ReadNotice`]s.
    pub fn read(text: &str) -> Result<Opened, ScenarioErrors> {
        let opened = Opened::migrate(json::parse(text)?);
        opened.scenario.validate()?;
        Ok(opened)
    }

    /// [`Scenario::read`] without the notices.
    pub fn from_json(text: &str) -> Result<Scenario, ScenarioErrors> {
        Scenario::read(text).map(|o| o.scenario)
    }

    /// [`Scenario::read`] from an already parsed JSON value (a saved record inside its
    /// envelope, the tab's state, a golden case). Numbers are read from their text as in a file;
    /// a key given twice is reported when the tree still has both (see
    /// [`crate::json::parse_keeping_duplicates`]).
    pub fn read_value(v: &crate::json::Value) -> Result<Opened, ScenarioErrors> {
        let opened = Opened::migrate(json::from_tree(v)?);
        opened.scenario.validate()?;
        Ok(opened)
    }

    /// [`Scenario::read_value`] without the notices.
    pub fn from_value(v: &crate::json::Value) -> Result<Scenario, ScenarioErrors> {
        Scenario::read_value(v).map(|o| o.scenario)
    }

    /// A form as the tab's history state kept it: read like [`Scenario::read_value`], but not
    /// held to the rules a complete scenario must meet (a municipality, above all), because a
    /// form being filled in is often incomplete and must come back as the person left it, after
    /// a reload or from the other half of the app. Its problems show as before.
    pub fn from_form_value(v: &crate::json::Value) -> Result<Scenario, ScenarioErrors> {
        json::from_tree(v).map(|scenario| Opened::migrate(scenario).scenario)
    }

    /// The scenario as JSON (the same format `from_json` reads); money and hours are written as
    /// exact decimals.
    pub fn to_json(&self) -> String {
        json::to_text(self)
    }

    /// [`Scenario::to_json`] indented, for files people may open.
    pub fn to_json_pretty(&self) -> String {
        json::to_pretty_text(self)
    }

    /// The scenario as a JSON tree, its keys in the order of docs/SCENARIO-FORMAT.md (for
    /// storage, the tab's state and tests that edit it as a tree).
    pub fn to_value(&self) -> crate::json::Value {
        json::tree(self)
    }

    /// Check every rule of the format; returns all problems. The fields and their limits come
    /// from the tables in `fields`; the rules between fields are next to them.
    pub fn validate(&self) -> Result<(), ScenarioErrors> {
        let mut e = Errors(Vec::new());
        let ctx = fields::Ctx {
            scenario: self,
            index: 0,
        };
        fields::check_record(self, "", ctx, &mut e);
        if e.0.is_empty() {
            Ok(())
        } else {
            Err(ScenarioErrors(e.0))
        }
    }

    /// The current situation with option `i` applied (and no options). An index out of range
    /// returns the current situation unchanged.
    pub fn with_option(&self, i: usize) -> Scenario {
        let mut s = self.clone();
        s.options = Vec::new();
        s.month_event = None;
        if let Some(o) = self.options.get(i) {
            for (a, c) in s.household.adults.iter_mut().zip(o.adults.iter()) {
                fields::apply_change(a, c);
            }
        }
        s
    }
}

/// A scenario inside another JSON value (the storage envelope) is written as its file is.
impl crate::json::WriteJson for Scenario {
    fn write_json(&self) -> crate::json::Value {
        self.to_value()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn errors(json: &str) -> Vec<(String, Problem)> {
        match Scenario::from_json(json) {
            Ok(_) => Vec::new(),
            Err(e) => e.0.into_iter().map(|f| (f.path, f.problem)).collect(),
        }
    }

    #[test]
    fn validation_reports_paths() {
        let e = errors(
            r#"{"format":"askel-scenario/1","rules_date":"2026-04-01","municipality":"478",
            "household":{"adults":[{"age":30,"monthly_wage":-1,"unemployment_benefit":"yleistuki","churh":"none"}],
            "children":[{"age":18}]}}"#,
        );
        let has = |p: &str, pr: &Problem| e.iter().any(|(a, b)| a == p && b == pr);
        assert!(
            has("household.adults[0].monthly_wage", &Problem::Negative)
                || e.iter()
                    .any(|(a, _)| a == "household.adults[0].monthly_wage"),
            "{e:?}"
        );
        assert!(
            has("household.adults[0].churh", &Problem::UnknownField),
            "{e:?}"
        );
        assert!(
            e.iter().any(|(a, _)| a == "household.children[0].age"),
            "{e:?}"
        );
        // Maarianhamina (478) is in Åland; yleistuki before 1.5.2026
        let e = errors(
            r#"{"format":"askel-scenario/1","rules_date":"2026-04-01","municipality":"478",
            "household":{"adults":[{"age":30,"unemployment_benefit":"yleistuki"}]}}"#,
        );
        assert!(
            e.contains(&("municipality".into(), Problem::AlandNotSupported)),
            "{e:?}"
        );
        assert!(
            e.contains(&(
                "household.adults[0].unemployment_benefit".into(),
                Problem::YleistukiNotInForce
            )),
            "{e:?}"
        );
        let e = errors(
            r#"{"format":"askel-scenario/1","rules_date":"2027-01-01","municipality":"999",
            "household":{"adults":[{"age":121,"monthly_wage":2000000}]}}"#,
        );
        assert!(
            !e.iter().any(|(p, _)| p == "rules_date"),
            "a date after the last known one is not a format error: {e:?}"
        );
        assert!(
            e.contains(&("municipality".into(), Problem::UnknownMunicipality)),
            "{e:?}"
        );
        assert!(
            e.iter().any(|(p, _)| p == "household.adults[0].age"),
            "{e:?}"
        );
        assert!(
            e.iter()
                .any(|(p, _)| p == "household.adults[0].monthly_wage"),
            "{e:?}"
        );
        assert!(!errors("[1,2]").is_empty());
        assert!(!errors("not json").is_empty());
    }

    #[test]
    fn documented_example_parses() {
        let doc = include_str!("../../docs/SCENARIO-FORMAT.md");
        let start = doc.find("```json\n").expect("example") + 8;
        let end = start + doc[start..].find("```").expect("end");
        let s = Scenario::from_json(&doc[start..end]).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(s.options.len(), 3);
        assert!(crate::rules::compute(&s.with_option(1)).is_ok());
    }

    #[test]
    fn options_apply() {
        let s = Scenario::from_json(
            r#"{"format":"askel-scenario/1","rules_date":"2026-06-01","municipality":"837",
            "household":{"adults":[{"age":22,"unemployment_benefit":"yleistuki"}]},"housing":{"rent":560},
            "options":[{"label":"part-time","adults":[{"hourly_wage":13,"hours_per_week":20}]}]}"#,
        )
        .expect("valid");
        let o = s.with_option(0);
        assert!(o.options.is_empty());
        assert_eq!(o.household.adults[0].wage.monthly(), Cents(112_667));
        assert_eq!(
            o.household.adults[0].unemployment_benefit,
            BenefitKind::Yleistuki
        );
        assert_eq!(s.with_option(5).household, s.household);
        assert_eq!(Scenario::from_json(&s.to_json()).expect("round trip"), s);
        assert_eq!(
            Scenario::from_json(&s.to_json_pretty()).expect("round trip"),
            s
        );
    }

    const MINIMAL: &str = r#"{"format":"askel-scenario/1","rules_date":"2026-06-01","municipality":"837",
        "household":{"adults":[{"age":30}]},"housing":{"rent":RENT}}"#;

    #[test]
    fn money_is_read_half_up_from_the_decimal_text() {
        for (rent, cents) in [
            ("0.145", 15),
            ("1.005", 101),
            ("2.675", 268),
            ("1e3", 100_000),
        ] {
            let s = Scenario::from_json(&MINIMAL.replace("RENT", rent)).expect("valid");
            assert_eq!(s.housing.rent, Cents(cents), "{rent}");
        }
        let s = Scenario::from_json(
            &MINIMAL
                .replace(
                    r#""age":30"#,
                    r#""age":30,"hourly_wage":12.345,"hours_per_week":20.005"#,
                )
                .replace("RENT", "0"),
        )
        .expect("valid");
        assert_eq!(
            s.household.adults[0].wage,
            Wage::Hourly {
                hourly: Cents(1235),
                hours_per_week: Hours(2001)
            }
        );
    }

    #[test]
    fn a_key_given_twice_is_an_error_like_an_unknown_one() {
        let text = MINIMAL
            .replace(
                r#""age":30"#,
                r#""monthly_wage":0,"age":30,"monthly_wage":5000"#,
            )
            .replace("RENT", "1");
        let e = errors(&text);
        assert!(
            e.contains(&(
                "household.adults[0].monthly_wage".into(),
                Problem::DuplicateField
            )),
            "{e:?}"
        );
        let e = errors(&format!(
            r#"{{"municipality":"091",{}"#,
            &MINIMAL.replace("RENT", "1")[1..]
        ));
        assert!(
            e.contains(&("municipality".into(), Problem::DuplicateField)),
            "{e:?}"
        );
    }

    #[test]
    fn dates_outside_the_rules_open_and_an_early_one_is_moved_with_a_notice() {
        let early = MINIMAL
            .replace("2026-06-01", "2019-03-01")
            .replace("RENT", "1");
        let opened = Scenario::read(&early).expect("opens");
        assert_eq!(opened.scenario.rules_date, FIRST_DATE);
        assert_eq!(
            opened.notices,
            vec![ReadNotice::DateMoved {
                from: Date {
                    y: 2019,
                    m: 3,
                    d: 1
                },
                to: FIRST_DATE
            }]
        );
        let late = MINIMAL
            .replace("2026-06-01", "2031-01-01")
            .replace("RENT", "1");
        let opened = Scenario::read(&late).expect("opens");
        assert_eq!(
            opened.scenario.rules_date,
            Date {
                y: 2031,
                m: 1,
                d: 1
            }
        );
        assert!(opened.notices.is_empty());
    }

    #[test]
    fn one_label_limit_for_form_file_and_link() {
        let label = |n: usize| {
            MINIMAL.replace("RENT", "1").replace(
                r#""housing""#,
                &format!(
                    r#""options":[{{"label":"{}","adults":[{{}}]}}],"housing""#,
                    "ä".repeat(n)
                ),
            )
        };
        assert!(Scenario::from_json(&label(MAX_LABEL_CHARS)).is_ok());
        assert_eq!(
            errors(&label(MAX_LABEL_CHARS + 1)),
            vec![(
                "options[0].label".to_owned(),
                Problem::TooLong {
                    max: MAX_LABEL_CHARS
                }
            )]
        );
    }
}
