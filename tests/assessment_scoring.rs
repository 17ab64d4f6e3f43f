//! Hand-computed scoring cases for the self-assessment, named after the situation they describe.
//! Formula (docs/ASSESSMENT.md): area = round_half_up(mean((v' − 1) / 4 × 100)), v' = 6 − v for
//! reverse items; needs ⌈60 %⌉ of the items with a value.
#![cfg(not(target_arch = "wasm32"))]

use askel::assessment::{
    band, compare, instrument, mean_half_up, score, Answers, AreaId, AreaScore, AssessmentError,
    Change, History, Response, Since, SingleItemId, Summary, SupportTopic,
};

use AreaScore::{NotEnoughAnswers, Score};

const P: Option<Response> = Some(Response::PreferNotToSay);
const U: Option<Response> = None; // unanswered

fn v(x: u8) -> Option<Response> {
    Some(Response::Value(x))
}

/// Answers for one area, items in instrument order.
fn answers(date: &str, area: AreaId, values: &[Option<Response>]) -> Answers {
    let mut a = Answers::new(date).expect("valid date");
    fill(&mut a, area, values);
    a
}

fn fill(a: &mut Answers, area: AreaId, values: &[Option<Response>]) {
    let items = area.area().items;
    assert_eq!(items.len(), values.len(), "{area:?}");
    for (item, r) in items.iter().zip(values) {
        a.set_area_item(item.id, *r).expect("valid answer");
    }
}

fn area_score(area: AreaId, values: &[Option<Response>]) -> AreaScore {
    score(&answers("2026-11-23", area, values)).area(area)
}

// ---- the instrument itself ----

#[test]
fn instrument_has_five_areas_of_four_to_six_items_each_with_a_reverse_item() {
    let ins = instrument();
    let ids: Vec<AreaId> = ins.areas.iter().map(|a| a.id).collect();
    assert_eq!(ids, AreaId::all());
    let mut all_ids = Vec::new();
    for a in ins.areas {
        assert!((4..=6).contains(&a.items.len()), "{:?}", a.id);
        assert!(
            a.items.iter().any(|i| i.reverse),
            "{:?} has no reverse item",
            a.id
        );
        assert_eq!(
            a.title_key.name(),
            format!("assessment.area.{}.title", a.id.as_str())
        );
        for i in a.items {
            assert!(i.id.starts_with(&format!("{}.", a.id.as_str())), "{}", i.id);
            assert_eq!(i.text_key.name(), format!("assessment.item.{}", i.id));
            all_ids.push(i.id);
        }
        assert_eq!(AreaId::parse(a.id.as_str()), Some(a.id));
        assert_eq!(a.id.area().id, a.id);
    }
    let n = all_ids.len();
    all_ids.sort_unstable();
    all_ids.dedup();
    assert_eq!(all_ids.len(), n, "item ids are unique");
    let singles: Vec<SingleItemId> = ins.single_items.iter().map(|s| s.id).collect();
    assert_eq!(singles, SingleItemId::all());
    for s in SingleItemId::all() {
        assert_eq!(s.item().id, *s);
    }
    let scale: Vec<u8> = ins.scale.iter().map(|o| o.value).collect();
    assert_eq!(scale, [1, 2, 3, 4, 5]);
}

#[test]
fn minimum_answers_is_sixty_percent_rounded_up() {
    assert_eq!(AreaId::Body.area().items.len(), 4);
    assert_eq!(AreaId::Body.area().min_answers(), 3);
    assert_eq!(AreaId::Participation.area().items.len(), 5);
    assert_eq!(AreaId::Participation.area().min_answers(), 3);
    assert_eq!(AreaId::Mind.area().items.len(), 6);
    assert_eq!(AreaId::Mind.area().min_answers(), 4);
}

// ---- participation: someone_to_talk, meet_people, ask_for_help, take_part, lonely (reverse) ----

#[test]
fn participation_with_one_skipped_and_reverse_lonely() {
    // 5,4,3 → v−1 = 4,3,2; take_part "prefer not"; lonely 2 → 6−2 = 4 → 3. s = 12, n = 4.
    // 12 / 16 × 100 = 75.
    assert_eq!(
        area_score(AreaId::Participation, &[v(5), v(4), v(3), P, v(2)]),
        Score(75)
    );
}

#[test]
fn participation_rounds_half_up() {
    // 2,2,3,3 → 1,1,2,2: s = 6, n = 4 → 600 / 16 = 37.5 → 38.
    assert_eq!(
        area_score(AreaId::Participation, &[v(2), v(2), v(3), v(3), U]),
        Score(38)
    );
}

#[test]
fn participation_threshold_three_of_five() {
    assert_eq!(
        area_score(AreaId::Participation, &[v(5), v(5), v(5), U, P]),
        Score(100)
    );
    assert_eq!(
        area_score(AreaId::Participation, &[v(5), v(5), P, U, P]),
        NotEnoughAnswers
    );
}

// ---- mind: calm, look_forward, way_forward, good_about_myself, everyday_stress, worries (rev) ----

#[test]
fn mind_five_answers_with_reverse_worries() {
    // 3,4,2,3 → 2,3,1,2; stress unanswered; worries 5 → 1 → 0. s = 8, n = 5 → 800 / 20 = 40.
    assert_eq!(
        area_score(AreaId::Mind, &[v(3), v(4), v(2), v(3), U, v(5)]),
        Score(40)
    );
}

#[test]
fn mind_all_six_rounds_half_up() {
    // 2,2,2,3,3 → 1,1,1,2,2; worries 3 → 3 → 2. s = 9, n = 6 → 900 / 24 = 37.5 → 38.
    assert_eq!(
        area_score(AreaId::Mind, &[v(2), v(2), v(2), v(3), v(3), v(3)]),
        Score(38)
    );
}

#[test]
fn mind_threshold_four_of_six() {
    // 4 values: 5,5,5,5 → 100. 3 values + prefer-not → not enough.
    assert_eq!(
        area_score(AreaId::Mind, &[v(5), v(5), v(5), v(5), P, P]),
        Score(100)
    );
    assert_eq!(
        area_score(AreaId::Mind, &[v(5), v(5), v(5), P, P, P]),
        NotEnoughAnswers
    );
    assert_eq!(
        area_score(AreaId::Mind, &[v(5), v(5), v(5), U, U, U]),
        NotEnoughAnswers
    );
}

// ---- skills: focus, learn, know_strengths, confidence, want_work, getting_started (rev) ----

#[test]
fn skills_reverse_item_and_half_up() {
    // 1,1,1,2,2 → 0,0,0,1,1; getting_started 4 → 2 → 1. s = 3, n = 6 → 300 / 24 = 12.5 → 13.
    assert_eq!(
        area_score(AreaId::Skills, &[v(1), v(1), v(1), v(2), v(2), v(4)]),
        Score(13)
    );
}

#[test]
fn skills_bounds_zero_and_hundred() {
    // Lowest everywhere, "Completely" on the reverse item: 0.
    assert_eq!(
        area_score(AreaId::Skills, &[v(1), v(1), v(1), v(1), v(1), v(5)]),
        Score(0)
    );
    // Highest everywhere, "Not at all" on the reverse item: 100.
    assert_eq!(
        area_score(AreaId::Skills, &[v(5), v(5), v(5), v(5), v(5), v(1)]),
        Score(100)
    );
}

// ---- body: move, rested, energy, pain (reverse) ----

#[test]
fn body_three_of_four_with_reverse_pain() {
    // 4,3 → 3,2; energy unanswered; pain 4 → 2 → 1. s = 6, n = 3 → 600 / 12 = 50.
    assert_eq!(area_score(AreaId::Body, &[v(4), v(3), U, v(4)]), Score(50));
}

#[test]
fn body_thirds_round_to_nearest() {
    // 2,1,1 → 1,0,0: s = 1, n = 3 → 100 / 12 = 8.33 → 8.
    assert_eq!(area_score(AreaId::Body, &[v(2), v(1), v(1), P]), Score(8));
    // 2,2,1 → 1,1,0: s = 2, n = 3 → 200 / 12 = 16.67 → 17.
    assert_eq!(area_score(AreaId::Body, &[v(2), v(2), v(1), U]), Score(17));
}

#[test]
fn body_threshold_three_of_four_and_bounds() {
    assert_eq!(
        area_score(AreaId::Body, &[v(5), v(5), P, P]),
        NotEnoughAnswers
    );
    assert_eq!(area_score(AreaId::Body, &[U, U, U, U]), NotEnoughAnswers);
    assert_eq!(
        area_score(AreaId::Body, &[v(5), v(5), v(5), v(1)]),
        Score(100)
    );
    assert_eq!(
        area_score(AreaId::Body, &[v(1), v(1), v(1), v(5)]),
        Score(0)
    );
}

// ---- everyday life: rhythm, home, chores, paperwork, money_worries (reverse) ----

#[test]
fn everyday_life_all_answered_with_reverse_money_worries() {
    // 4,5,4,3 → 3,4,3,2; money_worries 4 → 2 → 1. s = 13, n = 5 → 1300 / 20 = 65.
    assert_eq!(
        area_score(AreaId::EverydayLife, &[v(4), v(5), v(4), v(3), v(4)]),
        Score(65)
    );
}

#[test]
fn everyday_life_four_answers_rounds_half_up() {
    // 2,2,1,1 → 1,1,0,0: s = 2, n = 4 → 200 / 16 = 12.5 → 13.
    assert_eq!(
        area_score(AreaId::EverydayLife, &[v(2), v(2), v(1), v(1), P]),
        Score(13)
    );
}

#[test]
fn everyday_life_threshold_three_of_five() {
    assert_eq!(
        area_score(AreaId::EverydayLife, &[U, v(3), U, v(3), v(3)]),
        Score(50)
    );
    assert_eq!(
        area_score(AreaId::EverydayLife, &[U, v(3), U, P, v(3)]),
        NotEnoughAnswers
    );
}

// ---- overall, bands, ordering ----

fn full_example() -> Answers {
    let mut a = Answers::new("2026-11-23").unwrap();
    fill(&mut a, AreaId::Participation, &[v(5), v(4), v(3), P, v(2)]); // 75
    fill(&mut a, AreaId::Mind, &[v(3), v(4), v(2), v(3), U, v(5)]); // 40
    fill(
        &mut a,
        AreaId::Skills,
        &[v(1), v(1), v(1), v(2), v(2), v(4)],
    ); // 13
    fill(&mut a, AreaId::Body, &[v(4), v(3), U, v(4)]); // 50
    fill(
        &mut a,
        AreaId::EverydayLife,
        &[v(4), v(5), v(4), v(3), v(4)],
    ); // 65
    a.set_single(SingleItemId::WorkAbility, v(6)).unwrap();
    a.set_single(SingleItemId::Health, P).unwrap();
    a
}

#[test]
fn overall_is_the_mean_of_the_area_scores() {
    let r = score(&full_example());
    // (75 + 40 + 13 + 50 + 65) / 5 = 243 / 5 = 48.6 → 49.
    assert_eq!(r.overall, Some(49));
    assert_eq!(r.work_ability(), Some(6));
    assert_eq!(r.single(SingleItemId::Health), P);
    assert_eq!(r.single(SingleItemId::LifeSatisfaction), U);
}

#[test]
fn overall_skips_areas_without_enough_answers_and_rounds_half_up() {
    let mut a = answers(
        "2026-11-23",
        AreaId::Participation,
        &[v(5), v(4), v(3), P, v(2)],
    ); // 75
    fill(&mut a, AreaId::Body, &[v(4), v(3), U, v(4)]); // 50
    let r = score(&a);
    assert_eq!(r.area(AreaId::Mind), NotEnoughAnswers);
    assert_eq!(r.overall, Some(63)); // 62.5 → 63
    assert_eq!(mean_half_up(&[]), None);
    assert_eq!(mean_half_up(&[0, 1]), Some(1));
    assert_eq!(mean_half_up(&[100, 100, 100]), Some(100));
    assert_eq!(score(&Answers::new("2026-11-23").unwrap()).overall, None);
}

#[test]
fn bands_have_gentle_words_at_their_edges() {
    let b = |s| band(s).number();
    assert_eq!(
        [b(0), b(39), b(40), b(59), b(60), b(79), b(80), b(100)],
        [1, 1, 2, 2, 3, 3, 4, 4]
    );
    assert_eq!(band(65).label_key().name(), "assessment.band.3");
    assert_eq!(Score(13).band().map(|b| b.number()), Some(1));
    assert_eq!(NotEnoughAnswers.band(), None);
}

#[test]
fn strengths_come_first_highest_first() {
    let r = score(&full_example());
    assert_eq!(
        r.strengths(),
        [(AreaId::Participation, 75), (AreaId::EverydayLife, 65)]
    );
}

#[test]
fn support_areas_are_the_chosen_ones_then_the_lower_ones() {
    let mut a = full_example();
    a.set_support_area(AreaId::EverydayLife, true); // chosen although it goes fairly well
    let r = score(&a);
    assert_eq!(
        r.support_areas(),
        [
            (AreaId::EverydayLife, Score(65)),
            (AreaId::Skills, Score(13)),
            (AreaId::Mind, Score(40)),
            (AreaId::Body, Score(50)),
        ]
    );
    // Without enough answers and not chosen: in neither list.
    let b = answers("2026-11-23", AreaId::Body, &[v(1), P, P, P]);
    let rb = score(&b);
    assert!(rb.strengths().is_empty());
    assert!(rb.support_areas().is_empty());
}

// ---- comparison over time ----

#[test]
fn comparison_per_area_since_first_and_previous() {
    let mut first = answers("2026-01-10", AreaId::Body, &[v(4), v(3), U, v(4)]); // 50
    fill(&mut first, AreaId::Mind, &[v(3), v(4), v(2), v(3), U, v(5)]); // 40
    first.set_single(SingleItemId::WorkAbility, v(3)).unwrap();
    let previous = answers("2026-04-02", AreaId::Body, &[v(5), v(5), v(5), v(1)]); // 100
    let mut current = answers("2026-11-23", AreaId::Body, &[v(4), v(4), v(4), v(2)]); // 75
    fill(
        &mut current,
        AreaId::Mind,
        &[v(3), v(4), v(2), v(3), U, v(5)],
    ); // 40
    current.set_single(SingleItemId::WorkAbility, v(5)).unwrap();
    let (f, p, c) = (score(&first), score(&previous), score(&current));
    let cmp = compare(Some(&f), Some(&p), &c);
    let body = cmp
        .areas
        .iter()
        .find(|(a, _)| *a == AreaId::Body)
        .unwrap()
        .1;
    assert_eq!(
        body.since_first,
        Change::Points {
            points: 25,
            range: 100
        }
    );
    assert_eq!(
        body.since_previous,
        Change::Points {
            points: -25,
            range: 100
        }
    );
    let mind = cmp
        .areas
        .iter()
        .find(|(a, _)| *a == AreaId::Mind)
        .unwrap()
        .1;
    assert_eq!(
        mind.since_first,
        Change::Points {
            points: 0,
            range: 100
        }
    );
    assert_eq!(mind.since_previous, Change::NotComparable);
    let skills = cmp
        .areas
        .iter()
        .find(|(a, _)| *a == AreaId::Skills)
        .unwrap()
        .1;
    assert_eq!(skills.since_first, Change::NotComparable);
    assert_eq!(
        cmp.work_ability.since_first,
        Change::Points {
            points: 2,
            range: 10
        }
    );
    assert_eq!(cmp.work_ability.since_previous, Change::NotComparable);
    // overall: first (50+40)/2 = 45; previous 100; current (75+40)/2 = 57.5 → 58.
    assert_eq!(c.overall, Some(58));
    assert_eq!(
        cmp.overall.since_first,
        Change::Points {
            points: 13,
            range: 100
        }
    );
    assert_eq!(
        cmp.overall.since_previous,
        Change::Points {
            points: -42,
            range: 100
        }
    );
    assert_eq!(cmp.first_date.as_deref(), Some("2026-01-10"));
    assert_eq!(cmp.previous_date.as_deref(), Some("2026-04-02"));

    let none = compare(None, None, &c);
    assert!(none
        .areas
        .iter()
        .all(|(_, ch)| ch.since_first == Change::NotComparable));
}

#[test]
fn change_wording_keys() {
    let area = |points| Change::Points { points, range: 100 };
    assert_eq!(
        area(25).text_key(Since::Previous).name(),
        "assessment.change.since_previous.better"
    );
    assert_eq!(
        area(5).text_key(Since::Previous).name(),
        "assessment.change.since_previous.about_same"
    );
    assert_eq!(
        Change::Points {
            points: -1,
            range: 10
        }
        .text_key(Since::First)
        .name(),
        "assessment.change.since_first.weaker_one"
    );
    assert_eq!(
        area(0).text_key(Since::First).name(),
        "assessment.change.since_first.about_same"
    );
    assert_eq!(
        Change::NotComparable.text_key(Since::Previous).name(),
        "assessment.change.not_comparable"
    );
    assert_eq!(area(-7).points_abs(), Some(7));
    assert_eq!(Change::NotComparable.points_abs(), None);
}

#[test]
fn history_orders_by_date_compares_and_deletes() {
    let mut h = History::new();
    let later = score(&answers(
        "2026-06-01",
        AreaId::Body,
        &[v(4), v(4), v(4), v(2)],
    )); // 75
    let earlier = score(&answers("2026-01-01", AreaId::Body, &[v(4), v(3), U, v(4)])); // 50
    let id_later = h.add(later.clone()).unwrap();
    let id_earlier = h.add(earlier.clone()).unwrap();
    assert_ne!(id_later, id_earlier);
    assert_eq!(h.entries()[0].result, earlier);
    let cmp = h.compare_entry(id_later).unwrap();
    assert_eq!(cmp.areas[3], (AreaId::Body, cmp.areas[3].1));
    assert_eq!(
        cmp.areas[3].1.since_first,
        Change::Points {
            points: 25,
            range: 100
        }
    );
    assert_eq!(
        h.compare_entry(id_earlier).unwrap().areas[3].1.since_first,
        Change::NotComparable
    );
    let now = score(&answers(
        "2026-11-23",
        AreaId::Body,
        &[v(5), v(5), v(5), v(1)],
    )); // 100
    let cmp = h.compare_with(&now);
    assert_eq!(
        cmp.areas[3].1.since_first,
        Change::Points {
            points: 50,
            range: 100
        }
    );
    assert_eq!(
        cmp.areas[3].1.since_previous,
        Change::Points {
            points: 25,
            range: 100
        }
    );

    assert!(h.remove(id_earlier));
    assert!(!h.remove(id_earlier));
    assert_eq!(h.entries().len(), 1);
    h.clear();
    assert!(h.is_empty());
    assert_eq!(
        h.to_json().unwrap(),
        r#"{"format":"askel-assessment-history/1","entries":[]}"#
    );
}

// ---- summary ----

#[test]
fn summary_collects_result_wishes_goals_and_questions() {
    let mut a = full_example();
    a.set_support_area(AreaId::Mind, true);
    a.set_support_topic(SupportTopic::Wellbeing, true);
    a.set_support_topic(SupportTopic::Health, true);
    a.set_goals("  Walk every morning.\n").unwrap();
    a.set_questions("   ").unwrap();
    let r = score(&a);
    let s = Summary::build(&r, &a, None);
    assert_eq!(s.date, "2026-11-23");
    assert_eq!(s.work_ability, Some(6));
    assert_eq!(
        s.support_topics,
        [SupportTopic::Health, SupportTopic::Wellbeing]
    );
    assert_eq!(s.goals.as_deref(), Some("Walk every morning."));
    assert_eq!(s.questions, None);
    assert_eq!(s.strengths[0], (AreaId::Participation, 75));
    assert_eq!(s.support_areas[0], (AreaId::Mind, Score(40)));
    assert_eq!(s.areas.len(), 5);
    assert!(s.areas[1].support_wished);
    assert_eq!(s.areas[1].band.map(|b| b.number()), Some(2));
    assert_eq!(s.overall, Some(49));
    assert!(s.comparison.is_none());
}

// ---- JSON and validation ----

#[test]
fn answers_json_round_trip() {
    let mut a = full_example();
    a.set_support_area(AreaId::Body, true);
    a.set_support_topic(SupportTopic::MoneyAndDebts, true);
    a.set_goals("Löytää osa-aikatyö").unwrap();
    a.set_questions("Vad händer med bostadsbidraget?").unwrap();
    let json = a.to_json().unwrap();
    assert!(json.starts_with(r#"{"format":"askel-assessment/1","date":"2026-11-23""#));
    assert!(json.contains(r#""health":"prefer_not_to_say""#));
    assert_eq!(Answers::from_json(&json).unwrap(), a);
    let twice = json.replacen('{', r#"{"goals":"x","#, 1);
    assert!(
        matches!(Answers::from_json(&twice), Err(AssessmentError::Json(_))),
        "a key given twice is refused"
    );
}

#[test]
fn minimal_answers_json_is_accepted() {
    let a = Answers::from_json(r#"{"format":"askel-assessment/1","date":"2024-02-29"}"#).unwrap();
    assert_eq!(a.date(), "2024-02-29");
    assert_eq!(score(&a).overall, None);
}

#[test]
fn history_json_round_trip_and_validation() {
    let mut h = History::new();
    h.add(score(&full_example())).unwrap();
    let json = h.to_json().unwrap();
    let back = History::from_json(&json).unwrap();
    assert_eq!(back, h);
    // A later add does not reuse an id after loading.
    let mut back = back;
    let id = back.add(score(&full_example())).unwrap();
    assert_eq!(id, 1);

    let tampered = json.replace(r#"{"score":75}"#, r#"{"score":101}"#);
    assert_ne!(tampered, json);
    assert!(matches!(
        History::from_json(&tampered),
        Err(AssessmentError::InvalidResult(_))
    ));
    let tampered = json.replace(r#"["work_ability",6]"#, r#"["work_ability",11]"#);
    assert_ne!(tampered, json);
    assert!(matches!(
        History::from_json(&tampered),
        Err(AssessmentError::OutOfRange { .. })
    ));
    let tampered = json.replace("askel-assessment-history/1", "askel-assessment-history/9");
    assert!(matches!(
        History::from_json(&tampered),
        Err(AssessmentError::UnknownFormat(_))
    ));
    assert!(matches!(
        History::from_json("[]"),
        Err(AssessmentError::Json(_))
    ));
}

fn from(body: &str) -> Result<Answers, AssessmentError> {
    Answers::from_json(&format!(
        r#"{{"format":"askel-assessment/1","date":"2026-11-23",{body}}}"#
    ))
}

#[test]
fn out_of_range_values_are_errors() {
    let err = from(r#""single":{"work_ability":11}"#).unwrap_err();
    assert_eq!(
        err,
        AssessmentError::OutOfRange {
            item: "work_ability".into(),
            value: 11,
            min: 0,
            max: 10
        }
    );
    assert!(matches!(
        from(r#""single":{"health":0}"#),
        Err(AssessmentError::OutOfRange { .. })
    ));
    assert!(matches!(
        from(r#""single":{"health":6}"#),
        Err(AssessmentError::OutOfRange { .. })
    ));
    assert!(matches!(
        from(r#""items":{"mind.calm":6}"#),
        Err(AssessmentError::OutOfRange { .. })
    ));
    assert!(matches!(
        from(r#""items":{"mind.calm":0}"#),
        Err(AssessmentError::OutOfRange { .. })
    ));
    assert!(from(r#""single":{"work_ability":0}"#).is_ok());
    assert!(from(r#""single":{"work_ability":10}"#).is_ok());
}

#[test]
fn malformed_json_is_an_error_not_a_panic() {
    for body in [
        r#""items":{"mind.calm":-1}"#,
        r#""items":{"mind.calm":300}"#,
        r#""items":{"mind.calm":3.5}"#,
        r#""items":{"mind.calm":"maybe"}"#,
        r#""items":{"mind.calm":null}"#,
        r#""single":{"shoe_size":4}"#,
        r#""support_topics":["lottery"]"#,
        r#""support_areas":["soul"]"#,
        r#""colour":"blue""#,
    ] {
        assert!(
            matches!(from(body), Err(AssessmentError::Json(_))),
            "{body}"
        );
    }
    assert!(matches!(
        from(r#""items":{"mind.shoe_size":3}"#),
        Err(AssessmentError::UnknownItem(_))
    ));
    assert!(matches!(
        Answers::from_json("{"),
        Err(AssessmentError::Json(_))
    ));
    assert!(matches!(
        Answers::from_json(""),
        Err(AssessmentError::Json(_))
    ));
    assert!(matches!(
        Answers::from_json(r#"{"date":"2026-11-23"}"#),
        Err(AssessmentError::Json(_))
    ));
    assert!(matches!(
        Answers::from_json(r#"{"format":"askel-assessment/2","date":"2026-11-23"}"#),
        Err(AssessmentError::UnknownFormat(_))
    ));
    let long = "x".repeat(askel::assessment::MAX_TEXT_CHARS + 1);
    assert!(matches!(
        from(&format!(r#""goals":"{long}""#)),
        Err(AssessmentError::TextTooLong { field: "goals" })
    ));
}

#[test]
fn invalid_dates_are_errors() {
    for d in [
        "",
        "2026-2-3",
        "2026-02-30",
        "2025-02-29",
        "2026-13-01",
        "2026-00-10",
        "26-11-23x1",
        "2026/11/23",
        "0000-01-01",
        "2026-11-2a",
        "２０２６-11-23",
    ] {
        assert!(
            matches!(Answers::new(d), Err(AssessmentError::InvalidDate(_))),
            "{d}"
        );
    }
    for d in ["2024-02-29", "2000-02-29", "2026-12-31", "2026-01-01"] {
        assert!(Answers::new(d).is_ok(), "{d}");
    }
}

#[test]
fn setters_refuse_bad_values_and_keep_the_answers() {
    let mut a = full_example();
    let before = a.clone();
    assert!(a.set_single(SingleItemId::WorkAbility, v(11)).is_err());
    assert!(a.set_single(SingleItemId::LifeSatisfaction, v(0)).is_err());
    assert!(a.set_area_item("mind.calm", v(6)).is_err());
    assert!(a.set_area_item("nope", v(3)).is_err());
    assert!(a.set_area_item("nope", None).is_err());
    assert!(a.set_date("2026-02-30").is_err());
    assert_eq!(a, before);
    // Clearing an answer is different from "prefer not to answer".
    a.set_area_item("mind.calm", P).unwrap();
    assert_eq!(a.area_item("mind.calm"), P);
    assert_eq!(a.responded_count(AreaId::Mind), 5);
    a.set_area_item("mind.calm", None).unwrap();
    assert_eq!(a.area_item("mind.calm"), None);
    assert_eq!(a.responded_count(AreaId::Mind), 4);
}

#[test]
fn results_of_one_date_keep_the_order_they_were_saved_in() {
    let mut h = History::new();
    let first = score(&answers(
        "2026-03-01",
        AreaId::Body,
        &[v(4), v(4), v(4), v(2)],
    ));
    let second = score(&answers(
        "2026-03-01",
        AreaId::Body,
        &[v(1), v(1), v(1), v(1)],
    ));
    let earlier = score(&answers(
        "2026-02-01",
        AreaId::Body,
        &[v(3), v(3), v(3), v(3)],
    ));
    let later = score(&answers(
        "2026-04-01",
        AreaId::Body,
        &[v(2), v(2), v(2), v(2)],
    ));
    let id_first = h.add(first.clone()).unwrap();
    let id_later = h.add(later.clone()).unwrap();
    let id_second = h.add(second.clone()).unwrap();
    let id_earlier = h.add(earlier.clone()).unwrap();
    let ids = |h: &History| h.entries().iter().map(|e| e.id).collect::<Vec<_>>();
    assert_eq!(ids(&h), [id_earlier, id_first, id_second, id_later]);
    let back = History::from_json(&h.to_json().unwrap()).unwrap();
    assert_eq!(ids(&back), ids(&h));
    // Saved again, the first result of that date now comes after the second, and stays there
    // when the history is read back.
    let mut again = back;
    assert!(again.remove(id_first));
    let id_third = again.add(first).unwrap();
    let order = ids(&again);
    assert_eq!(order, [id_earlier, id_second, id_third, id_later]);
    let read = History::from_json(&again.to_json().unwrap()).unwrap();
    assert_eq!(ids(&read), order);
}

#[test]
fn equal_scores_stay_in_display_order() {
    // The lists break ties by `AreaId`, whose order must be the display order.
    assert!(AreaId::all().windows(2).all(|w| w[0] < w[1]));
    let mut r = score(&full_example());
    r.support_wished.clear();
    r.areas = AreaId::all()
        .iter()
        .zip([70, 40, 70, 40, 70])
        .map(|(a, s)| (*a, Score(s)))
        .collect();
    assert_eq!(
        r.strengths()
            .into_iter()
            .map(|(a, _)| a)
            .collect::<Vec<_>>(),
        [AreaId::all()[0], AreaId::all()[2], AreaId::all()[4]]
    );
    assert_eq!(
        r.support_areas()
            .into_iter()
            .map(|(a, _)| a)
            .collect::<Vec<_>>(),
        [AreaId::all()[1], AreaId::all()[3]]
    );
}
