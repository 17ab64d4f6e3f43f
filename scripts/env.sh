# Shared environment for the project's scripts (sourced, not run).
# Tools are found on PATH before anything else, so Trunk never tries to download them.
export TRUNK_VERSION=0.21.14
export BINARYEN_VERSION=132
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
# Build output outside the clone, so a fresh clone (as in CI) reuses compiled dependencies.
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/askel/target}"
export TRUNK_SKIP_VERSION_CHECK=true
export TRUNK_OFFLINE=false
export RUST_BACKTRACE=0
export CHROMIUM_PATH="${CHROMIUM_PATH:-/usr/bin/chromium}"
