//! Words for the month view: month names, components, agencies and tasks, as message keys.
//! Plain Rust (no browser calls), used by the components and the meeting summary.

use crate::i18n::{k, tr, tr_args, Key, Lang};
use crate::rules::maksuajankohdat::{Agency, Component, Task, Todo};
use crate::units::Date;

/// The texts of the month view's differences from the real payments, in the order of
/// [`crate::rules::maksuajankohdat::DIFFERENCES`] (`month.difference.<id>`; a test checks it).
pub const DIFFERENCE_TEXTS: [Key; 4] = [
    k::MONTH_DIFFERENCE_WEEKDAYS,
    k::MONTH_DIFFERENCE_WITHHOLDING,
    k::MONTH_DIFFERENCE_PAYMENT_DATES,
    k::MONTH_DIFFERENCE_DECISIONS_LAG,
];

/// The texts of the month view's assumptions, in the order of
/// [`crate::rules::maksuajankohdat::ASSUMPTIONS`] (`month.assumption.<id>`; a test checks it).
pub const ASSUMPTION_TEXTS: [Key; 12] = [
    k::MONTH_ASSUMPTION_CALENDAR_MONTHS,
    k::MONTH_ASSUMPTION_PROCESSING_RANGES,
    k::MONTH_ASSUMPTION_WITHHOLDING,
    k::MONTH_ASSUMPTION_SOCIAL_ASSISTANCE_APPLIED,
    k::MONTH_ASSUMPTION_HOUSING_REVIEW_APPLIED,
    k::MONTH_ASSUMPTION_PARTIAL_MONTH_CALENDAR_DAYS,
    k::MONTH_ASSUMPTION_WAITING_PERIOD,
    k::MONTH_ASSUMPTION_BANK_HOLIDAYS,
    k::MONTH_ASSUMPTION_FUND_PROCESSING,
    k::MONTH_ASSUMPTION_FOUR_WEEK_DIVISOR,
    k::MONTH_ASSUMPTION_HOUSING_END_AND_BACKDATING,
    k::MONTH_ASSUMPTION_HOUSING_INCOME_CONTINUING,
];

const MONTHS: [Key; 12] = [
    k::MONTH_NAME_1,
    k::MONTH_NAME_2,
    k::MONTH_NAME_3,
    k::MONTH_NAME_4,
    k::MONTH_NAME_5,
    k::MONTH_NAME_6,
    k::MONTH_NAME_7,
    k::MONTH_NAME_8,
    k::MONTH_NAME_9,
    k::MONTH_NAME_10,
    k::MONTH_NAME_11,
    k::MONTH_NAME_12,
];

/// "July 2026".
pub fn month_name(lang: Lang, d: Date) -> String {
    tr_args(
        lang,
        k::MONTH_MONTH_YEAR,
        &[
            ("month", tr(lang, MONTHS[usize::from(d.m.clamp(1, 12)) - 1])),
            ("year", &d.y.to_string()),
        ],
    )
}

/// A date as written in Finland without the year (`31.7.`).
pub fn short_date(d: Date) -> String {
    format!("{}.{}.", d.d, d.m)
}

/// The component's name.
pub fn component(lang: Lang, c: Component) -> &'static str {
    tr(
        lang,
        match c {
            Component::Wage => k::MONTH_COMPONENT_WAGE,
            Component::UnemploymentBenefit => k::MONTH_COMPONENT_BENEFIT,
            Component::HousingAllowance => k::MONTH_COMPONENT_HOUSING,
            Component::SocialAssistance => k::MONTH_COMPONENT_SOCIAL,
            Component::ChildBenefit => k::MONTH_COMPONENT_CHILD,
            Component::ExpenseCompensation => k::MONTH_COMPONENT_EXPENSE,
        },
    )
}

/// To whom.
pub fn agency(lang: Lang, a: Agency) -> &'static str {
    tr(
        lang,
        match a {
            Agency::Kela => k::MONTH_AGENCY_KELA,
            Agency::UnemploymentFund => k::MONTH_AGENCY_FUND,
            Agency::EmploymentServices => k::MONTH_AGENCY_EMPLOYMENT,
            Agency::WellbeingServicesCounty => k::MONTH_AGENCY_WELLBEING,
            Agency::Employer => k::MONTH_AGENCY_EMPLOYER,
            Agency::TaxAdministration => k::MONTH_AGENCY_TAX,
        },
    )
}

/// What to do, and what happens if it is not done.
pub fn task(lang: Lang, t: Task) -> (&'static str, &'static str) {
    let (what, if_not) = match t {
        Task::ClaimStubAndEndOfUnemployment => (k::MONTH_TASK_STUB, k::MONTH_TASK_STUB_IF_NOT),
        Task::ReportFullTimeWork => (k::MONTH_TASK_FULL_TIME, k::MONTH_TASK_FULL_TIME_IF_NOT),
        Task::ReportHoursInEveryClaim => (k::MONTH_TASK_HOURS, k::MONTH_TASK_HOURS_IF_NOT),
        Task::KeepJobSearchValid => (k::MONTH_TASK_JOB_SEARCH, k::MONTH_TASK_JOB_SEARCH_IF_NOT),
        Task::HousingAllowanceReview => (k::MONTH_TASK_HOUSING, k::MONTH_TASK_HOUSING_IF_NOT),
        Task::SocialAssistanceChange => (k::MONTH_TASK_SOCIAL, k::MONTH_TASK_SOCIAL_IF_NOT),
        Task::TaxCardToEmployer => (k::MONTH_TASK_TAX_CARD, k::MONTH_TASK_TAX_CARD_IF_NOT),
        Task::CheckTaxCardLimit => (k::MONTH_TASK_TAX_LIMIT, k::MONTH_TASK_TAX_LIMIT_IF_NOT),
        Task::RegisterAsJobseeker => (k::MONTH_TASK_REGISTER, k::MONTH_TASK_REGISTER_IF_NOT),
        Task::ApplyForBenefit => (k::MONTH_TASK_APPLY, k::MONTH_TASK_APPLY_IF_NOT),
        Task::ApplySocialAssistance => (
            k::MONTH_TASK_APPLY_SOCIAL,
            k::MONTH_TASK_APPLY_SOCIAL_IF_NOT,
        ),
        Task::ReportParticipationDays => (k::MONTH_TASK_DAYS, k::MONTH_TASK_DAYS_IF_NOT),
        Task::ReportGigInClaim => (k::MONTH_TASK_GIG, k::MONTH_TASK_GIG_IF_NOT),
        Task::ApplyHousingAllowance => (
            k::MONTH_TASK_APPLY_HOUSING,
            k::MONTH_TASK_APPLY_HOUSING_IF_NOT,
        ),
        Task::HousingAllowanceAnnualReview => (
            k::MONTH_TASK_HOUSING_YEARLY,
            k::MONTH_TASK_HOUSING_YEARLY_IF_NOT,
        ),
    };
    (tr(lang, what), tr(lang, if_not))
}

/// "By 15.6.2026" or "In every claim, afterwards".
pub fn by_when(lang: Lang, t: &Todo) -> String {
    match t.by {
        Some(d) => tr_args(
            lang,
            k::MONTH_BY,
            &[("date", &crate::ui::scenario::results_view::date_text(d))],
        ),
        None if t.task == Task::HousingAllowanceAnnualReview => {
            tr(lang, k::MONTH_BY_YEARLY).to_string()
        }
        None => tr(lang, k::MONTH_EACH_CLAIM).to_string(),
    }
}

/// The official page of a task (the address of its source).
pub fn source_url(id: &str) -> Option<&'static str> {
    crate::rules::sources()
        .iter()
        .find(|s| s.id == id)
        .map(|s| s.url)
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn the_differences_and_assumptions_have_their_texts_in_order() {
        use crate::rules::maksuajankohdat::{ASSUMPTIONS, DIFFERENCES};
        let names = |keys: &[Key]| {
            keys.iter()
                .map(|key| key.name().to_string())
                .collect::<Vec<_>>()
        };
        let expected = |prefix: &str, ids: &[&str]| {
            ids.iter()
                .map(|id| format!("{prefix}{id}"))
                .collect::<Vec<_>>()
        };
        assert_eq!(
            names(&DIFFERENCE_TEXTS),
            expected("month.difference.", &DIFFERENCES)
        );
        assert_eq!(
            names(&ASSUMPTION_TEXTS),
            expected("month.assumption.", &ASSUMPTIONS)
        );
    }
}
