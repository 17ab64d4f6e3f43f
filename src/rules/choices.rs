//! What a person can choose on a date, as the engine knows it: which unemployment benefits exist,
//! what a benefit chosen under an old name becomes, and how many rehabilitative work days are
//! compensated.
//!
//! Why in the engine: these answers follow from the dated parameters (yleistuki is in force when
//! the period's `tyottomyysturva.yleistuki` is true), and the UI, the presets and the validation
//! used to write them again from a date constant. Asking here means a new rule period changes
//! them with no code change.

use super::params::RulePeriod;
use super::situation::BenefitKind;
use super::{periods, Date};

/// The period in force on `date`, or the nearest one when the date is outside all of them (the
/// first before the first period, the latest after the last).
pub fn period_or_nearest(date: Date) -> Option<&'static RulePeriod> {
    let all = periods();
    all.iter()
        .find(|p| p.starts <= date && date <= p.ends)
        .or_else(|| match all.first() {
            Some(first) if date < first.starts => Some(first),
            _ => all.last(),
        })
}

/// Whether yleistuki is the unemployment benefit on `date` (it replaces työmarkkinatuki and
/// peruspäiväraha from the day the yleistuki law takes effect).
pub fn yleistuki_in_force(date: Date) -> bool {
    period_or_nearest(date).is_some_and(|p| p.params.tyottomyysturva.yleistuki.value)
}

/// The first day of the first period with yleistuki, if any period has it.
pub fn yleistuki_from() -> Option<Date> {
    periods()
        .iter()
        .find(|p| p.params.tyottomyysturva.yleistuki.value)
        .map(|p| p.starts)
}

/// The benefit kinds a person can choose on `date`.
pub fn benefit_choices(date: Date) -> &'static [BenefitKind] {
    if yleistuki_in_force(date) {
        &[
            BenefitKind::None,
            BenefitKind::Yleistuki,
            BenefitKind::EarningsRelated,
        ]
    } else {
        &[
            BenefitKind::None,
            BenefitKind::LabourMarketSubsidy,
            BenefitKind::BasicDailyAllowance,
            BenefitKind::EarningsRelated,
        ]
    }
}

/// The same benefit under the name it has on `date`: työmarkkinatuki and peruspäiväraha become
/// yleistuki once it is in force, and yleistuki before that is työmarkkinatuki.
pub fn benefit_for_date(kind: BenefitKind, date: Date) -> BenefitKind {
    let yleistuki = yleistuki_in_force(date);
    match kind {
        BenefitKind::Yleistuki if !yleistuki => BenefitKind::LabourMarketSubsidy,
        BenefitKind::LabourMarketSubsidy | BenefitKind::BasicDailyAllowance if yleistuki => {
            BenefitKind::Yleistuki
        }
        other => other,
    }
}

/// How many days per week of rehabilitative work activity are compensated on `date`
/// (`kulukorvaus.max_days_per_week`); days above it may be entered but earn nothing more.
pub fn compensated_rehabilitative_days(date: Date) -> u8 {
    period_or_nearest(date)
        .map(|p| p.params.kulukorvaus.max_days_per_week.value)
        .unwrap_or(0)
        .min(u8::MAX as u32) as u8
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn choices_follow_the_data() {
        let from = yleistuki_from().expect("a period with yleistuki");
        let before = periods()
            .iter()
            .rev()
            .find(|p| p.ends < from)
            .expect("a period before yleistuki")
            .ends;
        assert!(yleistuki_in_force(from));
        assert!(!yleistuki_in_force(before));
        assert!(benefit_choices(from).contains(&BenefitKind::Yleistuki));
        assert!(!benefit_choices(before).contains(&BenefitKind::Yleistuki));
        assert_eq!(
            benefit_for_date(BenefitKind::BasicDailyAllowance, from),
            BenefitKind::Yleistuki
        );
        assert_eq!(
            benefit_for_date(BenefitKind::Yleistuki, before),
            BenefitKind::LabourMarketSubsidy
        );
        // the scenario format's date constant agrees with the data
        assert_eq!(Some(crate::scenario::YLEISTUKI_FROM), yleistuki_from());
        // after the last period: the latest rules
        let last = periods()[periods().len() - 1].ends;
        assert_eq!(
            period_or_nearest(last.next_day()).map(|p| p.id),
            periods().last().map(|p| p.id)
        );
        assert_eq!(
            compensated_rehabilitative_days(from) as u32,
            period_or_nearest(from)
                .map(|p| p.params.kulukorvaus.max_days_per_week.value)
                .unwrap_or(0)
        );
    }
}
