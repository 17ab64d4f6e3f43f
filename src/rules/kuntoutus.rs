//! Kuntoutusraha: Kela's rehabilitation allowance (laki Kansaneläkelaitoksen kuntoutusetuuksista
//! ja kuntoutusrahaetuuksista 566/2005) and the earnings-related pension provider's rehabilitation
//! allowance (TyEL 395/2006); docs/rules/kuntoutus.md.
//!
//! Why here and not in [`super::sairausvakuutus`]: the rehabilitation allowance has its own law and
//! its own variants. The ordinary allowance is computed like the sickness allowance (same income,
//! brackets and minimum); vocational rehabilitation pays a higher share of the income; the young
//! person's allowance is the minimum; the osakuntoutusraha is half. The pension provider's
//! allowance is an amount in its decision, halved when the earnings exceed half of the stabilised
//! earnings and not paid above them \[UNCONFIRMED\].

use super::money::{Cents, Exact};
use super::params::{Kuntoutus, Sairausvakuutus};
use super::sairausvakuutus::{self, AllowanceBasis, FullDaily};
use super::situation::WorkAbility;

/// Kela's full daily rehabilitation allowance for `status` from the decision or the annual wages
/// (vocational rehabilitation: `vocational_rate × Y / 300`, at least the minimum; young person's:
/// the minimum unless the decision says more). `None` for a status that is not a Kela allowance,
/// or when neither the decision nor the wages are known for an income-based one.
pub fn kela_full_daily(
    status: WorkAbility,
    decision: Option<Cents>,
    annual_wages: Option<Cents>,
    k: &Kuntoutus,
    s: &Sairausvakuutus,
) -> Option<FullDaily> {
    let minimum = FullDaily {
        exact: Exact::from(k.minimum_daily.value),
        daily: k.minimum_daily.value,
        insured_income: Cents::ZERO,
        basis: AllowanceBasis::YoungPersonsMinimum,
    };
    match status {
        WorkAbility::RehabilitationAllowance | WorkAbility::PartialRehabilitationAllowance => {
            sairausvakuutus::full_daily(decision, annual_wages, s)
        }
        WorkAbility::VocationalRehabilitationAllowance => match (decision, annual_wages) {
            (Some(_), _) | (None, None) => sairausvakuutus::full_daily(decision, None, s),
            (None, Some(w)) => Some(vocational(sairausvakuutus::insured_income(w, s), k, s)),
        },
        WorkAbility::YoungPersonsRehabilitationAllowance => match decision {
            Some(_) => sairausvakuutus::full_daily(decision, None, s),
            None => Some(minimum),
        },
        _ => None,
    }
}

/// Vocational rehabilitation: `vocational_rate × Y / 300`, at least the minimum (Kela, `kela-kuntoutusraha-maara`).
pub fn vocational(y: Cents, k: &Kuntoutus, s: &Sairausvakuutus) -> FullDaily {
    let days = i128::from(s.working_days_per_year.value.max(1));
    let share = y.mul_rate_exact(k.vocational_rate.value).mul_div(1, days);
    let minimum = Exact::from(k.minimum_daily.value);
    let (exact, basis) = if share.round_cents() <= k.minimum_daily.value {
        (minimum, AllowanceBasis::Minimum)
    } else {
        (share, AllowanceBasis::Vocational)
    };
    FullDaily {
        exact,
        daily: exact.round_cents(),
        insured_income: y,
        basis,
    }
}

/// How the pension provider's allowance reacts to the month's earnings.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EarningsTest {
    /// Earnings at most half of the stabilised earnings (or not known): paid as decided.
    Full,
    /// Earnings above half of the stabilised earnings: half is paid (osakuntoutusraha).
    Halved,
    /// Earnings above the stabilised earnings: not paid \[UNCONFIRMED\].
    NotPaid,
}

/// The pension provider's rehabilitation allowance for a month with `wage` (Työeläke.fi; Varma,
/// Ilmarinen): the decided amount, halved above `earnings_related_partial_limit` × the stabilised
/// earnings, nothing above `earnings_related_stop_limit` × them.
pub fn earnings_related(
    decided: Cents,
    stabilised: Option<Cents>,
    wage: Cents,
    k: &Kuntoutus,
) -> (Cents, EarningsTest) {
    let Some(base) = stabilised.filter(|b| b.is_positive()) else {
        return (decided, EarningsTest::Full);
    };
    let wage = Exact::from(wage);
    if wage > base.mul_rate_exact(k.earnings_related_stop_limit.value) {
        (Cents::ZERO, EarningsTest::NotPaid)
    } else if wage > base.mul_rate_exact(k.earnings_related_partial_limit.value) {
        (
            decided.mul_rate_exact(k.partial_share.value).round_cents(),
            EarningsTest::Halved,
        )
    } else {
        (decided, EarningsTest::Full)
    }
}

/// Whether `age` is within the ages of the status's allowance.
pub fn within_ages(status: WorkAbility, age: u8, k: &Kuntoutus, s: &Sairausvakuutus) -> bool {
    let age = u32::from(age);
    match status {
        WorkAbility::YoungPersonsRehabilitationAllowance => {
            (k.young_age_min.value..=k.young_age_max.value).contains(&age)
        }
        _ => (k.age_min.value..=s.age_max.value).contains(&age),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::params::PERIODS;

    #[test]
    fn vocational_and_minimum_amounts() {
        let (k, s) = (
            &PERIODS[0].params.kuntoutus,
            &PERIODS[0].params.sairausvakuutus,
        );
        // 24 000 € → Y 21 940.80 → 0.75 × Y / 300 = 54.852 → 54.85 €/day
        let v = kela_full_daily(
            WorkAbility::VocationalRehabilitationAllowance,
            None,
            Some(Cents::euros(24_000)),
            k,
            s,
        )
        .expect("computed");
        assert_eq!(v.daily, Cents(5485));
        assert_eq!(sairausvakuutus::per_month(v.daily, s), Cents(137_125));
        // Kela: "vähintään 31,99 euroa päivässä eli noin 800 euroa kuukaudessa"
        let young = kela_full_daily(
            WorkAbility::YoungPersonsRehabilitationAllowance,
            None,
            None,
            k,
            s,
        )
        .expect("minimum");
        assert_eq!(sairausvakuutus::per_month(young.daily, s), Cents(79_975));
    }

    #[test]
    fn pension_provider_allowance_reacts_to_earnings() {
        let k = &PERIODS[0].params.kuntoutus;
        let decided = Cents::euros(2000);
        let base = Some(Cents::euros(3000));
        assert_eq!(
            earnings_related(decided, base, Cents::euros(1500), k),
            (decided, EarningsTest::Full)
        );
        assert_eq!(
            earnings_related(decided, base, Cents::euros(1501), k),
            (Cents::euros(1000), EarningsTest::Halved)
        );
        assert_eq!(
            earnings_related(decided, base, Cents::euros(3001), k),
            (Cents::ZERO, EarningsTest::NotPaid)
        );
        assert_eq!(
            earnings_related(decided, None, Cents::euros(3001), k),
            (decided, EarningsTest::Full)
        );
    }
}
