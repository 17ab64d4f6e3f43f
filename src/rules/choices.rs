//! What a person can choose on a date, as the engine knows it: which unemployment benefits exist,
//! what a benefit chosen under an old name becomes, and how many rehabilitative work days are
//! compensated.
//!
//! Why in the engine: these answers follow from the dated parameters (yleistuki is in force when
//! the period's `tyottomyysturva.yleistuki` is true), and the UI, the presets and the validation
//! used to write them again from a date constant. Asking here means a new rule period changes
//! them with no code change.

use super::params::BUILTIN_CHOICES;
use super::situation::BenefitKind;
use super::Date;

/// What the questions ask of one built-in rule period, written by build/params.rs from the same
/// dated parameters as the period's [`Params`](super::Params): whether yleistuki is in force
/// (`tyottomyysturva.yleistuki`), the compensated days of rehabilitative work per week
/// (`kulukorvaus.max_days_per_week`) and the ages of the unemployment benefits
/// (`tyottomyysturva.working_age_min` / `_max`).
///
/// Why a table of its own: the scenarios page's first module asks these questions and shows no
/// result (src/ui/modules.rs). Read from the periods, every parameter of every period would come
/// with them.
#[derive(Debug, PartialEq, Eq)]
pub struct PeriodChoices {
    pub starts: Date,
    pub yleistuki: bool,
    pub rehabilitative_days_per_week: u32,
    pub working_age: (u32, u32),
}

/// The choices of the period in force on `date`, or of the nearest period when the date is
/// outside all of them (the first before the first period, the latest after the last).
fn choices_on(date: Date) -> Option<&'static PeriodChoices> {
    BUILTIN_CHOICES
        .iter()
        .rev()
        .find(|c| c.starts <= date)
        .or(BUILTIN_CHOICES.first())
}

/// Whether yleistuki is the unemployment benefit on `date` (it replaces työmarkkinatuki and
/// peruspäiväraha from the day the yleistuki law takes effect).
pub fn yleistuki_in_force(date: Date) -> bool {
    choices_on(date).is_some_and(|c| c.yleistuki)
}

/// The first day of the first period with yleistuki, if any period has it.
pub fn yleistuki_from() -> Option<Date> {
    BUILTIN_CHOICES
        .iter()
        .find(|c| c.yleistuki)
        .map(|c| c.starts)
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
    choices_on(date)
        .map(|c| c.rehabilitative_days_per_week)
        .unwrap_or(0)
        .min(u8::MAX as u32) as u8
}

/// The ages (inclusive) at which an unemployment benefit can be paid on `date`; `None` before the
/// first covered day.
pub fn unemployment_benefit_ages(date: Date) -> Option<(u8, u8)> {
    if date < super::first_date() {
        return None;
    }
    let clamp = |v: u32| u8::try_from(v).unwrap_or(u8::MAX);
    choices_on(date).map(|c| (clamp(c.working_age.0), clamp(c.working_age.1)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::{periods, RulePeriod};

    /// The period in force on `date`, or the nearest one when the date is outside all of them (the
    /// first before the first period, the latest after the last).
    fn period_or_nearest(date: Date) -> Option<&'static RulePeriod> {
        let all = periods();
        all.iter()
            .find(|p| p.starts <= date && date <= p.ends)
            .or_else(|| match all.first() {
                Some(first) if date < first.starts => Some(first),
                _ => all.last(),
            })
    }

    #[test]
    fn the_choices_table_says_what_the_periods_parameters_say() {
        assert_eq!(BUILTIN_CHOICES.len(), periods().len());
        let first = super::super::first_date();
        let mut day = Date {
            y: first.y - 1,
            m: 1,
            d: 1,
        };
        let end = Date {
            y: super::super::last_known_date().y + 1,
            m: 12,
            d: 31,
        };
        while day <= end {
            let period = period_or_nearest(day).expect("a period");
            let p = &period.params;
            let choices = choices_on(day).expect("choices");
            assert_eq!(choices.starts, period.starts, "{day:?}");
            assert_eq!(choices.yleistuki, p.tyottomyysturva.yleistuki.value);
            assert_eq!(
                choices.rehabilitative_days_per_week,
                p.kulukorvaus.max_days_per_week.value
            );
            let ages = (
                p.tyottomyysturva.working_age_min.value,
                p.tyottomyysturva.working_age_max.value,
            );
            assert_eq!(choices.working_age, ages);
            let in_force = super::super::period_for(day).ok();
            assert_eq!(
                unemployment_benefit_ages(day),
                in_force.map(|p| (
                    p.params.tyottomyysturva.working_age_min.value as u8,
                    p.params.tyottomyysturva.working_age_max.value as u8
                )),
                "{day:?}"
            );
            day = day.next_day();
        }
    }

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
