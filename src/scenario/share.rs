//! The share-link codec: a [`Scenario`] as a short, URL-safe text for the fragment of a link
//! (`https://…/?lang=fi#s1.eJyrVkrOz…`), and back.
//!
//! Why the fragment: browsers never send it to a server, so a shared link carries the answers
//! from one device to another without anything passing through a server of ours or anyone's.
//!
//! The payload is `s1.` followed by base64url (RFC 4648 §5, no padding) of the zlib-compressed
//! scenario JSON — exactly the JSON of [`Scenario::to_json`], so a link, a file and a golden case
//! hold the same format. The `s1` names the payload version: a future format gets `s2.` and this
//! decoder says "unknown version" instead of guessing. zlib's Adler-32 checksum catches most
//! truncated or altered links before the JSON is even read.
//!
//! [`decode`] never panics and never allocates more than [`MAX_JSON_BYTES`] for the expanded
//! JSON, whatever it is given (a "zip bomb" stops at the limit); every failure is a typed
//! [`ShareError`] the UI puts into words.
//!
//! Boundary: pure Rust (miniz_oxide, serde_json); never imports web crates.

use super::{Opened, Scenario, ScenarioErrors};

/// Prefix of a version-1 payload.
pub const PREFIX: &str = "s1.";
/// Largest JSON a payload may expand to. A real scenario is 1–3 KB; 64 KB leaves room for
/// every option and label while stopping a decompression bomb early.
pub const MAX_JSON_BYTES: usize = 64 * 1024;
/// Longest payload text accepted (longer links are refused before decoding anything).
pub const MAX_PAYLOAD_CHARS: usize = 32 * 1024;
/// zlib level used for links: the best ratio (scenarios are tiny, so speed does not matter).
const LEVEL: u8 = 9;

/// Why a payload could not be opened.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ShareError {
    /// Nothing after the version prefix, or no `.` after the version.
    Empty,
    /// A version this build does not know (the text before the first `.`).
    UnknownVersion(String),
    /// Not valid base64url (a character outside `A–Z a–z 0–9 - _`, or a cut-off length).
    BadEncoding,
    /// The bytes are not a complete zlib stream, its checksum does not match, or bytes follow
    /// the end of the stream (a link is exactly one stream; anything after it was added).
    BadCompression,
    /// Longer than [`MAX_PAYLOAD_CHARS`], or expands to more than [`MAX_JSON_BYTES`].
    TooLarge,
    /// The expanded bytes are not UTF-8 text.
    NotText,
    /// The JSON is not a valid scenario (includes "not JSON" as [`super::Problem::InvalidJson`]).
    Invalid(ScenarioErrors),
}

impl std::fmt::Display for ShareError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ShareError::Empty => write!(f, "empty share payload"),
            ShareError::UnknownVersion(v) => write!(f, "unknown share payload version {v:?}"),
            ShareError::BadEncoding => write!(f, "share payload is not base64url"),
            ShareError::BadCompression => write!(f, "share payload is not a valid zlib stream"),
            ShareError::TooLarge => write!(f, "share payload is too large"),
            ShareError::NotText => write!(f, "share payload is not UTF-8 text"),
            ShareError::Invalid(errors) => write!(f, "invalid scenario: {errors}"),
        }
    }
}

impl std::error::Error for ShareError {}

/// The scenario as a version-1 payload (`s1.…`), ready to follow `#` in a link.
pub fn encode(scenario: &Scenario) -> String {
    let json = scenario.to_json();
    let packed = miniz_oxide::deflate::compress_to_vec_zlib(json.as_bytes(), LEVEL);
    let mut out = String::with_capacity(PREFIX.len() + packed.len() * 4 / 3 + 4);
    out.push_str(PREFIX);
    base64url_encode(&packed, &mut out);
    out
}

/// Reads a payload (with or without a leading `#`) back into a validated scenario.
pub fn decode(payload: &str) -> Result<Scenario, ShareError> {
    open(payload).map(|opened| opened.scenario)
}

/// [`decode`] with what had to change to open it (see [`Scenario::read`]).
pub fn open(payload: &str) -> Result<Opened, ShareError> {
    let payload = payload.strip_prefix('#').unwrap_or(payload);
    if payload.len() > MAX_PAYLOAD_CHARS {
        return Err(ShareError::TooLarge);
    }
    let Some((version, data)) = payload.split_once('.') else {
        return Err(if is_version(payload) {
            ShareError::Empty
        } else {
            ShareError::UnknownVersion(shorten(payload))
        });
    };
    if version != "s1" {
        return Err(ShareError::UnknownVersion(shorten(version)));
    }
    if data.is_empty() {
        return Err(ShareError::Empty);
    }
    let packed = base64url_decode(data).ok_or(ShareError::BadEncoding)?;
    let json = inflate_exactly(&packed)?;
    let text = std::str::from_utf8(&json).map_err(|_| ShareError::NotText)?;
    Scenario::read(text).map_err(ShareError::Invalid)
}

/// Expands one complete zlib stream that fills `packed` exactly, to at most [`MAX_JSON_BYTES`].
fn inflate_exactly(packed: &[u8]) -> Result<Vec<u8>, ShareError> {
    use miniz_oxide::inflate::core::{decompress, inflate_flags, DecompressorOxide};
    use miniz_oxide::inflate::TINFLStatus;
    let flags = inflate_flags::TINFL_FLAG_PARSE_ZLIB_HEADER
        | inflate_flags::TINFL_FLAG_USING_NON_WRAPPING_OUTPUT_BUF;
    let mut out = vec![0u8; (packed.len() * 4).clamp(256, MAX_JSON_BYTES)];
    let mut decompressor = Box::<DecompressorOxide>::default();
    let (mut read, mut written) = (0usize, 0usize);
    loop {
        let input = packed.get(read..).ok_or(ShareError::BadCompression)?;
        let (status, consumed, produced) =
            decompress(&mut decompressor, input, &mut out, written, flags);
        read += consumed;
        written += produced;
        match status {
            TINFLStatus::Done if read == packed.len() => {
                out.truncate(written);
                return Ok(out);
            }
            TINFLStatus::HasMoreOutput if out.len() < MAX_JSON_BYTES => {
                let grown = (out.len() * 2).min(MAX_JSON_BYTES);
                out.resize(grown, 0);
            }
            TINFLStatus::HasMoreOutput => return Err(ShareError::TooLarge),
            _ => return Err(ShareError::BadCompression),
        }
    }
}

/// Whether a URL fragment (with or without `#`) is meant as a share payload: `s`, a digit, then
/// anything. Other fragments (`#main` from the skip link) are not payloads and are left alone;
/// a payload of an unknown version or a broken one still counts, so it gets a clear message.
pub fn is_payload(fragment: &str) -> bool {
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    let mut chars = fragment.chars();
    chars.next() == Some('s') && chars.next().is_some_and(|c| c.is_ascii_digit())
}

/// The payload in a URL fragment: `None` when the fragment is not a share payload at all,
/// otherwise what [`open`] makes of it.
pub fn from_fragment(fragment: &str) -> Option<Result<Opened, ShareError>> {
    is_payload(fragment).then(|| open(fragment))
}

fn is_version(text: &str) -> bool {
    text.len() <= 8 && is_payload(text) && text[1..].bytes().all(|b| b.is_ascii_digit())
}

/// At most 16 characters of untrusted text, for an error value.
fn shorten(text: &str) -> String {
    text.chars().take(16).collect()
}

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// base64url without padding (RFC 4648 §5).
pub fn base64url_encode(bytes: &[u8], out: &mut String) {
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            chunk.get(1).copied().unwrap_or(0),
            chunk.get(2).copied().unwrap_or(0),
        ];
        let n = u32::from(b[0]) << 16 | u32::from(b[1]) << 8 | u32::from(b[2]);
        for i in 0..=chunk.len() {
            let index = (n >> (18 - 6 * i)) & 63;
            out.push(char::from(ALPHABET[index as usize]));
        }
    }
}

fn sextet(c: u8) -> Option<u32> {
    let value = match c {
        b'A'..=b'Z' => c - b'A',
        b'a'..=b'z' => c - b'a' + 26,
        b'0'..=b'9' => c - b'0' + 52,
        b'-' => 62,
        b'_' => 63,
        _ => return None,
    };
    Some(u32::from(value))
}

/// Reads base64url; trailing `=` padding is tolerated, anything else outside the alphabet (or a
/// length no encoder produces) is `None`.
pub fn base64url_decode(text: &str) -> Option<Vec<u8>> {
    let text = text.trim_end_matches('=').as_bytes();
    if text.len() % 4 == 1 {
        return None;
    }
    let mut out = Vec::with_capacity(text.len() * 3 / 4);
    for chunk in text.chunks(4) {
        let mut n = 0u32;
        for (i, &c) in chunk.iter().enumerate() {
            n |= sextet(c)? << (18 - 6 * i);
        }
        let bytes = n.to_be_bytes();
        out.extend_from_slice(&bytes[1..chunk.len()]);
    }
    Some(out)
}

// proptest is a native-only dev-dependency.
#[cfg(test)]
#[cfg(not(target_arch = "wasm32"))]
mod tests {
    use super::*;
    use crate::scenario::presets;
    use crate::scenario::Problem;
    use crate::units::Cents;
    use proptest::prelude::*;

    fn preset(id: &str) -> Scenario {
        let date = crate::scenario::Date::new(2026, 6, 1).expect("date");
        presets::all(date)
            .into_iter()
            .find(|p| p.id == id)
            .expect("preset")
            .scenario
    }

    fn pack(bytes: &[u8]) -> String {
        let mut out = String::from(PREFIX);
        base64url_encode(
            &miniz_oxide::deflate::compress_to_vec_zlib(bytes, LEVEL),
            &mut out,
        );
        out
    }

    #[test]
    fn every_preset_round_trips_and_is_short() {
        for p in presets::all(crate::scenario::Date::new(2026, 6, 1).expect("date")) {
            let payload = encode(&p.scenario);
            assert!(payload.starts_with(PREFIX));
            assert!(
                payload
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b"-_.".contains(&b)),
                "URL-safe: {payload}"
            );
            assert!(payload.len() < 1200, "{}: {} chars", p.id, payload.len());
            assert_eq!(decode(&payload), Ok(p.scenario.clone()), "{}", p.id);
            assert_eq!(decode(&format!("#{payload}")), Ok(p.scenario), "with #");
        }
    }

    #[test]
    fn the_pension_inputs_survive_a_link() {
        let mut s = presets::all(crate::scenario::Date::new(2026, 6, 1).expect("date"))
            .into_iter()
            .find(|p| p.id == "pekka")
            .expect("pekka")
            .scenario;
        let a = &mut s.household.adults[0];
        a.disability_pension = crate::scenario::DisabilityPension::FullFixedTerm;
        a.earnings_related_pension_limit = Some(Cents::euros(1200));
        a.kela_disability_pension = true;
        a.kela_disability_pension_limit = Some(Cents(99_090));
        a.other_pensions_monthly = Cents(12_345);
        let back = decode(&encode(&s)).expect("decodes");
        assert_eq!(back, s);
        assert_eq!(
            back.household.adults[0].pre_disability_earnings,
            Some(Cents::euros(4500))
        );
    }

    #[test]
    fn base64url_matches_rfc_4648_vectors() {
        let cases: [(&str, &str); 7] = [
            ("", ""),
            ("f", "Zg"),
            ("fo", "Zm8"),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg"),
            ("fooba", "Zm9vYmE"),
            ("foobar", "Zm9vYmFy"),
        ];
        for (plain, encoded) in cases {
            let mut out = String::new();
            base64url_encode(plain.as_bytes(), &mut out);
            assert_eq!(out, encoded);
            assert_eq!(base64url_decode(encoded).as_deref(), Some(plain.as_bytes()));
        }
        let mut out = String::new();
        base64url_encode(&[0xfb, 0xff, 0xbf], &mut out);
        assert_eq!(out, "-_-_", "URL-safe alphabet");
        assert_eq!(base64url_decode("Zm9vYg=="), Some(b"foob".to_vec()));
        assert_eq!(
            base64url_decode("Zm9v+g"),
            None,
            "standard alphabet refused"
        );
        assert_eq!(base64url_decode("Zm9vY"), None, "impossible length");
    }

    #[test]
    fn each_kind_of_damage_has_its_own_error() {
        let good = encode(&preset("matti"));
        let data = &good[PREFIX.len()..];
        assert_eq!(decode("s1."), Err(ShareError::Empty));
        assert_eq!(decode("s1"), Err(ShareError::Empty));
        assert_eq!(
            decode(&format!("s9.{data}")),
            Err(ShareError::UnknownVersion("s9".into()))
        );
        assert_eq!(
            decode("hello"),
            Err(ShareError::UnknownVersion("hello".into()))
        );
        assert_eq!(decode("s1.abc*def"), Err(ShareError::BadEncoding));
        assert_eq!(decode("s1.Zm9vY"), Err(ShareError::BadEncoding));
        // Cut in the middle: the stream ends early.
        assert_eq!(
            decode(&good[..good.len() / 2]),
            Err(ShareError::BadCompression)
        );
        // Valid base64url, but not zlib.
        assert_eq!(
            decode("s1.SGVsbG8gd29ybGQ"),
            Err(ShareError::BadCompression)
        );
        // One character changed near the end: the checksum (or the stream) no longer matches.
        let mut tampered = good.clone().into_bytes();
        let at = tampered.len() - 3;
        tampered[at] = if tampered[at] == b'A' { b'B' } else { b'A' };
        let tampered = String::from_utf8(tampered).expect("ascii");
        assert!(
            matches!(
                decode(&tampered),
                Err(ShareError::BadCompression | ShareError::Invalid(_))
            ),
            "{:?}",
            decode(&tampered)
        );
        assert_eq!(decode(&pack(&[0xff, 0xfe, 0x00])), Err(ShareError::NotText));
        match decode(&pack(b"this is not json")) {
            Err(ShareError::Invalid(ScenarioErrors(errors))) => {
                assert!(matches!(errors[0].problem, Problem::InvalidJson { .. }))
            }
            other => panic!("expected invalid JSON, got {other:?}"),
        }
        match decode(&pack(br#"{"format":"askel-scenario/1"}"#)) {
            Err(ShareError::Invalid(ScenarioErrors(errors))) => {
                assert!(errors.iter().any(|e| e.problem == Problem::Missing))
            }
            other => panic!("expected missing fields, got {other:?}"),
        }
        let mut negative = preset("matti");
        negative.housing.rent = crate::rules::Cents(-100);
        match decode(&encode(&negative)) {
            Err(ShareError::Invalid(ScenarioErrors(errors))) => {
                assert_eq!(errors[0].path, "housing.rent");
                assert_eq!(errors[0].problem, Problem::Negative);
            }
            other => panic!("expected a negative rent, got {other:?}"),
        }
    }

    #[test]
    fn a_decompression_bomb_stops_at_the_limit() {
        let bomb = pack(&vec![b' '; 10 * MAX_JSON_BYTES]);
        assert!(bomb.len() < 2000, "the bomb is small: {}", bomb.len());
        assert_eq!(decode(&bomb), Err(ShareError::TooLarge));
        let long = format!("s1.{}", "A".repeat(MAX_PAYLOAD_CHARS));
        assert_eq!(decode(&long), Err(ShareError::TooLarge));
    }

    #[test]
    fn only_share_fragments_are_payloads() {
        assert!(from_fragment("").is_none());
        assert!(from_fragment("#").is_none());
        assert!(from_fragment("#main").is_none());
        assert!(from_fragment("#section-2").is_none());
        assert!(matches!(
            from_fragment("#s9.abc"),
            Some(Err(ShareError::UnknownVersion(_)))
        ));
        assert!(matches!(from_fragment("#s1.%%%"), Some(Err(_))));
        let good = encode(&preset("jenna"));
        assert_eq!(
            from_fragment(&format!("#{good}")).map(|r| r.map(|o| o.scenario)),
            Some(Ok(preset("jenna")))
        );
    }

    #[test]
    fn bytes_after_the_zlib_stream_are_refused() {
        let json = preset("matti").to_json();
        let mut packed = miniz_oxide::deflate::compress_to_vec_zlib(json.as_bytes(), LEVEL);
        let mut exact = String::from(PREFIX);
        base64url_encode(&packed, &mut exact);
        assert_eq!(decode(&exact), Ok(preset("matti")));
        packed.extend_from_slice(b"extra");
        let mut padded = String::from(PREFIX);
        base64url_encode(&packed, &mut padded);
        assert_eq!(decode(&padded), Err(ShareError::BadCompression));
    }

    #[test]
    fn a_label_longer_than_the_form_allows_is_refused_so_every_file_can_make_its_link() {
        let mut long = preset("jenna");
        long.options[0].label = "x".repeat(crate::scenario::MAX_LABEL_CHARS + 1);
        match decode(&encode(&long)) {
            Err(ShareError::Invalid(ScenarioErrors(errors))) => {
                assert_eq!(errors[0].path, "options[0].label");
                assert_eq!(
                    errors[0].problem,
                    Problem::TooLong {
                        max: crate::scenario::MAX_LABEL_CHARS
                    }
                );
            }
            other => panic!("expected a label too long, got {other:?}"),
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

        #[test]
        fn any_text_decodes_without_panic(text in ".{0,400}") {
            let _ = decode(&text);
            let _ = decode(&format!("s1.{text}"));
            let _ = from_fragment(&text);
        }

        #[test]
        fn any_url_safe_text_decodes_without_panic(text in "[A-Za-z0-9_=-]{0,600}") {
            let _ = decode(&format!("s1.{text}"));
        }

        #[test]
        fn any_bytes_decode_without_panic(bytes in proptest::collection::vec(any::<u8>(), 0..600)) {
            let mut encoded = String::from(PREFIX);
            base64url_encode(&bytes, &mut encoded);
            let _ = decode(&encoded);
            let _ = decode(&pack(&bytes));
            let _ = base64url_decode(&String::from_utf8_lossy(&bytes));
        }

        #[test]
        fn base64url_round_trips(bytes in proptest::collection::vec(any::<u8>(), 0..300)) {
            let mut encoded = String::new();
            base64url_encode(&bytes, &mut encoded);
            prop_assert_eq!(base64url_decode(&encoded), Some(bytes));
        }

        #[test]
        fn damaged_links_never_panic_and_never_load_something_else(
            id in prop::sample::select(vec!["matti", "jenna", "irina", "mika", "janica", "sanna", "timo", "paula", "pekka"]),
            cut in 0usize..2000,
            at in 0usize..2000,
            with in prop::sample::select(b"Aa0-_Zz9".to_vec()),
        ) {
            let original = preset(id);
            let good = encode(&original);
            let truncated = &good[..cut.min(good.len())];
            if let Ok(s) = decode(truncated) {
                prop_assert_eq!(&s, &original);
            }
            let mut bytes = good.clone().into_bytes();
            let at = PREFIX.len() + at % (bytes.len() - PREFIX.len());
            bytes[at] = with;
            let changed = String::from_utf8(bytes).expect("ascii");
            let _ = decode(&changed);
        }
    }
}
