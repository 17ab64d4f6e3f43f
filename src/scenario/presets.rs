//! The five presets of shared/USERS.md and Pekka (a partial disability pension), each a full scenario with its options. The rules date is a
//! parameter (the UI passes today's date); before 1.5.2026 yleistuki becomes työmarkkinatuki.

use super::*;

/// A preset.
#[derive(Clone, Debug, PartialEq)]
pub struct Preset {
    /// `"matti"`, `"jenna"`, `"irina"`, `"mika"`, `"janica"`.
    pub id: &'static str,
    /// The scenario with its options.
    pub scenario: Scenario,
}

fn adult(age: u8, church: Church, benefit: BenefitKind) -> Adult {
    Adult {
        age,
        church,
        unemployment_benefit: benefit,
        ..Default::default()
    }
}

fn monthly(euros: i64) -> AdultChange {
    AdultChange {
        wage: Some(Wage::Monthly(Cents::euros(euros))),
        ..Default::default()
    }
}

fn hourly(cents: i64, hours: u32) -> AdultChange {
    AdultChange {
        wage: Some(Wage::Hourly {
            hourly: Cents(cents),
            hours_per_week: Hours(hours * 100),
        }),
        ..Default::default()
    }
}

fn days(d: u8) -> AdultChange {
    AdultChange {
        rehabilitative_work_days_per_week: Some(d),
        ..Default::default()
    }
}

fn option(label: &str, change: AdultChange) -> ScenarioOption {
    ScenarioOption {
        label: label.to_string(),
        adults: vec![change],
    }
}

fn scenario(
    date: Date,
    municipality: &str,
    adults: Vec<Adult>,
    children: &[u8],
    housing: Housing,
    options: Vec<ScenarioOption>,
) -> Scenario {
    Scenario {
        format: FORMAT.to_string(),
        rules_date: date,
        municipality: municipality.to_string(),
        household: Household {
            adults,
            children: children.iter().map(|&age| Child { age }).collect(),
        },
        housing,
        assets: Cents::ZERO,
        lives_with_parents: false,
        options,
    }
}

fn rent(rent: i64, water: i64) -> Housing {
    Housing {
        rent: Cents::euros(rent),
        water: Cents::euros(water),
        heating: Cents::ZERO,
    }
}

/// All presets for a rules date (at the earliest the first date the rules cover; a later date than
/// the last checked day is kept, and computed with the latest rules).
pub fn all(rules_date: Date) -> Vec<Preset> {
    let date = rules_date.max(FIRST_DATE);
    let ub = crate::rules::benefit_for_date(BenefitKind::Yleistuki, date);
    let mut mika = adult(44, Church::None, ub);
    mika.rehabilitative_work_days_per_week = 4;
    // Pekka, 55, a former site foreman with a back injury: a partial disability pension of
    // 1 300 €/month from earlier earnings of 4 500 €/month (partial-pension limit 60 % = 2 700),
    // part-time work 800 €/month; he is offered more hours.
    let pekka = Adult {
        wage: Wage::Monthly(Cents::euros(800)),
        earnings_related_pension_monthly: Cents::euros(1300),
        disability_pension: DisabilityPension::Partial,
        pre_disability_earnings: Some(Cents::euros(4500)),
        ..adult(55, Church::Lutheran, BenefitKind::None)
    };
    vec![
        Preset {
            id: "matti",
            scenario: scenario(
                date,
                "837",
                vec![adult(22, Church::None, ub)],
                &[],
                rent(560, 0),
                vec![
                    option("gig work 300 €/month", monthly(300)),
                    option("part-time 20 h/week at 13 €/h", hourly(1300, 20)),
                    option("full-time 2 300 €/month", monthly(2300)),
                ],
            ),
        },
        Preset {
            id: "jenna",
            scenario: scenario(
                date,
                "398",
                vec![adult(44, Church::Lutheran, ub)],
                &[8, 13],
                rent(850, 40),
                vec![
                    option("work trial 5 days/week", days(5)),
                    option("part-time 1 200 €/month", monthly(1200)),
                    option("full-time 2 600 €/month", monthly(2600)),
                ],
            ),
        },
        Preset {
            id: "irina",
            scenario: scenario(
                date,
                "286",
                vec![adult(58, Church::Orthodox, ub)],
                &[],
                rent(520, 0),
                vec![
                    option("part-time 10 h/week at 14 €/h", hourly(1400, 10)),
                    option("rehabilitative work activity 3 days/week", days(3)),
                ],
            ),
        },
        Preset {
            id: "mika",
            scenario: scenario(
                date,
                "405",
                vec![mika],
                &[],
                rent(480, 20),
                vec![
                    option("declared odd jobs 300 €/month", monthly(300)),
                    option(
                        "pay-subsidised job 1 900 €/month",
                        AdultChange {
                            rehabilitative_work_days_per_week: Some(0),
                            ..monthly(1900)
                        },
                    ),
                ],
            ),
        },
        Preset {
            id: "janica",
            scenario: scenario(
                date,
                "853",
                vec![adult(19, Church::None, BenefitKind::None)],
                &[],
                rent(420, 0),
                vec![
                    option("summer job 1 500 €/month", monthly(1500)),
                    option("rehabilitative work activity 4 days/week", days(4)),
                ],
            ),
        },
        Preset {
            id: "pekka",
            scenario: scenario(
                date,
                "398",
                vec![pekka],
                &[],
                rent(650, 0),
                vec![
                    option("up to the earnings limit 2 700 €/month", monthly(2700)),
                    option("above the limit 2 800 €/month", monthly(2800)),
                ],
            ),
        },
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn presets_validate_and_compute() {
        for d in ["2025-06-01", "2026-02-01", "2026-04-01", "2026-06-01"] {
            let date = Date::parse(d).expect("date");
            let all = all(date);
            assert_eq!(all.len(), 6);
            for p in &all {
                p.scenario
                    .validate()
                    .unwrap_or_else(|e| panic!("{} {d}: {e}", p.id));
                for i in 0..p.scenario.options.len() {
                    crate::rules::compute(&p.scenario.with_option(i))
                        .unwrap_or_else(|e| panic!("{} {d}: {e}", p.id));
                }
                let back = Scenario::from_json(&p.scenario.to_json()).expect("round trip");
                assert_eq!(back, p.scenario);
            }
        }
    }
}
