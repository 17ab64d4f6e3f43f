#!/usr/bin/env bash
# What the WebAssembly module holds (issue 16), measured on the module of the last
# `bash scripts/build.sh` (or `trunk build --release`): Trunk keeps wasm-bindgen's output, before
# wasm-opt, in $CARGO_TARGET_DIR/wasm-bindgen/release/. This script optimises a copy the way the
# release build does (wasm-opt -Oz, see data-wasm-opt in index.html) but keeps the name section
# (-g), so that twiggy can name every function and data segment, and prints:
#   - the gzip -9 size of the same module without names (what users download),
#   - `twiggy top` (largest items) and `twiggy monos` (generic code instantiated many times),
#   - the sizes grouped by crate and by our own module (src/<module>/<submodule>).
# Needs twiggy (`cargo install twiggy --locked`; not needed by the build or CI).
# Usage: [ASKEL_MODULE=askel-scenarios] bash scripts/wasm-size.sh [output-dir]   (default module
# askel, the self-assessment half; default output target/wasm-size, ignored by git)
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
out=${1:-target/wasm-size}
mkdir -p "$out"
input="$CARGO_TARGET_DIR/wasm-bindgen/release/${ASKEL_MODULE:-askel}_bg.wasm"
[ -f "$input" ] || { echo "no $input: run bash scripts/build.sh first" >&2; exit 1; }
wasm-opt -Oz "$input" -o "$out/askel_bg.wasm"
wasm-opt -Oz -g "$input" -o "$out/named.wasm"
printf 'module: %d bytes raw, %d gzip -9\n' "$(stat -c %s "$out/askel_bg.wasm")" \
  "$(gzip -9 -c "$out/askel_bg.wasm" | wc -c)"
twiggy top -n 40 "$out/named.wasm" >"$out/top.txt"
twiggy monos -n 25 "$out/named.wasm" >"$out/monos.txt"
twiggy top -n 1000000 --format csv "$out/named.wasm" >"$out/all.csv"
# Group by crate, and our crate by module. The name section itself (present only in this copy)
# is left out; data segments carry no crate name and are one group.
awk -F, 'NR > 1 {
  size = $(NF - 3); name = $0; gsub(/"/, "", name)
  if (name ~ /subsection/) next
  if (name ~ /^data segment/) group = "(data segments: messages, rule data, constants)"
  else if (name ~ /CompStateInner<COMP>|CreateRunner<COMP>|FunctionProvider/) group = "yew component code (our html! views, inlined into yew generics)"
  else if (match(name, /askel::[a-z0-9_]+(::[a-z0-9_]+)?/)) {
    group = substr(name, RSTART, RLENGTH)
    if (group !~ /^askel::(ui|rules|i18n)::/ && split(group, part, "::") == 3) group = part[1] "::" part[2]
  } else if (match(name, /^[<&]*(mut )?[a-z_][a-z0-9_]*/)) {
    group = substr(name, RSTART, RLENGTH); gsub(/[<&]|mut /, "", group)
  } else group = "(unnamed: generic helpers, types, tables)"
  sum[group] += size; total += size
} END {
  for (g in sum) printf "%9d %5.1f%%  %s\n", sum[g], 100 * sum[g] / total, g
}' "$out/all.csv" | sort -rn >"$out/by-crate.txt"
echo "largest items:"; head -25 "$out/top.txt"
echo; echo "generic code (twiggy monos):"; grep -v '^ *┊ *┊' "$out/monos.txt" | head -14
echo; echo "by crate and module:"; head -40 "$out/by-crate.txt"
echo; echo "files in $out/"
