//! A language's messages as a file of its own, per WebAssembly module, so the browser
//! downloads only the language a page is read in, and only the messages its module shows.
//!
//! Why: with every language compiled into the WebAssembly, each visitor downloaded four
//! catalogues to read one (about 20 KB gzip each, docs/PERFORMANCE.md), and with one language
//! built in, a Swedish page still carried the Finnish one. The browser build carries no
//! messages: the prerender step (examples/prerender.rs) writes, for every module of
//! src/ui/modules.rs and every language, `messages/<module>/<code>.txt` with [`file_text`], the
//! page's HTML preloads its own module's file in its language, the app installs it with
//! [`install`] before it starts (or before switching language), and the service worker keeps
//! them all for offline use. A module's file leaves out the message domains (the files
//! `i18n/<lang>/<domain>.txt`) that no page of that module shows; each of their messages is
//! [`LEFT_OUT`], so the file still has every key in order. The translations themselves stay in
//! `i18n/<lang>/*.txt`, compiled into native builds (tests, the prerender), and the build's key
//! and placeholder checks are unchanged.
//!
//! The file is compact and needs no parsing library: a header line `askel-messages <count>
//! <fingerprint>` and then the messages in key order, each followed by the record separator
//! U+001E (which no message contains). The fingerprint is of the key names, so a file from
//! another build is refused rather than showing the wrong texts.
//!
//! Boundary: pure Rust, no web crates (the fetching is in `ui::messages`).

use std::sync::OnceLock;

use super::{Lang, KEYS_FINGERPRINT, KEY_COUNT};

/// Ends every message in the file.
pub const SEPARATOR: char = '\u{1e}';

/// Stands for a message that a module's file leaves out (see the module's documentation); no
/// message contains it (build/i18n.rs refuses one). A page that showed one would show this
/// control character: the browser tests look for it in every state they check.
pub const LEFT_OUT: char = '\u{1a}';

/// Installed languages, by [`Lang`] index.
static INSTALLED: [OnceLock<Vec<&'static str>>; Lang::ALL.len()] =
    [const { OnceLock::new() }; Lang::ALL.len()];

/// The file of `lang` for the module named `module`, relative to the app's root
/// (`messages/askel-scenarios/sv.txt`).
pub fn file_name(module: &str, lang: Lang) -> String {
    format!("messages/{module}/{}.txt", lang.code())
}

/// Whether `lang` can be shown with its own messages now: natively always (every language is
/// compiled in), in the browser once its file is installed.
pub fn is_ready(lang: Lang) -> bool {
    cfg!(not(target_arch = "wasm32")) || installed(lang).is_some()
}

/// The messages file of `lang` for a module that leaves out the message domains `left_out`
/// (written at build time from the compiled-in catalogue).
#[cfg(not(target_arch = "wasm32"))]
pub fn file_text(lang: Lang, left_out: &[&str]) -> String {
    let mut text = header();
    for key in super::all_keys() {
        let domain = key.name().split('.').next().unwrap_or_default();
        if left_out.contains(&domain) {
            text.push(LEFT_OUT);
        } else {
            text.push_str(super::tr(lang, key));
        }
        text.push(SEPARATOR);
    }
    text
}

fn header() -> String {
    format!("askel-messages {KEY_COUNT} {KEYS_FINGERPRINT:08x}\n")
}

/// Why a messages file was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileError {
    /// Not a messages file of this build (another build's keys, or not a messages file).
    OtherBuild,
    /// Fewer or more messages than keys, or an empty one.
    Damaged,
}

/// The messages of a text in which every message is followed by [`SEPARATOR`] (a file's body,
/// or a language compiled into a native build).
pub(crate) fn split(body: &str) -> Vec<&str> {
    let body = body.strip_suffix(SEPARATOR).unwrap_or(body);
    body.split(SEPARATOR).collect()
}

/// The messages of a file, in key order.
pub fn parse(text: &str) -> Result<Vec<&str>, FileError> {
    let body = text.strip_prefix(&header()).ok_or(FileError::OtherBuild)?;
    if !body.ends_with(SEPARATOR) {
        return Err(FileError::Damaged);
    }
    let messages = split(body);
    if messages.len() != KEY_COUNT || messages.iter().any(|m| m.trim().is_empty()) {
        return Err(FileError::Damaged);
    }
    Ok(messages)
}

/// Installs `lang`'s messages from its file. The text is kept for the rest of the visit (the
/// messages are `&'static str` like the compiled-in ones); installing a language twice keeps
/// the first.
pub fn install(lang: Lang, text: String) -> Result<(), FileError> {
    if installed(lang).is_some() {
        return Ok(());
    }
    parse(&text)?;
    let text: &'static str = Box::leak(text.into_boxed_str());
    let messages = parse(text)?;
    let _ = INSTALLED[lang as usize].set(messages);
    Ok(())
}

/// `lang`'s installed messages, if its file has been installed.
pub fn installed(lang: Lang) -> Option<&'static [&'static str]> {
    INSTALLED[lang as usize].get().map(Vec::as_slice)
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::i18n::{all_keys, tr};

    #[test]
    fn a_file_gives_back_every_message_of_its_language() {
        for lang in Lang::ALL {
            let text = file_text(lang, &[]);
            let messages = parse(&text).expect("a file of this build");
            for (key, message) in all_keys().zip(&messages) {
                assert_eq!(*message, tr(lang, key), "{lang:?} {}", key.name());
            }
            let without_month = file_text(lang, &["month"]);
            let messages = parse(&without_month).expect("a file of this build");
            for (key, message) in all_keys().zip(&messages) {
                if key.name().starts_with("month.") {
                    assert_eq!(*message, LEFT_OUT.to_string(), "{lang:?} {}", key.name());
                } else {
                    assert_eq!(*message, tr(lang, key), "{lang:?} {}", key.name());
                }
            }
        }
    }

    #[test]
    fn a_file_of_another_build_or_a_damaged_one_is_refused() {
        let text = file_text(Lang::Sv, &[]);
        let other = text.replacen("askel-messages", "askel-messages 1", 1);
        assert_eq!(parse(&other), Err(FileError::OtherBuild));
        assert_eq!(parse("<!doctype html>"), Err(FileError::OtherBuild));
        let cut = &text[..text.len() / 2];
        assert_eq!(parse(cut), Err(FileError::Damaged));
        let extra = format!("{text}one more{SEPARATOR}");
        assert_eq!(parse(&extra), Err(FileError::Damaged));
        assert_eq!(install(Lang::En, cut.to_string()), Err(FileError::Damaged));
        assert!(installed(Lang::En).is_none());
    }

    #[test]
    fn an_installed_file_is_what_the_language_shows() {
        install(Lang::Selko, file_text(Lang::Selko, &["home"])).expect("installs");
        assert_eq!(
            installed(Lang::Selko).map(<[&str]>::len),
            Some(KEY_COUNT),
            "every message"
        );
        assert!(is_ready(Lang::Selko) && is_ready(Lang::Fi));
        assert_eq!(
            file_name("askel-scenarios", Lang::Sv),
            "messages/askel-scenarios/sv.txt"
        );
    }
}
