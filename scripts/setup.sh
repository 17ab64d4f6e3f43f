#!/usr/bin/env bash
# Installs everything Askel needs to build and test, idempotently: a second run only checks
# versions and returns in seconds. Safe on a fresh Debian machine (as root or with sudo).
#
#   Rust target wasm32-unknown-unknown   rustup
#   trunk 0.21.14                        cargo install (0.22 needs a newer rustc)
#   wasm-bindgen-cli = Cargo.lock's wasm-bindgen version   cargo install (without --locked)
#   chromium + chromium-driver           Debian packages (browser tests; never `playwright install`)
#   node + npm packages from package-lock.json: playwright-core, axe-core, binaryen 132 (wasm-opt)
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh

step() { printf '\033[1m==> %s\033[0m\n' "$*"; }
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
apt_updated=0
apt_install() {
  if [ $apt_updated -eq 0 ]; then as_root apt-get update -qq; apt_updated=1; fi
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

if ! command -v cargo >/dev/null; then
  echo "Rust (rustup, cargo) is required: https://rustup.rs" >&2
  exit 1
fi

if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
  step "rustup target add wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi
if ! rustup component list --installed 2>/dev/null | grep -q '^clippy'; then
  rustup component add clippy rustfmt
fi

if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
  step "cargo install trunk $TRUNK_VERSION (takes several minutes once)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi

wasm_bindgen_version=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $wasm_bindgen_version" ]; then
  step "cargo install wasm-bindgen-cli $wasm_bindgen_version (takes a few minutes once)"
  cargo install wasm-bindgen-cli --version "$wasm_bindgen_version"
fi

if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
  step "apt-get install chromium chromium-driver"
  apt_install chromium chromium-driver
fi

if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  step "apt-get install nodejs npm"
  apt_install nodejs npm
fi

# npm ci only when package-lock.json changed since the last install.
if ! cmp -s package-lock.json node_modules/.askel-lock 2>/dev/null; then
  step "npm ci"
  npm ci --no-audit --no-fund --loglevel=error
  cp package-lock.json node_modules/.askel-lock
fi

if [ "$(wasm-opt --version 2>/dev/null | awk '{print $3}')" != "$BINARYEN_VERSION" ]; then
  echo "wasm-opt $BINARYEN_VERSION not found on PATH (expected node_modules/.bin/wasm-opt)" >&2
  exit 1
fi
