// What the WebAssembly holds, by crate and by our own module (like `twiggy top`, which is not
// installed here): reads the function names from the module's `name` section and the size of
// each function body from its code section, groups them by the demangled path, and adds the data
// segments (messages, tables, string literals) as one row. Run it on the module with names kept,
// before wasm-bindgen and wasm-opt:
//   cargo build --release --target wasm32-unknown-unknown --bin askel
//   node scripts/wasm-sizes.mjs "$CARGO_TARGET_DIR/wasm32-unknown-unknown/release/askel.wasm" [rows]
// Sizes are raw bytes before wasm-opt (which shrinks code by roughly a fifth); use them to compare
// parts and builds, the shipped sizes come from scripts/size.sh. With LTO, identical functions
// are merged under one name (a generic `<T as Any>::type_id` then stands for many), so the rows
// are indicative, as twiggy's are.
import fs from 'node:fs';

const file = process.argv[2];
const rows = Number(process.argv[3] ?? 25);
const bytes = fs.readFileSync(file);
let at = 8;

function leb() {
  let result = 0;
  let shift = 0;
  for (;;) {
    const byte = bytes[at++];
    result += (byte & 0x7f) * 2 ** shift;
    shift += 7;
    if (byte < 0x80) return result;
  }
}

const sections = [];
while (at < bytes.length) {
  const id = bytes[at++];
  const size = leb();
  sections.push({ id, start: at, end: at + size });
  at += size;
}

let imported = 0;
const importSection = sections.find((s) => s.id === 2);
if (importSection) {
  at = importSection.start;
  const count = leb();
  for (let i = 0; i < count; i += 1) {
    at += leb(); // module
    at += leb(); // name
    const kind = bytes[at++];
    if (kind === 0) { leb(); imported += 1; } else if (kind === 1) { at += 1; const flags = leb(); leb(); if (flags & 1) leb(); } else if (kind === 2) { const flags = leb(); leb(); if (flags & 1) leb(); } else if (kind === 3) { at += 2; }
  }
}

const bodies = [];
const code = sections.find((s) => s.id === 10);
at = code.start;
const functions = leb();
for (let i = 0; i < functions; i += 1) {
  const size = leb();
  bodies.push(size);
  at += size;
}

const names = new Map();
const custom = sections.filter((s) => s.id === 0);
for (const section of custom) {
  at = section.start;
  const length = leb();
  const name = bytes.subarray(at, at + length).toString();
  at += length;
  if (name !== 'name') continue;
  while (at < section.end) {
    const sub = bytes[at++];
    const size = leb();
    const end = at + size;
    if (sub === 1) {
      const count = leb();
      for (let i = 0; i < count; i += 1) {
        const index = leb();
        const len = leb();
        names.set(index, bytes.subarray(at, at + len).toString());
        at += len;
      }
    }
    at = end;
  }
}

/** The path of a mangled Rust symbol (legacy `_ZN…E` or v0 is rare here), else the raw name. */
function path(symbol) {
  if (!symbol.startsWith('_ZN')) return [symbol];
  const parts = [];
  let i = 3;
  while (i < symbol.length && symbol[i] !== 'E') {
    let digits = '';
    while (/[0-9]/.test(symbol[i])) digits += symbol[i++];
    if (!digits) break;
    parts.push(symbol.slice(i, i + Number(digits)));
    i += Number(digits);
  }
  if (parts.length > 1 && /^h[0-9a-f]{16}$/.test(parts[parts.length - 1])) parts.pop();
  return parts.map((p) => p.replace(/^_\$LT\$/, '<').replace(/\$u20\$/g, ' ').replace(/\$LT\$/g, '<').replace(/\$GT\$/g, '>').replace(/\.\./g, '::'));
}

function crateOf(symbol, parts) {
  if (symbol.startsWith('__wbindgen_describe')) return '(wasm-bindgen descriptors, removed by wasm-bindgen)';
  if (symbol.startsWith('_R')) {
    // v0 mangling: the first crate root is `C`, an optional disambiguator `s…_`, then `<len><name>`.
    for (const m of symbol.matchAll(/C(?:s[0-9a-zA-Z]*_)?(\d+)([A-Za-z_][A-Za-z_0-9]*)/g)) {
      const name = m[2].slice(0, Number(m[1]));
      if (name.length === Number(m[1])) return name;
    }
    return '(other)';
  }
  const first = parts[0].replace(/^<(\$RF\$|&)(mut\$u20\$|mut )?/, '<');
  const impl = first.match(/^<([a-z_0-9]+)::/);
  if (impl) return impl[1];
  const blanket = first.match(/ as ([a-z_0-9]+)::/);
  if (blanket) return blanket[1];
  return /^[a-z_][a-z_0-9]*$/.test(first) ? first : '(other)';
}

const byCrate = new Map();
const byModule = new Map();
let total = 0;
bodies.forEach((size, i) => {
  const symbol = names.get(i + imported) ?? '';
  const parts = path(symbol);
  const crate = crateOf(symbol, parts);
  byCrate.set(crate, (byCrate.get(crate) ?? 0) + size);
  total += size;
  if (crate === 'askel') {
    const joined = parts.join('::');
    const module = joined.replace(/^<?askel::/, '').split('::').slice(0, 2).join('::');
    byModule.set(module, (byModule.get(module) ?? 0) + size);
  }
});
const data = sections.filter((s) => s.id === 11).reduce((sum, s) => sum + (s.end - s.start), 0);

const print = (title, map, sum) => {
  console.log(`\n| ${title} | bytes | share |\n|---|---:|---:|`);
  [...map.entries()].sort((a, b) => b[1] - a[1]).slice(0, rows).forEach(([name, size]) => {
    console.log(`| ${name} | ${size} | ${(100 * size / sum).toFixed(1)} % |`);
  });
};
console.log(`${file}: ${bytes.length} bytes; code ${total} bytes in ${bodies.length} functions; data ${data} bytes`);
print('crate (code)', byCrate, total);
print('askel module (code)', byModule, total);
