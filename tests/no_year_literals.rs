//! A rule year is data: no year (2025–2030) may be written as a literal in `src/` or `build/`
//! outside tests and comments. Dates the code needs come from the rule data
//! (`rules::first_date`, `rules::last_known_date`, the periods). Names such as
//! `YleistukiNotInForce` are identifiers, not literals, and are allowed.
#![cfg(not(target_arch = "wasm32"))]

use std::path::Path;

/// Every `file:line: text` with a year literal in the Rust files under `dir`.
fn year_literals(dir: &Path, out: &mut Vec<String>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            year_literals(&path, out);
            continue;
        }
        if path.extension().is_none_or(|x| x != "rs") {
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap_or_default();
        for (i, line) in text.lines().enumerate() {
            let trimmed = line.trim_start();
            if trimmed.starts_with("#[cfg(") && trimmed.contains("test") {
                break; // the rest of the file is its test module
            }
            let code = trimmed.split("//").next().unwrap_or_default();
            if has_year(code) {
                out.push(format!("{}:{}: {}", path.display(), i + 1, line.trim()));
            }
        }
    }
}

/// Whether `code` holds 2025…2030 as a token of its own (not inside an identifier or number).
fn has_year(code: &str) -> bool {
    let bytes = code.as_bytes();
    let word = |b: u8| b.is_ascii_alphanumeric() || b == b'_' || b == b'.';
    (0..bytes.len().saturating_sub(3)).any(|i| {
        let Ok(token) = std::str::from_utf8(&bytes[i..i + 4]) else {
            return false;
        };
        let before_ok = i == 0 || !word(bytes[i - 1]);
        let after_ok = i + 4 >= bytes.len() || !word(bytes[i + 4]);
        before_ok
            && after_ok
            && token
                .parse::<u16>()
                .is_ok_and(|y| (2025..=2030).contains(&y))
    })
}

#[test]
fn the_detector_finds_years_and_skips_identifiers() {
    assert!(has_year("let d = Date { y: 2026, m: 1, d: 1 };"));
    assert!(has_year("const D: &str = \"2027-01-01\";"));
    assert!(!has_year("Problem::YleistukiNotInForce => x,"));
    assert!(!has_year("let n = 120265;"));
}

#[test]
fn no_year_literal_in_src_or_build() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut found = Vec::new();
    year_literals(&root.join("src"), &mut found);
    year_literals(&root.join("build"), &mut found);
    assert!(
        found.is_empty(),
        "year literals outside tests and data:\n{}",
        found.join("\n")
    );
}
