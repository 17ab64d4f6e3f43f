#!/usr/bin/env bash
# Release build of the app into dist/ (wasm-opt -Oz via binaryen 132 from npm): two WebAssembly
# modules, one per half of the app (src/ui/modules.rs), and every page prerendered.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
trunk build --release --offline
# The second WebAssembly module (src/ui/modules.rs): the same pipeline from scenarios.html into a
# folder of its own, then its two files next to the first module's.
second="$CARGO_TARGET_DIR/dist-scenarios"
trunk build --release --offline=true --dist "$second" scenarios.html
cp "$second/askel-scenarios.js" "$second/askel-scenarios_bg.wasm" dist/
# Paint every page × language before the WebAssembly arrives: one HTML file per page at its own
# path, and the service worker's list of them (examples/prerender.rs).
cargo run --quiet --release --example prerender -- dist
# The build id from the final files (after prerendering), so that any change reaches users.
bash scripts/stamp-build.sh dist
# Precompressed copies for hosts and the test server (last: they must match the final bytes).
node scripts/compress.mjs dist
