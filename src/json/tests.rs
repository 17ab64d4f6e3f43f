use super::*;

#[test]
fn objects_keep_every_key_in_order_and_numbers_their_text() {
    let text = r#" {"b":1,"a":2.50,"c":[true,null,"x\u00e4\n",-0,1E+2]} "#;
    let v = parse(text).expect("json");
    let Value::Object(pairs) = &v else {
        panic!("object")
    };
    assert_eq!(pairs[0], ("b".into(), Value::Number("1".into())));
    assert_eq!(pairs[1], ("a".into(), Value::Number("2.50".into())));
    assert_eq!(
        v.to_text(),
        r#"{"b":1,"a":2.50,"c":[true,null,"xä\n",-0,1E+2]}"#
    );
    let pretty = v.to_pretty_text();
    assert!(pretty.contains("\n  \"c\": [\n    true,"), "{pretty}");
    assert_eq!(parse(&pretty), Ok(v));
    assert_eq!(Value::object([]).to_pretty_text(), "{}");
    assert_eq!(Value::Array(vec![]).to_pretty_text(), "[]");
}

#[test]
fn strings_are_escaped_as_json_requires_and_no_more() {
    let s = "\"\\/\u{8}\t\n\u{c}\r\u{0}\u{1f}\u{7f}\u{85}äö🙂";
    let written = Value::String(s.into()).to_text();
    assert_eq!(
        written,
        "\"\\\"\\\\/\\b\\t\\n\\f\\r\\u0000\\u001f\u{7f}\u{85}äö🙂\""
    );
    assert_eq!(parse(&written), Ok(Value::String(s.into())));
    assert_eq!(
        parse(r#""\ud83d\ude42 \u00E4 \/""#),
        Ok(Value::String("🙂 ä /".into()))
    );
}

#[test]
fn a_key_given_twice_is_refused_where_it_repeats_or_kept_on_request() {
    let text = r#"{"a":1,"b":{"x":0},"a":2}"#;
    assert_eq!(
        parse(text),
        Err(Error {
            at: 19,
            kind: ErrorKind::DuplicateKey
        })
    );
    let kept = parse_keeping_duplicates(text).expect("kept");
    let Value::Object(pairs) = kept else {
        panic!("object")
    };
    assert_eq!(pairs.len(), 3);
    assert_eq!(pairs[2].0, "a");
    // Equal keys in different objects are fine.
    assert!(parse(r#"{"a":{"a":1},"b":{"a":2}}"#).is_ok());
}

#[test]
fn broken_json_is_an_error_with_its_position_not_a_panic() {
    for (text, at, kind) in [
        ("", 0, ErrorKind::End),
        ("{", 1, ErrorKind::End),
        ("[1,]", 3, ErrorKind::ExpectedValue),
        ("{\"a\"}", 4, ErrorKind::ExpectedColon),
        ("01", 1, ErrorKind::InvalidNumber),
        ("1.", 2, ErrorKind::InvalidNumber),
        ("-", 1, ErrorKind::InvalidNumber),
        ("1e", 2, ErrorKind::InvalidNumber),
        ("\"\\x\"", 2, ErrorKind::InvalidEscape),
        ("\"\\u12g4\"", 3, ErrorKind::InvalidEscape),
        ("\"\\ud800\"", 7, ErrorKind::LoneSurrogate),
        ("\"\\udc00\"", 7, ErrorKind::LoneSurrogate),
        ("nul", 0, ErrorKind::UnknownWord),
        ("{} x", 3, ErrorKind::TrailingText),
        ("[1 2]", 3, ErrorKind::ExpectedCommaOrBracket),
        ("{\"a\":1 \"b\":2}", 7, ErrorKind::ExpectedCommaOrBrace),
        ("\"a\u{1}\"", 2, ErrorKind::ControlCharacter),
        ("{\"a\":1,}", 7, ErrorKind::ExpectedKey),
        ("\"abc", 4, ErrorKind::UnterminatedString),
        ("+1", 0, ErrorKind::ExpectedValue),
    ] {
        assert_eq!(parse(text), Err(Error { at, kind }), "{text:?}");
    }
    let deep = "[".repeat(10_000);
    assert_eq!(parse(&deep).map_err(|e| e.kind), Err(ErrorKind::TooDeep));
    let long = " ".repeat(MAX_LEN + 1);
    assert_eq!(parse(&long).map_err(|e| e.kind), Err(ErrorKind::TooLong));
    assert_eq!(
        parse("[1,}").map_err(|e| e.to_string()),
        Err("expected a value at byte 3".to_owned())
    );
}

#[test]
fn typed_values_read_strictly() {
    assert_eq!(u8::read_json(&Value::integer(255)), Ok(255));
    assert!(u8::read_json(&Value::integer(256)).is_err());
    assert!(u8::read_json(&Value::Number("3.0".into())).is_err());
    assert!(u8::read_json(&Value::Number("3e0".into())).is_err());
    assert_eq!(i64::read_json(&Value::Number("-0".into())), Ok(0));
    assert!(u64::read_json(&Value::Number("1".repeat(60))).is_err());
    assert_eq!(
        <Vec<(String, Option<u32>)>>::read_json(&parse(r#"[["a",1],["b",null]]"#).unwrap()),
        Ok(vec![("a".into(), Some(1)), ("b".into(), None)])
    );
    let v = parse(r#"{"a":1,"b":"x"}"#).unwrap();
    let f = Fields::of(&v, &["a", "b", "c"]).expect("known");
    assert_eq!(f.required::<u8>("a"), Ok(1));
    assert_eq!(f.or_default::<String>("c"), Ok(String::new()));
    assert_eq!(
        f.required::<u8>("b").map_err(|m| m.to_string()),
        Err("`b`: expected a whole number".to_owned())
    );
    assert!(Fields::of(&v, &["a"]).is_err(), "unknown key");
    let twice = parse_keeping_duplicates(r#"{"a":1,"a":1}"#).unwrap();
    assert!(Fields::of(&twice, &["a"]).is_err(), "key given twice");
    assert_eq!(
        parse(r#"{"m":1}"#)
            .unwrap()
            .get("m")
            .and_then(Value::as_u64),
        Some(1)
    );
}

#[test]
fn sorted_orders_the_keys_of_every_object() {
    let v = parse(r#"{"b":[{"d":1,"c":2}],"a":null}"#).unwrap();
    assert_eq!(v.sorted().to_text(), r#"{"a":null,"b":[{"c":2,"d":1}]}"#);
}
