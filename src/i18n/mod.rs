//! Messages in Finnish, Swedish, English and easy-to-read Finnish (selkosuomi), and number and money formatting per language.
//!
//! Why a generated catalogue: every message lives in `i18n/<lang>/<domain>.txt`, and the build
//! script (`build/i18n.rs`) refuses to build when a key is missing, empty or has different
//! placeholders in any language. Code refers to messages through constants in [`k`], so a page
//! can never render a raw key. Keys that data builds from its ids (the items of the
//! self-assessment: `concat!("assessment.item.", $id)`) go through [`message_key!`], which finds
//! the key while compiling and stops the build when it is missing. The build script also checks
//! every `tr_args(lang, k::…, &[("name", …)])` call: the names passed must be exactly the
//! message's placeholders.
//!
//! The browser build carries no key names at all (34 KB): code that picks a message from data
//! maps the data's ids to [`k`] constants or [`message_key!`]s, and [`lookup`] by a name made at
//! run time, [`key`] and [`Key::name`] exist natively only (tests, the prerender), so the
//! browser build cannot call them.
//!
//! Boundary: pure Rust. This module never imports `yew`, `web_sys` or `gloo`.

pub mod catalogue;
mod format;

use core::cmp::Ordering;
#[cfg(not(target_arch = "wasm32"))]
use std::sync::OnceLock;

pub use format::{
    collate, count_text, decimal_millionths, money, money_whole, number, percent, percent_ppm,
    plural_form, signed_money,
};

include!(concat!(env!("OUT_DIR"), "/messages.rs"));

/// A message key (an index into the generated catalogue).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Key(u16);

impl Key {
    /// The key's name as written in the catalogue files, e.g. `shell.app_name` (native builds
    /// only, see the module's documentation).
    #[cfg(not(target_arch = "wasm32"))]
    pub fn name(self) -> &'static str {
        names()[usize::from(self.0)]
    }
}

/// A user interface language.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    #[default]
    Fi,
    Sv,
    En,
    /// Easy-to-read Finnish (selkosuomi): the same content in short sentences and common words,
    /// for people who read standard Finnish with difficulty. Its text is Finnish, so the
    /// document's `lang` attribute is `fi` ([`Lang::html_lang`]); only the URL code differs.
    Selko,
}

impl Lang {
    /// All languages, in the order the language switch shows them.
    pub const ALL: [Lang; 4] = [Lang::Fi, Lang::Sv, Lang::En, Lang::Selko];

    /// The code in URLs (`?lang=selko`) and in the catalogue folder names: ISO 639-1 for the
    /// three standard languages, `selko` for easy-to-read Finnish.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Fi => "fi",
            Lang::Sv => "sv",
            Lang::En => "en",
            Lang::Selko => "selko",
        }
    }

    /// The BCP 47 tag for the `lang` and `hreflang` attributes. Easy-to-read Finnish is Finnish
    /// for screen readers, spell-checkers and hyphenation, so it is `fi`.
    pub fn html_lang(self) -> &'static str {
        match self {
            Lang::Fi | Lang::Selko => "fi",
            Lang::Sv => "sv",
            Lang::En => "en",
        }
    }

    /// The language from its code; `None` for anything else.
    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|lang| lang.code() == code)
    }

    /// The language's name in itself (shown in the language switch).
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::Fi => "Suomi",
            Lang::Sv => "Svenska",
            Lang::En => "English",
            Lang::Selko => "Selkosuomi",
        }
    }

    /// The language's messages. Natively (tests, the prerender) every language is compiled in;
    /// in the browser none is, and a language is there once its file has been installed
    /// ([`catalogue`]): the app starts, and switches language, only then.
    fn table(self) -> &'static [&'static str] {
        #[cfg(not(target_arch = "wasm32"))]
        let table = compiled(self);
        #[cfg(target_arch = "wasm32")]
        let table = catalogue::installed(self).unwrap_or_default();
        table
    }

    /// The compiled-in text of the language's messages (see [`compiled`]): native builds only.
    #[cfg(not(target_arch = "wasm32"))]
    fn compiled_text(self) -> &'static str {
        match self {
            Lang::Fi => FI,
            Lang::Sv => SV,
            Lang::En => EN,
            Lang::Selko => SELKO,
        }
    }
}

/// The messages compiled into this build for `lang`, in key order.
///
/// Why a text split at first use: the build writes each language as one text with every message
/// followed by [`catalogue::SEPARATOR`] (the body of a messages file), because a list of string
/// slices adds a pointer and a length, 8 bytes, per message to the WebAssembly module. Splitting
/// the text once costs one pass over it and a list on the heap.
#[cfg(not(target_arch = "wasm32"))]
fn compiled(lang: Lang) -> &'static [&'static str] {
    static SPLIT: [OnceLock<Vec<&'static str>>; Lang::ALL.len()] =
        [const { OnceLock::new() }; Lang::ALL.len()];
    SPLIT[lang as usize].get_or_init(|| catalogue::split(lang.compiled_text()))
}

/// Every key name in key order (sorted), from the generated text of names split at first use
/// (for the same reason as [`compiled`]).
#[cfg(not(target_arch = "wasm32"))]
fn names() -> &'static [&'static str] {
    static NAMES: OnceLock<Vec<&'static str>> = OnceLock::new();
    NAMES.get_or_init(|| NAMES_TEXT.lines().collect())
}

/// The key named `name`, found while compiling: `message_key!("assessment.scale.1")` or
/// `message_key!(concat!("assessment.item.", "body.pain"))`. A name that is not in the catalogue
/// is a compile error ("no such message key"), never a raw key on a page.
#[macro_export]
macro_rules! message_key {
    ($name:expr) => {{
        const KEY: $crate::i18n::Key = $crate::i18n::key_at_compile_time($name);
        KEY
    }};
}

/// A message in its two forms, `<base>.one` and `<base>.other`, for [`count_text`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Plural {
    pub one: Key,
    pub other: Key,
}

/// The two forms of the message `base` (`plural_keys!("summary.facts.adults")`), found while
/// compiling as [`message_key!`] finds a key.
#[macro_export]
macro_rules! plural_keys {
    ($base:literal) => {
        $crate::i18n::Plural {
            one: $crate::message_key!(concat!($base, ".one")),
            other: $crate::message_key!(concat!($base, ".other")),
        }
    };
}

/// Implementation of [`message_key!`]: a binary search over the sorted key names in a `const`
/// context. Use the macro; outside a `const` a missing name would panic at run time.
#[doc(hidden)]
pub const fn key_at_compile_time(name: &str) -> Key {
    let name = name.as_bytes();
    let (mut low, mut high) = (0, KEY_COUNT);
    while low < high {
        let middle = (low + high) / 2;
        match compare_bytes(KEY_NAMES[middle].as_bytes(), name) {
            Ordering::Less => low = middle + 1,
            Ordering::Greater => high = middle,
            // The catalogue has fewer than 65 536 keys (the build writes them as u16 indexes).
            Ordering::Equal => return Key(middle as u16),
        }
    }
    panic!("no such message key in i18n/fi")
}

const fn compare_bytes(a: &[u8], b: &[u8]) -> Ordering {
    let mut i = 0;
    while i < a.len() && i < b.len() {
        if a[i] < b[i] {
            return Ordering::Less;
        }
        if a[i] > b[i] {
            return Ordering::Greater;
        }
        i += 1;
    }
    if a.len() < b.len() {
        Ordering::Less
    } else if a.len() > b.len() {
        Ordering::Greater
    } else {
        Ordering::Equal
    }
}

/// The message for `key` in `lang`.
pub fn tr(lang: Lang, key: Key) -> &'static str {
    lang.table()
        .get(usize::from(key.0))
        .copied()
        .unwrap_or_default()
}

/// The message for `key` with its `{…}` placeholders left in, for a caller that fills them from
/// elsewhere than arguments (`ui::rule_data_text::with_values` fills `{law.name}` with the rule
/// data's values). [`tr`] refuses such a message at build time; [`tr_args`] checks the names.
pub fn tr_template(lang: Lang, key: Key) -> &'static str {
    tr(lang, key)
}

/// The message for `key` with each `{name}` placeholder replaced by its value.
///
/// The names in `args` must be exactly the message's placeholders. The build checks this for
/// every call with a `k::` constant; for a key the caller chooses, a debug assertion checks it
/// whenever the call runs in a test.
pub fn tr_args(lang: Lang, key: Key, args: &[(&str, &str)]) -> String {
    #[cfg(not(target_arch = "wasm32"))]
    debug_assert!(
        passes_its_placeholders(key, args),
        "tr_args for `{}` passes {:?}, the message has {:?}",
        key.name(),
        args.iter().map(|(name, _)| *name).collect::<Vec<_>>(),
        placeholders(key)
    );
    fill(tr(lang, key), args)
}

/// The `{name}` placeholders of the message `key` (sorted; the same in every language).
pub fn placeholders(key: Key) -> &'static [&'static str] {
    PLACEHOLDERS[usize::from(key.0)]
}

#[cfg(not(target_arch = "wasm32"))]
fn passes_its_placeholders(key: Key, args: &[(&str, &str)]) -> bool {
    let mut names: Vec<&str> = args.iter().map(|(name, _)| *name).collect();
    names.sort_unstable();
    names.dedup();
    names == placeholders(key)
}

/// Replaces `{name}` placeholders in `template`.
pub fn fill(template: &str, args: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(start) = rest.find('{') {
        out.push_str(&rest[..start]);
        let after = &rest[start + 1..];
        match after.find('}') {
            Some(end) => {
                let name = &after[..end];
                match args.iter().find(|(arg, _)| *arg == name) {
                    Some((_, value)) => out.push_str(value),
                    None => {
                        out.push('{');
                        out.push_str(name);
                        out.push('}');
                    }
                }
                rest = &after[end + 1..];
            }
            None => {
                out.push_str(&rest[start..]);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

/// The key named `name`, if the catalogue has it (native builds only).
#[cfg(not(target_arch = "wasm32"))]
pub fn key(name: &str) -> Option<Key> {
    names()
        .binary_search(&name)
        .ok()
        .and_then(|index| u16::try_from(index).ok())
        .map(Key)
}

/// The message named `name` in `lang`, for keys chosen at run time (native builds only).
#[cfg(not(target_arch = "wasm32"))]
pub fn lookup(lang: Lang, name: &str) -> Option<&'static str> {
    key(name).map(|key| tr(lang, key))
}

/// Every key name in the catalogue (sorted).
pub fn all_keys() -> impl Iterator<Item = Key> {
    (0..KEY_COUNT).filter_map(|index| u16::try_from(index).ok().map(Key))
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn every_message_is_non_empty_in_every_language() {
        for lang in Lang::ALL {
            for key in all_keys() {
                assert!(!tr(lang, key).trim().is_empty(), "{lang:?} {}", key.name());
            }
        }
    }

    #[test]
    #[cfg(not(target_arch = "wasm32"))]
    fn the_compiled_texts_split_into_one_message_per_key() {
        assert_eq!(names(), KEY_NAMES.as_slice());
        for lang in Lang::ALL {
            assert_eq!(compiled(lang).len(), KEY_COUNT, "{lang:?}");
            let last = all_keys().last().expect("a key");
            assert!(!tr(lang, last).ends_with(catalogue::SEPARATOR), "{lang:?}");
        }
        assert_eq!(tr(Lang::En, k::SHELL_APP_NAME), "Askel");
    }

    #[test]
    fn names_are_sorted_and_found() {
        assert!(names().windows(2).all(|w| w[0] < w[1]));
        assert_eq!(key("shell.app_name"), Some(k::SHELL_APP_NAME));
        assert_eq!(key("no.such.key"), None);
    }

    #[test]
    fn keys_are_found_at_compile_time() {
        assert_eq!(message_key!("shell.app_name"), k::SHELL_APP_NAME);
        assert_eq!(
            message_key!(concat!("assessment.band.", "3")),
            k::ASSESSMENT_BAND_3
        );
        for key in all_keys() {
            assert_eq!(key_at_compile_time(key.name()), key);
        }
    }

    #[test]
    fn placeholders_are_known_per_key() {
        assert_eq!(placeholders(k::SHELL_APP_NAME), &[] as &[&str]);
        assert_eq!(placeholders(k::SCENARIO_EXPLAIN_MORE), &["amount"]);
        assert!(passes_its_placeholders(
            k::SCENARIO_EXPLAIN_MORE,
            &[("amount", "1 €")]
        ));
        assert!(!passes_its_placeholders(
            k::SCENARIO_EXPLAIN_MORE,
            &[("amuont", "1 €")]
        ));
        assert!(!passes_its_placeholders(k::SCENARIO_EXPLAIN_MORE, &[]));
    }

    #[test]
    fn placeholders_are_filled() {
        assert_eq!(fill("{a} and {b}", &[("a", "1"), ("b", "2")]), "1 and 2");
        assert_eq!(fill("{missing} {", &[]), "{missing} {");
    }

    #[test]
    fn language_codes_round_trip() {
        for lang in Lang::ALL {
            assert_eq!(Lang::from_code(lang.code()), Some(lang));
        }
        assert_eq!(Lang::from_code("de"), None);
        // The language switch upper-cases the codes as ASCII (src/ui/lang_switch.rs).
        assert!(Lang::ALL.iter().all(|lang| lang.code().is_ascii()));
        assert_eq!(Lang::from_code("selko"), Some(Lang::Selko));
    }

    #[test]
    fn easy_finnish_is_finnish_for_the_document() {
        assert_eq!(Lang::Selko.html_lang(), "fi");
        assert_eq!(Lang::Selko.native_name(), "Selkosuomi");
        assert_eq!(Lang::Sv.html_lang(), "sv");
    }
}
