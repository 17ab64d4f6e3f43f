//! Finnish tax and benefit rules, for the dates the parameter data covers (specification: the
//! pages in docs/rules/, one per law, and the laws they cite).
//!
//! [`compute`] turns a [`Scenario`] into a [`Breakdown`]: every line with its [`Reason`], the
//! monthly [`Totals`], the annual taxes and [`Flag`]s. [`curve`] computes disposable income over a
//! range of wages with effective marginal tax rates, traps and cliffs.
//!
//! Structure: one module per tax or benefit, named as the law names it
//! ([`tyottomyysturva`], [`asumistuki`], [`toimeentulotuki`], [`lapsilisa`], [`kulukorvaus`],
//! [`verotus`], and two costs that rise with income, [`varhaiskasvatusmaksu`] and [`ulosotto`]);
//! [`household`] alone knows the order (docs/rules/order-of-computation.md).
//! Parameters come from the
//! period's data ([`params`]), never from code. Money is [`Cents`], rates [`Rate`]; rounding happens
//! only where the law or Kela rounds (docs/rules/conventions.md). Each law module returns its
//! amounts with their [`Reason`] ([`Because`]); [`situation`] defines what the engine reads, and
//! anything that implements [`Input`] can be computed: the engine never imports the scenario
//! format, and its faults are [`EngineError`]s, not input problems.
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
pub mod choices;
mod curve;
pub mod dataset;
#[cfg(not(target_arch = "wasm32"))]
pub(crate) mod dataset_format;
pub mod elakkeensaajan_asumistuki;
mod error;
pub mod household;
pub mod kalenteri;
pub mod kansanelake;
pub mod kulukorvaus;
pub mod kuntoutus;
pub mod lapsilisa;
pub mod limits;
pub mod maksuajankohdat;
pub mod money;
pub mod municipalities;
pub mod params;
pub mod sairausvakuutus;
pub mod situation;
pub mod sources;
pub mod toimeentulotuki;
pub mod tyoelake;
pub mod tyottomyysturva;
pub mod ulosotto;
pub mod varhaiskasvatusmaksu;
pub mod verotus;

pub use crate::units::{Cents, Date, Exact, Rate};
pub use assumptions::{assumptions, Assumption};
pub use choices::{
    benefit_choices, benefit_for_date, compensated_rehabilitative_days, unemployment_benefit_ages,
    yleistuki_from, yleistuki_in_force,
};
pub use curve::{
    curve, curve_with, Cliff, Curve, CurvePoint, CurveSpec, EarningsLimit, Emtr, WageRange,
    TRAP_THRESHOLD_BP,
};
pub use dataset::{ParamValue, Parameter, ParameterDocs, RuleData, Texts};
pub use error::EngineError;
pub use municipalities::{MunicipalTable, Municipality};
pub use params::{Param, ParamError, ParamInfo, Params, RulePeriod};
pub use situation::{Input, Situation};
pub use sources::{sources, Source};

// The periods, the municipalities and the covered dates are statics of the built-in data
// (src/rules/params.rs), read here directly; only the parameter and document tables are unpacked
// at first use (`dataset::builtin`). So a module that asks for a date's periods or a
// municipality without ever showing a parameter or a document (the scenarios page's questions,
// src/ui/modules.rs) carries none of those tables.

/// Every rule period of the built-in data, in date order (derived from the parameters' dates).
pub fn periods() -> &'static [RulePeriod] {
    params::PERIODS
}

/// The first day the built-in rules cover.
pub fn first_date() -> Date {
    params::BUILTIN_FIRST_DATE
}

/// The last day the built-in rules have been checked for. A later date is computed with the rules
/// in force on this day, and the result says so ([`Flag::RulesAfterLastKnownDate`]).
pub fn last_known_date() -> Date {
    params::BUILTIN_KNOWN_UNTIL
}

/// The built-in period for `date` (see [`RuleData::period_for`]).
fn builtin_period(date: Date) -> Option<&'static RulePeriod> {
    dataset::period_among(periods(), first_date(), date)
}

/// Every parameter of the built-in data with its history and primary source.
pub fn parameter_list() -> &'static [Parameter] {
    dataset::builtin().parameters
}

/// Every parameter of the built-in data with its label and notes: [`parameter_list`] beside
/// [`ParameterDocs`].
pub fn documented_parameters() -> impl Iterator<Item = (&'static Parameter, &'static ParameterDocs)>
{
    parameter_list()
        .iter()
        .zip(dataset::builtin_parameter_docs())
}

/// The parameter with this path (`verotus.yle_rate`).
pub fn parameter(path: &str) -> Option<&'static Parameter> {
    dataset::builtin().parameter(path)
}

/// The rule period for `date`: the one in force, or the last one for a date after
/// [`last_known_date`]. An error only before [`first_date`].
pub fn period_for(date: Date) -> Result<&'static RulePeriod, EngineError> {
    builtin_period(date).ok_or(EngineError::DateOutOfRange {
        first: first_date(),
        last: last_known_date(),
    })
}

fn period_in(data: &RuleData, date: Date) -> Result<&'static RulePeriod, EngineError> {
    data.period_for(date).ok_or(EngineError::DateOutOfRange {
        first: data.first_date,
        last: data.known_until,
    })
}

/// The parameters of a period as text, for tools and tests (native builds only: the app reads
/// [`parameter_list`], so the module carries no per-period copy of every parameter).
#[cfg(not(target_arch = "wasm32"))]
pub fn parameters(period: &RulePeriod) -> &'static [ParamInfo] {
    period.info
}

/// One \[UNCONFIRMED\] parameter: an assumption the UI must list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Unconfirmed {
    /// Rule period id.
    pub period: &'static str,
    /// The parameter.
    pub parameter: &'static Parameter,
    /// Its label, and why it is unconfirmed.
    pub docs: &'static ParameterDocs,
}

/// Every \[UNCONFIRMED\] parameter of every period. Every period holds every parameter, and
/// the mark belongs to the parameter, so this reads the one parameter table.
pub fn unconfirmed_parameters() -> Vec<Unconfirmed> {
    dataset::builtin()
        .periods
        .iter()
        .flat_map(|p| {
            documented_parameters()
                .filter(|(_, docs)| !docs.unconfirmed.is_empty())
                .map(move |(parameter, docs)| Unconfirmed {
                    period: p.id,
                    parameter,
                    docs,
                })
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
    /// Sickness or partial sickness allowance (Kela).
    SicknessAllowance,
    /// Rehabilitation allowance (Kela or the earnings-related pension provider).
    RehabilitationAllowance,
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
    /// Day-care fee (varhaiskasvatusmaksu), one line per child in day care; a cost, subtracted
    /// from disposable income.
    DayCareFee,
    /// Amount withheld by wage garnishment (ulosotto), one line per debtor; subtracted from
    /// disposable income.
    Garnishment,
    /// Earnings-related disability pension paid after its earnings test.
    DisabilityPension,
    /// Kela's disability pension (kansaneläke).
    KelaPension,
    /// Guarantee pension (takuueläke).
    GuaranteePension,
    /// Other pensions (input).
    OtherPensions,
    /// Housing allowance for pensioners (instead of the general housing allowance).
    PensionersHousingAllowance,
    /// Ylläpitokorvaus: Kela's tax-free maintenance compensation with the minimum rehabilitation
    /// allowance (counted in the expense compensation total).
    MaintenanceCompensation,
}

/// Which band of the garnishment rule the net income falls in (ulosottokaari 4:48).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum GarnishmentBand {
    /// At or below the protected amount: nothing is taken.
    #[default]
    Protected,
    /// Up to twice the protected amount: a share of the income above it (tulorajaulosmittaus).
    IncomeLimit,
    /// Up to four times the protected amount: a third of the net income.
    OneThird,
    /// Above: a third of four protected amounts plus most of the rest, at most half.
    Top,
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
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Reason {
    /// An amount entered by the user.
    Input,
    /// Hourly wage × hours per week × 52 / 12 (docs/rules/conventions.md).
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
        /// Accrued before the phase-out: `min(rate × annual wage, maximum)`.
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
    /// Expense compensation: `daily × min(days, max days) × weeks per month`.
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
    /// Ylläpitokorvaus: `daily × days` with the minimum rehabilitation allowance; tax-free.
    MaintenanceCompensation {
        /// Amount per day.
        daily: Cents,
        /// Allowance days in the month.
        days: Rate,
        /// Source id.
        source: &'static str,
    },
    /// Sickness or rehabilitation allowance: `daily × days per month` (partial: `share` of the
    /// full daily amount), minus the wage the employer pays for the same days.
    DailyAllowance {
        /// The allowance.
        status: situation::WorkAbility,
        /// Full daily amount.
        full_daily: Cents,
        /// Daily amount paid (partial: the share of the full amount).
        daily: Cents,
        /// Days per month.
        days: Rate,
        /// Annual income after the insurance-contribution deduction (0 for a decision amount).
        insured_income: Cents,
        /// Which rule gave the full daily amount.
        basis: sairausvakuutus::AllowanceBasis,
        /// Share of the annual income per year's working days (the rate of `basis`).
        rate: Rate,
        /// Working days a year the annual income is divided by.
        year_days: u32,
        /// Wage of the same days paid by the employer (Kela pays the allowance to the employer).
        paid_by_employer: Cents,
        /// Source id.
        source: &'static str,
    },
    /// The pension provider's rehabilitation allowance: the decided amount, halved or not paid
    /// because of the earnings.
    EarningsRelatedRehabilitation {
        /// The decided amount per month.
        decided: Cents,
        /// The earnings test.
        test: kuntoutus::EarningsTest,
        /// Source id.
        source: &'static str,
    },
    /// A sum of other lines.
    Sum,
    /// Day-care fee of one child: `rate × (income − limit)` up to the maximum for the youngest
    /// child, × the sibling share × the share for the care hours; 0 below the smallest fee.
    DayCareFee {
        /// Family gross income counted, €/month.
        income: Cents,
        /// Family size.
        family_size: u8,
        /// Income limit of that family size.
        limit: Cents,
        /// The youngest child's full-time fee.
        full_time_fee: Cents,
        /// 1 = the youngest child in day care.
        order: u8,
        /// Share of the youngest child's fee for this order.
        sibling_share: Rate,
        /// Care hours a week.
        hours_per_week: u8,
        /// Share of the full-time fee for these hours.
        hours_share: Rate,
        /// The computed fee was below the smallest fee charged, so none is charged.
        below_minimum: bool,
        /// Source id.
        source: &'static str,
    },
    /// Wage garnishment: the band rule on the net income above the protected amount.
    Garnishment {
        /// Net periodic income, €/month.
        net_income: Cents,
        /// Protected amount, €/month.
        protected: Cents,
        /// Dependants counted in the protected amount.
        dependants: u8,
        /// Band of the rule.
        band: GarnishmentBand,
        /// Limited to the garnishable part of the income.
        capped: bool,
        /// Source id.
        source: &'static str,
    },
    /// Earnings-related disability pension after the earnings test: the decided amount, in full
    /// up to `full_limit`, half above it (a full pension), nothing above `partial_limit`.
    DisabilityPension {
        /// The amount of the decision.
        decided: Cents,
        /// Gross wage tested.
        wage: Cents,
        /// Highest wage with a full pension.
        full_limit: Cents,
        /// Highest wage with a partial pension.
        partial_limit: Cents,
        /// What the wage did to the pension.
        payment: tyoelake::Payment,
        /// Source id.
        source: &'static str,
    },
    /// Kela's disability pension: `full − half of the other pensions above the free amount`.
    KelaPension {
        /// Full amount (single or couple).
        full: Cents,
        /// Other pensions counted.
        other_pensions: Cents,
        /// Earnings limit.
        earnings_limit: Cents,
        /// Paid, resting, or not on a partial pension.
        state: kansanelake::KelaState,
        /// The amount is Kela's decision (entered), not computed.
        decided: bool,
        /// Source id.
        source: &'static str,
    },
    /// Guarantee pension: `full − every other pension incl. the national pension`.
    GuaranteePension {
        /// Full guarantee pension.
        full: Cents,
        /// Other pensions counted, the national pension included.
        other_pensions: Cents,
        /// Earnings limit.
        earnings_limit: Cents,
        /// Paid, resting, or not on a partial pension.
        state: kansanelake::KelaState,
        /// Source id.
        source: &'static str,
    },
    /// Housing allowance for pensioners: `share × (min(costs, cap) − deductible) / 12`.
    PensionersHousingAllowance {
        /// Income counted, annual.
        income: Cents,
        /// Deductible, annual.
        deductible: Cents,
        /// Housing costs, annual.
        costs: Cents,
        /// Maximum housing costs, annual.
        cap: Cents,
        /// Share paid.
        share: Rate,
        /// Source id.
        source: &'static str,
    },
}

/// An amount together with the rule that gave it: what each law module returns, so that the
/// household computation never has to rebuild a reason from a module's inner numbers.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Because {
    /// €/month.
    pub amount: Cents,
    /// Why.
    pub reason: Reason,
}

impl Because {
    /// An amount the user entered.
    pub fn input(amount: Cents) -> Because {
        Because {
            amount,
            reason: Reason::Input,
        }
    }
}

/// One line of the breakdown (monthly amount). Tax and contribution lines are the annual item / 12,
/// rounded per line, so they may differ by a cent from the monthly totals, which are the annual
/// total / 12 per adult (docs/rules/conventions.md).
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
    /// Hours above the limit share of full time: no adjusted unemployment benefit would be paid (the amount
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
    /// The ansiopäiväraha is stepped down after the days already paid (HE 13/2024).
    AnsiopaivarahaSteppedDown {
        /// Adult index.
        person: u8,
        /// Percent of the full allowance paid.
        percent: u8,
        /// Days already paid.
        paid_days: u16,
    },
    /// The 100 % rule reduced the adjusted ansiopäiväraha: allowance + wage ≤ `limit`.
    AnsiopaivarahaHundredPercentRule {
        /// Adult index.
        person: u8,
        /// The most the allowance and the wage may be together per month.
        limit: Cents,
    },
    /// Days of ansiopäiväraha left in the maximum period (information).
    AnsiopaivarahaDaysLeft {
        /// Adult index.
        person: u8,
        /// Days left of the maximum.
        days_left: u16,
        /// The maximum period in days.
        max_days: u16,
    },
    /// An adjusted ansiopäiväraha uses the maximum duration only by adjusted / full a day: the days
    /// left last longer (YTK, `kassat-ansiopaivaraha`).
    AnsiopaivarahaAdjustedDaysLast {
        /// Adult index.
        person: u8,
        /// Days left of the maximum.
        days_left: u16,
        /// Payable days they last at this month's adjusted allowance.
        payable_days: u16,
    },
    /// At this month's allowance the maximum duration is reached within Askel's horizon
    /// ([`tyottomyysturva::HORIZON_MONTHS`]).
    AnsiopaivarahaMaximumWithinHorizon {
        /// Adult index.
        person: u8,
        /// Months until the days left are used.
        months: u8,
    },
    /// The earnings-related pension (a partial disability pension) is deducted from the
    /// ansiopäiväraha in full.
    PensionDeductedFromAnsiopaivaraha {
        /// Adult index.
        person: u8,
    },
    /// No unemployment benefit is paid for days of sickness or rehabilitation allowance.
    NoUnemploymentBenefitWithAllowance {
        /// Adult index.
        person: u8,
    },
    /// Kela pays the full sickness or rehabilitation allowance to the employer who pays wages for
    /// the same days; the person gets only what exceeds the wage.
    AllowancePaidToEmployer {
        /// Adult index.
        person: u8,
    },
    /// The annual income is under the floor: only the minimum allowance, and only if the person
    /// was working, studying, unemployed or at home during the three months before.
    MinimumAllowanceOnlyIfEntitled {
        /// Adult index.
        person: u8,
    },
    /// The allowance is an estimate from the annual income: Kela's decision may differ (income of
    /// the reference period, partial pensions deducted, other bases).
    AllowanceEstimated {
        /// Adult index.
        person: u8,
    },
    /// Partial sickness allowance needs part-time work of 40–60 % of full time after full-time
    /// work; the wages entered are outside that band.
    PartialWorkOutsideBand {
        /// Adult index.
        person: u8,
        /// Least share of full time, percent.
        min_percent: u8,
        /// Largest share of full time, percent.
        max_percent: u8,
    },
    /// Partial allowance without a part-time wage: the allowance needs part-time work.
    PartialAllowanceNeedsWork {
        /// Adult index.
        person: u8,
    },
    /// The sickness or rehabilitation allowance needs an amount: neither the decision's daily
    /// amount nor the annual income was given, so none is computed.
    AllowanceAmountMissing {
        /// Adult index.
        person: u8,
    },
    /// Age outside the ages of the chosen allowance: none is computed.
    OutsideAllowanceAge {
        /// Adult index.
        person: u8,
    },
    /// Young person's rehabilitation allowance with wages: from 2025 wages may reduce it; the
    /// reduction is not computed.
    YoungPersonsAllowanceWagesNotReconciled {
        /// Adult index.
        person: u8,
    },
    /// The pension provider's rehabilitation allowance was halved or stopped by the earnings.
    RehabilitationAllowanceReducedByEarnings {
        /// Adult index.
        person: u8,
        /// `true`: not paid at all; `false`: halved.
        stopped: bool,
    },
    /// Työmarkkinatuki or peruspäiväraha once yleistuki is in force is computed as yleistuki.
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
    /// A day-care fee rises with the family's gross income: `rate` of each extra euro for the
    /// youngest child until the fee reaches `max`.
    DayCareFeeRisesWithIncome {
        /// Fee percentage.
        rate: Rate,
        /// Largest fee of the youngest child.
        max: Cents,
    },
    /// A day-care fee is charged: the municipality can lower it and social assistance counts it
    /// as an expense.
    DayCareFeeCanBeLowered,
    /// An adult's wage is garnished in the income-limit band: `share_percent` % of each extra net
    /// euro goes to enforcement, with `free_months` months a year without garnishment.
    GarnishmentIncomeLimitBand {
        /// Adult index.
        person: u8,
        /// Share of each extra net euro taken, percent.
        share_percent: u8,
        /// Free months a year.
        free_months: u8,
    },
    /// An adult's wage is garnished: child benefit, housing allowance and social assistance are
    /// never garnished; after a year on unemployment benefit a postponement can be asked for.
    GarnishmentNeverFromBenefits,
    /// The date is after the last day the rules have been checked for: computed with the rules in
    /// force on `known_until`.
    RulesAfterLastKnownDate {
        /// Year of the chosen date.
        year: u16,
        /// Last checked day.
        known_until: Date,
    },
    /// The earnings limits of the adult's disability pension (always shown with one).
    DisabilityPensionLimits {
        /// Adult index.
        person: u8,
        /// Highest wage with a full pension (equal to `partial` for a partial pension).
        full: Cents,
        /// Highest wage with a partial pension.
        partial: Cents,
    },
    /// Neither the earlier earnings nor a limit were entered: only the minimum limit is used.
    DisabilityPensionLimitIsMinimum {
        /// Adult index.
        person: u8,
    },
    /// The wage turns the full disability pension into a partial one (half).
    DisabilityPensionTurnsPartial {
        /// Adult index.
        person: u8,
        /// The wage above which it happens.
        limit: Cents,
    },
    /// The wage is above the partial-pension limit: the disability pension rests (not paid).
    DisabilityPensionRests {
        /// Adult index.
        person: u8,
        /// The wage above which it happens.
        limit: Cents,
    },
    /// The wage is above the Kela pensions' earnings limit: the national pension and the guarantee
    /// pension rest.
    KelaPensionsRest {
        /// Adult index.
        person: u8,
        /// The earnings limit.
        limit: Cents,
    },
    /// A partial earnings-related disability pension alone gives no Kela disability pension and no
    /// guarantee pension.
    KelaPensionNotWithPartialPension {
        /// Adult index.
        person: u8,
    },
    /// No unemployment benefit with a full disability pension or Kela's disability pension.
    NoUnemploymentBenefitWithDisabilityPension {
        /// Adult index.
        person: u8,
    },
    /// The household gets the housing allowance for pensioners instead of the general one (its
    /// municipality group is an assumption).
    PensionersHousingAllowance,
    /// A full disability pension turned partial no longer entitles to the pensioners' housing
    /// allowance: the household is in the general housing allowance.
    GeneralHousingAllowanceAfterPartialPension,
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

/// Declares a struct of money fields and, in the same line per field, the named output that reads
/// it: a field and its output name are written once, here, and nowhere else.
macro_rules! money_fields {
    (
        $(#[$meta:meta])*
        pub struct $name:ident, read from Breakdown::$place:ident, listed in $table:ident {
            $( $(#[$field_meta:meta])* $field:ident => $output:literal, )*
        }
    ) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
        pub struct $name {
            $( $(#[$field_meta])* pub $field: Cents, )*
        }

        const $table: &[Output] = &[
            $( Output { name: $output, read: |b: &Breakdown| b.$place.$field }, )*
        ];
    };
}

money_fields! {
    /// Monthly totals of the household.
    pub struct Totals, read from Breakdown::totals, listed in TOTALS_OUTPUTS {
        /// Gross wages.
        gross_wages => "gross_wages",
        /// TyEL + TVM.
        employee_contributions => "employee_contributions",
        /// State + municipal + church tax + health insurance contributions + Yle tax (annual / 12).
        taxes => "taxes",
        /// Unemployment benefits after adjustment.
        unemployment_benefit => "unemployment_benefit",
        /// Earnings-related pensions and other taxable benefits.
        pensions_and_other_benefits => "pensions_and_other_benefits",
        /// General housing allowance.
        housing_allowance => "housing_allowance",
        /// Basic social assistance.
        social_assistance => "social_assistance",
        /// Child benefit.
        child_benefit => "child_benefit",
        /// Expense compensation (kulukorvaus / toimintaraha).
        expense_compensation => "expense_compensation",
        /// Day-care fees of the children in day care (a cost).
        day_care_fees => "day_care_fees",
        /// Amount withheld by wage garnishment.
        garnished => "garnished",
        /// Disposable income (docs/rules/conventions.md).
        disposable_income => "disposable_income",
        /// Rent + water + heating.
        housing_costs => "housing_costs",
        /// Disposable income after housing costs.
        disposable_after_housing => "disposable_after_housing",
    }
}

money_fields! {
    /// Annual taxes of the household (12 × the monthly situation).
    pub struct AnnualTaxes, read from Breakdown::annual, listed in ANNUAL_OUTPUTS {
        /// State income tax after credits (incl. the pension income surtax).
        state_tax => "annual.state_tax",
        /// Municipal tax after credits.
        municipal_tax => "annual.municipal_tax",
        /// Church tax after credits.
        church_tax => "annual.church_tax",
        /// Päivärahamaksu + sairaanhoitomaksu (after credits).
        health_insurance => "annual.health_insurance",
        /// Yle tax.
        yle_tax => "annual.yle_tax",
        /// TyEL + TVM.
        employee_contributions => "annual.employee_contributions",
        /// State + municipal + church + health insurance + Yle.
        taxes => "annual.taxes",
    }
}

money_fields! {
    /// Intermediate values, for tests and explanations (household sums, annual for taxes).
    pub struct Intermediate, read from Breakdown::intermediate, listed in INTERMEDIATE_OUTPUTS {
        /// Puhdas ansiotulo, annual.
        net_earned_income => "annual.net_earned_income",
        /// Perusvähennys, annual.
        basic_deduction => "annual.basic_deduction",
        /// Eläketulovähennys, annual.
        pension_deduction => "annual.pension_deduction",
        /// Verotettava ansiotulo, annual.
        taxable_income => "annual.taxable_income",
        /// State tax before credits, annual.
        state_tax_before_credit => "annual.state_tax_before_credit",
        /// Työtulovähennys, annual.
        earned_income_credit => "annual.earned_income_credit",
        /// Päivärahamaksu, annual.
        daily_allowance_contribution => "annual.daily_allowance_contribution",
        /// Full unemployment benefits before adjustment, monthly.
        unemployment_benefit_full => "unemployment_benefit_full",
        /// Housing allowance income, whole euros.
        housing_allowance_income => "housing_allowance_income",
        /// Asset income added to the housing allowance income.
        housing_allowance_asset_income => "housing_allowance_asset_income",
        /// Basic deductible (perusomavastuu).
        basic_deductible => "basic_deductible",
        /// Housing costs counted for the allowance before the cap.
        housing_allowance_costs => "housing_allowance_costs",
        /// Maximum housing costs.
        housing_allowance_cap => "housing_allowance_cap",
        /// Sum of perusosat.
        social_assistance_basic_amounts => "social_assistance_basic_amounts",
        /// Accepted housing costs in social assistance.
        social_assistance_housing_costs => "social_assistance_housing_costs",
        /// Net income counted in social assistance (after the disregard).
        social_assistance_net_income => "social_assistance_net_income",
        /// Earned-income disregard.
        social_assistance_disregard => "social_assistance_disregard",
        /// Family gross income counted for the day-care fee, monthly.
        day_care_income => "day_care_income",
        /// Protected amount of the (first) debtor's garnishment, monthly.
        garnishment_protected => "garnishment_protected",
        /// Earnings-related disability pensions paid after the earnings test, monthly.
        disability_pension => "disability_pension",
        /// Kela's disability pensions (kansaneläke), monthly.
        kela_pension => "kela_pension",
        /// Guarantee pensions, monthly.
        guarantee_pension => "guarantee_pension",
        /// Housing allowance for pensioners (also in `housing_allowance`), monthly.
        pensioners_housing_allowance => "pensioners_housing_allowance",
        /// Income of the pensioners' housing allowance, annual.
        pensioners_housing_allowance_income => "pensioners_housing_allowance_income",
        /// Deductible of the pensioners' housing allowance, annual.
        pensioners_housing_allowance_deductible => "pensioners_housing_allowance_deductible",
    }
}

/// Sums that are outputs without being fields.
const SUM_OUTPUTS: &[Output] = &[
    Output {
        name: "taxes_and_contributions",
        read: |b| b.totals.taxes.add(b.totals.employee_contributions),
    },
    Output {
        name: "annual.taxes_and_contributions",
        read: |b| b.annual.taxes.add(b.annual.employee_contributions),
    },
];

/// A named output of a [`Breakdown`] (the golden cases' `expect` keys).
#[derive(Clone, Copy, Debug)]
pub struct Output {
    /// The name, e.g. `"annual.state_tax"`.
    pub name: &'static str,
    /// Reads it from a breakdown.
    pub read: fn(&Breakdown) -> Cents,
}

/// Every named output except the per-adult `unemployment_daily[i]` (see [`Breakdown::output`]).
pub fn outputs() -> impl Iterator<Item = &'static Output> {
    TOTALS_OUTPUTS
        .iter()
        .chain(ANNUAL_OUTPUTS)
        .chain(INTERMEDIATE_OUTPUTS)
        .chain(SUM_OUTPUTS)
}

/// The per-adult output: `unemployment_daily[0]` is the first adult's benefit per payable day.
pub const PER_ADULT_DAILY_OUTPUT: &str = "unemployment_daily[i]";

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
    /// Per-adult unemployment benefit per payable day after adjustment (month / days per month,
    /// rounded).
    pub unemployment_daily: Vec<Cents>,
}

impl Breakdown {
    /// A named output in cents (see [`outputs`] and [`PER_ADULT_DAILY_OUTPUT`]); `None` for an
    /// unknown name.
    pub fn output(&self, name: &str) -> Option<Cents> {
        if let Some(rest) = name.strip_prefix("unemployment_daily[") {
            let idx: usize = rest.strip_suffix(']')?.parse().ok()?;
            return self.unemployment_daily.get(idx).copied();
        }
        outputs().find(|o| o.name == name).map(|o| (o.read)(self))
    }
}

/// Compute the household's month under the rules of its date (built-in data). The input checks
/// itself first (a [`crate::scenario::Scenario`] validates), and its own error type carries every
/// problem.
pub fn compute<I: Input + ?Sized>(input: &I) -> Result<Breakdown, I::Error> {
    compute_in(dataset::builtin(), input)
}

/// Compute with a modified parameter set (tests of official examples with old parameters, and
/// "what if" tools). `params` replaces the period's parameters; the period is still chosen by date.
pub fn compute_with<I: Input + ?Sized>(input: &I, params: &Params) -> Result<Breakdown, I::Error> {
    let s = input.situation()?;
    let period = period_for(s.rules_date)?;
    Ok(finish(
        &s,
        period,
        household::breakdown(&s, period, params)?,
    ))
}

/// Compute with a rule data set: the built-in one or one loaded with [`dataset::load_dirs`]
/// (a test's synthetic later year).
pub fn compute_in<I: Input + ?Sized>(data: &RuleData, input: &I) -> Result<Breakdown, I::Error> {
    let s = input.situation()?;
    let period = period_in(data, s.rules_date)?;
    Ok(finish(
        &s,
        period,
        household::breakdown(&s, period, period.params)?,
    ))
}

/// Add what the data itself has to say about the result: rules after the last checked day, and
/// municipal tables taken from an earlier year.
fn finish(s: &Situation, period: &RulePeriod, mut b: Breakdown) -> Breakdown {
    if s.rules_date > period.known_until {
        b.flags.push(Flag::RulesAfterLastKnownDate {
            year: s.rules_date.y,
            known_until: period.known_until,
        });
    }
    if let Some(m) = period.municipality(s.municipality) {
        for (table, used) in m.tables_from_other_years(period.tax_year) {
            b.flags.push(Flag::MunicipalTableFromEarlierYear {
                table,
                year: period.tax_year,
                used,
            });
        }
    }
    b
}

#[cfg(test)]
mod tests {
    use super::situation::{Adult, Household};
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
        assert!(u
            .iter()
            .any(|x| x.period == "2026-05"
                && x.parameter.path == "tyottomyysturva.parents_income_limit"));
        assert!(!u.iter().any(|x| x.parameter.path == "verotus.yle_rate"));
        assert!(u
            .iter()
            .any(|x| x.parameter.path == "toimeentulotuki.water_per_person"));
        assert!(u.iter().all(|x| !x.docs.unconfirmed.is_empty()));
        assert!(assumptions().iter().any(|a| a.unconfirmed));
    }

    /// The list from the parameter table is the one the per-period texts mark, period by period
    /// and in data order (the texts exist in native builds only).
    #[cfg(not(target_arch = "wasm32"))]
    #[test]
    fn unconfirmed_match_the_period_texts() {
        let u = unconfirmed_parameters();
        for period in periods() {
            let from_texts: Vec<&str> = parameters(period)
                .iter()
                .filter(|i| i.unconfirmed)
                .map(|i| i.path)
                .collect();
            let listed: Vec<&str> = u
                .iter()
                .filter(|x| x.period == period.id)
                .map(|x| x.parameter.path)
                .collect();
            assert_eq!(listed, from_texts, "{}", period.id);
        }
    }

    /// Every `.rs` file under `dir`: its code before the `#[cfg(test)]` module, comments left out.
    fn code_outside_tests(dir: &str) -> Vec<(String, String)> {
        let mut out = Vec::new();
        let mut todo = vec![std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(dir)];
        while let Some(d) = todo.pop() {
            for e in std::fs::read_dir(&d).expect("dir").flatten() {
                let path = e.path();
                if path.is_dir() {
                    todo.push(path);
                } else if path.extension().is_some_and(|x| x == "rs") {
                    let text = std::fs::read_to_string(&path).expect("read");
                    let before_tests = text.split("#[cfg(test)]").next().unwrap_or("");
                    let code: String = before_tests
                        .lines()
                        .filter(|l| !l.trim_start().starts_with("//"))
                        .collect::<Vec<_>>()
                        .join("\n");
                    out.push((path.display().to_string(), code));
                }
            }
        }
        out
    }

    #[test]
    fn dependencies_run_one_way() {
        // The rules never use the scenario format (nor the UI); the units use nothing of the crate.
        // `params.rs` is rewritten on the rules-data branch; it must import `crate::units::Date`.
        for (file, code) in code_outside_tests("src/rules") {
            if file.ends_with("rules/params.rs") {
                continue;
            }
            for banned in [
                "crate::scenario",
                "crate::ui",
                "crate::storage",
                "yew",
                "web_sys",
            ] {
                assert!(!code.contains(banned), "{file} uses {banned}");
            }
        }
        for (file, code) in code_outside_tests("src/units") {
            assert!(!code.contains("crate::"), "{file} depends on the crate");
        }
    }

    #[test]
    fn the_engine_cites_the_law_and_the_projects_pages() {
        // A citation must point inside the repository or to the law, never to an outside file.
        // (`params.rs`, `municipalities.rs`, `sources.rs`, `assumptions.rs` are the rules-data
        // branch's; it removes their citations.)
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let theirs = [
            "params.rs",
            "municipalities.rs",
            "sources.rs",
            "assumptions.rs",
        ];
        let mut files: Vec<(String, String)> = Vec::new();
        for dir in ["src/rules", "src/units"] {
            let mut todo = vec![root.join(dir)];
            while let Some(d) = todo.pop() {
                for e in std::fs::read_dir(&d).expect("dir").flatten() {
                    let path = e.path();
                    let name = path.file_name().map(|n| n.to_string_lossy().to_string());
                    if path.is_dir() {
                        todo.push(path);
                    } else if !name
                        .is_some_and(|n| dir == "src/rules" && theirs.contains(&n.as_str()))
                    {
                        let text = std::fs::read_to_string(&path).expect("read");
                        files.push((path.display().to_string(), text));
                    }
                }
            }
        }
        for f in [
            "benches/engine.rs",
            "tests/golden.rs",
            "tests/properties.rs",
            "docs/ENGINE.md",
            "docs/ARCHITECTURE.md",
        ] {
            let text = std::fs::read_to_string(root.join(f)).expect("read");
            files.push((f.to_string(), text));
        }
        for (file, text) in files {
            // (spelt in two parts so that this test does not find itself)
            for outside in [concat!("RULES", ".md"), concat!("shared", "/")] {
                assert!(!text.contains(outside), "{file} cites {outside}");
            }
        }
    }

    #[test]
    fn an_engine_fault_is_not_a_user_mistake() {
        let household = Household {
            adults: vec![Adult {
                age: 30,
                ..Default::default()
            }],
            children: Vec::new(),
        };
        let situation = Situation {
            rules_date: Date::parse("2026-06-01").expect("date"),
            municipality: "000",
            household: &household,
            housing: Default::default(),
            assets: Cents::ZERO,
            lives_with_parents: false,
        };
        let fault = compute(&situation).expect_err("no such municipality");
        assert_eq!(
            fault,
            EngineError::MunicipalityNotFound { code: "000".into() }
        );
        let as_scenario_error = crate::scenario::ScenarioErrors::from(fault);
        assert_eq!(
            as_scenario_error.0[0].problem,
            crate::scenario::Problem::Engine(EngineError::MunicipalityNotFound {
                code: "000".into()
            })
        );
        let early = Situation {
            rules_date: Date::parse("2000-01-01").expect("date"),
            ..situation
        };
        assert!(matches!(
            compute(&early),
            Err(EngineError::DateOutOfRange { first, last })
                if first == periods()[0].starts && last == periods()[periods().len() - 1].ends
        ));
    }

    #[test]
    fn outputs_are_declared_once() {
        let names: Vec<&str> = outputs().map(|o| o.name).collect();
        for (i, n) in names.iter().enumerate() {
            assert!(!names[..i].contains(n), "output {n} declared twice");
        }
        assert!(names.contains(&"annual.taxes_and_contributions"));
        assert!(names.contains(&"social_assistance_disregard"));
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

    #[test]
    fn the_statics_read_directly_are_the_built_in_data() {
        let data = dataset::builtin();
        assert!(std::ptr::eq(periods(), data.periods));
        assert!(std::ptr::eq(municipalities::all(), data.municipalities));
        assert_eq!(
            (first_date(), last_known_date()),
            (data.first_date, data.known_until)
        );
        let before = Date {
            y: first_date().y - 1,
            m: 12,
            d: 31,
        };
        let mut day = before;
        while day <= last_known_date().next_day() {
            assert_eq!(
                builtin_period(day).map(|p| p.id),
                data.period_for(day).map(|p| p.id),
                "{day:?}"
            );
            day = day.next_day();
        }
    }
}
