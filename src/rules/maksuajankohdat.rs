//! Maksuajankohdat — when the money actually arrives after a change (docs/rules/maksuajankohdat.md).
//!
//! Why: the steady view answers "how much in a settled month". People deciding whether to take a
//! job fear something else: the month in which the benefit has stopped and the first salary has
//! not come yet. This module turns a household and one change (a job starts, more hours, a job
//! ends, a one-off gig, rehabilitative work activity starts) into a ledger of payments — each with
//! its earliest, typical and latest date, the period it pays for and the reason — and sums the
//! ledger by calendar month: the month before the change (baseline) and six months from the
//! month of the change.
//!
//! No amount rule is copied here. The amounts come from the steady engine ([`super::compute`]:
//! housing allowance, child benefit, tax rates) and from the law modules' own functions
//! ([`super::tyottomyysturva::monthly`] for each claim period, [`super::toimeentulotuki`] for each
//! calendar month). What this module adds is *when*: pay rhythms, claim periods and their
//! weekdays, processing ranges, the housing-allowance review month, the month in which social
//! assistance counts a payment, and the list of what to report to whom. The four differences from
//! the steady view ([`DIFFERENCES`]) are stated next to the table.
//!
//! Boundary: pure; dates come in as data (no clock); never imports web crates or the scenario.

use super::household;
use super::kalenteri as cal;
use super::params::{Maksuajankohdat, Params, Tyottomyysturva};
use super::situation::{Adult, BenefitKind, Hours, Input, Situation, Wage};
use super::{toimeentulotuki, tyottomyysturva, Breakdown, Cents, Date, EngineError, Exact, Rate};

/// How often and on which day a wage is paid (docs/rules/maksuajankohdat.md; työsopimuslaki 55/2001 2 luku).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PayRhythm {
    /// Once a month on the last banking day of the month worked.
    EndOfMonth,
    /// Once a month on the mid-month payday of the next month, for the previous month's work.
    MidNextMonth,
    /// On the mid-month payday (for days 1–15) and on the last banking day (for the rest).
    TwiceAMonth,
}

impl PayRhythm {
    /// Every rhythm, in the order the user is offered them.
    pub const ALL: [PayRhythm; 3] = [
        PayRhythm::EndOfMonth,
        PayRhythm::MidNextMonth,
        PayRhythm::TwiceAMonth,
    ];
    /// The name in the scenario format.
    pub fn as_str(self) -> &'static str {
        match self {
            PayRhythm::EndOfMonth => "end_of_month",
            PayRhythm::MidNextMonth => "15th_next_month",
            PayRhythm::TwiceAMonth => "twice_a_month",
        }
    }
    /// The rhythm with this name.
    pub fn parse(s: &str) -> Option<PayRhythm> {
        PayRhythm::ALL.into_iter().find(|r| r.as_str() == s)
    }
    /// The usual rhythm for a wage: monthly salary at the end of the month, hourly pay on the
    /// 15th of the next month (docs/rules/maksuajankohdat.md).
    pub fn default_for(wage: &Wage) -> PayRhythm {
        match wage {
            Wage::Monthly(_) => PayRhythm::EndOfMonth,
            Wage::Hourly { .. } => PayRhythm::MidNextMonth,
        }
    }
}

/// The change whose months are shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Change {
    /// A job starts on the event date (it replaces the adult's current wage).
    JobStarts {
        /// The new wage.
        wage: Wage,
        /// Pay rhythm.
        rhythm: PayRhythm,
        /// Full-time work lasting more than two weeks (ends the unemployment benefit).
        full_time: bool,
        /// The first, partial month is paid only with the next regular salary.
        first_pay_with_next: bool,
    },
    /// The adult's wage changes to `wage` from the event date (more hours).
    MoreHours {
        /// The new wage.
        wage: Wage,
        /// Pay rhythm.
        rhythm: PayRhythm,
    },
    /// The adult's job ends: the event date is the last day of employment.
    JobEnds {
        /// Holiday compensation paid with the final pay.
        holiday_compensation: Cents,
        /// Pay rhythm of the job.
        rhythm: PayRhythm,
        /// The job was full-time and lasted more than two weeks (holiday compensation is
        /// periodised; a waiting period follows).
        full_time: bool,
    },
    /// One-off paid work (at most two weeks), paid on `pay_date`.
    Gig {
        /// Gross pay.
        gross: Cents,
        /// The payday.
        pay_date: Date,
        /// Hours worked (hundredths).
        hours: Hours,
    },
    /// Rehabilitative work activity starts on the event date.
    RehabilitativeWork {
        /// Participation days per week.
        days_per_week: u8,
    },
}

/// How the unemployment-benefit claim periods are cut (docs/rules/maksuajankohdat.md).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum ClaimPeriods {
    /// Calendar months (the default; Kela or the fund sets this for a monthly salary).
    #[default]
    CalendarMonths,
    /// Four calendar weeks (28 days), anchored on the last day of one of them (Kela's reporting
    /// cycle of a fully unemployed person; set for pay every two weeks).
    FourWeeks {
        /// The last day of one four-week period (the current one).
        ends: Date,
    },
}

impl ClaimPeriods {
    /// Days in a four-week period.
    pub const FOUR_WEEKS: i64 = 28;

    /// The claim periods that cover `[first, last]`, in date order: calendar months, or 28-day
    /// periods stepped from the anchor.
    pub fn covering(self, first: Date, last: Date) -> Vec<(Date, Date)> {
        let mut out = Vec::new();
        match self {
            ClaimPeriods::CalendarMonths => {
                let mut m = cal::month_start(first);
                while m <= last {
                    out.push((m, cal::month_end(m)));
                    m = cal::add_months(m, 1);
                }
            }
            ClaimPeriods::FourWeeks { ends } => {
                let n = Self::FOUR_WEEKS;
                let anchor_start = cal::add_days(ends, 1 - n);
                // Whole periods back from the anchor to the one containing `first`.
                let back = cal::days_between(first, anchor_start).max(0);
                let mut start = cal::add_days(anchor_start, -((back + n - 1) / n) * n);
                // An anchor before `first`: step forward to the period containing it.
                let ahead = cal::days_between(start, first).max(0) / n;
                start = cal::add_days(start, ahead * n);
                while start <= last {
                    out.push((start, cal::add_days(start, n - 1)));
                    start = cal::add_days(start, n);
                }
            }
        }
        out
    }

    /// The number of days a period's wage is divided by to make it a daily amount: 21.5 for a
    /// calendar month (`days_per_month`), `four_week_divisor` (20) for four weeks.
    fn divisor(self, p: &Params) -> Rate {
        match self {
            ClaimPeriods::CalendarMonths => p.tyottomyysturva.days_per_month.value,
            ClaimPeriods::FourWeeks { .. } => p.maksuajankohdat.four_week_divisor.value,
        }
    }
}

/// One change of one adult on a date.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Event {
    /// What changes.
    pub change: Change,
    /// The date of the change (the first working day; for a job that ends, its last day).
    pub date: Date,
    /// Which adult (index in the household).
    pub adult: u8,
    /// How the adult's claim periods are cut.
    pub periods: ClaimPeriods,
}

/// What a payment is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Component {
    /// Net wage.
    Wage,
    /// Unemployment benefit (after withholding).
    UnemploymentBenefit,
    /// General housing allowance.
    HousingAllowance,
    /// Basic social assistance.
    SocialAssistance,
    /// Child benefit.
    ChildBenefit,
    /// Expense compensation (kulukorvaus) or toimintaraha.
    ExpenseCompensation,
}

impl Component {
    /// Every component, in the order of the month table.
    pub const ALL: [Component; 6] = [
        Component::Wage,
        Component::UnemploymentBenefit,
        Component::HousingAllowance,
        Component::SocialAssistance,
        Component::ChildBenefit,
        Component::ExpenseCompensation,
    ];
    /// The golden-case output name (`month[YYYY-MM].<name>`).
    pub fn output(self) -> &'static str {
        match self {
            Component::Wage => "wages_net",
            Component::UnemploymentBenefit => "unemployment_benefit",
            Component::HousingAllowance => "housing_allowance",
            Component::SocialAssistance => "social_assistance",
            Component::ChildBenefit => "child_benefit",
            Component::ExpenseCompensation => "expense_compensation",
        }
    }
}

/// Why a payment has its date and amount.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Why {
    /// A wage on its payday (moved to the previous banking day).
    Payday {
        /// The pay rhythm.
        rhythm: PayRhythm,
        /// Holiday compensation included (final pay).
        holiday_compensation: Cents,
        /// Taken from this pay for debts (wage garnishment, included in `withheld`).
        garnished: Cents,
    },
    /// A one-off gig on its payday.
    GigPay,
    /// An unemployment-benefit claim period, claimed after it ends.
    Claim {
        /// Payable weekdays of the period.
        payable_days: u32,
        /// Weekdays of the period.
        weekdays: u32,
        /// Gross wages paid in the period that adjust the benefit.
        wages: Cents,
        /// More hours than 80 % of full time behind those wages: nothing for the period.
        hours_over_limit: bool,
        /// How the claim is processed (decides the date range).
        processing: Processing,
        /// Weekdays without benefit because holiday compensation was periodised.
        periodised_days: u32,
        /// Weekdays of the waiting period in this period.
        waiting_days: u32,
        /// The ansiopäiväraha steps down during (or at the start of) this period.
        step_down: Option<StepDown>,
    },
    /// Housing allowance for the month, on the first banking day.
    HousingMonth {
        /// Paid at the amount of the new decision (after the review).
        reviewed: bool,
    },
    /// Social assistance for the calendar month, on the first banking day (applied in time).
    SocialAssistanceMonth {
        /// Net income counted for the month (after the earned-income disregard).
        net_income: Cents,
    },
    /// Child benefit on its payday.
    ChildBenefitDay,
    /// Expense compensation for the participation days, paid with the benefit.
    WithBenefit {
        /// Participation days in the period.
        days: u32,
    },
}

/// The ansiopäiväraha step-down taking effect in a claim period (docs/rules/maksuajankohdat.md).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct StepDown {
    /// The first payable day at the lower amount.
    pub from: Date,
    /// The share of the original daily amount paid from that day.
    pub share: Rate,
    /// The paid days (full-day equivalents) after which it applies.
    pub after_days: u32,
}

/// Who pays the unemployment benefit (decides the processing ranges).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Payer {
    /// Kela (yleistuki, työmarkkinatuki, peruspäiväraha).
    Kela,
    /// An unemployment fund (ansiopäiväraha).
    Fund,
}

/// How a claim is processed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Processing {
    /// A continued claim without wages.
    Unchanged,
    /// A continued claim with wages (adjusted; waits for the income register).
    Adjusted,
    /// The first application after a job ended.
    First,
}

/// One payment into the account.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Payment {
    /// What it is.
    pub component: Component,
    /// Whose it is (`None`: the household's).
    pub person: Option<u8>,
    /// The earliest date it can arrive.
    pub earliest: Date,
    /// The date it usually arrives (the month table uses this).
    pub typical: Date,
    /// The latest date it usually arrives (not the statutory maximum).
    pub latest: Date,
    /// Before withholding.
    pub gross: Cents,
    /// Withheld tax (and employee contributions and any garnishment for wages).
    pub withheld: Cents,
    /// Paid into the account.
    pub net: Cents,
    /// The first day of the period it pays for.
    pub from: Date,
    /// The last day of the period it pays for.
    pub to: Date,
    /// Why this date and amount.
    pub why: Why,
}

/// One calendar month of the cash view.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Month {
    /// The first day of the month.
    pub start: Date,
    /// The month before the change (baseline).
    pub baseline: bool,
    /// Net paid in, per component ([`Component::ALL`] order).
    pub by_component: [Cents; 6],
    /// Everything paid in.
    pub total: Cents,
    /// Taken from the month's wages for debts (already out of the wages and the total).
    pub garnished: Cents,
    /// The steady month of the situation in force (disposable income).
    pub steady: Cents,
    /// Social assistance counts less income for this month than the basic expenses, and no
    /// social assistance is modelled: what it could pay if applied for in time.
    pub shortfall: Option<Cents>,
    /// No wage and no unemployment benefit is available for this month.
    pub gap: bool,
    /// The last wage or unemployment-benefit payment before the month (for the plain sentence).
    pub last_before: Option<Date>,
    /// The first wage or unemployment-benefit payment from the month on.
    pub next_from: Option<Date>,
}

impl Month {
    /// The net sum of one component.
    pub fn component(&self, c: Component) -> Cents {
        self.by_component[Component::ALL.iter().position(|x| *x == c).unwrap_or(0)]
    }
    /// A named output (`wages_net`, …, `total`).
    pub fn output(&self, name: &str) -> Option<Cents> {
        if name == "total" {
            return Some(self.total);
        }
        Component::ALL
            .iter()
            .find(|c| c.output() == name)
            .map(|c| self.component(*c))
    }
}

/// To whom a task goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Agency {
    /// Kela.
    Kela,
    /// The unemployment fund.
    UnemploymentFund,
    /// The employment services (Työmarkkinatori, the municipality's employment area).
    EmploymentServices,
    /// The wellbeing services county (rehabilitative work activity).
    WellbeingServicesCounty,
    /// The employer.
    Employer,
    /// Verohallinto (OmaVero).
    TaxAdministration,
}

/// What to report.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Task {
    /// Claim the stub period and report the end of unemployment (full-time job).
    ClaimStubAndEndOfUnemployment,
    /// Tell the employment services about full-time work.
    ReportFullTimeWork,
    /// Report days and hours worked in every claim, with the pay rhythm.
    ReportHoursInEveryClaim,
    /// Keep the job search valid as agreed in the plan.
    KeepJobSearchValid,
    /// Apply for a housing-allowance review (start date, wage, contract).
    HousingAllowanceReview,
    /// Tell Kela about the change in the social-assistance application.
    SocialAssistanceChange,
    /// Give the employer the tax card and the bank account.
    TaxCardToEmployer,
    /// Order a new tax card if the income limit will be exceeded.
    CheckTaxCardLimit,
    /// Register as an unemployed jobseeker.
    RegisterAsJobseeker,
    /// Apply for the unemployment benefit.
    ApplyForBenefit,
    /// Apply for social assistance for a month with too little money.
    ApplySocialAssistance,
    /// Report participation days in each claim.
    ReportParticipationDays,
    /// Report the gig's days and hours in that period's claim.
    ReportGigInClaim,
    /// Apply for housing allowance (a new application: granted from the 1st of a month, at most
    /// one month back).
    ApplyHousingAllowance,
    /// The annual review of housing allowance; an unreported change is recovered.
    HousingAllowanceAnnualReview,
}

/// One item of the reporting checklist.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Todo {
    /// To whom.
    pub agency: Agency,
    /// What.
    pub task: Task,
    /// By when (`None`: in every claim, afterwards).
    pub by: Option<Date>,
    /// The official page (a source id of `params/sources.toml`).
    pub source: &'static str,
}

/// The four differences from the steady view, by id (texts in i18n `month.difference.<id>`).
pub const DIFFERENCES: [&str; 4] = ["weekdays", "withholding", "payment_dates", "decisions_lag"];

/// The assumptions of the month view, by id (texts in i18n `month.assumption.<id>`), listed next
/// to the table and on the About page.
pub const ASSUMPTIONS: [&str; 12] = [
    "calendar_months",
    "processing_ranges",
    "withholding",
    "social_assistance_applied",
    "housing_review_applied",
    "partial_month_calendar_days",
    "waiting_period",
    "bank_holidays",
    "fund_processing",
    "four_week_divisor",
    "housing_end_and_backdating",
    "housing_income_continuing",
];

/// The month-by-month result.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MonthView {
    /// Every payment, by typical date.
    pub payments: Vec<Payment>,
    /// The baseline month and the six months from the change.
    pub months: Vec<Month>,
    /// What to report to whom.
    pub checklist: Vec<Todo>,
    /// The month from which housing allowance follows the new income (`None`: no review).
    pub housing_review_from: Option<Date>,
    /// The review ends the housing allowance from this month (the new income is too high).
    pub housing_ends_from: Option<Date>,
    /// A new housing-allowance application can be granted from this month (none before).
    pub housing_new_from: Option<Date>,
    /// The withholding rate on wages (assumed tax card + employee contributions).
    pub wage_withholding: Rate,
    /// The withholding rate on unemployment benefits.
    pub benefit_withholding: Rate,
}

impl MonthView {
    /// A golden-case output `month[YYYY-MM].<name>`.
    pub fn output(&self, name: &str) -> Option<Cents> {
        let rest = name.strip_prefix("month[")?;
        let (ym, field) = rest.split_once("].")?;
        let m = self
            .months
            .iter()
            .find(|m| format!("{:04}-{:02}", m.start.y, m.start.m) == ym)?;
        m.output(field)
    }
}

/// Months shown after the baseline.
pub const MONTHS_AFTER: i32 = 6;

/// The month by month view of `before` changing into `after` by `event` (`None`: no change; the
/// months of the current situation from its rules date). `after` is the same household with the
/// change applied (the steady situation after the change), computed at the event date.
pub fn month_by_month<I: Input + ?Sized>(
    before: &I,
    after: &I,
    event: Option<&Event>,
) -> Result<MonthView, I::Error> {
    let s0 = before.situation()?;
    let s1 = after.situation()?;
    let b0 = super::compute(&s0)?;
    let b1 = super::compute(&s1)?;
    Ok(build(&s0, &s1, &b0, &b1, event)?)
}

/// Everything the steps share.
struct Ctx<'a> {
    s0: &'a Situation<'a>,
    s1: &'a Situation<'a>,
    b0: &'a Breakdown,
    b1: &'a Breakdown,
    event: Option<&'a Event>,
    /// First day of the month of the change.
    change_month: Date,
    wage_withholding: Rate,
    /// Withholding on Kela's unemployment benefits (at least its minimum, or the tax card's rate).
    kela_withholding: Rate,
    /// Withholding on a fund's ansiopäiväraha (at least the funds' minimum, or the tax card's rate).
    fund_withholding: Rate,
}

fn params_on(date: Date) -> Result<&'static Params, EngineError> {
    Ok(super::period_for(date)?.params)
}

fn timing(date: Date) -> Result<&'static Maksuajankohdat, EngineError> {
    Ok(&params_on(date)?.maksuajankohdat)
}

fn ym(d: Date) -> (u16, u8) {
    (d.y, d.m)
}

fn build(
    s0: &Situation,
    s1: &Situation,
    b0: &Breakdown,
    b1: &Breakdown,
    event: Option<&Event>,
) -> Result<MonthView, EngineError> {
    let anchor = event.map_or(s0.rules_date, |e| e.date);
    let change_month = cal::month_start(anchor);
    let first = cal::add_months(change_month, -1);
    let last = cal::month_end(cal::add_months(change_month, MONTHS_AFTER - 1));
    let t = timing(anchor)?;
    let wage_withholding = wage_withholding_rate(
        if b1.totals.gross_wages.is_positive() {
            b1
        } else {
            b0
        },
        t,
    );
    let tax_card = tax_card_rate(
        if b1.totals.gross_wages.is_positive() {
            b1
        } else {
            b0
        },
        t,
    );
    let kela_withholding = Rate(t.benefit_withholding.value.0.max(tax_card.0));
    let fund_withholding = Rate(t.fund_benefit_withholding.value.0.max(tax_card.0));
    let only_funds_pay = [s0, s1].iter().all(|s| {
        s.household.adults.iter().all(|a| {
            matches!(
                a.unemployment_benefit,
                BenefitKind::None | BenefitKind::EarningsRelated
            )
        })
    }) && [s0, s1].iter().any(|s| {
        s.household
            .adults
            .iter()
            .any(|a| a.unemployment_benefit == BenefitKind::EarningsRelated)
    });
    // The rate the view states: the fund's when only a fund pays an unemployment benefit.
    let benefit_withholding = if only_funds_pay {
        fund_withholding
    } else {
        kela_withholding
    };
    let ctx = Ctx {
        s0,
        s1,
        b0,
        b1,
        event,
        change_month,
        wage_withholding,
        kela_withholding,
        fund_withholding,
    };
    let mut payments = Vec::new();
    wages(&ctx, &mut payments)?;
    unemployment_benefits(&ctx, &mut payments)?;
    child_benefit(&ctx, &mut payments)?;
    let housing = housing_allowance(&ctx, &mut payments)?;
    let housing_review_from = housing.review_from;
    let shortfalls = social_assistance(&ctx, &mut payments)?;
    payments.retain(|p| p.net.is_positive());
    // Every field that tells two payments apart is a tie-break, so the order does not depend
    // on the order the payments were made in.
    crate::sort::sort_by_key(&mut payments, |p| {
        (
            p.typical,
            Component::ALL.iter().position(|c| *c == p.component),
            p.person,
            p.from,
            p.to,
            p.gross,
        )
    });
    // Availability and the dates around a gap look at payments before the window too.
    let months = months(&ctx, &payments, &shortfalls);
    payments.retain(|p| p.typical >= first && p.typical <= last);
    let checklist = checklist(&ctx, &months, &housing)?;
    Ok(MonthView {
        payments,
        months,
        checklist,
        housing_review_from,
        housing_ends_from: housing.ends_from,
        housing_new_from: housing.new_from,
        wage_withholding,
        benefit_withholding,
    })
}

/// The assumed tax card: the steady month's taxes ÷ its taxable incomes, rounded up to the step
/// (docs/rules/maksuajankohdat.md, a convention).
fn tax_card_rate(b: &Breakdown, t: &Maksuajankohdat) -> Rate {
    let t_ = &b.totals;
    let incomes = t_
        .gross_wages
        .add(t_.unemployment_benefit)
        .add(t_.pensions_and_other_benefits);
    if !incomes.is_positive() {
        return Rate::ZERO;
    }
    let ppm = crate::units::div_round(t_.taxes.0 as i128 * 1_000_000, incomes.0 as i128) as i64;
    let step = t.wage_withholding_step.value.0.max(1);
    Rate(((ppm + step - 1) / step) * step)
}

/// Withheld from a wage: the tax card plus the employee contributions' share of the steady wage.
fn wage_withholding_rate(b: &Breakdown, t: &Maksuajankohdat) -> Rate {
    let contributions = if b.totals.gross_wages.is_positive() {
        crate::units::div_round(
            b.totals.employee_contributions.0 as i128 * 1_000_000,
            b.totals.gross_wages.0 as i128,
        ) as i64
    } else {
        // No wage in the steady month (a gig): the contribution rates of the period.
        let v = &b.period.params.verotus;
        v.tyel_rate.value.0 + v.tvm_rate.value.0
    };
    Rate(tax_card_rate(b, t).0 + contributions)
}

fn net_of(gross: Cents, rate: Rate) -> (Cents, Cents) {
    let withheld = gross.mul_rate(rate).min(gross);
    (withheld, gross.sub(withheld))
}

/// The adult the event is about, before and after.
fn adults<'a>(ctx: &Ctx<'a>) -> Option<(usize, &'a Adult, &'a Adult)> {
    let e = ctx.event?;
    let i = usize::from(e.adult);
    Some((
        i,
        ctx.s0.household.adults.get(i)?,
        ctx.s1.household.adults.get(i)?,
    ))
}

/// A wage the month-view knows about: its gross amount per calendar day share and its hours.
#[derive(Clone, Copy)]
struct Job {
    monthly: Cents,
    hours_per_week: Option<Hours>,
    /// Earned during full-time work lasting more than two weeks: not adjusted.
    full_time: bool,
    from: Option<Date>,
    until: Option<Date>,
    rhythm: PayRhythm,
}

impl Job {
    /// Gross earned and hours (hundredths) in `[from, to]`, by calendar days (docs/rules/maksuajankohdat.md).
    fn earned(&self, from: Date, to: Date) -> (Cents, i64) {
        let start = self.from.map_or(from, |f| f.max(from));
        let end = self.until.map_or(to, |u| u.min(to));
        if end < start {
            return (Cents::ZERO, 0);
        }
        let dim = i64::from(cal::days_in_month(from.y, from.m));
        let days = cal::days_between(start, end) + 1;
        let gross = Cents(crate::units::div_round(
            self.monthly.0 as i128 * days as i128,
            dim as i128,
        ) as i64);
        let hours = self.hours_per_week.map_or(0, |h| {
            crate::units::div_round(h.0 as i128 * 52 * days as i128, 12 * dim as i128) as i64
        });
        (gross, hours)
    }
}

/// The wage payments of one adult (every adult keeps the rhythm of the event, or the default).
struct WagePay {
    date: Date,
    gross: Cents,
    hours: i64,
    full_time: bool,
    from: Date,
    to: Date,
    holiday_compensation: Cents,
    rhythm: PayRhythm,
}

fn jobs_of(ctx: &Ctx, i: usize) -> Vec<Job> {
    let before = &ctx.s0.household.adults[i];
    let wage_job = |w: &Wage, from, until, rhythm, full_time| Job {
        monthly: w.monthly(),
        hours_per_week: w.hours(),
        full_time,
        from,
        until,
        rhythm,
    };
    // The job the adult already has, going on unchanged (none without a wage).
    let unchanged_job = || {
        if before.wage.monthly().is_positive() {
            vec![wage_job(
                &before.wage,
                None,
                None,
                PayRhythm::default_for(&before.wage),
                false,
            )]
        } else {
            Vec::new()
        }
    };
    let event = ctx.event.filter(|e| usize::from(e.adult) == i);
    let Some(e) = event else {
        return unchanged_job();
    };
    let day_before = cal::add_days(e.date, -1);
    match e.change {
        Change::JobStarts {
            wage,
            rhythm,
            full_time,
            ..
        } => {
            let mut v = vec![wage_job(&wage, Some(e.date), None, rhythm, full_time)];
            if before.wage.monthly().is_positive() {
                v.push(wage_job(
                    &before.wage,
                    None,
                    Some(day_before),
                    rhythm,
                    false,
                ));
            }
            v
        }
        Change::MoreHours { wage, rhythm } => vec![
            wage_job(&before.wage, None, Some(day_before), rhythm, false),
            wage_job(&wage, Some(e.date), None, rhythm, false),
        ],
        Change::JobEnds {
            rhythm, full_time, ..
        } => vec![wage_job(
            &before.wage,
            None,
            Some(e.date),
            rhythm,
            full_time,
        )],
        Change::Gig { .. } | Change::RehabilitativeWork { .. } => unchanged_job(),
    }
}

/// Every wage payment of adult `i` from two months before the window to its end.
fn wage_payments(ctx: &Ctx, i: usize) -> Result<Vec<WagePay>, EngineError> {
    let mut out = Vec::new();
    let jobs = jobs_of(ctx, i);
    let event = ctx.event.filter(|e| usize::from(e.adult) == i);
    for job in &jobs {
        for k in -3..=MONTHS_AFTER {
            let m = cal::add_months(ctx.change_month, k);
            let mid = timing(m)?.mid_month_payday.value.clamp(1, 28) as u8;
            let end = cal::month_end(m);
            let parts: Vec<(Date, Date, Date)> = match job.rhythm {
                PayRhythm::EndOfMonth => vec![(m, end, cal::last_banking_day(m))],
                PayRhythm::MidNextMonth => vec![(
                    m,
                    end,
                    cal::on_or_before_banking_day(cal::day_of_month(cal::add_months(m, 1), mid)),
                )],
                PayRhythm::TwiceAMonth => vec![
                    (
                        m,
                        cal::day_of_month(m, mid),
                        cal::on_or_before_banking_day(cal::day_of_month(m, mid)),
                    ),
                    (cal::day_of_month(m, mid + 1), end, cal::last_banking_day(m)),
                ],
            };
            for (from, to, date) in parts {
                let (gross, hours) = job.earned(from, to);
                let first_day = job.from.map_or(from, |f| f.max(from));
                if gross.is_positive() {
                    out.push(WagePay {
                        date: not_before_work(date, first_day),
                        gross,
                        hours,
                        full_time: job.full_time,
                        from: first_day,
                        to: job.until.map_or(to, |u| u.min(to)),
                        holiday_compensation: Cents::ZERO,
                        rhythm: job.rhythm,
                    });
                }
            }
        }
    }
    if let Some(e) = event {
        match e.change {
            Change::JobStarts {
                first_pay_with_next: true,
                ..
            } => {
                // The first (partial) pay of the new job moves to its next regular payday.
                let new: Vec<usize> = (0..out.len()).filter(|&j| out[j].from >= e.date).collect();
                if let (Some(&a), Some(&b)) = (new.first(), new.get(1)) {
                    let moved = out[a].gross;
                    let hours = out[a].hours;
                    out[b].gross = out[b].gross.add(moved);
                    out[b].hours += hours;
                    out[b].from = out[a].from;
                    out.remove(a);
                }
            }
            Change::JobEnds {
                holiday_compensation,
                ..
            } => {
                // Holiday compensation comes with the final pay.
                if let Some(last) = out
                    .iter_mut()
                    .filter(|p| p.to <= e.date)
                    .max_by_key(|p| p.date)
                {
                    last.gross = last.gross.add(holiday_compensation);
                    last.holiday_compensation = holiday_compensation;
                }
            }
            Change::Gig {
                gross,
                pay_date,
                hours,
            } => {
                let date = not_before_work(cal::on_or_before_banking_day(pay_date), e.date);
                out.push(WagePay {
                    date,
                    gross,
                    hours: i64::from(hours.0),
                    full_time: false,
                    from: e.date,
                    to: e.date,
                    holiday_compensation: Cents::ZERO,
                    rhythm: PayRhythm::EndOfMonth,
                });
            }
            _ => {}
        }
    }
    // Pays of one date keep a fixed order by the period they pay for.
    crate::sort::sort_by_key(&mut out, |p| (p.date, p.from, p.to, p.gross));
    Ok(out)
}

/// A payday moved back to a banking day that would come before the first day of the work it
/// pays for moves forward instead (a job starting on the last Sunday of a month).
fn not_before_work(payday: Date, first_day: Date) -> Date {
    if payday < first_day {
        cal::on_or_after_banking_day(first_day)
    } else {
        payday
    }
}

fn is_gig(ctx: &Ctx, i: usize, p: &WagePay) -> bool {
    ctx.event.is_some_and(|e| {
        usize::from(e.adult) == i
            && matches!(e.change, Change::Gig { .. })
            && p.from == e.date
            && p.to == e.date
    })
}

/// The protected amount of one pay of adult `i` whose wage is garnished: the steady month's
/// protected amount (with the dependants the steady engine counted), for a half-month pay half of
/// it (15 of 30 days) — ulosottokaari 4:48 sets it per pay period (docs/rules/ulosotto.md).
fn protected_per_pay(ctx: &Ctx, pay: &WagePay) -> Result<Cents, EngineError> {
    let steady = [ctx.b1, ctx.b0]
        .iter()
        .map(|b| b.intermediate.garnishment_protected)
        .find(|c| c.is_positive());
    let monthly = match steady {
        Some(c) => c,
        None => super::ulosotto::protected(
            ctx.s1.household.children.len() as u32,
            &params_on(pay.date)?.ulosotto,
        ),
    };
    Ok(match pay.rhythm {
        PayRhythm::TwiceAMonth if !pay.holiday_compensation.is_positive() => monthly.div_round(2),
        _ => monthly,
    })
}

/// What garnishment takes from one pay: the rule of [`super::ulosotto::by_rule`] on the pay's
/// net amount against the pay period's protected amount, never more than the net pay. Only the
/// wage is garnished here: child benefit, housing allowance and social assistance never are
/// (docs/rules/ulosotto.md).
fn garnished_from_pay(
    ctx: &Ctx,
    i: usize,
    pay: &WagePay,
    net: Cents,
) -> Result<Cents, EngineError> {
    let garnished = ctx
        .s1
        .household
        .adults
        .get(i)
        .is_some_and(|a| a.wage_garnished);
    if !garnished || !net.is_positive() {
        return Ok(Cents::ZERO);
    }
    let protected = protected_per_pay(ctx, pay)?;
    let (taken, _) = super::ulosotto::by_rule(net, protected, &params_on(pay.date)?.ulosotto);
    Ok(taken.min(net).floor0())
}

fn wages(ctx: &Ctx, out: &mut Vec<Payment>) -> Result<(), EngineError> {
    for i in 0..ctx.s0.household.adults.len() {
        for p in wage_payments(ctx, i)? {
            let (tax, after_tax) = net_of(p.gross, ctx.wage_withholding);
            let garnished = garnished_from_pay(ctx, i, &p, after_tax)?;
            let (withheld, net) = (tax.add(garnished), after_tax.sub(garnished));
            out.push(Payment {
                component: Component::Wage,
                person: Some(i as u8),
                earliest: p.date,
                typical: p.date,
                latest: p.date,
                gross: p.gross,
                withheld,
                net,
                from: p.from,
                to: p.to,
                why: if is_gig(ctx, i, &p) {
                    Why::GigPay
                } else {
                    Why::Payday {
                        rhythm: p.rhythm,
                        holiday_compensation: p.holiday_compensation,
                        garnished,
                    }
                },
            });
        }
    }
    Ok(())
}

/// Which weekdays of `[from, to]` the adult is entitled to, and why not the others.
struct Days {
    payable: u32,
    periodised: u32,
    waiting: u32,
    first_claim: bool,
    /// The claim is sent on this day (the first working day for a stub period).
    claim_on: Option<Date>,
    /// The first payable weekday of the period (after periodisation and waiting).
    first_payable: Date,
}

fn entitled_days(ctx: &Ctx, i: usize, from: Date, to: Date) -> Result<Days, EngineError> {
    let all = cal::weekdays(from, to);
    let mut d = Days {
        payable: all,
        periodised: 0,
        waiting: 0,
        first_claim: false,
        claim_on: None,
        first_payable: cal::nth_weekday_from(from, 1),
    };
    let Some(e) = ctx.event.filter(|e| usize::from(e.adult) == i) else {
        return Ok(d);
    };
    match e.change {
        Change::JobStarts {
            full_time: true, ..
        } => {
            if e.date <= from {
                d.payable = 0;
            } else if e.date <= to {
                d.payable = cal::weekdays(from, cal::add_days(e.date, -1));
                d.claim_on = Some(e.date);
            }
        }
        Change::JobEnds {
            holiday_compensation,
            full_time: true,
            ..
        } => {
            let t = timing(e.date)?;
            let before = &ctx.s0.household.adults[i];
            let days_per_month = params_on(e.date)?.tyottomyysturva.days_per_month.value;
            // Periodisation: compensation ÷ (monthly wage ÷ 21.5), rounded down (docs/rules/maksuajankohdat.md).
            let periodised =
                periodised_days(holiday_compensation, before.wage.monthly(), days_per_month);
            let first_free = cal::add_days(e.date, 1);
            // The waiting period's length is the one in force on its first day (E12).
            let first_waiting = cal::nth_weekday_from(first_free, periodised + 1);
            let waiting = waiting_period_days(first_waiting).unwrap_or(t.waiting_days.value);
            // Weekday numbers after the job: 1..=periodised, then the waiting days, then payable.
            let (mut p, mut w, mut pay) = (0, 0, 0);
            let mut x = from.max(first_free);
            while x <= to {
                if cal::is_weekday(x) {
                    let n = cal::weekdays(first_free, x);
                    if n <= periodised {
                        p += 1;
                    } else if n <= periodised + waiting {
                        w += 1;
                    } else {
                        pay += 1;
                    }
                }
                x = cal::add_days(x, 1);
            }
            d.payable = pay;
            d.periodised = p;
            d.waiting = w;
            d.first_payable = cal::nth_weekday_from(from.max(first_free), p + w + 1);
            d.first_claim = to > e.date;
            if pay == 0 {
                d.first_claim = false;
            }
        }
        _ => {}
    }
    Ok(d)
}

fn unemployment_benefits(ctx: &Ctx, out: &mut Vec<Payment>) -> Result<(), EngineError> {
    let n_children = ctx.s0.household.children.len() as u32;
    for i in 0..ctx.s0.household.adults.len() {
        let before = &ctx.s0.household.adults[i];
        let after = &ctx.s1.household.adults[i];
        let kind = if before.unemployment_benefit != BenefitKind::None {
            before.unemployment_benefit
        } else {
            after.unemployment_benefit
        };
        if kind == BenefitKind::None {
            continue;
        }
        let pays = wage_payments(ctx, i)?;
        let payer = if kind == BenefitKind::EarningsRelated {
            Payer::Fund
        } else {
            Payer::Kela
        };
        // Ansiopäiväraha paid days (full-day equivalents): the scenario's count stands for the
        // months before the change; the periods from the change on add to it (step-down timing).
        let mut paid_days = u32::from(before.ansio_paid_days.max(after.ansio_paid_days));
        let mut previous_step: Option<Rate> = None;
        let mut first_claim_done = false;
        let mut ktt_done = false;
        let periods = ctx
            .event
            .filter(|e| usize::from(e.adult) == i)
            .map_or(ClaimPeriods::CalendarMonths, |e| e.periods);
        let window = periods.covering(
            cal::add_months(ctx.change_month, -2),
            cal::month_end(cal::add_months(ctx.change_month, MONTHS_AFTER - 1)),
        );
        for (from, to) in window {
            // Periods that end before the change month are history.
            let current = to >= ctx.change_month;
            let params = params_on(from)?;
            let tp = &params.tyottomyysturva;
            let t = &params.maksuajankohdat;
            let divisor = periods.divisor(params);
            let days = entitled_days(ctx, i, from, to)?;
            let in_period: Vec<&WagePay> = pays
                .iter()
                .filter(|p| p.date >= from && p.date <= to && !p.full_time)
                .collect();
            let wages = in_period.iter().fold(Cents::ZERO, |a, p| a.add(p.gross));
            let hours: i64 = in_period.iter().map(|p| p.hours).sum();
            // 80 % test per claim period: hours behind the wages paid in it against 80 % of the
            // full-time hours × 21.5 (a month) or × 20 (four weeks) / 5 (docs/rules/maksuajankohdat.md).
            let limit_hundredths = Exact(i128::from(tp.full_time_hours_per_week.value.0) * 100)
                .mul_rate(tp.hours_limit_share.value)
                .mul_rate(divisor)
                .mul_div(1, 5)
                .0
                / 1_000_000;
            let over = i128::from(hours) * 1_000_000 > limit_hundredths * 1_000_000 && hours > 0;
            let benefit_month = |paid: u32| {
                tyottomyysturva::monthly_with(
                    kind,
                    &earnings_related(before, after, paid, params),
                    wages,
                    before
                        .earnings_related_pension_monthly
                        .add(before.other_taxable_benefit_monthly),
                    before.age,
                    n_children,
                    tp,
                )
            };
            let month = benefit_month(paid_days);
            let mut step_down = None;
            let (gross, equivalents) = if over || days.payable == 0 {
                (Cents::ZERO, 0)
            } else {
                // The step-down takes effect on the day the paid days reach the next step
                // (docs/rules/maksuajankohdat.md): the days before it at the current amount, the
                // rest at the stepped amount.
                // Periods before the change month are the history the scenario's count already
                // includes: no step is crossed in them.
                let crossing = next_step_days(paid_days, before, after, tp)
                    .filter(|_| current)
                    .and_then(|t| {
                        days_until_paid_days(paid_days, t, per_day(&month, divisor), month.daily)
                            .filter(|n| *n < days.payable)
                            .map(|n| (t, n))
                    });
                match crossing {
                    Some((t, n)) => {
                        let later = benefit_month(t);
                        let a = period_amount(&month, n, divisor);
                        let b = period_amount(&later, days.payable - n, divisor);
                        if later.step != month.step {
                            step_down = Some(StepDown {
                                from: cal::nth_weekday_from(days.first_payable, n + 1),
                                share: later.step,
                                after_days: t,
                            });
                        }
                        (
                            a.add(b),
                            paid_day_equivalents(a, month.daily)
                                + paid_day_equivalents(b, later.daily),
                        )
                    }
                    None => {
                        let a = period_amount(&month, days.payable, divisor);
                        (a, paid_day_equivalents(a, month.daily))
                    }
                }
            };
            if step_down.is_none()
                && gross.is_positive()
                && current
                && previous_step.is_some_and(|p| month.step < p)
            {
                // The counter reached the step exactly at the end of the previous period.
                step_down = Some(StepDown {
                    from: days.first_payable,
                    share: month.step,
                    after_days: paid_days,
                });
            }
            if gross.is_positive() {
                previous_step = Some(step_down.map_or(month.step, |s| s.share));
            }
            if current {
                paid_days = paid_days.saturating_add(equivalents);
            }
            let processing = if days.first_claim && !first_claim_done {
                first_claim_done = true;
                Processing::First
            } else if wages.is_positive() {
                Processing::Adjusted
            } else {
                Processing::Unchanged
            };
            let claim = days.claim_on.unwrap_or_else(|| cal::add_days(to, 1));
            let (lo, typ, hi) = match (payer, processing) {
                (Payer::Fund, Processing::Unchanged) => (
                    t.fund_claim_paid_earliest.value,
                    t.fund_claim_paid_typical.value,
                    t.fund_claim_paid_latest.value,
                ),
                (Payer::Fund, Processing::Adjusted) => (
                    t.fund_adjusted_claim_paid_earliest.value,
                    t.fund_adjusted_claim_paid_typical.value,
                    t.fund_adjusted_claim_paid_latest.value,
                ),
                (Payer::Fund, Processing::First) => (
                    t.fund_first_claim_paid_earliest.value,
                    t.fund_first_claim_paid_typical.value,
                    t.fund_first_claim_paid_latest.value,
                ),
                (Payer::Kela, processing) => match processing {
                    Processing::Unchanged => (
                        t.claim_paid_earliest.value,
                        t.claim_paid_typical.value,
                        t.claim_paid_latest.value,
                    ),
                    Processing::Adjusted => (
                        t.claim_paid_typical.value,
                        t.adjusted_claim_paid_typical.value,
                        t.adjusted_claim_paid_latest.value,
                    ),
                    Processing::First => (
                        t.first_claim_paid_earliest.value,
                        t.first_claim_paid_typical.value,
                        t.first_claim_paid_latest.value,
                    ),
                },
            };
            // An adjusted claim waits for the income register: not before the last payday + 5 days.
            let register = in_period
                .iter()
                .map(|p| cal::add_days(p.date, i64::from(t.income_register_days.value)))
                .max()
                .unwrap_or(claim)
                .max(claim);
            // A fund's manual handling is counted in calendar days, then the next banking day.
            let calendar_days = payer == Payer::Fund && processing != Processing::Unchanged;
            let after_claim = |n: u32| {
                if calendar_days {
                    cal::on_or_after_banking_day(cal::add_days(register, i64::from(n)))
                } else {
                    cal::banking_days_after(register, n)
                }
            };
            let (earliest, typical, latest) = (after_claim(lo), after_claim(typ), after_claim(hi));
            let withholding = match payer {
                Payer::Fund => ctx.fund_withholding,
                Payer::Kela => ctx.kela_withholding,
            };
            let (withheld, net) = net_of(gross, withholding);
            let why = Why::Claim {
                payable_days: days.payable,
                weekdays: cal::weekdays(from, to),
                wages,
                hours_over_limit: over,
                processing,
                periodised_days: days.periodised,
                waiting_days: days.waiting,
                step_down,
            };
            let period_to = days.claim_on.map_or(to, |c| cal::add_days(c, -1));
            out.push(Payment {
                component: Component::UnemploymentBenefit,
                person: Some(i as u8),
                earliest,
                typical,
                latest,
                gross,
                withheld,
                net,
                from,
                to: period_to,
                why,
            });
            // Kulukorvaus: participation days of the period, paid with the benefit.
            if let Some(e) = ctx.event.filter(|e| usize::from(e.adult) == i) {
                if let Change::RehabilitativeWork { days_per_week } = e.change {
                    let kp = &params.kulukorvaus;
                    let per_week = u32::from(days_per_week).min(kp.max_days_per_week.value);
                    let start = e.date.max(from);
                    let mut n = 0u32;
                    let mut x = start;
                    while x <= to {
                        if u32::from(cal::weekday(x)) <= per_week {
                            n += 1;
                        }
                        x = cal::add_days(x, 1);
                    }
                    if e.date <= to && n > 0 {
                        let amount = kp.daily_amount.value.times(i64::from(n));
                        let paid_with_benefit = gross.is_positive();
                        let day = if paid_with_benefit {
                            (earliest, typical, latest)
                        } else {
                            // Toimintaraha: once a month in arrears, on the first banking day
                            // of the month after the period [UNCONFIRMED payer and rhythm].
                            let d =
                                cal::first_banking_day(cal::add_months(cal::month_start(to), 1));
                            (d, d, d)
                        };
                        out.push(Payment {
                            component: Component::ExpenseCompensation,
                            person: Some(i as u8),
                            earliest: day.0,
                            typical: day.1,
                            latest: day.2,
                            gross: amount,
                            withheld: Cents::ZERO,
                            net: amount,
                            from: start,
                            to,
                            why: Why::WithBenefit { days: n },
                        });
                        ktt_done = true;
                    }
                }
            }
        }
        let _ = ktt_done;
    }
    Ok(())
}

/// What the ansiopäiväraha is computed from, as the steady engine reads it from the adult
/// (docs/rules/tyottomyysturva.md), with the paid days of the claim period.
fn earnings_related(
    before: &Adult,
    after: &Adult,
    paid_days: u32,
    p: &Params,
) -> tyottomyysturva::EarningsRelated {
    tyottomyysturva::EarningsRelated {
        decision_daily: before
            .earnings_related_daily
            .or(after.earnings_related_daily),
        basis_wage: before.ansio_basis_wage.or(after.ansio_basis_wage),
        paid_days: u16::try_from(paid_days).unwrap_or(u16::MAX),
        new_work_condition: before
            .ansio_new_work_condition
            .or(after.ansio_new_work_condition)
            .unwrap_or(true),
        deduction: tyottomyysturva::ansiopaivaraha_deduction(&p.tyottomyysturva, &p.verotus),
        deducted_in_full: Cents::ZERO,
    }
}

/// The next step-down threshold (paid days) above `paid_days`, if the ansiopäiväraha steps down.
fn next_step_days(
    paid_days: u32,
    before: &Adult,
    after: &Adult,
    tp: &Tyottomyysturva,
) -> Option<u32> {
    let ansio = before.unemployment_benefit == BenefitKind::EarningsRelated
        || after.unemployment_benefit == BenefitKind::EarningsRelated;
    let new_condition = before
        .ansio_new_work_condition
        .or(after.ansio_new_work_condition)
        .unwrap_or(true);
    if !ansio || !new_condition {
        return None;
    }
    [
        tp.step_down_first_days.value,
        tp.step_down_second_days.value,
    ]
    .into_iter()
    .filter(|t| *t > paid_days)
    .min()
}

/// The benefit of one payable day of a claim period, exact: the full daily amount less the
/// month's reductions (wage adjustment, means test) ÷ `divisor` (21.5 for a month, 20 for four
/// weeks).
fn per_day(m: &tyottomyysturva::BenefitMonth, divisor: Rate) -> Exact {
    Exact::from(m.daily)
        .sub(Exact::from(m.full.sub(m.amount)).mul_div(1_000_000, i128::from(divisor.0.max(1))))
        .floor0()
}

/// The benefit for `days` payable weekdays: the full daily amount × days, less the month's
/// reductions (wage adjustment, means test) × days / `divisor` (docs/rules/maksuajankohdat.md:
/// adjusted daily = daily − 0.5 × W / 21.5 for a month, / 20 for four weeks), rounded to cents.
fn period_amount(m: &tyottomyysturva::BenefitMonth, days: u32, divisor: Rate) -> Cents {
    if days == 0 {
        return Cents::ZERO;
    }
    let reductions = Exact::from(m.full.sub(m.amount))
        .mul_div(i128::from(days) * 1_000_000, i128::from(divisor.0.max(1)));
    Exact::from(m.daily.times(i64::from(days)))
        .sub(reductions)
        .floor0()
        .round_cents()
}

fn child_benefit(ctx: &Ctx, out: &mut Vec<Payment>) -> Result<(), EngineError> {
    let amount = ctx.b1.totals.child_benefit;
    if !amount.is_positive() {
        return Ok(());
    }
    for k in -1..MONTHS_AFTER {
        let m = cal::add_months(ctx.change_month, k);
        let day = timing(m)?.child_benefit_payday.value.clamp(1, 28) as u8;
        let nominal = cal::day_of_month(m, day);
        // On the 26th; if it is a Saturday, Sunday, Monday or a holiday, on the preceding
        // banking day (Kela's payment dates, docs/rules/maksuajankohdat.md).
        let date = if cal::weekday(nominal) == 1 {
            cal::on_or_before_banking_day(cal::add_days(nominal, -1))
        } else {
            cal::on_or_before_banking_day(nominal)
        };
        out.push(Payment {
            component: Component::ChildBenefit,
            person: None,
            earliest: date,
            typical: date,
            latest: date,
            gross: amount,
            withheld: Cents::ZERO,
            net: amount,
            from: m,
            to: cal::month_end(m),
            why: Why::ChildBenefitDay,
        });
    }
    Ok(())
}

/// Continuing monthly income as housing allowance compares it (gross).
fn continuing_income(b: &Breakdown) -> Cents {
    b.totals
        .gross_wages
        .add(b.totals.unemployment_benefit)
        .add(b.totals.pensions_and_other_benefits)
}

/// The housing-allowance months the change decides.
struct HousingTiming {
    /// A review applies the new amount from this month.
    review_from: Option<Date>,
    /// The review ends the allowance from this month.
    ends_from: Option<Date>,
    /// A new application can be granted from this month.
    new_from: Option<Date>,
    /// When the allowance is paid at all in the months shown.
    paid: bool,
}

/// The first month a new housing-allowance application can be granted for after an income change
/// on `changes`: the month from whose first day the new income is in effect (the allowance is
/// granted from the 1st of a month). Applied for in that month or the next one (backdating at most
/// one month, an assumption: docs/rules/maksuajankohdat.md).
pub fn new_application_month(changes: Date) -> Date {
    if changes.d == 1 {
        cal::month_start(changes)
    } else {
        cal::add_months(cal::month_start(changes), 1)
    }
}

/// Housing allowance on the first banking day of each month; from the review month at the new
/// decision's amount (ending it when the new amount is 0), or, for a household without one
/// before, from the month a new application can be granted for.
fn housing_allowance(ctx: &Ctx, out: &mut Vec<Payment>) -> Result<HousingTiming, EngineError> {
    let old = ctx.b0.totals.housing_allowance;
    let new = ctx.b1.totals.housing_allowance;
    let changes_on = |e: &Event| match e.change {
        // The income changes from the day after the last working day.
        Change::JobEnds { .. } => cal::add_days(e.date, 1),
        _ => e.date,
    };
    let new_from = match ctx.event {
        Some(e)
            if !old.is_positive()
                && new.is_positive()
                && !matches!(e.change, Change::Gig { .. }) =>
        {
            Some(new_application_month(changes_on(e)))
        }
        _ => None,
    };
    let review_from = match ctx.event {
        Some(_) if new_from.is_some() => None,
        Some(e) if !matches!(e.change, Change::Gig { .. }) => {
            let t = timing(e.date)?;
            let before = continuing_income(ctx.b0);
            let after = continuing_income(ctx.b1);
            let changes = match e.change {
                // The income changes from the day after the last working day.
                Change::JobEnds { .. } => cal::add_days(e.date, 1),
                _ => e.date,
            };
            let big = after.sub(before) >= t.housing_review_rise.value
                || before.sub(after) >= t.housing_review_fall.value;
            big.then(|| review_month(changes))
        }
        _ => None,
    };
    let mut paid = false;
    for k in -1..MONTHS_AFTER {
        let m = cal::add_months(ctx.change_month, k);
        let reviewed = review_from.or(new_from).is_some_and(|r| m >= r);
        let amount = if reviewed { new } else { old };
        if !amount.is_positive() {
            continue;
        }
        paid = true;
        let date = cal::first_banking_day(m);
        let (typical, latest) = match (review_from, ctx.event) {
            (None, Some(e)) if new_from.is_some() => {
                // A new application sent when the income changes: decided after Kela's target
                // processing time; the months up to the decision are paid then, backdated.
                let t = timing(e.date)?;
                let decided = cal::on_or_after_banking_day(cal::add_days(
                    changes_on(e),
                    i64::from(t.housing_processing_days.value),
                ));
                let backdated = cal::banking_days_after(decided, 2);
                (date.max(decided), date.max(backdated))
            }
            (Some(r), Some(e)) if r == m => {
                // The review decision: Kela's target processing time from the report (the change
                // date); a later decision is paid as a backdated sum.
                let t = timing(e.date)?;
                let decided = cal::on_or_after_banking_day(cal::add_days(
                    e.date,
                    i64::from(t.housing_processing_days.value),
                ));
                (
                    date.max(decided),
                    date.max(cal::banking_days_after(decided, 2)),
                )
            }
            _ => (date, date),
        };
        out.push(Payment {
            component: Component::HousingAllowance,
            person: None,
            earliest: date,
            typical,
            latest,
            gross: amount,
            withheld: Cents::ZERO,
            net: amount,
            from: m,
            to: cal::month_end(m),
            why: Why::HousingMonth { reviewed },
        });
    }
    let ends_from = review_from.filter(|_| old.is_positive() && !new.is_positive());
    Ok(HousingTiming {
        review_from,
        ends_from,
        new_from,
        paid,
    })
}

/// The first month of a housing-allowance review after an income change on `changes`: the 1st of
/// the month after the first month that has the new income from its 1st day (Kela, asumistuen
/// tarkistaminen: change 1.2 → 1.3, change 4.2 → 1.4).
pub fn review_month(changes: Date) -> Date {
    let m0 = if changes.d == 1 {
        cal::month_start(changes)
    } else {
        cal::add_months(changes, 1)
    };
    cal::add_months(m0, 1)
}

/// Weekdays without unemployment benefit after a full-time job ends because the holiday
/// compensation is periodised: compensation ÷ (monthly wage ÷ `days_per_month`), rounded down
/// (docs/rules/maksuajankohdat.md).
pub fn periodised_days(
    holiday_compensation: Cents,
    monthly_wage: Cents,
    days_per_month: Rate,
) -> u32 {
    if !monthly_wage.is_positive() || !holiday_compensation.is_positive() {
        return 0;
    }
    (Exact::from(holiday_compensation).mul_rate(days_per_month).0
        / (i128::from(monthly_wage.0) * 1_000_000)) as u32
}

/// The length of a waiting period (weekdays) that begins on `first_day`: the value of
/// `maksuajankohdat.waiting_days` in force on that day — 5 weekdays before 1.1.2024, 7 from it
/// (Kela 18.12.2023; example E12 of docs/rules/maksuajankohdat.md). `None` before the history.
pub fn waiting_period_days(first_day: Date) -> Option<u32> {
    let p = super::parameter("maksuajankohdat.waiting_days")?;
    p.values
        .iter()
        .rev()
        .find(|(d, _)| *d <= first_day)
        .and_then(|(_, v)| match v {
            super::dataset::ParamValue::Count(n) => Some(*n),
            _ => None,
        })
}

/// Full-day equivalents an (adjusted) ansiopäiväraha payment adds to the paid days: the amount
/// paid ÷ the full daily amount, rounded down (example E9 of docs/rules/maksuajankohdat.md:
/// 741.84 € ÷ 50 € = 14.84 → 14 days).
pub fn paid_day_equivalents(paid: Cents, full_daily: Cents) -> u32 {
    if !full_daily.is_positive() || !paid.is_positive() {
        return 0;
    }
    u32::try_from(paid.0 / full_daily.0).unwrap_or(u32::MAX)
}

/// How many payable days of a claim period are paid before the paid-days counter reaches
/// `threshold`, when it stands at `paid_so_far` and each payable day adds `per_day_amount` ÷
/// `full_daily` full-day equivalents (an adjusted day counts as its share: example E10 of
/// docs/rules/maksuajankohdat.md, a 50 % adjusted allowance reaches 40 paid days after 80 days).
/// `None` when the counter never gets there in this period (nothing is paid per day).
pub fn days_until_paid_days(
    paid_so_far: u32,
    threshold: u32,
    per_day_amount: Exact,
    full_daily: Cents,
) -> Option<u32> {
    if paid_so_far >= threshold {
        return Some(0);
    }
    if per_day_amount.0 <= 0 || !full_daily.is_positive() {
        return None;
    }
    // days × per_day ≥ (threshold − paid) × full, in exact units (1e-6 cent).
    let need = i128::from(threshold - paid_so_far) * i128::from(full_daily.0) * 1_000_000;
    let days = (need + per_day_amount.0 - 1) / per_day_amount.0;
    u32::try_from(days).ok()
}

/// The calendar month in which social assistance counts a payment: a payment on the last
/// banking day of a month counts for the next month (docs/rules/maksuajankohdat.md).
pub fn available_month(paid: Date) -> Date {
    if paid == cal::last_banking_day(paid) {
        cal::add_months(paid, 1)
    } else {
        cal::month_start(paid)
    }
}

/// Social assistance per calendar month on the net amounts available in it, paid on the first
/// banking day (when the household gets social assistance in the steady view before or after the
/// change); otherwise what it could pay, as a shortfall per month.
fn social_assistance(ctx: &Ctx, out: &mut Vec<Payment>) -> Result<Vec<(Date, Cents)>, EngineError> {
    let modelled = ctx.b0.totals.social_assistance.is_positive()
        || ctx.b1.totals.social_assistance.is_positive();
    let mut shortfalls = Vec::new();
    let existing: Vec<Payment> = out.clone();
    let n = ctx.s0.household.adults.len();
    for k in -1..MONTHS_AFTER {
        let m = cal::add_months(ctx.change_month, k);
        let s = if m >= ctx.change_month {
            ctx.s1
        } else {
            ctx.s0
        };
        let steady = if m >= ctx.change_month {
            &ctx.b1
        } else {
            &ctx.b0
        };
        let period = super::period_for(m)?;
        let prep = household::prepare(s, period, period.params)?;
        let mut earners = vec![toimeentulotuki::Earner::default(); n];
        let mut housing = Cents::ZERO;
        let mut child = Cents::ZERO;
        let mut garnished = Cents::ZERO;
        for p in existing
            .iter()
            .filter(|p| ym(available_month(p.typical)) == ym(m))
        {
            match (p.component, p.person) {
                (Component::Wage, Some(i)) => {
                    // The garnished part is not counted as income (docs/rules/ulosotto.md).
                    let taken = match p.why {
                        Why::Payday { garnished, .. } => garnished,
                        _ => Cents::ZERO,
                    };
                    garnished = garnished.add(taken);
                    let e = &mut earners[usize::from(i)];
                    e.wage = e.wage.add(p.gross);
                    e.taxes = e.taxes.add(p.withheld.sub(taken));
                }
                (Component::UnemploymentBenefit, Some(i)) => {
                    let e = &mut earners[usize::from(i)];
                    e.other_income = e.other_income.add(p.gross);
                    e.taxes = e.taxes.add(p.withheld);
                }
                (Component::HousingAllowance, _) => housing = housing.add(p.net),
                (Component::ChildBenefit, _) => child = child.add(p.net),
                _ => {}
            }
        }
        for (i, a) in s.household.adults.iter().enumerate().take(n) {
            earners[i].age = a.age;
        }
        let a = toimeentulotuki::for_household(
            &toimeentulotuki::Household {
                earners: &earners,
                basic_amounts: prep.ttt_basic,
                accepted_housing_costs: prep.ttt_housing,
                housing_allowance: housing,
                child_benefit: child,
                assets: s.assets,
                other_basic_expenses: steady.totals.day_care_fees,
                income_not_counted: garnished,
            },
            &period.params.toimeentulotuki,
        );
        if !a.amount.is_positive() {
            continue;
        }
        if modelled {
            let date = cal::first_banking_day(m);
            out.push(Payment {
                component: Component::SocialAssistance,
                person: None,
                earliest: date,
                typical: date,
                latest: date,
                gross: a.amount,
                withheld: Cents::ZERO,
                net: a.amount,
                from: m,
                to: cal::month_end(m),
                why: Why::SocialAssistanceMonth {
                    net_income: a.net_income,
                },
            });
        } else {
            shortfalls.push((m, a.amount));
        }
    }
    Ok(shortfalls)
}

fn months(ctx: &Ctx, payments: &[Payment], shortfalls: &[(Date, Cents)]) -> Vec<Month> {
    let living = |p: &&Payment| {
        matches!(
            p.component,
            Component::Wage | Component::UnemploymentBenefit
        ) && p.net.is_positive()
    };
    (-1..MONTHS_AFTER)
        .map(|k| {
            let m = cal::add_months(ctx.change_month, k);
            let mut by = [Cents::ZERO; 6];
            for p in payments.iter().filter(|p| ym(p.typical) == ym(m)) {
                let j = Component::ALL
                    .iter()
                    .position(|c| *c == p.component)
                    .unwrap_or(0);
                by[j] = by[j].add(p.net);
            }
            let total = by.iter().fold(Cents::ZERO, |a, c| a.add(*c));
            let garnished = payments
                .iter()
                .filter(|p| ym(p.typical) == ym(m))
                .map(|p| match p.why {
                    Why::Payday { garnished, .. } => garnished,
                    _ => Cents::ZERO,
                })
                .fold(Cents::ZERO, |a, c| a.add(c));
            let steady = if k < 0 { ctx.b0 } else { ctx.b1 }.totals.disposable_income;
            let available = payments
                .iter()
                .filter(living)
                .any(|p| ym(available_month(p.typical)) == ym(m));
            let last_before = payments
                .iter()
                .filter(living)
                .filter(|p| p.typical < m)
                .map(|p| p.typical)
                .max();
            let next_from = payments
                .iter()
                .filter(living)
                .filter(|p| p.typical >= m)
                .map(|p| p.typical)
                .min();
            Month {
                start: m,
                baseline: k < 0,
                by_component: by,
                total,
                garnished,
                steady,
                shortfall: shortfalls.iter().find(|(d, _)| *d == m).map(|(_, c)| *c),
                gap: !available,
                last_before,
                next_from,
            }
        })
        .collect()
}

fn benefit_payer(a: &Adult) -> Agency {
    if a.unemployment_benefit == BenefitKind::EarningsRelated {
        Agency::UnemploymentFund
    } else {
        Agency::Kela
    }
}

/// The reporting checklist of the event (docs/rules/maksuajankohdat.md).
fn checklist(
    ctx: &Ctx,
    months: &[Month],
    housing: &HousingTiming,
) -> Result<Vec<Todo>, EngineError> {
    let mut v = Vec::new();
    let Some(e) = ctx.event else {
        return Ok(v);
    };
    let Some((_, before, _)) = adults(ctx) else {
        return Ok(v);
    };
    let payer = benefit_payer(before);
    let on_benefit = before.unemployment_benefit != BenefitKind::None;
    let todo = |agency, task, by, source| Todo {
        agency,
        task,
        by,
        source,
    };
    // Work beside the benefit: report the hours in every claim, keep the job search valid.
    let part_time_work_todos = || {
        let report = on_benefit.then(|| {
            todo(
                payer,
                Task::ReportHoursInEveryClaim,
                None,
                "kela-tyottomyyden-aikana",
            )
        });
        report.into_iter().chain([todo(
            Agency::EmploymentServices,
            Task::KeepJobSearchValid,
            None,
            "tyomarkkinatori",
        )])
    };
    match e.change {
        Change::JobStarts { full_time, .. } => {
            if full_time {
                if on_benefit {
                    v.push(todo(
                        payer,
                        Task::ClaimStubAndEndOfUnemployment,
                        Some(e.date),
                        "kela-saitko-toita",
                    ));
                }
                v.push(todo(
                    Agency::EmploymentServices,
                    Task::ReportFullTimeWork,
                    Some(e.date),
                    "tyomarkkinatori",
                ));
            } else {
                v.extend(part_time_work_todos());
            }
            v.push(todo(
                Agency::Employer,
                Task::TaxCardToEmployer,
                Some(e.date),
                "vero-verokortti",
            ));
        }
        Change::MoreHours { .. } => {
            v.extend(part_time_work_todos());
            v.push(todo(
                Agency::TaxAdministration,
                Task::CheckTaxCardLimit,
                Some(e.date),
                "vero-verokortti",
            ));
        }
        Change::JobEnds { .. } => {
            let first_free = cal::add_days(e.date, 1);
            v.push(todo(
                Agency::EmploymentServices,
                Task::RegisterAsJobseeker,
                Some(first_free),
                "tyomarkkinatori",
            ));
            v.push(todo(
                payer,
                Task::ApplyForBenefit,
                Some(first_free),
                "kela-tyottomyyden-aikana",
            ));
        }
        Change::Gig { .. } => {
            if on_benefit {
                v.push(todo(
                    payer,
                    Task::ReportGigInClaim,
                    None,
                    "kela-tyottomyyden-aikana",
                ));
            }
        }
        Change::RehabilitativeWork { .. } => {
            if on_benefit {
                v.push(todo(
                    payer,
                    Task::ReportParticipationDays,
                    None,
                    "kela-kulukorvaus",
                ));
            } else {
                v.push(todo(
                    Agency::WellbeingServicesCounty,
                    Task::ReportParticipationDays,
                    None,
                    "kela-kulukorvaus",
                ));
            }
        }
    }
    if housing.review_from.is_some() {
        v.push(todo(
            Agency::Kela,
            Task::HousingAllowanceReview,
            Some(e.date),
            "kela-asumistuen-tarkistaminen",
        ));
    }
    if let Some(from) = housing.new_from {
        // Granted from the 1st of a month, at most one month back: apply by the end of the
        // month after the first month it can be paid for.
        v.push(todo(
            Agency::Kela,
            Task::ApplyHousingAllowance,
            Some(cal::month_end(cal::add_months(from, 1))),
            "kela-asumistuen-tarkistaminen",
        ));
    }
    if housing.paid {
        v.push(todo(
            Agency::Kela,
            Task::HousingAllowanceAnnualReview,
            None,
            "kela-asumistuen-tarkistaminen",
        ));
    }
    let gets_assistance = ctx.b0.totals.social_assistance.is_positive()
        || ctx.b1.totals.social_assistance.is_positive();
    if gets_assistance {
        v.push(todo(
            Agency::Kela,
            Task::SocialAssistanceChange,
            Some(e.date),
            "kela-toimeentulotuki-kasittely",
        ));
    }
    for m in months
        .iter()
        .filter(|m| !m.baseline && m.shortfall.is_some())
    {
        v.push(todo(
            Agency::Kela,
            Task::ApplySocialAssistance,
            Some(cal::month_end(m.start)),
            "kela-toimeentulotuki-kasittely",
        ));
    }
    Ok(v)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: u16, m: u8, day: u8) -> Date {
        Date::new(y, m, day).expect("date")
    }

    #[test]
    fn e6_housing_allowance_is_reviewed_from_the_month_after_the_first_full_month() {
        // example E6 of docs/rules/maksuajankohdat.md (Kela; Elämässä 2021): 1.2 → 1.3, 4.2 → 1.4, 1.4 → 1.5, 4.4 → 1.6.
        assert_eq!(review_month(d(2026, 2, 1)), d(2026, 3, 1));
        assert_eq!(review_month(d(2026, 2, 4)), d(2026, 4, 1));
        assert_eq!(review_month(d(2026, 4, 1)), d(2026, 5, 1));
        assert_eq!(review_month(d(2026, 4, 4)), d(2026, 6, 1));
    }

    #[test]
    fn a_new_housing_allowance_application_starts_on_the_first_of_a_month() {
        // docs/rules/maksuajankohdat.md: granted from the 1st of the month from whose first day
        // the new income is in effect (an income change on the 1st: that month; else the next).
        assert_eq!(new_application_month(d(2026, 6, 1)), d(2026, 6, 1));
        assert_eq!(new_application_month(d(2026, 6, 16)), d(2026, 7, 1));
        assert_eq!(new_application_month(d(2026, 12, 2)), d(2027, 1, 1));
    }

    #[test]
    fn e5_holiday_compensation_of_one_month_is_21_days() {
        // example E5 of docs/rules/maksuajankohdat.md: 3 000 / (3 000 / 21.5) = 21.5 → 21 days.
        let days = crate::rules::period_for(d(2026, 6, 1))
            .expect("period")
            .params
            .tyottomyysturva
            .days_per_month
            .value;
        assert_eq!(
            periodised_days(Cents::euros(3000), Cents::euros(3000), days),
            21
        );
        assert_eq!(periodised_days(Cents::ZERO, Cents::euros(3000), days), 0);
    }

    #[test]
    fn e8_income_not_known_in_its_month_counts_in_the_next_month() {
        // example E8 of docs/rules/maksuajankohdat.md (Kela, with the amounts of its year): perusosa
        // 491.21 + commuting 174 (other basic expenses), rent 600, net wage 900 less the earned-income
        // disregard of that year (150), housing allowance 312 → 203.21 for April. A bonus of 120 paid
        // in April but not known to the April decision is income of May → 83.21 for May.
        let basic = Cents(66_521);
        let rent = Cents::euros(600);
        let known_in_april = Cents::euros(900 - 150 + 312);
        assert_eq!(
            toimeentulotuki::toimeentulotuki(basic, rent, known_in_april, Cents::ZERO),
            Cents(20_321)
        );
        let with_the_bonus = known_in_april.add(Cents::euros(120));
        assert_eq!(
            toimeentulotuki::toimeentulotuki(basic, rent, with_the_bonus, Cents::ZERO),
            Cents(8_321)
        );
    }

    #[test]
    fn e11_kela_withholds_20_percent_of_800() {
        // example E11 of docs/rules/maksuajankohdat.md: 800 € "after taxes" is 640 €.
        let t = &crate::rules::period_for(d(2026, 6, 1))
            .expect("period")
            .params
            .maksuajankohdat;
        assert_eq!(
            net_of(Cents::euros(800), t.benefit_withholding.value),
            (Cents::euros(160), Cents::euros(640))
        );
    }

    #[test]
    fn e4_waiting_period_after_periodisation() {
        // example E4 of docs/rules/maksuajankohdat.md shape: periodisation, then 7 weekdays of waiting, then benefit.
        let from = d(2024, 7, 1);
        assert_eq!(
            crate::rules::kalenteri::nth_weekday_from(from, 7),
            d(2024, 7, 9)
        );
    }

    #[test]
    fn e9_an_adjusted_payment_adds_its_full_day_equivalents_rounded_down() {
        // example E9 of docs/rules/maksuajankohdat.md (Super): 741.84 € with a 50 € full daily
        // amount adds 741.84 / 50 = 14.84 → 14 paid days.
        assert_eq!(paid_day_equivalents(Cents(74_184), Cents::euros(50)), 14);
        assert_eq!(paid_day_equivalents(Cents::euros(50), Cents::euros(50)), 1);
        assert_eq!(paid_day_equivalents(Cents(4_999), Cents::euros(50)), 0);
        assert_eq!(paid_day_equivalents(Cents::euros(50), Cents::ZERO), 0);
    }

    #[test]
    fn e10_a_half_adjusted_allowance_steps_down_after_80_and_340_days() {
        // example E10 of docs/rules/maksuajankohdat.md (YTK): an adjusted allowance of 50 % of a
        // 100 €/day full allowance reaches the first step (40 paid days) after 80 adjusted days
        // and the second (170) after 340, with the thresholds of the data.
        let tp = &crate::rules::period_for(d(2026, 6, 1))
            .expect("period")
            .params
            .tyottomyysturva;
        let (first, second) = (
            tp.step_down_first_days.value,
            tp.step_down_second_days.value,
        );
        let half = Exact::from(Cents::euros(50));
        let full = Cents::euros(100);
        assert_eq!(days_until_paid_days(0, first, half, full), Some(2 * first));
        assert_eq!(
            days_until_paid_days(0, second, half, full),
            Some(2 * second)
        );
        assert_eq!(days_until_paid_days(0, first, half, full), Some(80));
        assert_eq!(days_until_paid_days(0, second, half, full), Some(340));
        // Fully unemployed: one paid day per payable day.
        assert_eq!(
            days_until_paid_days(30, first, Exact::from(full), full),
            Some(first - 30)
        );
        assert_eq!(days_until_paid_days(first, first, half, full), Some(0));
        assert_eq!(days_until_paid_days(0, first, Exact(0), full), None);
    }

    #[test]
    fn e12_the_waiting_period_length_follows_its_first_day() {
        // example E12 of docs/rules/maksuajankohdat.md (Aaria): a job ended 14.12.2023; registered
        // on 2.1.2024 → 7 weekdays, registered on 29.12.2023 → 5 weekdays.
        assert_eq!(waiting_period_days(d(2024, 1, 2)), Some(7));
        assert_eq!(waiting_period_days(d(2023, 12, 29)), Some(5));
        assert_eq!(waiting_period_days(d(2024, 1, 1)), Some(7));
        assert_eq!(waiting_period_days(d(2023, 12, 31)), Some(5));
        // The month view's period (2026) uses the current length.
        assert_eq!(
            waiting_period_days(d(2026, 7, 1)),
            Some(
                crate::rules::period_for(d(2026, 7, 1))
                    .expect("period")
                    .params
                    .maksuajankohdat
                    .waiting_days
                    .value
            )
        );
    }

    #[test]
    fn e2_four_week_periods_step_from_their_anchor() {
        // example E2 of docs/rules/maksuajankohdat.md in the view's dates: the claim 1.6–28.6.2026.
        for ends in [d(2026, 6, 28), d(2025, 1, 5), d(2027, 3, 14)] {
            let p = ClaimPeriods::FourWeeks { ends }.covering(d(2026, 4, 1), d(2026, 11, 30));
            assert!(p.contains(&(d(2026, 6, 1), d(2026, 6, 28))) || ends != d(2026, 6, 28));
            assert!(p[0].0 <= d(2026, 4, 1) && p[0].1 >= d(2026, 4, 1), "{p:?}");
            assert!(p.last().is_some_and(|l| l.1 >= d(2026, 11, 30)), "{p:?}");
            for w in p.windows(2) {
                assert_eq!(cal::add_days(w[0].1, 1), w[1].0);
            }
            for (from, to) in &p {
                assert_eq!(cal::days_between(*from, *to), ClaimPeriods::FOUR_WEEKS - 1);
                assert_eq!(cal::days_between(ends, *to).rem_euclid(28), 0);
            }
        }
        let months = ClaimPeriods::CalendarMonths.covering(d(2026, 4, 1), d(2026, 5, 31));
        assert_eq!(
            months,
            vec![
                (d(2026, 4, 1), d(2026, 4, 30)),
                (d(2026, 5, 1), d(2026, 5, 31))
            ]
        );
    }

    #[test]
    fn month_end_pay_counts_for_the_next_month_in_social_assistance() {
        assert_eq!(available_month(d(2026, 6, 30)), d(2026, 7, 1));
        assert_eq!(available_month(d(2026, 7, 15)), d(2026, 7, 1));
        // 31.7.2026 is a Friday, the last banking day.
        assert_eq!(available_month(d(2026, 7, 31)), d(2026, 8, 1));
    }
}
