// "App ready" under Lighthouse's mobile throttling, which Lighthouse itself cannot see: the time
// from the start of navigation until the WebAssembly module is instantiated, `main()` has run
// and one more frame has been painted. Measured from the page's own calls: wasm-bindgen's start
// runs `main()` in the microtasks right after instantiation resolves, so the next task's next
// animation frame is after `main()` (this works for older builds too, for before/after figures:
// ASKEL_DIST=/other/dist). Also the
// largest contentful paint of the same load, and the bytes the page transferred until ready.
//
// Throttling as Lighthouse 12 applies it with `throttlingMethod: 'devtools'` (its mobile preset,
// "slow 4G"): 562.5 ms request latency (150 ms RTT × 3.75), 1 474.56 kbit/s down (1.6 Mbit/s ×
// 0.9), 675 kbit/s up, CPU slowed 4×, a 412 × 823 phone screen. Every run is a first visit in a
// fresh browser context (empty cache, no service worker), served compressed from dist/ like a
// static host (tests/e2e/harness.mjs). Prints the median of RUNS (default 3) runs per page and
// writes test-artifacts/app-ready.json.
// Run: node tests/app-ready.mjs [path …]   (after scripts/build.sh; default: every page in
// Finnish, the scenarios page in every language, and its meeting and embed modes)
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { serve, ARTIFACTS, CHROMIUM_ARGS } from './e2e/harness.mjs';

const SLUGS = ['home', 'assessment', 'scenarios', 'summary', 'about', 'accessibility'];
const DEFAULT = [
  ...SLUGS.map((slug) => `/fi/${slug}/`),
  '/sv/scenarios/', '/en/scenarios/', '/selko/scenarios/',
  '/fi/scenarios/?meeting=1', '/fi/scenarios/?embed=1',
];
const paths = process.argv.slice(2).length ? process.argv.slice(2) : DEFAULT;
const RUNS = Number(process.env.RUNS ?? 3);
const KBIT = 1024 / 8;

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

async function once(browser, url) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 562.5,
    downloadThroughput: 1474.56 * KBIT,
    uploadThroughput: 675 * KBIT,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  let bytes = 0;
  cdp.on('Network.loadingFinished', (event) => { bytes += event.encodedDataLength; });
  await page.addInitScript(() => {
    for (const name of ['instantiateStreaming', 'instantiate']) {
      const original = WebAssembly[name];
      WebAssembly[name] = function instantiate(...args) {
        const result = original.apply(this, args);
        result.then(() => setTimeout(() => requestAnimationFrame(() => {
          window.__ready ??= performance.now();
        }), 0), () => {});
        return result;
      };
    }
    window.__lcp = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__lcp = entry.startTime;
    }).observe({ type: 'largest-contentful-paint', buffered: true });
  });
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction(() => window.__ready !== undefined, null, { timeout: 60000 });
  const ready = await page.evaluate(() => window.__ready);
  const bytesAtReady = bytes;
  const lcp = await page.evaluate(() => window.__lcp);
  await context.close();
  return { ready, lcp, bytes: bytesAtReady };
}

const server = await serve();
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: CHROMIUM_ARGS,
});
const rows = [];
try {
  for (const pagePath of paths) {
    const runs = [];
    for (let i = 0; i < RUNS; i += 1) runs.push(await once(browser, server.origin + pagePath));
    const row = {
      page: pagePath,
      app_ready_ms: Math.round(median(runs.map((r) => r.ready))),
      lcp_ms: Math.round(median(runs.map((r) => r.lcp))),
      bytes_until_ready: median(runs.map((r) => r.bytes)),
      runs: runs.map((r) => Math.round(r.ready)),
    };
    rows.push(row);
    console.log(`app ready ${pagePath}: ${row.app_ready_ms} ms (runs ${row.runs.join(', ')}), LCP ${row.lcp_ms} ms, ${row.bytes_until_ready} bytes transferred`);
  }
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  fs.writeFileSync(path.join(ARTIFACTS, 'app-ready.json'), JSON.stringify(rows, null, 2));
} finally {
  await browser.close();
  await server.close();
}
