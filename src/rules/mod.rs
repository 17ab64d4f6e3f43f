//! Finnish tax and benefit rules 2025–2026 (specification: shared/RULES.md).
//!
//! [`compute`] turns a [`Scenario`] into a [`Breakdown`]: every line with its [`Reason`], the
//! monthly [`Totals`], the annual taxes and [`Flag`]s. [`curve`] computes disposable income over a
//! range of wages with effective marginal tax rates, traps and cliffs.
//!
//! Structure: one module per tax or benefit, named as the law names it
//! ([`tyottomyysturva`], [`asumistuki`], [`toimeentulotuki`], [`lapsilisa`], [`kulukorvaus`],
//! [`verotus`]); [`household`] alone knows the order of RULES.md §1. Parameters come from the
//! period's data ([`params`]), never from code. Money is [`Cents`], rates [`Rate`]; rounding happens
//! only where RULES.md says so.
//!
//! Boundary: pure Rust; never imports web crates.
//!
//! ```
//! use askel::rules::{self, Cents, CurveSpec, Item};
//! use askel::scenario::Scenario;
//!
//! let s = Scenario::from_json(r#"{
//!     "format": "askel-scenario/1", "rules_date": "2026-06-01", "municipality": "837",
//!     "household": { "adults": [ { "age": 22, "unemployment_benefit": "yleistuki" } ] },
//!     "housing": { "rent": 560 },
//!     "options": [ { "label": "part-time", "adults": [ { "hourly_wage": 13, "hours_per_week": 20 } ] } ]
//! }"#).expect("valid scenario");
//!
//! let now = rules::compute(&s).expect("computes");
//! assert_eq!(now.period.id, "2026-05");
//! assert_eq!(now.totals.unemployment_benefit, Cents(80_002));
//! assert_eq!(now.output("disposable_income"), Some(now.totals.disposable_income));
//! let benefit = now.lines.iter().find(|l| l.item == Item::UnemploymentBenefitAdjusted).expect("line");
//! assert_eq!(benefit.amount, Cents(80_002));
//!
//! let part_time = rules::compute(&s.with_option(0)).expect("computes");
//! assert!(part_time.totals.disposable_income > now.totals.disposable_income);
//!
//! let curve = rules::curve(&s, &CurveSpec { adult: 0, max_wage: Cents::euros(5000), step: Cents::euros(10) })
//!     .expect("curve");
//! assert_eq!(curve.points.len(), 501);
//! assert!(!curve.traps.is_empty()); // EMTR ≥ 80 % while yleistuki and housing allowance taper
//! let _wage = curve.wage_needed_for_gain(Cents::euros(200));
//! ```

pub mod assumptions;
pub mod asumistuki;
mod curve;
pub mod dataset;
#[cfg(not(target_arch = "wasm32"))]
pub(crate) mod dataset_format;
pub mod household;
pub mod kulukorvaus;
pub mod lapsilisa;
pub mod money;
pub mod municipalities;
pub mod params;
pub mod sources;
pub mod toimeentulotuki;
pub mod tyottomyysturva;
pub mod verotus;

pub use assumptions::{assumptions, Assumption};
pub use curve::{
    curve, curve_with, Cliff, Curve, CurvePoint, CurveSpec, EarningsLimit, Emtr, Segment,
};
pub use dataset::{ParamValue, Parameter, RuleData, Texts};
pub use money::{Cents, Exact, Rate};
pub use municipalities::{MunicipalTable, Municipality};
pub use params::{Param, ParamError, ParamInfo, Params, RulePeriod};
pub use sources::{sources, Source};

use crate::scenario::{Date, FieldError, Problem, Scenario, ScenarioErrors};

/// Every rule period of the built-in data, in date order (derived from the parameters' dates).
pub fn periods() -> &'static [RulePeriod] {
    dataset::builtin().periods
}

/// The first day the built-in rules cover.
pub fn first_date() -> Date {
    dataset::builtin().first_date
}

/// The last day the built-in rules have been checked for. A later date is computed with the rules
/// in force on this day, and the result says so ([`Flag::RulesAfterLastKnownDate`]).
pub fn last_known_date() -> Date {
    dataset::builtin().known_until
}

/// Every parameter of the built-in data with its history, label and primary source.
pub fn parameter_list() -> &'static [Parameter] {
    dataset::builtin().parameters
}

/// The parameter with this path (`verotus.yle_rate`).
pub fn parameter(path: &str) -> Option<&'static Parameter> {
    dataset::builtin().parameter(path)
}

/// The ages (inclusive) at which an unemployment benefit can be paid on `date`, from the data
/// (`tyottomyysturva.working_age_min` / `_max`); `None` before the first covered day.
pub fn unemployment_benefit_ages(date: Date) -> Option<(u8, u8)> {
    let p = &dataset::builtin().period_for(date)?.params.tyottomyysturva;
    let clamp = |v: u32| u8::try_from(v).unwrap_or(u8::MAX);
    Some((
        clamp(p.working_age_min.value),
        clamp(p.working_age_max.value),
    ))
}

/// The rule period for `date`: the one in force, or the last one for a date after
/// [`last_known_date`]. An error only before [`first_date`].
pub fn period_for(date: Date) -> Result<&'static RulePeriod, ScenarioErrors> {
    period_in(dataset::builtin(), date)
}

fn period_in(data: &RuleData, date: Date) -> Result<&'static RulePeriod, ScenarioErrors> {
    data.period_for(date).ok_or_else(|| {
        ScenarioErrors::one(
            "rules_date",
            Problem::DateOutOfRange {
                first: data.first_date,
                last: data.known_until,
            },
        )
    })
}

/// The parameters of a period as text (for the "About the rules" page).
pub fn parameters(period: &RulePeriod) -> &'static [ParamInfo] {
    period.info
}

/// One \[UNCONFIRMED\] parameter: an assumption the UI must list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Unconfirmed {
    /// Rule period id.
    pub period: &'static str,
    /// The parameter.
    pub info: &'static ParamInfo,
}

/// Every \[UNCONFIRMED\] parameter of every period.
pub fn unconfirmed_parameters() -> Vec<Unconfirmed> {
    periods()
        .iter()
        .flat_map(|p| {
            p.info
                .iter()
                .filter(|i| i.unconfirmed)
                .map(move |info| Unconfirmed { period: p.id, info })
        })
        .collect()
}

/// What a line is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Item {
    /// Gross wage.
    Wage,
    /// Employee pension contribution (TyEL); in `employee_contributions`.
    TyEL,
    /// Employee unemployment insurance contribution (TVM); in `employee_contributions`.
    TVM,
    /// Health insurance daily allowance contribution (päivärahamaksu); in `taxes` (health
    /// insurance), not in `employee_contributions`.
    DailyAllowanceContribution,
    /// State income tax (after credits).
    StateTax,
    /// Municipal tax (after credits).
    MunicipalTax,
    /// Church tax (after credits).
    ChurchTax,
    /// Health insurance medical care contribution (sairaanhoitomaksu, after credits).
    HealthCareContribution,
    /// Yle tax.
    YleTax,
    /// Earned income tax credit (työtulovähennys), information: already subtracted from the taxes.
    EarnedIncomeCredit,
    /// Full unemployment benefit before adjustment.
    UnemploymentBenefitFull,
    /// Unemployment benefit paid after adjustment by wages and means test.
    UnemploymentBenefitAdjusted,
    /// Earnings-related pension (input).
    EarningsRelatedPension,
    /// Other taxable benefits (input).
    OtherTaxableBenefit,
    /// General housing allowance.
    HousingAllowance,
    /// Basic social assistance.
    SocialAssistance,
    /// Child benefit (one line per child).
    ChildBenefit,
    /// Expense compensation (kulukorvaus or toimintaraha).
    ExpenseCompensation,
    /// Housing costs (rent + water + heating).
    HousingCosts,
    /// Disposable income.
    DisposableIncome,
    /// Disposable income after housing costs.
    DisposableAfterHousing,
}

/// Which unemployment benefit was computed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BenefitComputed {
    /// Työmarkkinatuki.
    Tyomarkkinatuki,
    /// Peruspäiväraha.
    Peruspaivaraha,
    /// Yleistuki.
    Yleistuki,
    /// Ansiopäiväraha.
    Ansiopaivaraha,
}

/// Why housing allowance is zero (or how it was limited).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HousingAllowanceLimit {
    /// Paid as computed.
    None,
    /// Lives in the parents' home: no own allowance.
    LivesWithParents,
    /// Net assets at or above the maximum.
    AssetsOverMaximum,
    /// Below the minimum payable amount.
    BelowMinimum,
    /// No housing costs.
    NoHousingCosts,
}

/// How expense compensation was paid.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExpensePaidAs {
    /// Kulukorvaus by Kela with an unemployment benefit.
    Kulukorvaus,
    /// Toimintaraha by the municipality with social assistance.
    Toimintaraha,
    /// Not paid: neither an unemployment benefit nor social assistance.
    NotPaid,
}

/// Machine-readable reason of a line: the rule, its key numbers and the source id(s) of the
/// parameters. The UI turns it into words.
#[derive(Clone, Debug, PartialEq)]
pub enum Reason {
    /// An amount entered by the user.
    Input,
    /// Hourly wage × hours per week × 52 / 12 (RULES.md §1.1).
    HourlyWage {
        /// Hourly wage.
        hourly: Cents,
        /// Hours per week in hundredths.
        hours_per_week: u32,
    },
    /// A contribution: `base × rate` (0 when outside the age range or under the threshold).
    Contribution {
        /// Monthly base (gross wage).
        base: Cents,
        /// Rate applied (0 if not liable).
        rate: Rate,
        /// Source id.
        source: &'static str,
    },
    /// An annual tax after credits, shown per month (annual / 12).
    Tax {
        /// Taxable earned income (verotettava ansiotulo), annual.
        taxable_income: Cents,
        /// Tax before credits, annual.
        before_credit: Cents,
        /// Credit used against this tax, annual.
        credit: Cents,
        /// Tax after credits, annual.
        annual: Cents,
        /// Rate (municipal, church, health care) or 0 for the progressive state tax.
        rate: Rate,
        /// Source id.
        source: &'static str,
    },
    /// Yle tax: `rate × (net earned income − threshold)`, capped.
    YleTax {
        /// Net earned income (puhdas ansiotulo), annual.
        base: Cents,
        /// Threshold.
        threshold: Cents,
        /// Annual amount.
        annual: Cents,
        /// Source id.
        source: &'static str,
    },
    /// Työtulovähennys: `min(rate × work income, maximum) − phase-out`.
    EarnedIncomeCredit {
        /// Accrued before the phase-out: `min(18 % × annual wage, maximum)`.
        accrued: Cents,
        /// Maximum incl. child and age increases.
        maximum: Cents,
        /// Phase-out reduction.
        reduction: Cents,
        /// Annual credit.
        annual: Cents,
        /// Source id.
        source: &'static str,
    },
    /// Full unemployment benefit: `days × daily amount`.
    BenefitFull {
        /// Which benefit.
        kind: BenefitComputed,
        /// Daily amount.
        daily: Cents,
        /// Days per month.
        days: Rate,
        /// Source id.
        source: &'static str,
    },
    /// Adjusted unemployment benefit: `full − rate × wage − means-test reduction`, ≥ 0.
    WageAdjustment {
        /// Which benefit.
        kind: BenefitComputed,
        /// Full monthly amount.
        full: Cents,
        /// Gross wage.
        wage: Cents,
        /// Deduction because of the wage.
        deduction: Cents,
        /// Share of the wage deducted.
        rate: Rate,
        /// Other income counted in the means test.
        other_income: Cents,
        /// Reduction because of other income.
        means_test_reduction: Cents,
        /// Source id.
        source: &'static str,
    },
    /// General housing allowance: `share × (accepted costs − basic deductible)`.
    HousingAllowance {
        /// Household income, whole euros.
        income: Cents,
        /// Basic deductible (perusomavastuu).
        basic_deductible: Cents,
        /// Housing costs counted (rent + water and heating norms).
        costs: Cents,
        /// Maximum accepted housing costs.
        cap: Cents,
        /// Share paid.
        share: Rate,
        /// Why it is limited or zero.
        limit: HousingAllowanceLimit,
        /// Source id.
        source: &'static str,
    },
    /// Basic social assistance: `expenses − net income − assets`, ≥ 0.
    SocialAssistance {
        /// Sum of perusosat.
        basic_amounts: Cents,
        /// Accepted housing costs.
        housing_costs: Cents,
        /// Net income counted.
        net_income: Cents,
        /// Earned-income disregard subtracted from the net income.
        disregard: Cents,
        /// Usable assets.
        assets: Cents,
        /// Source id.
        source: &'static str,
    },
    /// Child benefit for one child.
    ChildBenefit {
        /// Order of the child among eligible children (1 = oldest).
        order: u8,
        /// Base amount for that order.
        base: Cents,
        /// Under-3 increase.
        under_3: Cents,
        /// Single-parent increase.
        single_parent: Cents,
        /// Source id.
        source: &'static str,
    },
    /// Expense compensation: `daily × min(days, 5) × 4.3`.
    ExpenseCompensation {
        /// Days per week.
        days_per_week: u8,
        /// Daily amount.
        daily: Cents,
        /// How it is paid.
        paid_as: ExpensePaidAs,
        /// Source id.
        source: &'static str,
    },
    /// A sum of other lines.
    Sum,
}

/// One line of the breakdown (monthly amount). Tax and contribution lines are the annual item / 12,
/// rounded per line, so they may differ by a cent from the monthly totals, which are the annual
/// total / 12 per adult (RULES.md §1.1).
#[derive(Clone, Debug, PartialEq)]
pub struct Line {
    /// What it is.
    pub item: Item,
    /// Index of the adult (or child for child benefit); `None` for the household.
    pub person: Option<u8>,
    /// €/month.
    pub amount: Cents,
    /// Why.
    pub reason: Reason,
}

/// Something the user should know about the result.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Flag {
    /// Hours above 80 % of full time: no adjusted unemployment benefit would be paid (the amount
    /// shown assumes it is).
    HoursOver80PercentNoBenefit {
        /// Adult index.
        person: u8,
    },
    /// The wage exceeds the Kela disability pension's earnings limit: the pension is suspended.
    KelaDisabilityPensionSuspended {
        /// Adult index.
        person: u8,
    },
    /// The wage exceeds the earnings-related disability pension's limit.
    EarningsRelatedPensionLimitExceeded {
        /// Adult index.
        person: u8,
    },
    /// Adjusted ansiopäiväraha + wage may not exceed the basis wage; not applied (basis not known).
    AnsiopaivarahaCapNotApplied {
        /// Adult index.
        person: u8,
    },
    /// Parents' income assumed under the limit (full benefit), no own housing allowance.
    LivingWithParentsAssumption,
    /// Työmarkkinatuki or peruspäiväraha on or after 1.5.2026 is computed as yleistuki.
    ComputedAsYleistuki {
        /// Adult index.
        person: u8,
    },
    /// Age outside the ages at which an unemployment benefit is paid
    /// ([`unemployment_benefit_ages`]): no benefit is computed.
    OutsideWorkingAge {
        /// Adult index.
        person: u8,
    },
    /// Housing costs above the social-assistance limit: accepted only up to the limit (after 3 months).
    HousingCostsAboveSocialAssistanceLimit,
    /// Usable assets reduced social assistance.
    AssetsReduceSocialAssistance,
    /// The date is after the last day the rules have been checked for: computed with the rules in
    /// force on `known_until`.
    RulesAfterLastKnownDate {
        /// Year of the chosen date.
        year: u16,
        /// Last checked day.
        known_until: Date,
    },
    /// The municipality's table for `year` is not in the data yet: the table of `used` applies.
    MunicipalTableFromEarlierYear {
        /// Which table.
        table: MunicipalTable,
        /// Tax year computed.
        year: u16,
        /// Year of the table used.
        used: u16,
    },
}

/// Monthly totals of the household.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Totals {
    /// Gross wages.
    pub gross_wages: Cents,
    /// TyEL + TVM.
    pub employee_contributions: Cents,
    /// State + municipal + church tax + health insurance contributions + Yle tax (annual / 12).
    pub taxes: Cents,
    /// Unemployment benefits after adjustment.
    pub unemployment_benefit: Cents,
    /// Earnings-related pensions and other taxable benefits.
    pub pensions_and_other_benefits: Cents,
    /// General housing allowance.
    pub housing_allowance: Cents,
    /// Basic social assistance.
    pub social_assistance: Cents,
    /// Child benefit.
    pub child_benefit: Cents,
    /// Expense compensation (kulukorvaus / toimintaraha).
    pub expense_compensation: Cents,
    /// Disposable income (RULES.md §1.1).
    pub disposable_income: Cents,
    /// Rent + water + heating.
    pub housing_costs: Cents,
    /// Disposable income after housing costs.
    pub disposable_after_housing: Cents,
}

/// Annual taxes of the household (12 × the monthly situation).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct AnnualTaxes {
    /// State income tax after credits (incl. the pension income surtax).
    pub state_tax: Cents,
    /// Municipal tax after credits.
    pub municipal_tax: Cents,
    /// Church tax after credits.
    pub church_tax: Cents,
    /// Päivärahamaksu + sairaanhoitomaksu (after credits).
    pub health_insurance: Cents,
    /// Yle tax.
    pub yle_tax: Cents,
    /// TyEL + TVM.
    pub employee_contributions: Cents,
    /// State + municipal + church + health insurance + Yle.
    pub taxes: Cents,
}

/// Intermediate values, for tests and explanations (household sums, annual for taxes).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Intermediate {
    /// Puhdas ansiotulo, annual.
    pub net_earned_income: Cents,
    /// Perusvähennys, annual.
    pub basic_deduction: Cents,
    /// Eläketulovähennys, annual.
    pub pension_deduction: Cents,
    /// Verotettava ansiotulo, annual.
    pub taxable_income: Cents,
    /// State tax before credits, annual.
    pub state_tax_before_credit: Cents,
    /// Työtulovähennys, annual.
    pub earned_income_credit: Cents,
    /// Päivärahamaksu, annual.
    pub daily_allowance_contribution: Cents,
    /// Full unemployment benefits before adjustment, monthly.
    pub unemployment_benefit_full: Cents,
    /// Housing allowance income, whole euros.
    pub housing_allowance_income: Cents,
    /// Asset income added to the housing allowance income.
    pub housing_allowance_asset_income: Cents,
    /// Basic deductible (perusomavastuu).
    pub basic_deductible: Cents,
    /// Housing costs counted for the allowance before the cap.
    pub housing_allowance_costs: Cents,
    /// Maximum housing costs.
    pub housing_allowance_cap: Cents,
    /// Sum of perusosat.
    pub social_assistance_basic_amounts: Cents,
    /// Accepted housing costs in social assistance.
    pub social_assistance_housing_costs: Cents,
    /// Net income counted in social assistance (after the disregard).
    pub social_assistance_net_income: Cents,
    /// Earned-income disregard.
    pub social_assistance_disregard: Cents,
}

/// The result of [`compute`].
#[derive(Clone, Debug)]
pub struct Breakdown {
    /// The rule period used.
    pub period: &'static RulePeriod,
    /// Every line.
    pub lines: Vec<Line>,
    /// Monthly totals.
    pub totals: Totals,
    /// Annual taxes.
    pub annual: AnnualTaxes,
    /// Intermediate values.
    pub intermediate: Intermediate,
    /// Things to tell the user.
    pub flags: Vec<Flag>,
    /// Per-adult unemployment benefit per payable day after adjustment (month / 21.5, rounded).
    pub unemployment_daily: Vec<Cents>,
}

/// Output names accepted by [`Breakdown::output`] (golden cases).
pub const OUTPUT_NAMES: &[&str] = &[
    "gross_wages",
    "employee_contributions",
    "taxes",
    "unemployment_benefit",
    "pensions_and_other_benefits",
    "housing_allowance",
    "social_assistance",
    "child_benefit",
    "expense_compensation",
    "disposable_income",
    "housing_costs",
    "disposable_after_housing",
    "taxes_and_contributions",
    "annual.state_tax",
    "annual.municipal_tax",
    "annual.church_tax",
    "annual.health_insurance",
    "annual.yle_tax",
    "annual.employee_contributions",
    "annual.taxes",
    "annual.taxes_and_contributions",
    "annual.net_earned_income",
    "annual.basic_deduction",
    "annual.pension_deduction",
    "annual.taxable_income",
    "annual.state_tax_before_credit",
    "annual.earned_income_credit",
    "annual.daily_allowance_contribution",
    "unemployment_benefit_full",
    "housing_allowance_income",
    "housing_allowance_asset_income",
    "basic_deductible",
    "housing_allowance_costs",
    "housing_allowance_cap",
    "social_assistance_basic_amounts",
    "social_assistance_housing_costs",
    "social_assistance_net_income",
    "social_assistance_disregard",
    "unemployment_daily[i]",
];

impl Breakdown {
    /// A named output in cents (see [`OUTPUT_NAMES`]); `None` for an unknown name.
    pub fn output(&self, name: &str) -> Option<Cents> {
        let t = &self.totals;
        let a = &self.annual;
        let i = &self.intermediate;
        if let Some(rest) = name.strip_prefix("unemployment_daily[") {
            let idx: usize = rest.strip_suffix(']')?.parse().ok()?;
            return self.unemployment_daily.get(idx).copied();
        }
        Some(match name {
            "gross_wages" => t.gross_wages,
            "employee_contributions" => t.employee_contributions,
            "taxes" => t.taxes,
            "unemployment_benefit" => t.unemployment_benefit,
            "pensions_and_other_benefits" => t.pensions_and_other_benefits,
            "housing_allowance" => t.housing_allowance,
            "social_assistance" => t.social_assistance,
            "child_benefit" => t.child_benefit,
            "expense_compensation" => t.expense_compensation,
            "disposable_income" => t.disposable_income,
            "housing_costs" => t.housing_costs,
            "disposable_after_housing" => t.disposable_after_housing,
            "taxes_and_contributions" => t.taxes.add(t.employee_contributions),
            "annual.state_tax" => a.state_tax,
            "annual.municipal_tax" => a.municipal_tax,
            "annual.church_tax" => a.church_tax,
            "annual.health_insurance" => a.health_insurance,
            "annual.yle_tax" => a.yle_tax,
            "annual.employee_contributions" => a.employee_contributions,
            "annual.taxes" => a.taxes,
            "annual.taxes_and_contributions" => a.taxes.add(a.employee_contributions),
            "annual.net_earned_income" => i.net_earned_income,
            "annual.basic_deduction" => i.basic_deduction,
            "annual.pension_deduction" => i.pension_deduction,
            "annual.taxable_income" => i.taxable_income,
            "annual.state_tax_before_credit" => i.state_tax_before_credit,
            "annual.earned_income_credit" => i.earned_income_credit,
            "annual.daily_allowance_contribution" => i.daily_allowance_contribution,
            "unemployment_benefit_full" => i.unemployment_benefit_full,
            "housing_allowance_income" => i.housing_allowance_income,
            "housing_allowance_asset_income" => i.housing_allowance_asset_income,
            "basic_deductible" => i.basic_deductible,
            "housing_allowance_costs" => i.housing_allowance_costs,
            "housing_allowance_cap" => i.housing_allowance_cap,
            "social_assistance_basic_amounts" => i.social_assistance_basic_amounts,
            "social_assistance_housing_costs" => i.social_assistance_housing_costs,
            "social_assistance_net_income" => i.social_assistance_net_income,
            "social_assistance_disregard" => i.social_assistance_disregard,
            _ => return None,
        })
    }
}

/// Compute the household's month under the rules of `s.rules_date` (built-in data).
pub fn compute(s: &Scenario) -> Result<Breakdown, ScenarioErrors> {
    compute_in(dataset::builtin(), s)
}

/// Compute with a modified parameter set (tests of official examples with old parameters, and
/// "what if" tools). `params` replaces the period's parameters; the period is still chosen by date.
pub fn compute_with(s: &Scenario, params: &Params) -> Result<Breakdown, ScenarioErrors> {
    validate_for_engine(s)?;
    let period = period_for(s.rules_date)?;
    finish(s, period, household::breakdown(s, period, params)?)
}

/// Compute with a rule data set: the built-in one or one loaded with [`dataset::load_dirs`]
/// (a test's synthetic later year).
pub fn compute_in(data: &RuleData, s: &Scenario) -> Result<Breakdown, ScenarioErrors> {
    validate_for_engine(s)?;
    let period = period_in(data, s.rules_date)?;
    finish(s, period, household::breakdown(s, period, period.params)?)
}

/// The scenario's own validation, except that a date after the last checked day is accepted:
/// the engine computes it with the latest rules and says so.
fn validate_for_engine(s: &Scenario) -> Result<(), ScenarioErrors> {
    match s.validate() {
        Err(e)
            if e.0.iter().all(|f| {
                matches!(f.problem, Problem::DateOutOfRange { .. })
                    && s.rules_date > last_known_date()
            }) =>
        {
            Ok(())
        }
        other => other,
    }
}

/// Add what the data itself has to say about the result: rules after the last checked day, and
/// municipal tables taken from an earlier year.
fn finish(
    s: &Scenario,
    period: &RulePeriod,
    mut b: Breakdown,
) -> Result<Breakdown, ScenarioErrors> {
    if s.rules_date > period.known_until {
        b.flags.push(Flag::RulesAfterLastKnownDate {
            year: s.rules_date.y,
            known_until: period.known_until,
        });
    }
    if let Some(m) = period.municipality(&s.municipality) {
        for (table, used) in m.tables_from_other_years(period.tax_year) {
            b.flags.push(Flag::MunicipalTableFromEarlierYear {
                table,
                year: period.tax_year,
                used,
            });
        }
    }
    Ok(b)
}

pub(crate) fn internal_error(path: &str) -> ScenarioErrors {
    ScenarioErrors(vec![FieldError {
        path: path.to_string(),
        problem: Problem::UnknownMunicipality,
    }])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_source_resolves() {
        for p in parameter_list() {
            assert!(
                sources::find(p.source).is_some(),
                "{}: {}",
                p.path,
                p.source
            );
            assert!(sources::reference(p.path).is_some());
        }
    }

    #[test]
    fn unconfirmed_are_listed() {
        let u = unconfirmed_parameters();
        assert!(u.iter().any(
            |x| x.period == "2026-05" && x.info.path == "tyottomyysturva.parents_income_limit"
        ));
        assert!(!u.iter().any(|x| x.info.path == "verotus.yle_rate"));
        assert!(u
            .iter()
            .any(|x| x.info.path == "toimeentulotuki.water_per_person"));
        assert!(u.iter().all(|x| x.info.unconfirmed));
        assert!(assumptions().iter().any(|a| a.unconfirmed));
    }

    #[test]
    fn periods_by_date() {
        let id = |s: &str| period_for(Date::parse(s).expect("date")).map(|p| p.id);
        assert_eq!(id("2025-12-31"), Ok("2025"));
        assert_eq!(id("2026-02-28"), Ok("2026-01"));
        assert_eq!(id("2026-03-01"), Ok("2026-03"));
        assert_eq!(id("2026-05-01"), Ok("2026-05"));
        let after = last_known_date().next_day();
        assert_eq!(
            period_for(after).map(|p| p.id),
            periods().last().map(|p| p.id).ok_or_else(|| unreachable!())
        );
        assert!(period_for(Date {
            y: first_date().y - 1,
            m: 12,
            d: 31
        })
        .is_err());
    }
}
