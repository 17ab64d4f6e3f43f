#!/usr/bin/env bash
# The README's run command: installs what is missing, builds the release app (both WebAssembly
# modules and every prerendered page, scripts/build.sh) and serves dist/ on
# http://127.0.0.1:8080 as a static host would (Ctrl-C stops it).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
bash scripts/setup.sh
bash scripts/build.sh
exec node tests/static-server.mjs 8080
