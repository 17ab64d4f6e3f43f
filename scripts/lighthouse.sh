#!/usr/bin/env bash
# Lighthouse scores of the release build (build it first: scripts/build.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
CHROME_PATH="$CHROMIUM_PATH" node tests/lighthouse.mjs "$@"
