//! Parameter sets, one per rule period, built from the dated data in `params/*.toml` (see
//! [`super::dataset`] and docs/RULES-UPDATE.md).
//!
//! Each value is a [`Param`]: the value and the path of the parameter it came from
//! (`tyottomyysturva.daily_amount`), through which its label and primary source are found
//! ([`super::parameter`]). The struct fields below are exactly the parameters of the data; a
//! missing or misspelt name fails the build. [`ParamInfo`] lists carry the text form, unit and
//! `unconfirmed` mark of a period's values for the UI.

use super::money::{Cents, Rate};
use crate::units::Date;

/// One parameter value with the parameter it came from.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Param<T> {
    /// The value.
    pub value: T,
    /// The parameter's path, e.g. `tyottomyysturva.daily_amount`: [`super::parameter`] gives its
    /// label and primary source.
    pub source: &'static str,
}

/// Unemployment benefits: työmarkkinatuki, peruspäiväraha, yleistuki (docs/rules/tyottomyysturva.md).
#[derive(Clone, Debug)]
#[allow(missing_docs)]
pub struct Tyottomyysturva {
    pub daily_amount: Param<Cents>,
    pub days_per_month: Param<Rate>,
    pub wage_adjustment: Param<Rate>,
    pub protected_amount: Param<Cents>,
    pub yleistuki: Param<bool>,
    pub means_test_limit: Param<Cents>,
    pub means_test_rate: Param<Rate>,
    pub means_test_limit_dependants: Param<Cents>,
    pub means_test_limit_per_child: Param<Cents>,
    pub means_test_rate_dependants: Param<Rate>,
    pub means_test_exempt_age: Param<u32>,
    pub full_time_hours_per_week: Param<Rate>,
    pub hours_limit_share: Param<Rate>,
    pub working_age_min: Param<u32>,
    pub working_age_max: Param<u32>,
    pub parents_income_limit: Param<Cents>,
    pub earnings_related_deduction_share: Param<Rate>,
    pub earnings_related_deduction_reduction: Param<Rate>,
    pub earnings_related_basic_amount: Param<Cents>,
    pub earnings_related_breakpoint_days: Param<u32>,
    pub earnings_related_rate_below: Param<Rate>,
    pub earnings_related_rate_above: Param<Rate>,
    pub earnings_related_max_share: Param<Rate>,
    pub step_down_first_days: Param<u32>,
    pub step_down_first_share: Param<Rate>,
    pub step_down_second_days: Param<u32>,
    pub step_down_second_share: Param<Rate>,
    pub earnings_related_cap_share: Param<Rate>,
    pub earnings_related_max_duration: Param<u32>,
    pub max_duration_short: Param<u32>,
    pub max_duration_short_work_history_years: Param<u32>,
    pub max_duration_long: Param<u32>,
    pub max_duration_long_age: Param<u32>,
    pub max_duration_long_work_history_years: Param<u32>,
}

/// Sickness and partial sickness allowance (docs/rules/sairausvakuutus.md).
#[derive(Clone, Debug)]
#[allow(missing_docs)]
pub struct Sairausvakuutus {
    pub minimum_daily: Param<Cents>,
    pub income_floor: Param<Cents>,
    pub breakpoint: Param<Cents>,
    pub rate_below_breakpoint: Param<Rate>,
    pub rate_above_breakpoint: Param<Rate>,
    pub working_days_per_year: Param<u32>,
    pub insurance_contribution_deduction: Param<Rate>,
    pub days_per_month: Param<Rate>,
    pub partial_share: Param<Rate>,
    pub partial_work_min_share: Param<Rate>,
    pub partial_work_max_share: Param<Rate>,
    pub partial_max_days: Param<u32>,
    pub max_days: Param<u32>,
    pub age_min: Param<u32>,
    pub age_max: Param<u32>,
}

/// Rehabilitation allowances (docs/rules/kuntoutus.md).
#[derive(Clone, Debug)]
#[allow(missing_docs)]
pub struct Kuntoutus {
    pub vocational_rate: Param<Rate>,
    pub minimum_daily: Param<Cents>,
    pub partial_share: Param<Rate>,
    pub earnings_related_partial_limit: Param<Rate>,
    pub earnings_related_stop_limit: Param<Rate>,
    pub age_min: Param<u32>,
    pub young_age_min: Param<u32>,
    pub young_age_max: Param<u32>,
    pub maintenance_compensation_daily: Param<Cents>,
}

/// Expense compensation for rehabilitative work activity (docs/rules/kulukorvaus.md).
#[derive(Clone, Debug)]
#[allow(missing_docs)]
pub struct Kulukorvaus {
    pub daily_amount: Param<Cents>,
    pub max_days_per_week: Param<u32>,
    pub weeks_per_month: Param<Rate>,
}

/// Payment dates and processing ranges of the month-by-month view
/// (docs/rules/maksuajankohdat.md). Day counts are banking days unless the label says otherwise.
#[derive(Clone, Debug)]
#[allow(missing_docs)]
pub struct Maksuajankohdat {
    pub claim_paid_earliest: Param<u32>,
    pub claim_paid_typical: Param<u32>,
    pub claim_paid_latest: Param<u32>,
    pub adjusted_claim_paid_typical: Param<u32>,
    pub adjusted_claim_paid_latest: Param<u32>,
    pub first_claim_paid_earliest: Param<u32>,
    pub first_claim_paid_typical: Param<u32>,
    pub first_claim_paid_latest: Param<u32>,
    pub decision_max_days: Param<u32>,
    pub income_register_days: Param<u32>,
    pub waiting_days: Param<u32>,
    pub short_full_time_job_days: Param<u32>,
    pub benefit_withholding: Param<Rate>,
    pub fund_benefit_withholding: Param<Rate>,
    pub wage_withholding_step: Param<Rate>,
    pub housing_review_rise: Param<Cents>,
    pub housing_review_fall: Param<Cents>,
    pub housing_processing_days: Param<u32>,
    pub child_benefit_payday: Param<u32>,
    pub mid_month_payday: Param<u32>,
    pub social_assistance_decision_days: Param<u32>,
    pub social_assistance_late_days: Param<u32>,
    pub fund_claim_paid_earliest: Param<u32>,
    pub fund_claim_paid_typical: Param<u32>,
    pub fund_claim_paid_latest: Param<u32>,
    pub fund_adjusted_claim_paid_earliest: Param<u32>,
    pub fund_adjusted_claim_paid_typical: Param<u32>,
    pub fund_adjusted_claim_paid_latest: Param<u32>,
    pub fund_first_claim_paid_earliest: Param<u32>,
    pub fund_first_claim_paid_typical: Param<u32>,
    pub fund_first_claim_paid_latest: Param<u32>,
    pub four_week_divisor: Param<Rate>,
}

/// General housing allowance (docs/rules/asumistuki.md).
#[derive(Clone, Debug)]
#[allow(missing_docs)]
pub struct Asumistuki {
    pub share: Param<Rate>,
    pub deductible_coefficient: Param<Rate>,
    pub basic_deductible_base: Param<Cents>,
    pub basic_deductible_per_adult: Param<Cents>,
    pub basic_deductible_per_child: Param<Cents>,
    pub min_deductible: Param<Cents>,
    pub min_payable: Param<Cents>,
    pub asset_limit_one_adult: Param<Cents>,
    pub asset_limit_two_adults: Param<Cents>,
    pub asset_income_rate: Param<Rate>,
    pub asset_max: Param<Cents>,
    pub water_norm_per_person: Param<Cents>,
    pub heating_norm_first: Param<Cents>,
    pub heating_norm_per_extra: Param<Cents>,
    pub heating_increase_east: Param<Rate>,
    pub heating_increase_north: Param<Rate>,
    pub max_costs_group1: Param<&'static [Cents]>,
    pub max_costs_group2: Param<&'static [Cents]>,
    pub max_costs_group3: Param<&'static [Cents]>,
}

/// Basic social assistance (docs/rules/toimeentulotuki.md).
#[derive(Clone, Debug)]
#[allow(missing_docs)]
pub struct Toimeentulotuki {
    pub alone: Param<Cents>,
    pub sharing_adult: Param<Cents>,
    pub single_parent: Param<Cents>,
    pub with_parents: Param<Cents>,
    pub child_10_17: Param<&'static [Cents]>,
    pub child_under_10: Param<&'static [Cents]>,
    pub earned_income_disregard_adult: Param<Cents>,
    pub earned_income_disregard_minor: Param<Cents>,
    pub water_per_person: Param<Cents>,
}

/// Child benefit (docs/rules/lapsilisa.md).
#[derive(Clone, Debug)]
#[allow(missing_docs)]
pub struct Lapsilisa {
    pub amounts: Param<&'static [Cents]>,
    pub under_3_increase: Param<Cents>,
    pub single_parent_increase: Param<Cents>,
    pub age_limit: Param<u32>,
}

/// Income taxation and employee contributions, annual amounts (docs/rules/verotus.md).
#[derive(Clone, Debug)]
#[allow(missing_docs)]
pub struct Verotus {
    pub work_expense_deduction: Param<Cents>,
    pub tyel_rate: Param<Rate>,
    pub tyel_rate_senior: Param<Rate>,
    pub tyel_senior_min_age: Param<u32>,
    pub tyel_senior_max_age: Param<u32>,
    pub tyel_min_age: Param<u32>,
    pub tyel_max_age: Param<u32>,
    pub tvm_rate: Param<Rate>,
    pub tvm_min_age: Param<u32>,
    pub tvm_max_age: Param<u32>,
    pub daily_allowance_rate: Param<Rate>,
    pub daily_allowance_threshold: Param<Cents>,
    pub daily_allowance_min_age: Param<u32>,
    pub daily_allowance_max_age: Param<u32>,
    pub health_care_rate: Param<Rate>,
    pub health_care_benefit_surcharge: Param<Rate>,
    pub basic_deduction_max: Param<Cents>,
    pub basic_deduction_rate: Param<Rate>,
    pub pension_deduction_full: Param<Cents>,
    pub pension_deduction_rate1: Param<Rate>,
    pub pension_deduction_limit: Param<Cents>,
    pub pension_deduction_rate2: Param<Rate>,
    pub state_tax_lower: Param<&'static [Cents]>,
    pub state_tax_base: Param<&'static [Cents]>,
    pub state_tax_rate: Param<&'static [Rate]>,
    pub earned_income_credit_rate: Param<Rate>,
    pub earned_income_credit_max: Param<Cents>,
    pub earned_income_credit_per_child: Param<Cents>,
    pub earned_income_credit_age_increase: Param<Cents>,
    pub earned_income_credit_increase_age: Param<u32>,
    pub earned_income_credit_phase1_start: Param<Cents>,
    pub earned_income_credit_phase1_end: Param<Cents>,
    pub earned_income_credit_phase1_rate: Param<Rate>,
    pub earned_income_credit_phase2_start: Param<Cents>,
    pub earned_income_credit_phase2_rate: Param<Rate>,
    pub yle_rate: Param<Rate>,
    pub yle_threshold: Param<Cents>,
    pub yle_max: Param<Cents>,
    pub yle_min_age: Param<u32>,
    pub yle_min_levied: Param<Cents>,
    pub pension_surtax_rate: Param<Rate>,
    pub pension_surtax_limit: Param<Cents>,
}

/// The municipal day-care fee (docs/rules/varhaiskasvatusmaksu.md).
#[derive(Clone, Debug)]
#[allow(missing_docs)]
pub struct Varhaiskasvatusmaksu {
    pub fee_rate: Param<Rate>,
    pub income_limits: Param<&'static [Cents]>,
    pub smallest_family_in_table: Param<u32>,
    pub income_limit_per_further_child: Param<Cents>,
    pub max_fee: Param<Cents>,
    pub second_child_share: Param<Rate>,
    pub further_child_share: Param<Rate>,
    pub min_fee: Param<Cents>,
    pub part_time_hours_max: Param<Rate>,
    pub part_time_share: Param<Rate>,
    pub full_time_hours_min: Param<Rate>,
    pub between_share: Param<Rate>,
    pub holiday_pay_addition: Param<Rate>,
    pub fee_rounding: Param<Cents>,
}

/// Garnishment of wages (docs/rules/ulosotto.md).
#[derive(Clone, Debug)]
#[allow(missing_docs)]
pub struct Ulosotto {
    pub protected_per_day: Param<Cents>,
    pub protected_per_dependant_per_day: Param<Cents>,
    pub days_per_month: Param<Rate>,
    pub low_band_multiple: Param<u32>,
    pub low_band_share_numerator: Param<u32>,
    pub low_band_share_denominator: Param<u32>,
    pub middle_band_multiple: Param<u32>,
    pub middle_band_denominator: Param<u32>,
    pub top_band_share: Param<Rate>,
    pub top_band_cap_share: Param<Rate>,
    pub free_months_income_limit_band: Param<u32>,
}

/// Earnings limits of an earnings-related (työeläke) disability pension (docs/rules/tyoelake.md).
#[derive(Clone, Debug)]
#[allow(missing_docs)]
pub struct Tyoelake {
    pub full_limit_share: Param<Rate>,
    pub partial_limit_share: Param<Rate>,
    pub minimum_limit: Param<Cents>,
    pub partial_share: Param<Rate>,
}

/// Kela's disability pension and the guarantee pension (docs/rules/kansanelake.md).
#[derive(Clone, Debug)]
#[allow(missing_docs)]
pub struct Kansanelake {
    pub full_single: Param<Cents>,
    pub full_couple: Param<Cents>,
    pub income_limit: Param<Cents>,
    pub reduction_rate: Param<Rate>,
    pub min_payable: Param<Cents>,
    pub guarantee_full: Param<Cents>,
    pub earnings_limit: Param<Cents>,
}

/// Housing allowance for pensioners (docs/rules/elakkeensaajan_asumistuki.md).
#[derive(Clone, Debug)]
#[allow(missing_docs)]
pub struct ElakkeensaajanAsumistuki {
    pub share: Param<Rate>,
    pub basic_deductible: Param<Cents>,
    pub extra_deductible_rate: Param<Rate>,
    pub income_limit_single: Param<Cents>,
    pub income_limit_spouse_not_entitled: Param<Cents>,
    pub income_limit_spouses_entitled: Param<Cents>,
    pub asset_rate: Param<Rate>,
    pub asset_limit_single: Param<Cents>,
    pub asset_limit_spouses: Param<Cents>,
    pub min_payable: Param<Cents>,
    pub max_costs: Param<&'static [Cents]>,
}

/// A complete parameter set of one rule period.
#[derive(Clone, Debug)]
pub struct Params {
    /// Test-only override of every municipality's municipal tax rate (e.g. the average rate used
    /// by derived tax-table cases); `None` in every set built from the data. Set with the override
    /// path `municipal_tax_pct` (percent).
    pub municipal_tax_override: Option<Rate>,
    /// Unemployment benefits.
    pub tyottomyysturva: Tyottomyysturva,
    /// Expense compensation.
    pub kulukorvaus: Kulukorvaus,
    /// General housing allowance.
    pub asumistuki: Asumistuki,
    /// Basic social assistance.
    pub toimeentulotuki: Toimeentulotuki,
    /// Child benefit.
    pub lapsilisa: Lapsilisa,
    /// Taxes and employee contributions.
    pub verotus: Verotus,
    /// The municipal day-care fee.
    pub varhaiskasvatusmaksu: Varhaiskasvatusmaksu,
    /// Garnishment of wages.
    pub ulosotto: Ulosotto,
    /// When wages and benefits are paid (the month-by-month view).
    pub maksuajankohdat: Maksuajankohdat,
    /// Sickness and partial sickness allowance.
    pub sairausvakuutus: Sairausvakuutus,
    /// Rehabilitation allowances.
    pub kuntoutus: Kuntoutus,
    /// Earnings limits of the työeläke disability pensions.
    pub tyoelake: Tyoelake,
    /// Kela's disability pension and the guarantee pension.
    pub kansanelake: Kansanelake,
    /// Housing allowance for pensioners.
    pub elakkeensaajan_asumistuki: ElakkeensaajanAsumistuki,
}

/// One parameter as text, for the "About the rules" page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ParamInfo {
    /// `law.name`, e.g. `tyottomyysturva.daily_amount`.
    pub path: &'static str,
    /// The value as written in the file (tables joined with ` / `).
    pub value: &'static str,
    /// Unit (`EUR/month`, `share`, …).
    pub unit: &'static str,
    /// Primary source: document id and section, e.g. `tuloverolaki § 125`.
    pub source: &'static str,
    /// Not confirmed by a primary text: an assumption the "About the rules" page lists.
    pub unconfirmed: bool,
    /// Why it was assumed (empty when confirmed).
    pub note: &'static str,
}

/// A rule period: a date range with a complete parameter set. Derived from the data: a period
/// starts on the first covered day and on every day any value changes.
#[derive(Debug)]
pub struct RulePeriod {
    /// `YYYY` for a period covering a whole calendar year, otherwise `YYYY-MM` of its first day.
    pub id: &'static str,
    /// Human label, e.g. `"1.5.2026–31.12.2026"`.
    pub label: &'static str,
    /// First day.
    pub starts: Date,
    /// Last day.
    pub ends: Date,
    /// Tax year whose annual rules apply (and whose municipal tables are used).
    pub tax_year: u16,
    /// The parameters.
    pub params: &'static Params,
    /// The parameters as text (native builds only: the app does not read them, see
    /// [`super::parameters`]).
    #[cfg(not(target_arch = "wasm32"))]
    pub info: &'static [ParamInfo],
    /// The municipalities of the data set this period belongs to.
    pub municipalities: &'static [super::municipalities::Municipality],
    /// Last day the data set has been checked for; a later date computes with the last period.
    pub known_until: Date,
}

impl RulePeriod {
    /// The municipality with this 3-digit code in this period's data set.
    pub fn municipality(&self, code: &str) -> Option<&'static super::municipalities::Municipality> {
        super::municipalities::find_in(self.municipalities, code)
    }
}

/// Why a parameter override failed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ParamError {
    /// No parameter of that path.
    UnknownParameter(String),
    /// The value is not a number of the parameter's kind.
    BadValue(String),
    /// Table index out of range.
    BadIndex(String),
}

impl std::fmt::Display for ParamError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ParamError::UnknownParameter(p) => write!(f, "unknown parameter `{p}`"),
            ParamError::BadValue(v) => write!(f, "bad value `{v}`"),
            ParamError::BadIndex(p) => write!(f, "bad table index in `{p}`"),
        }
    }
}

fn split_index(path: &str) -> Result<(&str, Option<usize>), ParamError> {
    match path.split_once('[') {
        None => Ok((path, None)),
        Some((name, rest)) => {
            let idx = rest
                .strip_suffix(']')
                .and_then(|s| s.parse::<usize>().ok())
                .ok_or_else(|| ParamError::BadIndex(path.to_string()))?;
            Ok((name, Some(idx)))
        }
    }
}

fn parse_fixed(text: &str, decimals: u32) -> Result<i64, ParamError> {
    let bad = || ParamError::BadValue(text.to_string());
    let t = text.trim();
    let (neg, body) = match t.strip_prefix('-') {
        Some(b) => (true, b),
        None => (false, t),
    };
    let (int, frac) = body.split_once('.').unwrap_or((body, ""));
    if int.is_empty()
        || !int.bytes().all(|b| b.is_ascii_digit())
        || !frac.bytes().all(|b| b.is_ascii_digit())
    {
        return Err(bad());
    }
    if frac.len() > decimals as usize || int.len() > 12 {
        return Err(bad());
    }
    let mut v: i64 = int.parse().map_err(|_| bad())?;
    for _ in 0..decimals {
        v = v.checked_mul(10).ok_or_else(bad)?;
    }
    let mut f: i64 = if frac.is_empty() {
        0
    } else {
        frac.parse().map_err(|_| bad())?
    };
    for _ in frac.len()..decimals as usize {
        f *= 10;
    }
    Ok(if neg { -(v + f) } else { v + f })
}

fn parse_cents(text: &str) -> Result<Cents, ParamError> {
    parse_fixed(text, 2).map(Cents)
}
fn parse_rate(text: &str) -> Result<Rate, ParamError> {
    parse_fixed(text, 6).map(Rate)
}
fn parse_count(text: &str) -> Result<u32, ParamError> {
    text.trim()
        .parse()
        .map_err(|_| ParamError::BadValue(text.to_string()))
}
fn parse_flag(text: &str) -> Result<bool, ParamError> {
    match text.trim() {
        "true" => Ok(true),
        "false" => Ok(false),
        _ => Err(ParamError::BadValue(text.to_string())),
    }
}

/// Copy a static table with one entry replaced. The copy is leaked: overrides are meant for tests
/// and tools, a few small tables per process.
fn replace_at<T: Copy>(table: &'static [T], i: usize, v: T) -> Result<&'static [T], ParamError> {
    if i >= table.len() {
        return Err(ParamError::BadIndex(i.to_string()));
    }
    let mut t = table.to_vec();
    t[i] = v;
    Ok(Box::leak(t.into_boxed_slice()))
}

#[cfg(not(target_arch = "wasm32"))]
use super::dataset_format::Value as DataValue;

#[cfg(not(target_arch = "wasm32"))]
fn missing(path: &str) -> String {
    format!("parameter {path} has no value on this day")
}
#[cfg(not(target_arch = "wasm32"))]
fn num(v: Option<&DataValue>, path: &str) -> Result<i64, String> {
    match v {
        Some(DataValue::Num(n)) => Ok(*n),
        Some(_) => Err(format!("{path}: expected a number")),
        None => Err(missing(path)),
    }
}
#[cfg(not(target_arch = "wasm32"))]
fn table(v: Option<&DataValue>, path: &str) -> Result<Vec<i64>, String> {
    match v {
        Some(DataValue::Table(t)) => Ok(t.clone()),
        Some(_) => Err(format!("{path}: expected a table")),
        None => Err(missing(path)),
    }
}
#[cfg(not(target_arch = "wasm32"))]
fn to_cents(v: Option<&DataValue>, path: &str) -> Result<Cents, String> {
    num(v, path).map(Cents)
}
#[cfg(not(target_arch = "wasm32"))]
fn to_rate(v: Option<&DataValue>, path: &str) -> Result<Rate, String> {
    num(v, path).map(Rate)
}
#[cfg(not(target_arch = "wasm32"))]
fn to_count(v: Option<&DataValue>, path: &str) -> Result<u32, String> {
    num(v, path).and_then(|n| u32::try_from(n).map_err(|_| format!("{path}: not a count")))
}
#[cfg(not(target_arch = "wasm32"))]
fn to_flag(v: Option<&DataValue>, path: &str) -> Result<bool, String> {
    match v {
        Some(DataValue::Flag(b)) => Ok(*b),
        Some(_) => Err(format!("{path}: expected true or false")),
        None => Err(missing(path)),
    }
}
// Tables are leaked: each is built once per period when the data set is loaded.
#[cfg(not(target_arch = "wasm32"))]
fn to_cents_table(v: Option<&DataValue>, path: &str) -> Result<&'static [Cents], String> {
    let t: Vec<Cents> = table(v, path)?.into_iter().map(Cents).collect();
    Ok(Box::leak(t.into_boxed_slice()))
}
#[cfg(not(target_arch = "wasm32"))]
fn to_rate_table(v: Option<&DataValue>, path: &str) -> Result<&'static [Rate], String> {
    let t: Vec<Rate> = table(v, path)?.into_iter().map(Rate).collect();
    Ok(Box::leak(t.into_boxed_slice()))
}

include!(concat!(env!("OUT_DIR"), "/rules_builtin.rs"));

/// The built-in rule periods, in date order.
pub static PERIODS: &[RulePeriod] = BUILTIN_PERIODS;

/// The built-in municipalities, sorted by code.
pub static MUNICIPALITIES: &[super::Municipality] = BUILTIN_MUNICIPALITIES;

impl Params {
    /// A copy with overrides applied, each `(path, decimal text)`. Besides every parameter path,
    /// `municipal_tax_pct` (percent, e.g. `7.57`) replaces the municipal tax rate of every
    /// municipality.
    pub fn with_overrides(&self, overrides: &[(String, String)]) -> Result<Params, ParamError> {
        let mut p = self.clone();
        for (path, text) in overrides {
            if path == "municipal_tax_pct" {
                p.municipal_tax_override = Some(Rate(parse_fixed(text, 4)?));
            } else {
                p.set(path, text)?;
            }
        }
        Ok(p)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn periods_are_ordered_and_contiguous() {
        assert!(!PERIODS.is_empty());
        for w in PERIODS.windows(2) {
            assert_eq!(w[0].ends.next_day(), w[1].starts);
        }
    }

    #[test]
    fn overrides_parse() {
        let p = PERIODS[0]
            .params
            .with_overrides(&[
                ("asumistuki.basic_deductible_base".into(), "603".into()),
                ("asumistuki.max_costs_group2[0]".into(), "413".into()),
                ("municipal_tax_pct".into(), "7.54".into()),
            ])
            .expect("overrides");
        assert_eq!(p.asumistuki.basic_deductible_base.value, Cents(60300));
        assert_eq!(p.asumistuki.max_costs_group2.value[0], Cents(41300));
        assert_eq!(p.municipal_tax_override, Some(Rate(75_400)));
        assert!(PERIODS[0]
            .params
            .with_overrides(&[("nope".into(), "1".into())])
            .is_err());
    }
}
