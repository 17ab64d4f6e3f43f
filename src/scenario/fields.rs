//! The adult's plain fields — amounts and counts — declared once.
//!
//! Why: each of these fields used to be spelled out in the reader, the writer, both halves of
//! `validate`, the option logic and the field lists. Here each is one row: its JSON name, its
//! kind and limit, how to get and set it on an [`Adult`], and (if an option may change it) on an
//! [`AdultChange`]. The reader ([`super::json`]), the writer, [`Scenario::validate`] and
//! [`Scenario::with_option`] all walk [`ADULT_FIELDS`], so adding such a field is the struct
//! field, one row here and its line in docs/SCENARIO-FORMAT.md (a test checks the docs).
//!
//! Fields with rules between them (`age`, `church`, the wage as `monthly_wage` or `hourly_wage`
//! + `hours_per_week`, `unemployment_benefit`) are read and checked by hand next to this table.
//!
//! [`Scenario::validate`]: super::Scenario::validate
//! [`Scenario::with_option`]: super::Scenario::with_option

use super::{Adult, AdultChange, MAX_HOURLY_OR_DAILY, MAX_MONTHLY};
use crate::rules::money::Cents;

/// A field's value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Value {
    /// An amount in euros (held in cents).
    Money(Cents),
    /// A whole number.
    Count(u8),
}

/// What a field holds and its limits.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Kind {
    /// Euros, 0 ≤ value ≤ `max`.
    Money { max: Cents },
    /// A whole number in `min..=max`.
    Count { min: u8, max: u8 },
}

/// One plain field of an adult.
pub(crate) struct Field {
    /// The JSON name.
    pub name: &'static str,
    /// Its kind and limits.
    pub kind: Kind,
    /// The value to write (`None`: absent, not written).
    pub get: fn(&Adult) -> Option<Value>,
    /// Stores a value read from JSON.
    pub set: fn(&mut Adult, Value),
    /// How an option changes it; `None` when an option cannot.
    pub change: Option<ChangeSlot>,
}

/// The same field in an option's change.
pub(crate) struct ChangeSlot {
    /// The changed value, if the option changes it.
    pub get: fn(&AdultChange) -> Option<Value>,
    /// Stores a value read from JSON.
    pub set: fn(&mut AdultChange, Value),
}

fn money(v: Value) -> Option<Cents> {
    match v {
        Value::Money(c) => Some(c),
        Value::Count(_) => None,
    }
}

fn count(v: Value) -> Option<u8> {
    match v {
        Value::Count(n) => Some(n),
        Value::Money(_) => None,
    }
}

/// Every plain field of an adult, in the order they are written.
pub(crate) const ADULT_FIELDS: &[Field] = &[
    Field {
        name: "earnings_related_daily",
        kind: Kind::Money {
            max: MAX_HOURLY_OR_DAILY,
        },
        get: |a| a.earnings_related_daily.map(Value::Money),
        set: |a, v| a.earnings_related_daily = money(v),
        change: Some(ChangeSlot {
            get: |c| c.earnings_related_daily.map(Value::Money),
            set: |c, v| c.earnings_related_daily = money(v),
        }),
    },
    Field {
        name: "rehabilitative_work_days_per_week",
        kind: Kind::Count { min: 0, max: 7 },
        get: |a| Some(Value::Count(a.rehabilitative_work_days_per_week)),
        set: |a, v| a.rehabilitative_work_days_per_week = count(v).unwrap_or(0),
        change: Some(ChangeSlot {
            get: |c| c.rehabilitative_work_days_per_week.map(Value::Count),
            set: |c, v| c.rehabilitative_work_days_per_week = count(v),
        }),
    },
    Field {
        name: "earnings_related_pension_monthly",
        kind: Kind::Money { max: MAX_MONTHLY },
        get: |a| Some(Value::Money(a.earnings_related_pension_monthly)),
        set: |a, v| a.earnings_related_pension_monthly = money(v).unwrap_or_default(),
        change: Some(ChangeSlot {
            get: |c| c.earnings_related_pension_monthly.map(Value::Money),
            set: |c, v| c.earnings_related_pension_monthly = money(v),
        }),
    },
    Field {
        name: "other_taxable_benefit_monthly",
        kind: Kind::Money { max: MAX_MONTHLY },
        get: |a| Some(Value::Money(a.other_taxable_benefit_monthly)),
        set: |a, v| a.other_taxable_benefit_monthly = money(v).unwrap_or_default(),
        change: Some(ChangeSlot {
            get: |c| c.other_taxable_benefit_monthly.map(Value::Money),
            set: |c, v| c.other_taxable_benefit_monthly = money(v),
        }),
    },
    Field {
        name: "kela_disability_pension_limit",
        kind: Kind::Money { max: MAX_MONTHLY },
        get: |a| a.kela_disability_pension_limit.map(Value::Money),
        set: |a, v| a.kela_disability_pension_limit = money(v),
        change: None,
    },
    Field {
        name: "earnings_related_pension_limit",
        kind: Kind::Money { max: MAX_MONTHLY },
        get: |a| a.earnings_related_pension_limit.map(Value::Money),
        set: |a, v| a.earnings_related_pension_limit = money(v),
        change: None,
    },
    Field {
        name: "pre_disability_earnings_monthly",
        kind: Kind::Money { max: MAX_MONTHLY },
        get: |a| a.pre_disability_earnings.map(Value::Money),
        set: |a, v| a.pre_disability_earnings = money(v),
        change: None,
    },
    Field {
        name: "other_pensions_monthly",
        kind: Kind::Money { max: MAX_MONTHLY },
        // not written when 0 (older scenarios stay as they were); any other value is, so that
        // validation sees a negative one
        get: |a| {
            (a.other_pensions_monthly != Cents::ZERO)
                .then_some(Value::Money(a.other_pensions_monthly))
        },
        set: |a, v| a.other_pensions_monthly = money(v).unwrap_or_default(),
        change: None,
    },
];

/// The adult fields read and checked by hand (rules between them).
pub(crate) const ADULT_SPECIAL: &[&str] = &[
    "age",
    "church",
    "monthly_wage",
    "hourly_wage",
    "hours_per_week",
    "unemployment_benefit",
    "disability_pension",
    "kela_disability_pension",
];

/// The fields an option's change may hold, besides the table's.
pub(crate) const CHANGE_SPECIAL: &[&str] = &[
    "monthly_wage",
    "hourly_wage",
    "hours_per_week",
    "unemployment_benefit",
];

/// Whether `key` is a field of an adult.
pub(crate) fn is_adult_field(key: &str) -> bool {
    ADULT_SPECIAL.contains(&key) || ADULT_FIELDS.iter().any(|f| f.name == key)
}

/// Whether `key` is a field of an option's change.
pub(crate) fn is_change_field(key: &str) -> bool {
    CHANGE_SPECIAL.contains(&key)
        || ADULT_FIELDS
            .iter()
            .any(|f| f.name == key && f.change.is_some())
}

/// Applies every change the option makes to `adult`'s plain fields.
pub(crate) fn apply_change(adult: &mut Adult, change: &AdultChange) {
    for field in ADULT_FIELDS {
        if let Some(slot) = &field.change {
            if let Some(value) = (slot.get)(change) {
                (field.set)(adult, value);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_field_is_documented_and_round_trips_through_its_slots() {
        let doc = include_str!("../../docs/SCENARIO-FORMAT.md");
        for name in ADULT_FIELDS
            .iter()
            .map(|f| f.name)
            .chain(ADULT_SPECIAL.iter().copied())
        {
            assert!(
                doc.contains(&format!("`{name}`")) || doc.contains(&format!("{name}`")),
                "{name} is not in docs/SCENARIO-FORMAT.md"
            );
        }
        for field in ADULT_FIELDS {
            let value = match field.kind {
                Kind::Money { .. } => Value::Money(Cents(12_345)),
                Kind::Count { max, .. } => Value::Count(max),
            };
            let mut adult = Adult::default();
            (field.set)(&mut adult, value);
            assert_eq!((field.get)(&adult), Some(value), "{}", field.name);
            if let Some(slot) = &field.change {
                let mut change = AdultChange::default();
                assert_eq!((slot.get)(&change), None, "{}", field.name);
                (slot.set)(&mut change, value);
                assert_eq!((slot.get)(&change), Some(value), "{}", field.name);
                let mut other = Adult::default();
                apply_change(&mut other, &change);
                assert_eq!((field.get)(&other), Some(value), "{}", field.name);
            }
        }
    }
}
