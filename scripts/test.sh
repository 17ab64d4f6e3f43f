#!/usr/bin/env bash
# The README's test command: installs what is missing, then runs every check.
#   1. formatting and lints (native and wasm32)
#   2. native tests: unit, golden cases, properties, server-side rendering of every page
#   3. release build + size budget
#   4. browser tests in headless Chromium (accessibility, privacy, flows)
#   5. the performance table: Lighthouse and app ready for every page × language, meeting and
#      embed modes (test-artifacts/performance.md; accessibility and best practices must be 100)
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
bash scripts/setup.sh

step() { printf '\n\033[1m==> %s\033[0m\n' "$*"; }

step "cargo fmt --check"
cargo fmt --all -- --check

step "cargo clippy (native)"
cargo clippy --all-targets --quiet -- -D warnings

step "cargo clippy (wasm32)"
cargo clippy --target wasm32-unknown-unknown --all-targets --quiet -- -D warnings

step "cargo test (native)"
cargo test --quiet 2>&1 | grep -v '^$'

step "release build"
bash scripts/build.sh

step "size budget"
bash scripts/size.sh

step "browser tests (Chromium)"
bash scripts/e2e.sh

step "performance table: Lighthouse (mobile, devtools throttling) and app ready, every page × language"
performance_started=$SECONDS
bash scripts/lighthouse.sh
echo "performance table step: $(( (SECONDS - performance_started) / 60 )) min $(( (SECONDS - performance_started) % 60 )) s"

step "all checks passed"
