#!/usr/bin/env bash
# Release build of the app into dist/ (wasm-opt -Oz via binaryen 132 from npm).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
trunk build --release --offline
# Paint every page × language before the WebAssembly arrives: one HTML file per page at its own
# path, and the service worker's list of them (examples/prerender.rs).
cargo run --quiet --release --example prerender -- dist
# The build id from the final files (after prerendering), so that any change reaches users.
bash scripts/stamp-build.sh dist
# Precompressed copies for hosts and the test server (last: they must match the final bytes).
node scripts/compress.mjs dist
