//! Easy-to-read Finnish (selkosuomi) stays easy: a budget for sentence and word length over every
//! `i18n/selko/*.txt` message, measured the same way for standard Finnish, which selko must beat.
//!
//! Why a budget and not a formula: readability formulas are tuned for English and need a large
//! text; what the Finnish easy-language guidance asks for is concrete — short sentences, common
//! (usually short) words, one idea per line, no abbreviations — so the test measures exactly
//! that. It counts only prose (sentences that end in `.`, `?` or `!`), so one-word labels do not
//! pull the averages down; placeholders count as one word each.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;

/// Highest allowed mean words per sentence in selko prose (measured today: about 5).
const MAX_MEAN_WORDS_PER_SENTENCE: f64 = 8.0;
/// Longest allowed single selko sentence, in words.
const MAX_WORDS_IN_A_SENTENCE: usize = 15;
/// Highest allowed mean letters per word in selko prose (measured today: about 5.8).
const MAX_MEAN_LETTERS_PER_WORD: f64 = 6.3;
/// Words of more than this many letters count as long.
const LONG_WORD_LETTERS: usize = 12;
/// Highest allowed share of long words in selko prose, in per mille (measured today: about 20).
const MAX_LONG_WORDS_PER_MILLE: usize = 30;

fn catalogue(lang: &str) -> BTreeMap<String, String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("i18n")
        .join(lang);
    let mut files: Vec<_> = fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| path.extension().is_some_and(|ext| ext == "txt"))
        .collect();
    files.sort();
    let mut out = BTreeMap::new();
    for path in files {
        let text = fs::read_to_string(&path).expect("readable message file");
        for line in text.lines().map(str::trim) {
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            if let Some((key, value)) = line.split_once(" = ") {
                out.insert(key.trim().to_owned(), value.trim().replace("\\n", "\n"));
            }
        }
    }
    out
}

/// A placeholder `{name}` becomes the word `X`.
fn without_placeholders(value: &str) -> String {
    let mut out = String::new();
    let mut rest = value;
    while let Some(start) = rest.find('{') {
        out.push_str(&rest[..start]);
        match rest[start..].find('}') {
            Some(end) => {
                out.push('X');
                rest = &rest[start + end + 1..];
            }
            None => {
                rest = &rest[start..];
                break;
            }
        }
    }
    out.push_str(rest);
    out
}

/// The words of a piece of text: runs of letters (digits and signs are not words).
fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect()
}

/// The prose sentences of a message, each as its words: text up to a `.`, `?` or `!` that is
/// followed by white space or the end. A trailing fragment without such a mark is a label and
/// is not counted.
fn sentences(value: &str) -> Vec<Vec<String>> {
    let text = without_placeholders(value);
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut current = String::new();
    for (i, &c) in chars.iter().enumerate() {
        if c == '\n' {
            current.clear();
            continue;
        }
        current.push(c);
        let ends = matches!(c, '.' | '?' | '!')
            && chars.get(i + 1).is_none_or(|next| next.is_whitespace());
        if ends {
            let w = words(&current);
            if !w.is_empty() {
                out.push(w);
            }
            current.clear();
        }
    }
    out
}

struct Measure {
    sentences: usize,
    words: usize,
    letters: usize,
    long_words: usize,
    longest: (usize, String),
}

impl Measure {
    fn of(catalogue: &BTreeMap<String, String>) -> Measure {
        let mut m = Measure {
            sentences: 0,
            words: 0,
            letters: 0,
            long_words: 0,
            longest: (0, String::new()),
        };
        for (key, value) in catalogue {
            for sentence in sentences(value) {
                m.sentences += 1;
                m.words += sentence.len();
                if sentence.len() > m.longest.0 {
                    m.longest = (sentence.len(), format!("{key}: {}", sentence.join(" ")));
                }
                for word in &sentence {
                    let letters = word.chars().count();
                    m.letters += letters;
                    if letters > LONG_WORD_LETTERS {
                        m.long_words += 1;
                    }
                }
            }
        }
        m
    }

    fn words_per_sentence(&self) -> f64 {
        self.words as f64 / self.sentences.max(1) as f64
    }

    fn letters_per_word(&self) -> f64 {
        self.letters as f64 / self.words.max(1) as f64
    }

    fn long_words_per_mille(&self) -> usize {
        self.long_words * 1000 / self.words.max(1)
    }
}

#[test]
fn sentence_splitting_counts_prose_only() {
    assert_eq!(sentences("Label without a stop").len(), 0);
    assert_eq!(
        sentences("Saat {amount} enemmän. Onko tämä totta? Kyllä!"),
        vec![
            vec!["Saat", "X", "enemmän"],
            vec!["Onko", "tämä", "totta"],
            vec!["Kyllä"]
        ]
    );
    // A date's dots are not sentence ends.
    assert_eq!(sentences("Päivä on 1.5.2026 alkaen.").len(), 1);
}

#[test]
fn selko_texts_stay_within_the_budget() {
    let selko = Measure::of(&catalogue("selko"));
    assert!(selko.sentences > 300, "expected the full selko catalogue");
    assert!(
        selko.words_per_sentence() <= MAX_MEAN_WORDS_PER_SENTENCE,
        "selko: {:.2} words per sentence",
        selko.words_per_sentence()
    );
    assert!(
        selko.longest.0 <= MAX_WORDS_IN_A_SENTENCE,
        "selko: longest sentence has {} words ({})",
        selko.longest.0,
        selko.longest.1
    );
    assert!(
        selko.letters_per_word() <= MAX_MEAN_LETTERS_PER_WORD,
        "selko: {:.2} letters per word",
        selko.letters_per_word()
    );
    assert!(
        selko.long_words_per_mille() <= MAX_LONG_WORDS_PER_MILLE,
        "selko: {} ‰ long words",
        selko.long_words_per_mille()
    );
}

#[test]
fn selko_is_easier_than_standard_finnish() {
    let selko = Measure::of(&catalogue("selko"));
    let finnish = Measure::of(&catalogue("fi"));
    assert!(
        selko.words_per_sentence() < finnish.words_per_sentence(),
        "selko {:.2} vs fi {:.2} words per sentence",
        selko.words_per_sentence(),
        finnish.words_per_sentence()
    );
    assert!(
        selko.letters_per_word() < finnish.letters_per_word(),
        "selko {:.2} vs fi {:.2} letters per word",
        selko.letters_per_word(),
        finnish.letters_per_word()
    );
    assert!(selko.longest.0 < finnish.longest.0);
}

#[test]
fn selko_uses_no_abbreviations() {
    // Common Finnish abbreviations and unit shorthands; selko writes the words out.
    const ABBREVIATIONS: [&str; 14] = [
        "esim.", "ks.", "mm.", "ns.", "yms.", "jne.", "vrt.", "n.", "klo", "/kk", "/vko", "/h",
        " pv", " h/",
    ];
    for (key, value) in catalogue("selko") {
        let lower = format!(" {}", value.to_lowercase());
        for abbreviation in ABBREVIATIONS {
            let found = if abbreviation.ends_with('.') || abbreviation == "klo" {
                lower.contains(&format!(" {abbreviation}"))
            } else {
                lower.contains(abbreviation)
            };
            assert!(!found, "selko {key} uses the abbreviation {abbreviation:?}");
        }
    }
}

#[test]
fn selko_items_use_no_passive() {
    // The Finnish passive ends in -taan/-tään/-daan/-dään (present) or -ttiin/-tiin (past).
    // The items of the self-assessment speak as "I" ("Pystyn…"), never in the passive.
    const PASSIVE_ENDINGS: [&str; 6] = ["taan", "tään", "daan", "dään", "ttiin", "tiin"];
    let selko = catalogue("selko");
    let items: Vec<_> = selko
        .iter()
        .filter(|(key, _)| key.starts_with("assessment.item.") && !key.ends_with(".help"))
        .collect();
    let instrument_items: usize = askel::assessment::instrument()
        .areas
        .iter()
        .map(|area| area.items.len())
        .sum();
    assert_eq!(items.len(), instrument_items, "every item has a selko text");
    for (key, value) in items {
        for word in words(value) {
            let word = word.to_lowercase();
            assert!(
                !PASSIVE_ENDINGS.iter().any(|end| word.ends_with(end)),
                "selko {key}: {word:?} looks like a passive"
            );
        }
    }
}
