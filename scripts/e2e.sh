#!/usr/bin/env bash
# Browser tests against the release build in dist/ (build it first: scripts/build.sh).
# Run one file: bash scripts/e2e.sh tests/e2e/shell.test.mjs
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
if [ $# -eq 0 ]; then set -- tests/e2e/*.test.mjs; fi
node --test --test-concurrency=1 --test-reporter=spec "$@"
