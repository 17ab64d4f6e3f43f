//! The sickness allowance's reference period (Kela, "daily allowances for parents / annual income",
//! W2 of the work-ability specification): incapacity from 14.4.2024 → income of 1.3.2023–29.2.2024
//! (a leap year), and Kela's rehabilitation example: from May 2024 → 1.4.2023–31.3.2024.

use askel::rules::sairausvakuutus::reference_period;
use askel::rules::Date;

fn d(text: &str) -> Date {
    Date::parse(text).expect("date")
}

#[test]
fn kela_reference_periods() {
    assert_eq!(
        reference_period(d("2024-04-14")),
        (d("2023-03-01"), d("2024-02-29"))
    );
    assert_eq!(
        reference_period(d("2024-05-02")),
        (d("2023-04-01"), d("2024-03-31"))
    );
    assert_eq!(
        reference_period(d("2025-01-31")),
        (d("2023-12-01"), d("2024-11-30"))
    );
}
