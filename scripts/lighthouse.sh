#!/usr/bin/env bash
# The performance table (tests/performance.mjs): Lighthouse (mobile preset, devtools throttling)
# and app ready for every page × language plus the meeting and embed modes, against the release
# build (build it first: scripts/build.sh). Writes test-artifacts/performance.md and prints it;
# fails when accessibility or best practices fall below 100 in any row, or a run crashes.
#   bash scripts/lighthouse.sh                      # the whole table
#   bash scripts/lighthouse.sh /fi/scenarios/ …     # only these paths
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
CHROME_PATH="$CHROMIUM_PATH" node tests/performance.mjs "$@"
