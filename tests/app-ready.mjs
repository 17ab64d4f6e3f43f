// "App ready" under Lighthouse's mobile throttling, which Lighthouse itself cannot see: the time
// from the start of navigation until the page marks itself ready (`<html data-askel-ready>`,
// set once the app is mounted, or by static/boot.js right away on a page that needs no
// WebAssembly) and one more animation frame has run. Also the largest contentful paint of the
// same load and the bytes the page transferred until ready — whatever files they are (one
// module, two, or none), counted from the network events, with the WebAssembly among them
// (by its `application/wasm` type) shown apart.
//
// Throttling as Lighthouse 12 applies it with `throttlingMethod: 'devtools'` (its mobile preset,
// "slow 4G"): 562.5 ms request latency (150 ms RTT × 3.75), 1 474.56 kbit/s down (1.6 Mbit/s ×
// 0.9), 675 kbit/s up, CPU slowed 4×, a 412 × 823 phone screen. Every run is a first visit in a
// fresh browser context (empty cache, no service worker), served compressed from dist/ like a
// static host (tests/e2e/harness.mjs).
//
// A row never goes missing: a page that answers with an error status, throws, or is not ready
// within READY_TIMEOUT_MS gets that message as its `error`; a browser that dies is a crash (the
// row says so, the browser is started afresh).
//
// Where the page shows the results' place pending (the scenarios page's first module in meeting
// mode, src/ui/scenario/results_slot.rs), also the time until the module with the results has
// taken over (`<html data-askel-continued>`) and one more frame has run: `results_ms`.
//
// Run on its own: node tests/app-ready.mjs [path …]   (after scripts/build.sh; prints the median
// of RUNS, default 3, runs per page and writes test-artifacts/app-ready.json; default paths:
// every page in Finnish, the scenarios page in every language, and its meeting and embed modes).
// tests/performance.mjs runs it for the whole table.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium as playwright } from 'playwright-core';
import { serve, ARTIFACTS } from './e2e/harness.mjs';
import { startChromium, CPU_SLOWDOWN } from './lighthouse.mjs';

const KBIT = 1024 / 8;
const READY_TIMEOUT_MS = Number(process.env.READY_TIMEOUT_MS ?? 60000);

/** The middle value (the upper one of an even count). */
export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

/** Installed before any of the page's own scripts: notes when the ready mark appears, and LCP. */
function observeReady() {
  let marked = false;
  let continued = false;
  const mark = () => {
    const root = document.documentElement;
    if (!continued && root?.hasAttribute('data-askel-continued')) {
      continued = true;
      requestAnimationFrame(() => { window.__askelContinued = performance.now(); });
    }
    if (marked || !root?.hasAttribute('data-askel-ready')) return;
    marked = true;
    requestAnimationFrame(() => { window.__askelReady = performance.now(); });
  };
  // The document is observed, not <html>, which may not be parsed yet when this runs.
  new MutationObserver(mark).observe(document, { attributes: true, subtree: true, childList: true, attributeFilter: ['data-askel-ready', 'data-askel-continued'] });
  document.addEventListener('DOMContentLoaded', mark);
  window.__askelLcp = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__askelLcp = entry.startTime;
  }).observe({ type: 'largest-contentful-paint', buffered: true });
}

/** One first visit of `url`: { ready, lcp, bytes, wasm_bytes, requests }, or throws with the reason. */
async function once(browser, url) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 562.5,
      downloadThroughput: 1474.56 * KBIT,
      uploadThroughput: 675 * KBIT,
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    const wasmRequests = new Set();
    const counted = { bytes: 0, wasm: 0, requests: 0 };
    cdp.on('Network.responseReceived', (event) => {
      if (event.response.mimeType === 'application/wasm') wasmRequests.add(event.requestId);
    });
    cdp.on('Network.loadingFinished', (event) => {
      counted.bytes += event.encodedDataLength;
      counted.requests += 1;
      if (wasmRequests.has(event.requestId)) counted.wasm += event.encodedDataLength;
    });
    const pageErrors = [];
    page.on('pageerror', (error) => pageErrors.push(String(error.message).split('\n')[0]));
    await page.addInitScript(observeReady);
    const response = await page.goto(url, { waitUntil: 'commit', timeout: READY_TIMEOUT_MS });
    if (!response) throw new Error('no response');
    if (response.status() >= 400) throw new Error(`the server answered ${response.status()}`);
    try {
      await page.waitForFunction(() => window.__askelReady !== undefined, null, { timeout: READY_TIMEOUT_MS });
    } catch (error) {
      const reason = pageErrors.length ? `; page errors: ${pageErrors.join(' | ')}` : '';
      throw new Error(`not ready (no <html data-askel-ready>) within ${READY_TIMEOUT_MS / 1000} s${reason}`);
    }
    const snapshot = { ...counted };
    const { ready, lcp, pending } = await page.evaluate(() => ({
      ready: window.__askelReady,
      lcp: window.__askelLcp,
      pending: document.querySelector('.results-pending') !== null || window.__askelContinued !== undefined,
    }));
    let results = null;
    if (pending) {
      await page.waitForFunction(() => window.__askelContinued !== undefined, null, { timeout: READY_TIMEOUT_MS });
      results = await page.evaluate(() => window.__askelContinued);
    }
    return { ready, lcp, results, bytes: snapshot.bytes, wasm_bytes: snapshot.wasm, requests: snapshot.requests };
  } finally {
    await context.close().catch(() => {});
  }
}

/**
 * Playwright connected to the shared Chromium (tests/lighthouse.mjs `startChromium`), so one
 * browser serves Lighthouse and these runs. `reconnect()` after the browser was restarted.
 */
export async function connect(chromium) {
  const handle = {};
  handle.reconnect = async () => {
    try { await handle.browser?.close(); } catch { /* already gone */ }
    handle.browser = await playwright.connectOverCDP(`http://127.0.0.1:${chromium.port()}`);
  };
  await handle.reconnect();
  handle.close = async () => {
    try { await handle.browser.close(); } catch { /* already gone */ }
  };
  return handle;
}

/** `runs` first visits of `origin + pagePath`, as one row (median; every run's time listed). */
export async function appReadyRow(chromium, connection, origin, pagePath, runs) {
  const row = { page: pagePath, runs_asked: runs, error: null, crashed: false };
  const started = Date.now();
  const results = [];
  for (let run = 0; run < runs; run += 1) {
    try {
      results.push(await once(connection.browser, origin + pagePath));
    } catch (error) {
      const message = String(error?.message ?? error).split('\n')[0];
      if (!connection.browser.isConnected() || !(await chromium.alive())) {
        row.crashed = true;
        row.error = `browser crashed: ${message} (restarted for the next row)`;
        await chromium.restart();
        await connection.reconnect();
        break;
      }
      row.error = message;
    }
  }
  row.seconds = Math.round((Date.now() - started) / 100) / 10;
  if (results.length) {
    Object.assign(row, {
      app_ready_ms: Math.round(median(results.map((r) => r.ready))),
      lcp_ms: Math.round(median(results.map((r) => r.lcp))),
      bytes_until_ready: median(results.map((r) => r.bytes)),
      wasm_bytes_until_ready: median(results.map((r) => r.wasm_bytes)),
      requests_until_ready: median(results.map((r) => r.requests)),
      runs: results.map((r) => Math.round(r.ready)),
    });
    if (results.every((r) => r.results !== null)) row.results_ms = Math.round(median(results.map((r) => r.results)));
  }
  return row;
}

/** One line for the log. */
export function describeAppReady(row) {
  const head = `app ready ${row.page} (median of ${row.runs?.length ?? 0}, ${row.seconds} s)`;
  const error = row.error ? ` — ERROR ${row.error}` : '';
  if (row.app_ready_ms === undefined) return `${head}: ERROR ${row.error}`;
  return `${head}: ${row.app_ready_ms} ms (runs ${row.runs.join(', ')}), LCP ${row.lcp_ms} ms, `
    + `${row.bytes_until_ready} bytes transferred in ${row.requests_until_ready} requests (WebAssembly ${row.wasm_bytes_until_ready})`
    + `${row.results_ms === undefined ? '' : `, results shown at ${row.results_ms} ms`}${error}`;
}

async function main() {
  const slugs = ['home', 'assessment', 'scenarios', 'summary', 'about', 'accessibility'];
  const paths = process.argv.slice(2).length ? process.argv.slice(2) : [
    ...slugs.map((slug) => `/fi/${slug}/`),
    '/sv/scenarios/', '/en/scenarios/', '/selko/scenarios/',
    '/fi/scenarios/?meeting=1', '/fi/scenarios/?embed=1&header=0',
  ];
  const runs = Number(process.env.RUNS ?? 3);
  const server = await serve();
  const chromium = await startChromium();
  const connection = await connect(chromium);
  const rows = [];
  try {
    for (const pagePath of paths) {
      const row = await appReadyRow(chromium, connection, server.origin, pagePath, runs);
      rows.push(row);
      console.log(describeAppReady(row));
    }
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    fs.writeFileSync(path.join(ARTIFACTS, 'app-ready.json'), JSON.stringify(rows, null, 2));
  } finally {
    await connection.close();
    await chromium.close();
    await server.close();
  }
  if (rows.some((row) => row.crashed)) process.exit(1);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
