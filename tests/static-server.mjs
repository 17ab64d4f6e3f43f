// The static server of the browser tests, the measurements and `bash scripts/run.sh`: serves
// dist/ on 127.0.0.1 as a static host would (a folder's address is its index.html, precompressed
// brotli and gzip copies when the browser accepts them).
// Usage as a program: node tests/static-server.mjs [port] [dir]   (default 8080, dist/)
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const DIST = process.env.ASKEL_DIST ?? path.join(ROOT, 'dist');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/**
 * The precompressed copy (scripts/compress.mjs) a real host would send for `file`: brotli, else
 * gzip, when the browser accepts it and the copy is not older than the file (a test that edits a
 * file in dist/ gets the edited bytes).
 */
function precompressed(file, acceptEncoding) {
  const accepted = acceptEncoding.split(',').map((part) => part.split(';')[0].trim());
  for (const [name, ext] of [['br', '.br'], ['gzip', '.gz']]) {
    if (!accepted.includes(name)) continue;
    const copy = file + ext;
    if (fs.existsSync(copy) && fs.statSync(copy).mtimeMs >= fs.statSync(file).mtimeMs) return { name, file: copy };
  }
  return null;
}

/** Serves `dir` on 127.0.0.1 at a free port, compressed like a static host. `extra` may add routes (path → [type, body]). */
export async function serve(dir = DIST, extra = {}, port = 0) {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    if (extra[url.pathname]) {
      const [type, body] = extra[url.pathname];
      res.writeHead(200, { 'content-type': type });
      res.end(body);
      return;
    }
    // A folder's address is its index.html, as on a static host (every page is `<lang>/<page>/`).
    const rel = decodeURIComponent(url.pathname.slice(1)) + (url.pathname.endsWith('/') ? 'index.html' : '');
    const file = path.join(dir, path.normalize(rel));
    if (!file.startsWith(dir) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
      return;
    }
    const headers = { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' };
    const encoding = precompressed(file, req.headers['accept-encoding'] ?? '');
    if (encoding) {
      headers['content-encoding'] = encoding.name;
      headers.vary = 'accept-encoding';
    }
    res.writeHead(200, headers);
    fs.createReadStream(encoding ? encoding.file : file).pipe(res);
  });
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return { origin, close: () => new Promise((resolve) => server.close(resolve)) };
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) {
  const port = Number(process.argv[2] ?? 8080);
  const dir = path.resolve(process.argv[3] ?? DIST);
  const { origin } = await serve(dir, {}, port);
  console.log(`Askel is served from ${dir} at ${origin}/ (Ctrl-C stops it)`);
}
