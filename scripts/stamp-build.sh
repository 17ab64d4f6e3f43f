#!/usr/bin/env bash
# Writes the build id into sw.js and boot.js of a finished build (scripts/build.sh runs it last,
# after the prerender step), so every build whose *final* files differ in any way — a changed
# index.html alone included — gets a new service-worker cache and replaces the old one.
# The id is a hash of every file's name and contents, with the id itself left out, so stamping
# the same files again gives the same id. Usage: bash scripts/stamp-build.sh [dist]
set -euo pipefail
dir="${1:-dist}"
cd "$dir"
unstamp() { sed -E "s/^const BUILD = '[^']*';/const BUILD = '';/" "$1"; }
id=$(find . -type f -print0 | LC_ALL=C sort -z | while IFS= read -r -d '' file; do
  printf '%s\0' "$file"
  case "$file" in
    ./sw.js | ./boot.js) unstamp "$file" ;;
    *) cat "$file" ;;
  esac
done | sha256sum | cut -c1-16)
for file in sw.js boot.js; do
  grep -q "^const BUILD = '[^']*';" "$file" || { echo "no build id line in $file" >&2; exit 1; }
  sed -i -E "s/^const BUILD = '[^']*';/const BUILD = '$id';/" "$file"
done
echo "build id $id"
