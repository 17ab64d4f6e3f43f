#!/usr/bin/env bash
# Trunk post-build hook (Trunk.toml): writes a build id into sw.js and boot.js, so every build
# that changes any file the service worker keeps gets a new cache name and replaces the old one.
# The id is a hash of the files before stamping (file names are fixed: filehash = false).
set -euo pipefail
dir="${TRUNK_STAGING_DIR:?run by trunk as a post_build hook}"
cd "$dir"
id=$(cat index.html route.js boot.js askel.js askel_bg.wasm style.css charts.css manifest.webmanifest icon.svg sw.js \
  | sha256sum | cut -c1-16)
sed -i "s/__ASKEL_BUILD__/$id/" sw.js boot.js
echo "build id $id"
