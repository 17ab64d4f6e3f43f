//! The household as the engine sees it: who lives in it, their incomes and benefits, the housing
//! costs. These types belong to the engine, not to a file format, because they are what the law
//! is applied to; the scenario format ([`crate::scenario`]) reads and writes them and adds what
//! only a saved scenario has (the format tag and the options to compare).
//!
//! [`Situation`] is the engine's whole input for one computation: a household at a date in a
//! municipality. Anything that can present itself as a checked situation implements [`Input`]
//! and can be given to [`super::compute`] and [`super::curve`]; the engine never needs to know
//! the format it came from.
//!
//! Boundary: imports only [`crate::units`] and [`super::limits`]; never the scenario module.

use super::error::EngineError;
use crate::units::{div_round, Cents, Date};

/// A household at a date: everything one computation reads.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Situation<'a> {
    /// The date whose rules apply.
    pub rules_date: Date,
    /// 3-digit municipality code (e.g. `"837"` Tampere).
    pub municipality: &'a str,
    /// Who lives in the household.
    pub household: &'a Household,
    /// Monthly housing costs.
    pub housing: Housing,
    /// Net assets of the household.
    pub assets: Cents,
    /// An adult living in the parents' home.
    pub lives_with_parents: bool,
}

/// Something the engine can compute: it checks itself and presents its [`Situation`].
///
/// `Error` is the caller's own error type; engine faults ([`EngineError`]) convert into it, so a
/// caller sees one kind of error from [`super::compute`] whatever went wrong.
pub trait Input {
    /// The caller's error type.
    type Error: From<EngineError>;
    /// The checked situation, or every problem found while checking it.
    fn situation(&self) -> Result<Situation<'_>, Self::Error>;
}

impl Input for Situation<'_> {
    type Error = EngineError;
    fn situation(&self) -> Result<Situation<'_>, EngineError> {
        Ok(*self)
    }
}

/// The people in the household.
#[derive(Clone, Debug, PartialEq)]
pub struct Household {
    /// 1–10 adults (spouses; other adults are treated as a shared household).
    pub adults: Vec<Adult>,
    /// 0–10 children under 18.
    pub children: Vec<Child>,
}

/// A child under 18.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Child {
    /// Age in full years, 0–17.
    pub age: u8,
    /// Hours a week in municipal day care (early childhood education); 0 = not in day care.
    pub day_care_hours_per_week: u8,
}

/// Monthly housing costs (euros in JSON).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct Housing {
    /// Rent (including water and heating if they are included in it).
    pub rent: Cents,
    /// Separately paid water.
    pub water: Cents,
    /// Separately paid heating.
    pub heating: Cents,
}

/// Church membership, for the church tax.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Church {
    /// Not a member (`"none"`).
    #[default]
    None,
    /// Evangelical Lutheran (`"lutheran"`).
    Lutheran,
    /// Orthodox (`"orthodox"`).
    Orthodox,
}

/// Hours per week in hundredths (20 h = `Hours(2000)`, 37.5 h = `Hours(3750)`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Default)]
pub struct Hours(pub u32);

impl Hours {
    /// From hours as a number (e.g. a form field), rounded to hundredths; `None` outside 0–168.
    pub fn from_f64(h: f64) -> Option<Hours> {
        if (0.0..=168.0).contains(&h) {
            Some(Hours((h * 100.0).round() as u32))
        } else {
            None
        }
    }
    /// As hours (for display).
    pub fn as_f64(self) -> f64 {
        self.0 as f64 / 100.0
    }
}

/// A wage: monthly, or hourly with hours per week.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Wage {
    /// Gross wage per month (`monthly_wage`).
    Monthly(Cents),
    /// Gross hourly wage (`hourly_wage`) and hours per week (`hours_per_week`).
    Hourly {
        /// Gross wage per hour.
        hourly: Cents,
        /// Hours per week.
        hours_per_week: Hours,
    },
}

impl Default for Wage {
    fn default() -> Self {
        Wage::Monthly(Cents::ZERO)
    }
}

impl Wage {
    /// Gross wage per month: hourly × hours per week × 52 / 12, rounded to cents (docs/rules/conventions.md).
    pub fn monthly(&self) -> Cents {
        match *self {
            Wage::Monthly(c) => c,
            Wage::Hourly {
                hourly,
                hours_per_week,
            } => {
                let n = hourly.0 as i128 * hours_per_week.0 as i128 * 52;
                Cents(div_round(n, 1200).clamp(0, i64::MAX as i128) as i64)
            }
        }
    }
    /// Hours per week, when known.
    pub fn hours(&self) -> Option<Hours> {
        match *self {
            Wage::Monthly(_) => None,
            Wage::Hourly { hours_per_week, .. } => Some(hours_per_week),
        }
    }
}

/// Which unemployment benefit the adult gets (before adjustment by wages).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum BenefitKind {
    /// None (`"none"`).
    #[default]
    None,
    /// Yleistuki (`"yleistuki"`), from the day the yleistuki law takes effect.
    Yleistuki,
    /// Työmarkkinatuki (`"labour_market_subsidy"`); computed as yleistuki once yleistuki is in force
    /// (see [`super::benefit_choices`]).
    LabourMarketSubsidy,
    /// Peruspäiväraha (`"basic_daily_allowance"`); computed as yleistuki once yleistuki is in force
    /// (see [`super::benefit_choices`]).
    BasicDailyAllowance,
    /// Ansiopäiväraha with its full daily amount (`"earnings_related"` + `earnings_related_daily`).
    EarningsRelated,
}

impl BenefitKind {
    /// The JSON name.
    pub fn as_str(self) -> &'static str {
        match self {
            BenefitKind::None => "none",
            BenefitKind::Yleistuki => "yleistuki",
            BenefitKind::LabourMarketSubsidy => "labour_market_subsidy",
            BenefitKind::BasicDailyAllowance => "basic_daily_allowance",
            BenefitKind::EarningsRelated => "earnings_related",
        }
    }
}

impl Church {
    /// The JSON name.
    pub fn as_str(self) -> &'static str {
        match self {
            Church::None => "none",
            Church::Lutheran => "lutheran",
            Church::Orthodox => "orthodox",
        }
    }
}

/// One adult.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Adult {
    /// Age in full years (15–120).
    pub age: u8,
    /// Church membership.
    pub church: Church,
    /// Gross wage.
    pub wage: Wage,
    /// Unemployment benefit kind.
    pub unemployment_benefit: BenefitKind,
    /// Full daily ansiopäiväraha (required with [`BenefitKind::EarningsRelated`]).
    pub earnings_related_daily: Option<Cents>,
    /// Days per week of rehabilitative work activity (0–7; at most 5 are compensated).
    pub rehabilitative_work_days_per_week: u8,
    /// Earnings-related (työeläke) pension per month; taxable, gets the eläketulovähennys.
    pub earnings_related_pension_monthly: Cents,
    /// Other taxable benefits per month (e.g. sickness allowance, Kela pension).
    pub other_taxable_benefit_monthly: Cents,
    /// The Kela disability pension's earnings limit (€/month); a wage above it raises a flag.
    pub kela_disability_pension_limit: Option<Cents>,
    /// The personal earnings limit of an earnings-related disability pension (€/month).
    pub earnings_related_pension_limit: Option<Cents>,
    /// The adult's wage is garnished for debts (ulosotto).
    pub wage_garnished: bool,
    /// Sickness or rehabilitation allowance the adult is on (docs/rules/sairausvakuutus.md,
    /// docs/rules/kuntoutus.md).
    pub work_ability: WorkAbility,
    /// The full daily allowance in Kela's decision (sickness or rehabilitation allowance).
    pub kela_daily_amount: Option<Cents>,
    /// Gross wages of the allowance's 12-month reference period (€/year), when there is no decision.
    pub annual_work_income: Option<Cents>,
    /// The monthly wage of full-time work before the partial sickness allowance (for the 40–60 % check).
    pub full_time_wage: Option<Cents>,
    /// The pension provider's rehabilitation allowance per month from its decision.
    pub rehabilitation_allowance_monthly: Option<Cents>,
    /// Stabilised earnings (vakiintunut ansio) per month from the pension provider's decision.
    pub stabilised_earnings: Option<Cents>,
    /// The monthly wage the ansiopäiväraha is based on, before the statutory deduction.
    pub ansio_basis_wage: Option<Cents>,
    /// Days of ansiopäiväraha already paid in this maximum period.
    pub ansio_paid_days: u16,
    /// Whether the work condition was met with wages from the step-down reform on (`None`: assumed yes).
    pub ansio_new_work_condition: Option<bool>,
    /// The kind of earnings-related disability pension, when `earnings_related_pension_monthly`
    /// is one: the engine then applies its earnings limits ([`super::tyoelake`]).
    pub disability_pension: DisabilityPension,
    /// The stabilised earnings before the disability (*vakiintunut keskiansio*, €/month) printed
    /// in the pension decision: the 40 % / 60 % earnings limits are shares of it.
    pub pre_disability_earnings: Option<Cents>,
    /// Gets Kela's disability pension: the engine computes the national pension and the guarantee
    /// pension ([`super::kansanelake`]).
    pub kela_disability_pension: bool,
    /// Other pensions per month (foreign pensions, accident-insurance pensions …): taxable, and
    /// they reduce the national pension and the guarantee pension.
    pub other_pensions_monthly: Cents,
}

/// The sickness or rehabilitation allowance an adult is on (`work_ability_status`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum WorkAbility {
    /// None of these (`"none"`).
    #[default]
    None,
    /// Sairauspäiväraha (`"sickness_allowance"`).
    SicknessAllowance,
    /// Osasairauspäiväraha with part-time work (`"partial_sickness_allowance"`).
    PartialSicknessAllowance,
    /// Kela's kuntoutusraha (`"rehabilitation_allowance"`).
    RehabilitationAllowance,
    /// Kela's osakuntoutusraha with part-time work (`"partial_rehabilitation_allowance"`).
    PartialRehabilitationAllowance,
    /// Kela's kuntoutusraha during vocational rehabilitation (`"vocational_rehabilitation_allowance"`).
    VocationalRehabilitationAllowance,
    /// Nuoren kuntoutusraha (`"young_persons_rehabilitation_allowance"`).
    YoungPersonsRehabilitationAllowance,
    /// The earnings-related pension provider's kuntoutusraha (`"earnings_related_rehabilitation_allowance"`).
    EarningsRelatedRehabilitationAllowance,
}

impl WorkAbility {
    /// Every status with its JSON name, in the order of docs/SCENARIO-FORMAT.md.
    pub const ALL: [(WorkAbility, &'static str); 8] = [
        (WorkAbility::None, "none"),
        (WorkAbility::SicknessAllowance, "sickness_allowance"),
        (
            WorkAbility::PartialSicknessAllowance,
            "partial_sickness_allowance",
        ),
        (
            WorkAbility::RehabilitationAllowance,
            "rehabilitation_allowance",
        ),
        (
            WorkAbility::PartialRehabilitationAllowance,
            "partial_rehabilitation_allowance",
        ),
        (
            WorkAbility::VocationalRehabilitationAllowance,
            "vocational_rehabilitation_allowance",
        ),
        (
            WorkAbility::YoungPersonsRehabilitationAllowance,
            "young_persons_rehabilitation_allowance",
        ),
        (
            WorkAbility::EarningsRelatedRehabilitationAllowance,
            "earnings_related_rehabilitation_allowance",
        ),
    ];

    /// The JSON names, for error messages.
    pub const NAMES: [&'static str; 8] = [
        "none",
        "sickness_allowance",
        "partial_sickness_allowance",
        "rehabilitation_allowance",
        "partial_rehabilitation_allowance",
        "vocational_rehabilitation_allowance",
        "young_persons_rehabilitation_allowance",
        "earnings_related_rehabilitation_allowance",
    ];

    /// The JSON name.
    pub fn as_str(self) -> &'static str {
        Self::ALL
            .iter()
            .find(|(w, _)| *w == self)
            .map_or("none", |(_, n)| n)
    }

    /// The status with this JSON name.
    pub fn from_name(name: &str) -> Option<WorkAbility> {
        Self::ALL.iter().find(|(_, n)| *n == name).map(|(w, _)| *w)
    }

    /// Whether the adult works part-time alongside the allowance (the allowance is halved and the
    /// wage is an ordinary wage), rather than being off work for the allowance's days.
    pub fn is_partial(self) -> bool {
        matches!(
            self,
            WorkAbility::PartialSicknessAllowance | WorkAbility::PartialRehabilitationAllowance
        )
    }
}

/// An earnings-related (työeläke) disability pension by the kind the decision grants.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum DisabilityPension {
    /// No disability pension (`"none"`): the pension, if any, is paid as entered.
    #[default]
    None,
    /// Full disability pension, indefinite (`"full"`, *täysi työkyvyttömyyseläke*).
    Full,
    /// Partial disability pension (`"partial"`, *osatyökyvyttömyyseläke*).
    Partial,
    /// Full pension for a fixed term (`"full_fixed_term"`, *kuntoutustuki*).
    FullFixedTerm,
    /// Partial pension for a fixed term (`"partial_fixed_term"`, *osakuntoutustuki*).
    PartialFixedTerm,
}

impl DisabilityPension {
    /// Every kind, in the order a form lists them.
    pub const ALL: [DisabilityPension; 5] = [
        DisabilityPension::None,
        DisabilityPension::Full,
        DisabilityPension::Partial,
        DisabilityPension::FullFixedTerm,
        DisabilityPension::PartialFixedTerm,
    ];
    /// The JSON name.
    pub fn as_str(self) -> &'static str {
        match self {
            DisabilityPension::None => "none",
            DisabilityPension::Full => "full",
            DisabilityPension::Partial => "partial",
            DisabilityPension::FullFixedTerm => "full_fixed_term",
            DisabilityPension::PartialFixedTerm => "partial_fixed_term",
        }
    }
    /// The kind of a JSON name.
    pub fn from_name(name: &str) -> Option<DisabilityPension> {
        Self::ALL.into_iter().find(|k| k.as_str() == name)
    }
    /// A full pension (indefinite or fixed-term).
    pub fn is_full(self) -> bool {
        matches!(
            self,
            DisabilityPension::Full | DisabilityPension::FullFixedTerm
        )
    }
    /// A partial pension (indefinite or fixed-term).
    pub fn is_partial(self) -> bool {
        matches!(
            self,
            DisabilityPension::Partial | DisabilityPension::PartialFixedTerm
        )
    }
}
