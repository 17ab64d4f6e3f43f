//! Saving on the device, natively: the opt-in rule, the versioned envelope and every kind of
//! broken input (truncated, wrong types, future versions, storage that throws). Nothing may
//! panic, and unreadable data must be kept, not silently deleted.

use askel::assessment::{score, Answers, History, Response, SingleItemId};
use askel::storage::{decode, encode, MemoryBackend, StorageError, Store, CONSENT_KEY, FORMAT};

const KEY: &str = "askel.assessment.history";

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
    assert_eq!(s.consent(), Ok(false));
    assert_eq!(s.save(KEY, &history()), Err(StorageError::NoConsent));
    assert!(
        s.backend().map.borrow().is_empty(),
        "a refused save writes nothing"
    );
    s.set_consent(false).expect("withdrawing is fine");
    assert!(
        s.backend().map.borrow().is_empty(),
        "saying no is not remembered"
    );
}

#[test]
fn opt_in_then_save_and_load_round_trip() {
    let s = store();
    s.set_consent(true).expect("opt in");
    assert_eq!(s.consent(), Ok(true));
    let h = history();
    s.save(KEY, &h).expect("saved");
    assert_eq!(s.load::<History>(KEY), Ok(Some(h.clone())));
    assert_eq!(s.load::<History>("askel.nothing"), Ok(None));
    let stored = raw(&s, KEY).expect("stored");
    assert!(stored.starts_with(&format!("{{\"format\":{FORMAT},\"data\":")));
    assert!(stored.contains("askel-assessment-history/1"));
    s.set_consent(false).expect("opt out");
    assert_eq!(s.consent(), Ok(false));
    assert_eq!(raw(&s, CONSENT_KEY), None);
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
    s.set_consent(true).expect("opt in");
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
    assert_eq!(disabled.consent(), Err(StorageError::Unavailable));
    assert_eq!(disabled.set_consent(true), Err(StorageError::Unavailable));
    assert_eq!(disabled.delete_everything(), Err(StorageError::Unavailable));
    assert_eq!(
        disabled.load::<History>(KEY),
        Err(StorageError::Unavailable)
    );

    let full = Store::new(MemoryBackend {
        full: true,
        ..MemoryBackend::default()
    });
    assert_eq!(full.set_consent(true), Err(StorageError::WriteFailed));
    assert_eq!(full.consent(), Ok(false));
}

#[test]
fn delete_everything_removes_every_askel_key_and_nothing_else() {
    let s = store();
    s.set_consent(true).expect("opt in");
    s.save(KEY, &history()).expect("saved");
    s.save("askel.scenario.current", &"x").expect("saved");
    {
        let mut map = s.backend().map.borrow_mut();
        map.insert("askel.unknown-future-key".to_owned(), "{garbage".to_owned());
        map.insert("other-site".to_owned(), "keep".to_owned());
        map.insert("askelx".to_owned(), "keep".to_owned());
    }
    assert_eq!(s.owned_keys().expect("keys").len(), 4);
    s.delete_everything().expect("deleted");
    assert_eq!(s.owned_keys(), Ok(vec![]));
    let left: Vec<String> = s.backend().map.borrow().keys().cloned().collect();
    assert_eq!(left, vec!["askelx".to_owned(), "other-site".to_owned()]);
    assert_eq!(s.consent(), Ok(false));
}

#[test]
fn keys_must_be_askel_keys() {
    let s = store();
    s.set_consent(true).expect("opt in");
    for key in ["", "askel.", "other", "Askel.x"] {
        assert_eq!(s.save(key, &1), Err(StorageError::BadKey(key.to_owned())));
        assert_eq!(s.load::<u8>(key), Err(StorageError::BadKey(key.to_owned())));
    }
}

#[test]
fn the_browser_store_is_unavailable_natively() {
    assert_eq!(askel::storage::consent(), Err(StorageError::Unavailable));
    assert_eq!(
        askel::storage::save(KEY, &1),
        Err(StorageError::Unavailable)
    );
    assert_eq!(
        askel::storage::delete_everything(),
        Err(StorageError::Unavailable)
    );
}
