//! Saving on the device, natively: the opt-in rule, the versioned envelope and every kind of
//! broken input (truncated, wrong types, future versions, storage that throws). Nothing may
//! panic, and unreadable data must be kept, not silently deleted.

use askel::assessment::{score, Answers, History, Response, SingleItemId};
use askel::storage::{
    decode, encode, Feature, Inventory, MemoryBackend, StorageError, Store, FORMAT,
    LEGACY_CONSENT_KEY, SCENARIO_KEY,
};

const KEY: &str = "askel.assessment.history";
const ASSESSMENT: Feature = Feature::Assessment;
const SCENARIO: Feature = Feature::Scenario;

fn store() -> Store<MemoryBackend> {
    Store::new(MemoryBackend::default())
}

fn history() -> History {
    let mut a = Answers::new("2026-11-23").expect("valid date");
    a.set_single(SingleItemId::WorkAbility, Some(Response::Value(6)))
        .expect("in range");
    for (id, v) in [("body.move", 4), ("body.rested", 3), ("body.pain", 4)] {
        a.set_area_item(id, Some(Response::Value(v)))
            .expect("valid");
    }
    let mut h = History::new();
    h.add(score(&a)).expect("valid result");
    h
}

fn raw(s: &Store<MemoryBackend>, key: &str) -> Option<String> {
    s.backend().map.borrow().get(key).cloned()
}

#[test]
fn nothing_is_written_before_opt_in() {
    let s = store();
    assert_eq!(s.consent(ASSESSMENT), Ok(false));
    assert_eq!(s.save(KEY, &history()), Err(StorageError::NoConsent));
    assert!(
        s.backend().map.borrow().is_empty(),
        "a refused save writes nothing"
    );
    s.set_consent(ASSESSMENT, false)
        .expect("withdrawing is fine");
    assert!(
        s.backend().map.borrow().is_empty(),
        "saying no is not remembered"
    );
}

#[test]
fn opt_in_then_save_and_load_round_trip() {
    let s = store();
    s.set_consent(ASSESSMENT, true).expect("opt in");
    assert_eq!(s.consent(ASSESSMENT), Ok(true));
    let h = history();
    s.save(KEY, &h).expect("saved");
    assert_eq!(s.load::<History>(KEY), Ok(Some(h.clone())));
    assert_eq!(s.load::<History>("askel.nothing"), Ok(None));
    let stored = raw(&s, KEY).expect("stored");
    assert!(stored.starts_with(&format!("{{\"format\":{FORMAT},\"data\":")));
    assert!(stored.contains("askel-assessment-history/1"));
    s.set_consent(ASSESSMENT, false).expect("opt out");
    assert_eq!(s.consent(ASSESSMENT), Ok(false));
    assert_eq!(raw(&s, ASSESSMENT.consent_key()), None);
    assert_eq!(s.save(KEY, &h), Err(StorageError::NoConsent));
}

#[test]
fn envelope_round_trips_and_checks_its_version() {
    let text = encode(&vec![1u8, 2, 3]).expect("encodes");
    assert_eq!(text, "{\"format\":1,\"data\":[1,2,3]}");
    assert_eq!(decode::<Vec<u8>>(&text), Ok(vec![1, 2, 3]));
    assert_eq!(
        decode::<Vec<u8>>("{\"format\":2,\"data\":[1]}"),
        Err(StorageError::FutureVersion(2))
    );
    assert_eq!(
        decode::<Vec<u8>>("{\"format\":99,\"data\":{\"new\":\"shape\"}}"),
        Err(StorageError::FutureVersion(99)),
        "a future version is refused before its data is interpreted"
    );
}

#[test]
fn malformed_envelopes_are_errors_not_panics() {
    let cases: &[(&str, StorageError)] = &[
        ("", StorageError::Corrupt),
        ("{\"format\":1,\"data\":[1,", StorageError::Corrupt),
        ("not json", StorageError::Corrupt),
        ("[1,2]", StorageError::Corrupt),
        ("null", StorageError::Corrupt),
        ("{\"data\":[1]}", StorageError::Corrupt),
        ("{\"format\":1}", StorageError::Corrupt),
        ("{\"format\":\"1\",\"data\":[1]}", StorageError::Corrupt),
        ("{\"format\":-1,\"data\":[1]}", StorageError::Corrupt),
        ("{\"format\":1.5,\"data\":[1]}", StorageError::Corrupt),
        ("{\"format\":0,\"data\":[1]}", StorageError::Corrupt),
        ("{\"format\":1,\"data\":[1],\"x\":2}", StorageError::Corrupt),
        ("{\"format\":1,\"data\":\"text\"}", StorageError::WrongShape),
        ("{\"format\":1,\"data\":[1,300]}", StorageError::WrongShape),
        ("{\"format\":1,\"data\":null}", StorageError::WrongShape),
    ];
    for (input, expected) in cases {
        assert_eq!(
            &decode::<Vec<u8>>(input).unwrap_err(),
            expected,
            "{input:?}"
        );
        assert!(expected.is_unreadable_data());
    }
}

#[test]
fn unreadable_history_is_reported_and_kept() {
    let s = store();
    s.set_consent(ASSESSMENT, true).expect("opt in");
    let good = encode(&history()).expect("encodes");
    let blobs = [
        good[..good.len() / 2].to_owned(),
        good.replace("askel-assessment-history/1", "askel-assessment-history/9"),
        good.replace("\"score\":50", "\"score\":101"),
        good.replace("\"2026-11-23\"", "\"2026-02-30\""),
        good.replace("\"entries\":", "\"entries\":7,\"x\":"),
        "{\"format\":1,\"data\":{\"format\":\"askel-assessment-history/1\",\"entries\":\"no\"}}"
            .to_owned(),
    ];
    assert!(
        good.contains("\"score\":50"),
        "the replacements hit: {good}"
    );
    for blob in blobs {
        s.backend()
            .map
            .borrow_mut()
            .insert(KEY.to_owned(), blob.clone());
        let err = s.load::<History>(KEY).unwrap_err();
        assert!(err.is_unreadable_data(), "{blob}: {err}");
        assert_eq!(raw(&s, KEY), Some(blob), "the blob is kept");
    }
}

#[test]
fn storage_that_throws_is_reported() {
    let disabled = Store::new(MemoryBackend {
        disabled: true,
        ..MemoryBackend::default()
    });
    assert_eq!(disabled.consent(ASSESSMENT), Err(StorageError::Unavailable));
    assert_eq!(
        disabled.set_consent(ASSESSMENT, true),
        Err(StorageError::Unavailable)
    );
    assert_eq!(disabled.delete_everything(), Err(StorageError::Unavailable));
    assert_eq!(
        disabled.load::<History>(KEY),
        Err(StorageError::Unavailable)
    );

    let full = Store::new(MemoryBackend {
        full: true,
        ..MemoryBackend::default()
    });
    assert_eq!(
        full.set_consent(ASSESSMENT, true),
        Err(StorageError::WriteFailed)
    );
    assert_eq!(full.consent(ASSESSMENT), Ok(false));
}

#[test]
fn delete_everything_removes_every_askel_key_and_nothing_else() {
    let s = store();
    s.set_consent(ASSESSMENT, true).expect("opt in");
    s.save(KEY, &history()).expect("saved");
    s.set_consent(SCENARIO, true).expect("opt in");
    s.save(SCENARIO_KEY, &"x").expect("saved");
    {
        let mut map = s.backend().map.borrow_mut();
        map.insert("askel.unknown-future-key".to_owned(), "{garbage".to_owned());
        map.insert("other-site".to_owned(), "keep".to_owned());
        map.insert("askelx".to_owned(), "keep".to_owned());
    }
    assert_eq!(s.owned_keys().expect("keys").len(), 5);
    s.delete_everything().expect("deleted");
    assert_eq!(s.owned_keys(), Ok(vec![]));
    let left: Vec<String> = s.backend().map.borrow().keys().cloned().collect();
    assert_eq!(left, vec!["askelx".to_owned(), "other-site".to_owned()]);
    assert_eq!(s.consent(ASSESSMENT), Ok(false));
}

#[test]
fn keys_must_be_askel_keys() {
    let s = store();
    s.set_consent(ASSESSMENT, true).expect("opt in");
    for key in ["", "askel.", "other", "Askel.x"] {
        assert_eq!(s.save(key, &1), Err(StorageError::BadKey(key.to_owned())));
        assert_eq!(s.load::<u8>(key), Err(StorageError::BadKey(key.to_owned())));
    }
}

#[test]
fn the_browser_store_is_unavailable_natively() {
    assert_eq!(
        askel::storage::consent(ASSESSMENT),
        Err(StorageError::Unavailable)
    );
    assert_eq!(
        askel::storage::save(KEY, &1),
        Err(StorageError::Unavailable)
    );
    assert_eq!(
        askel::storage::delete_everything(),
        Err(StorageError::Unavailable)
    );
}

#[test]
fn consent_is_per_feature() {
    let s = store();
    s.set_consent(ASSESSMENT, true).expect("opt in");
    assert_eq!(s.consent(SCENARIO), Ok(false));
    assert_eq!(
        s.save(SCENARIO_KEY, &"scenario"),
        Err(StorageError::NoConsent),
        "opting in on the self-assessment does not save the income scenario"
    );
    assert_eq!(raw(&s, SCENARIO_KEY), None);
    s.set_consent(SCENARIO, true).expect("opt in");
    s.save(SCENARIO_KEY, &"scenario").expect("saved");
    s.set_consent(SCENARIO, false).expect("opt out");
    assert_eq!(
        s.consent(ASSESSMENT),
        Ok(true),
        "the other feature keeps its consent"
    );
    // A data key that belongs to no feature is refused, and so is writing a consent as data.
    assert_eq!(
        s.save("askel.other", &1),
        Err(StorageError::BadKey("askel.other".into()))
    );
    assert!(s.save(ASSESSMENT.consent_key(), &false).is_err());
}

#[test]
fn the_old_single_consent_migrates_to_the_features_that_have_data() {
    // Only the history was saved under the old consent: the assessment keeps its consent,
    // the scenario needs a new opt-in.
    let s = store();
    {
        let mut map = s.backend().map.borrow_mut();
        map.insert(LEGACY_CONSENT_KEY.into(), encode(&true).expect("encodes"));
        map.insert(KEY.into(), encode(&history()).expect("encodes"));
    }
    assert_eq!(s.consent(SCENARIO), Ok(false));
    assert_eq!(s.consent(ASSESSMENT), Ok(true));
    assert_eq!(raw(&s, LEGACY_CONSENT_KEY), None, "the old key is gone");
    assert_eq!(s.load::<History>(KEY), Ok(Some(history())), "data kept");
    // Both saved: both keep consent.
    let s = store();
    {
        let mut map = s.backend().map.borrow_mut();
        map.insert(LEGACY_CONSENT_KEY.into(), encode(&true).expect("encodes"));
        map.insert(KEY.into(), encode(&history()).expect("encodes"));
        map.insert(SCENARIO_KEY.into(), "{\"format\":1,\"data\":{}}".into());
    }
    assert_eq!(s.consent(SCENARIO), Ok(true));
    assert_eq!(s.consent(ASSESSMENT), Ok(true));
    // Consent without any data: nothing to keep, so no feature saves until asked again.
    let s = store();
    s.backend()
        .map
        .borrow_mut()
        .insert(LEGACY_CONSENT_KEY.into(), encode(&true).expect("encodes"));
    assert_eq!(s.consent(ASSESSMENT), Ok(false));
    assert_eq!(s.consent(SCENARIO), Ok(false));
    assert!(s.owned_keys().expect("keys").is_empty());
}

#[test]
fn modify_reads_what_is_stored_now_so_two_tabs_lose_nothing() {
    let s = store();
    s.set_consent(ASSESSMENT, true).expect("opt in");
    // Tab A and tab B both start from the same (empty) history; each adds one result.
    let (a, id_a) = s
        .modify(KEY, |h: &mut History| {
            h.add(history().entries()[0].result.clone())
        })
        .expect("written");
    let (b, id_b) = s
        .modify(KEY, |h: &mut History| {
            h.add(history().entries()[0].result.clone())
        })
        .expect("written");
    assert_eq!(a.entries().len(), 1);
    assert_eq!(b.entries().len(), 2, "B added to what A wrote");
    assert_ne!(
        id_a.expect("valid"),
        id_b.expect("valid"),
        "ids stay unique"
    );
}

#[test]
fn modify_never_writes_over_an_unreadable_record_or_before_opt_in() {
    let s = store();
    assert_eq!(
        s.modify(KEY, |_: &mut History| ()).map(|_| ()),
        Err(StorageError::NoConsent)
    );
    assert_eq!(raw(&s, KEY), None);
    s.set_consent(ASSESSMENT, true).expect("opt in");
    s.backend()
        .map
        .borrow_mut()
        .insert(KEY.into(), "{\"format\":1,\"data\":{\"format\":\"x".into());
    let err = s.modify(KEY, |_: &mut History| ()).map(|_| ()).unwrap_err();
    assert!(err.is_unreadable_data());
    assert_eq!(
        raw(&s, KEY).as_deref(),
        Some("{\"format\":1,\"data\":{\"format\":\"x"),
        "kept as it was"
    );
}

#[test]
fn deleting_one_feature_leaves_the_other_and_the_inventory_says_what_is_stored() {
    let s = store();
    assert!(s.inventory().expect("readable").is_empty());
    s.set_consent(ASSESSMENT, true).expect("opt in");
    s.save(KEY, &history()).expect("saved");
    s.set_consent(SCENARIO, true).expect("opt in");
    s.save(SCENARIO_KEY, &"scenario").expect("saved");
    s.backend()
        .map
        .borrow_mut()
        .insert("askel.future".into(), "x".into());
    assert_eq!(
        s.inventory(),
        Ok(Inventory {
            consent: vec![ASSESSMENT, SCENARIO],
            data: vec![ASSESSMENT, SCENARIO],
            other: vec!["askel.future".into()],
        })
    );
    s.delete_feature(SCENARIO).expect("deleted");
    assert_eq!(raw(&s, SCENARIO_KEY), None);
    assert_eq!(s.consent(SCENARIO), Ok(false));
    assert_eq!(s.consent(ASSESSMENT), Ok(true));
    assert_eq!(s.load::<History>(KEY), Ok(Some(history())));
    s.delete_feature(ASSESSMENT).expect("deleted");
    assert_eq!(s.owned_keys(), Ok(vec!["askel.future".to_owned()]));
}
