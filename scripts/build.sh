#!/usr/bin/env bash
# Release build of the app into dist/ (wasm-opt -Oz via binaryen 132 from npm): the WebAssembly
# modules of src/ui/modules.rs (index.html's and modules/*.html's), and every page prerendered.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
trunk build --release --offline
# The other WebAssembly modules (src/ui/modules.rs): the same pipeline from modules/<name>.html
# into a folder of their own, then their two files next to the first module's.
for page in modules/*.html; do
  name=$(basename "$page" .html)
  out="$CARGO_TARGET_DIR/dist-$name"
  trunk build --release --offline=true --dist "$out" "$page"
  cp "$out/$name.js" "$out/${name}_bg.wasm" dist/
done
# Paint every page × language before the WebAssembly arrives: one HTML file per page at its own
# path, and the service worker's list of them (examples/prerender.rs).
cargo run --quiet --release --example prerender -- dist
# The build id from the final files (after prerendering), so that any change reaches users.
bash scripts/stamp-build.sh dist
# Precompressed copies for hosts and the test server (last: they must match the final bytes).
node scripts/compress.mjs dist
