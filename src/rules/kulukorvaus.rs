//! Kulukorvaus / toimintaraha for rehabilitative work activity (laki kuntouttavasta
//! työtoiminnasta 189/2001; työttömyysturvalaki 1290/2002 10 luku; docs/rules/kulukorvaus.md).
//! Tax-free; not
//! income in housing allowance or social assistance.

use super::money::Cents;
use super::params::Kulukorvaus;
use super::{Because, ExpensePaidAs, Reason};

/// One person's expense compensation for the month, with its reason.
pub fn for_person(
    days_per_week: u8,
    gets_unemployment_benefit: bool,
    household_gets_social_assistance: bool,
    p: &Kulukorvaus,
) -> Because {
    let paid_as = paid_as(gets_unemployment_benefit, household_gets_social_assistance);
    let amount = if paid_as == ExpensePaidAs::NotPaid {
        Cents::ZERO
    } else {
        monthly_amount(days_per_week, p)
    };
    Because {
        amount,
        reason: Reason::ExpenseCompensation {
            days_per_week,
            daily: p.daily_amount.value,
            paid_as,
            source: p.daily_amount.source,
        },
    }
}

/// Monthly amount for `days_per_week` days: `daily amount × min(days, max days per week) × weeks
/// per month` (docs/rules/conventions.md).
/// Source: SISU `YPitok`; THL (`thl-kuntouttava-toimeentuloturva`), Kela (`kela-kulukorvaus`).
pub fn monthly_amount(days_per_week: u8, p: &Kulukorvaus) -> Cents {
    let days = (days_per_week as u32).min(p.max_days_per_week.value);
    p.daily_amount
        .value
        .times(days as i64)
        .mul_rate(p.weeks_per_month.value)
}

/// How it is paid: as kulukorvaus when the person gets an unemployment benefit (even adjusted), as
/// toimintaraha when the household gets social assistance; otherwise not at all (THL, `thl-kuntouttava-toimeentuloturva`;
/// docs/rules/kulukorvaus.md).
pub fn paid_as(
    gets_unemployment_benefit: bool,
    household_gets_social_assistance: bool,
) -> ExpensePaidAs {
    if gets_unemployment_benefit {
        ExpensePaidAs::Kulukorvaus
    } else if household_gets_social_assistance {
        ExpensePaidAs::Toimintaraha
    } else {
        ExpensePaidAs::NotPaid
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::params::PERIODS;

    #[test]
    fn typical_month() {
        let p = &PERIODS[0].params.kulukorvaus;
        assert_eq!(monthly_amount(4, p), Cents(15_480));
        assert_eq!(monthly_amount(5, p), Cents(19_350));
        assert_eq!(monthly_amount(7, p), Cents(19_350));
    }
}
