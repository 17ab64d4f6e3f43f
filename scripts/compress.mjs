// Writes a gzip (.gz) and a brotli (.br) copy next to every text and WebAssembly file in dist/, so
// a static host can serve them precompressed (nginx gzip_static / brotli_static, Caddy
// precompressed, …) and the test server sends what a real host would. Run last in
// scripts/build.sh: a copy is only valid for the exact bytes it was made from.
// Usage: node scripts/compress.mjs [dir]   (default dist)
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.wasm', '.svg', '.json', '.webmanifest', '.txt']);
const dir = path.resolve(process.argv[2] ?? 'dist');

function* files(folder) {
  for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) yield* files(full);
    else if (COMPRESSIBLE.has(path.extname(entry.name))) yield full;
  }
}

let raw = 0;
let gz = 0;
let br = 0;
for (const file of files(dir)) {
  const bytes = fs.readFileSync(file);
  const gzip = zlib.gzipSync(bytes, { level: 9 });
  const brotli = zlib.brotliCompressSync(bytes, {
    params: {
      [zlib.constants.BROTLI_PARAM_QUALITY]: 11,
      [zlib.constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
    },
  });
  fs.writeFileSync(`${file}.gz`, gzip);
  fs.writeFileSync(`${file}.br`, brotli);
  raw += bytes.length;
  gz += gzip.length;
  br += brotli.length;
}
console.log(`compressed ${path.relative(process.cwd(), dir) || '.'}: ${raw} bytes raw, ${gz} gzip, ${br} brotli`);
