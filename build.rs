//! Build script: turns data files into Rust statics so that a typo fails the build, never a page:
//! the message catalogue (`i18n/`), the rule parameters (`params/`) and the municipality data
//! (`data/`), checked with the parser the crate itself uses (`src/rules/dataset_format.rs`).

#[path = "src/rules/dataset_format.rs"]
mod dataset_format;
#[path = "build/i18n.rs"]
mod i18n;
#[path = "build/params.rs"]
mod params;

use std::path::PathBuf;

fn main() {
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("CARGO_MANIFEST_DIR"));
    let out_dir = PathBuf::from(std::env::var("OUT_DIR").expect("OUT_DIR"));
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=build");
    println!("cargo:rerun-if-changed=src/rules/dataset_format.rs");
    i18n::generate(&root, &out_dir);
    params::generate(&root, &out_dir);
}
