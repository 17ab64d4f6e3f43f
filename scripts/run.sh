#!/usr/bin/env bash
# The README's run command: installs what is missing, builds the release app and serves it on
# http://127.0.0.1:8080 (Ctrl-C stops it).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
bash scripts/setup.sh
exec trunk serve --release --offline --address 127.0.0.1 --port 8080
