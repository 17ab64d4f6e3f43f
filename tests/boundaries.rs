//! The pure core never imports a web crate: `rules`, `scenario`, `assessment`, `i18n` and `json` must
//! compile and run natively without a browser (docs/ARCHITECTURE.md, "Boundaries").
#![cfg(not(target_arch = "wasm32"))]

use std::fs;
use std::path::Path;

const PURE: [&str; 5] = [
    "src/rules",
    "src/scenario",
    "src/assessment",
    "src/i18n",
    "src/json",
];
const WEB: [&str; 4] = ["yew", "web_sys", "gloo", "js_sys"];

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in fs::read_dir(dir).expect("readable source dir").flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn pure_modules_never_import_web_crates() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    for dir in PURE {
        rust_files(&root.join(dir), &mut files);
    }
    assert!(files.len() > 20, "found the pure sources");
    let mut offenders = Vec::new();
    for file in files {
        let text = fs::read_to_string(&file).expect("readable source");
        for (number, line) in text.lines().enumerate() {
            let code = line.trim_start();
            if code.starts_with("//") {
                continue;
            }
            for web in WEB {
                if code.contains(&format!("{web}::")) || code.contains(&format!("use {web}")) {
                    offenders.push(format!(
                        "{}:{}: {}",
                        file.display(),
                        number + 1,
                        line.trim()
                    ));
                }
            }
        }
    }
    assert!(
        offenders.is_empty(),
        "web crates in pure modules:\n{}",
        offenders.join("\n")
    );
}
