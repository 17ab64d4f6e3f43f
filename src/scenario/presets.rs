//! The five presets of the project's user stories, two for the costs that rise with income (a
//! family with children in day care, a person whose wage is garnished) and Paula (sickness
//! allowance, returning part-time) and Pekka (a partial disability pension), each a full scenario with its options. The rules date is a
//! parameter (the UI passes today's date); before 1.5.2026 yleistuki becomes työmarkkinatuki.

use super::*;

/// A preset.
#[derive(Clone, Debug, PartialEq)]
pub struct Preset {
    /// `"matti"`, `"jenna"`, `"irina"`, `"mika"`, `"janica"`, `"paula"`.
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
            children: children
                .iter()
                .map(|&age| Child {
                    age,
                    day_care_hours_per_week: 0,
                })
                .collect(),
        },
        housing,
        assets: Cents::ZERO,
        lives_with_parents: false,
        options,
        month_event: None,
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
    let mut presets = vec![
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
    ];
    presets.extend(cost_presets(date, ub));
    presets.push(paula(date));
    presets.push(pekka(date));
    presets
}

/// The day-care fee and garnishment presets (made-up people, realistic numbers).
///
/// Sanna, 34, and Ville, 37, live in Jyväskylä with Eeli (5) and Aada (2), both in municipal day
/// care full time. Ville is an electrician (4 200 €/month); Sanna, a practical nurse, is on
/// yleistuki and has been offered shifts or a full-time job: the day-care fee starts when the
/// family's income passes the limit.
///
/// Timo, 47, lives alone in Pori. After a failed small business his wage from part-time
/// warehouse work (1 100 €/month, with adjusted yleistuki) is garnished; he has been offered full
/// time: above the protected amount enforcement takes two thirds of each extra net euro.
fn cost_presets(date: Date, ub: BenefitKind) -> Vec<Preset> {
    let ville = Adult {
        wage: Wage::Monthly(Cents::euros(4200)),
        ..adult(37, Church::Lutheran, BenefitKind::None)
    };
    let mut sanna = scenario(
        date,
        "179",
        vec![adult(34, Church::Lutheran, ub), ville],
        &[5, 2],
        rent(1150, 0),
        vec![
            option("Sanna part-time 1 800 €/month", monthly(1800)),
            option("Sanna full-time 3 000 €/month", monthly(3000)),
        ],
    );
    for child in &mut sanna.household.children {
        child.day_care_hours_per_week = 40;
    }
    let timo = Adult {
        wage: Wage::Monthly(Cents::euros(1100)),
        wage_garnished: true,
        ..adult(47, Church::None, ub)
    };
    vec![
        Preset {
            id: "sanna",
            scenario: sanna,
        },
        Preset {
            id: "timo",
            scenario: scenario(
                date,
                "609",
                vec![timo],
                &[],
                rent(600, 25),
                vec![
                    option("full-time 2 400 €/month", monthly(2400)),
                    option("full-time with shift pay 3 000 €/month", monthly(3000)),
                ],
            ),
        },
    ]
}

/// Paula, 47, a warehouse clerk in Lahti on sickness allowance after a back operation; her
/// full-time wage was 3 000 €/month (36 000 € in the reference year). She compares returning
/// half-time on partial sickness allowance with vocational rehabilitation.
fn paula(date: Date) -> Preset {
    let mut paula = adult(47, Church::Lutheran, BenefitKind::None);
    paula.work_ability = WorkAbility::SicknessAllowance;
    paula.annual_work_income = Some(Cents::euros(36_000));
    paula.full_time_wage = Some(Cents::euros(3000));
    Preset {
        id: "paula",
        scenario: scenario(
            date,
            "398",
            vec![paula],
            &[],
            rent(720, 25),
            vec![
                option(
                    "half-time on partial sickness allowance",
                    AdultChange {
                        work_ability: Some(WorkAbility::PartialSicknessAllowance),
                        ..monthly(1500)
                    },
                ),
                option(
                    "vocational rehabilitation instead of work",
                    AdultChange {
                        work_ability: Some(WorkAbility::VocationalRehabilitationAllowance),
                        ..Default::default()
                    },
                ),
                option(
                    "back to full-time work 3 000 €/month",
                    AdultChange {
                        work_ability: Some(WorkAbility::None),
                        ..monthly(3000)
                    },
                ),
            ],
        ),
    }
}

/// Pekka, 55, a former site foreman with a back injury: a partial disability pension of
/// 1 300 €/month from earlier earnings of 4 500 €/month (partial-pension limit 60 % = 2 700),
/// part-time work 800 €/month; he is offered more hours.
fn pekka(date: Date) -> Preset {
    let pekka = Adult {
        wage: Wage::Monthly(Cents::euros(800)),
        earnings_related_pension_monthly: Cents::euros(1300),
        disability_pension: DisabilityPension::Partial,
        pre_disability_earnings: Some(Cents::euros(4500)),
        ..adult(55, Church::Lutheran, BenefitKind::None)
    };
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
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn presets_validate_and_compute() {
        for d in ["2025-06-01", "2026-02-01", "2026-04-01", "2026-06-01"] {
            let date = Date::parse(d).expect("date");
            let all = all(date);
            assert_eq!(all.len(), 9);
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
