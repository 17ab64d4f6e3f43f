//! The specification belongs to the project: no file in the repository may point to the
//! specification documents kept outside it (the old spec file or its numbered sections). Rules
//! cite the law or the official page and the project's own `docs/rules/` pages instead.
#![cfg(not(target_arch = "wasm32"))]

use std::path::Path;

/// Folders that are not the project's own text (tools, build output, dependencies).
const SKIPPED: &[&str] = &[".git", "node_modules", "target", "dist", "test-artifacts"];

/// Every line under `dir` (skipping the folders above) for which `finds` says what it found.
fn visit(dir: &Path, finds: &dyn Fn(&str) -> Option<String>, out: &mut Vec<String>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        let name = entry.file_name().to_string_lossy().into_owned();
        if path.is_dir() {
            if !SKIPPED.contains(&name.as_str()) && !path.is_symlink() {
                visit(&path, finds, out);
            }
            continue;
        }
        // Binary files (images, fonts) are not read as text.
        let Ok(text) = std::fs::read_to_string(&path) else {
            continue;
        };
        for (i, line) in text.lines().enumerate() {
            if let Some(found) = finds(line) {
                out.push(format!("{}:{}: {found}", path.display(), i + 1));
            }
        }
    }
}

/// The line itself when it contains one of `needles`.
fn containing<'a>(needles: &'a [String]) -> impl Fn(&str) -> Option<String> + 'a {
    move |line| {
        needles
            .iter()
            .any(|n| line.contains(n.as_str()))
            .then(|| line.trim().to_string())
    }
}

/// The names the old spec went by, built so that this file does not contain them.
fn needles() -> Vec<String> {
    let name = ["RULES", ".md"].concat();
    let section = ["RULES", " §"].concat();
    let timing = ["RULES", "-timing"].concat();
    let work_ability = ["RULES", "-work-ability"].concat();
    vec![name, section, timing, work_ability]
}

#[test]
fn no_file_points_to_the_spec_outside_the_repository() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut found = Vec::new();
    visit(root, &containing(&needles()), &mut found);
    assert!(
        found.is_empty(),
        "cite the law or docs/rules/ instead:\n{}",
        found.join("\n")
    );
}

#[test]
fn the_check_finds_a_reference() {
    let dir = std::env::temp_dir().join(format!("askel-spec-check-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let file = dir.join("note.txt");
    std::fs::write(&file, format!("see {} 12.1", needles()[1])).expect("write");
    let mut found = Vec::new();
    visit(&dir, &containing(&needles()), &mut found);
    std::fs::remove_dir_all(&dir).ok();
    assert_eq!(found.len(), 1, "{found:?}");
}

/// A word such as `S16`, `W11` or `T6`: the outside specification's source ids, which mean
/// nothing to a reader of the repository. Sources are named by their document id in
/// params/sources.toml or by the law.
fn is_spec_source_id(word: &str) -> bool {
    let mut chars = word.chars();
    let first_is_id_letter = matches!(chars.next(), Some('S' | 'W' | 'T'));
    let digits = chars.as_str();
    first_is_id_letter
        && (1..=2).contains(&digits.len())
        && digits.chars().all(|c| c.is_ascii_digit())
}

/// The spec ids on a line, if any.
fn spec_source_ids(line: &str) -> Option<String> {
    let ids: Vec<&str> = line
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| is_spec_source_id(w))
        .collect();
    (!ids.is_empty()).then(|| ids.join(", "))
}

#[test]
fn rules_and_cases_name_their_sources_not_spec_ids() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut found = Vec::new();
    for dir in ["src/rules", "tests/cases", "docs/rules", "params"] {
        visit(&root.join(dir), &spec_source_ids, &mut found);
    }
    assert!(
        found.is_empty(),
        "name the document (params/sources.toml id) or the law instead:\n{}",
        found.join("\n")
    );
}

#[test]
fn spec_source_ids_are_recognised() {
    for id in ["S1", "S16", "W11", "T6"] {
        assert!(is_spec_source_id(id), "{id}");
    }
    for word in ["S", "S123", "SISU", "W1a", "TVM", "s16", "2S"] {
        assert!(!is_spec_source_id(word), "{word}");
    }
}
