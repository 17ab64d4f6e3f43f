// Lighthouse (mobile preset) against the release build in dist/, served on 127.0.0.1 with
// Debian's Chromium: the four category scores and LCP / TBT / CLS of one page, as a row that
// tests/performance.mjs puts into the table of every page × language (and that this file prints
// on its own when run directly). The rule CI enforces: accessibility and best practices 100 in
// every run; performance is reported, not enforced.
//
// A row never goes missing. Lighthouse's own "the page did not load" (a runtime error: a 404,
// no paint, a hung page) becomes the row's `error` with Lighthouse's message, and its scores stay
// empty, which fails the accessibility rule; Lighthouse throwing, or not finishing within
// LH_TIMEOUT_MS, is a crash: the row says so, the browser is started afresh for the next row,
// and the run fails.
//
// Run on its own: node tests/lighthouse.mjs [path …]   (after scripts/build.sh; default the home
// and scenarios pages). RUNS=3 runs each page three times and reports the median run (by
// performance score, then LCP). LH_THROTTLING=devtools,simulate picks the methods.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { defaultConfig } from 'lighthouse';
import { serve, ARTIFACTS, CHROMIUM_ARGS } from './e2e/harness.mjs';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

/**
 * The performance category's diagnostics and insights: audits of weight 0 that no category
 * scores. A row can leave them out (`diagnostics: false`): every score and metric stays the same,
 * the run is 3–4 s shorter (no trace-element gatherer, fewer audits; measured on /fi/scenarios/)
 * and its HTML report keeps only the scored audits.
 */
export const DIAGNOSTICS = (() => {
  const scored = new Set(Object.values(defaultConfig.categories)
    .flatMap((category) => category.auditRefs.filter((ref) => ref.weight > 0).map((ref) => ref.id)));
  return defaultConfig.categories.performance.auditRefs
    .filter((ref) => ref.weight === 0 && !scored.has(ref.id))
    .map((ref) => ref.id);
})();
const LH_TIMEOUT_MS = Number(process.env.LH_TIMEOUT_MS ?? 180000);

/**
 * The CPU slowdown of the devtools throttling: Lighthouse's mobile preset (4×) unless
 * LH_CPU_SLOWDOWN sets another. DevTools slows the host's CPU down by this factor, so the device
 * it emulates depends on the host: Lighthouse's 4× assumes a host of benchmark index 1 500–2 000
 * (its docs/throttling.md), and each row records the host's index (`benchmark_index`). Another
 * factor is for measuring how a page fares on a slower or faster host, never for the table CI
 * keeps.
 */
export const CPU_SLOWDOWN = Number(process.env.LH_CPU_SLOWDOWN ?? 4);

/**
 * One Chromium for every run (Lighthouse connects to its port; tests/app-ready.mjs connects
 * Playwright to the same port). `restart()` replaces it after a crash.
 */
export async function startChromium() {
  const launch = () => chromeLauncher.launch({
    chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    chromeFlags: CHROMIUM_ARGS.filter((f) => f !== '--headless').concat(['--headless=new']),
  });
  const handle = { chrome: await launch() };
  handle.port = () => handle.chrome.port;
  handle.alive = async () => {
    try {
      const response = await fetch(`http://127.0.0.1:${handle.chrome.port}/json/version`, { signal: AbortSignal.timeout(5000) });
      return response.ok;
    } catch {
      return false;
    }
  };
  handle.version = async () => {
    try {
      const response = await fetch(`http://127.0.0.1:${handle.chrome.port}/json/version`);
      return (await response.json()).Browser;
    } catch {
      return 'unknown';
    }
  };
  handle.restart = async () => {
    try { await handle.chrome.kill(); } catch { /* already gone */ }
    handle.chrome = await launch();
  };
  handle.close = async () => {
    try { await handle.chrome.kill(); } catch { /* already gone */ }
  };
  return handle;
}

/** `promise`, or a rejection naming `what` after `ms`. */
export function within(ms, what, promise) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not finish within ${Math.round(ms / 1000)} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

const score = (lhr, id) => {
  const value = lhr.categories[id]?.score;
  return typeof value === 'number' ? Math.round(value * 100) : null;
};
const numeric = (lhr, id) => {
  const value = lhr.audits[id]?.numericValue;
  return typeof value === 'number' ? value : null;
};

/** The binary audits that failed in a run: what to fix when the rule fails. */
function failingAudits(lhr) {
  return Object.entries(lhr.audits)
    .filter(([, audit]) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode === 'binary')
    .map(([id, audit]) => `${id}: ${audit.title}`);
}

/** A page's artifact name: `/fi/scenarios/?embed=1` → `fi-scenarios-embed-1`. */
export function slug(pagePath) {
  return pagePath.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '');
}

/**
 * Lighthouse `runs` times on `origin + pagePath` with `method` throttling; the median run's
 * figures, the worst accessibility / best-practices score of all runs, and the median run's HTML
 * report in test-artifacts/ (with the diagnostics unless `diagnostics` is false).
 */
export async function lighthouseRow(chromium, origin, pagePath, method, runs = 1, { diagnostics = true } = {}) {
  const row = { page: pagePath, throttling: method, runs, diagnostics, error: null, crashed: false, rule_failed: false };
  const started = Date.now();
  const results = [];
  try {
    for (let run = 0; run < runs; run += 1) {
      const result = await within(LH_TIMEOUT_MS, 'Lighthouse', lighthouse(origin + pagePath, {
        port: chromium.port(),
        output: 'html',
        logLevel: 'error',
        onlyCategories: CATEGORIES,
        throttlingMethod: method,
        // The CLI's --throttling.cpuSlowdownMultiplier: merged into the mobile preset's throttling.
        ...(CPU_SLOWDOWN === 4 ? {} : { throttling: { cpuSlowdownMultiplier: CPU_SLOWDOWN } }),
        // The full-page screenshot only illustrates the report (no score uses it) and costs
        // about a second per run.
        disableFullPageScreenshot: true,
        ...(diagnostics ? {} : { skipAudits: DIAGNOSTICS }),
      }));
      if (!result) throw new Error('Lighthouse returned no result');
      results.push(result);
    }
  } catch (error) {
    row.crashed = true;
    row.error = `crashed: ${String(error?.message ?? error).split('\n')[0]}`;
    if (!(await chromium.alive())) row.error += ' (Chromium died; restarted for the next row)';
    await chromium.restart();
  }
  row.seconds = Math.round((Date.now() - started) / 100) / 10;
  if (results.length === 0) {
    row.rule_failed = true;
    return row;
  }
  const loadError = results.map((r) => r.lhr.runtimeError).find(Boolean);
  if (loadError && !row.error) row.error = `page did not load: ${loadError.code}: ${loadError.message}`;
  const order = (r) => (score(r.lhr, 'performance') ?? -1) * 1e6 - (numeric(r.lhr, 'largest-contentful-paint') ?? 1e6);
  results.sort((a, b) => order(a) - order(b));
  const median = results[Math.floor(results.length / 2)];
  const { lhr } = median;
  const lcp = numeric(lhr, 'largest-contentful-paint');
  const tbt = numeric(lhr, 'total-blocking-time');
  const cls = numeric(lhr, 'cumulative-layout-shift');
  Object.assign(row, {
    performance: score(lhr, 'performance'),
    accessibility: score(lhr, 'accessibility'),
    best_practices: score(lhr, 'best-practices'),
    seo: score(lhr, 'seo'),
    lcp_ms: lcp === null ? null : Math.round(lcp),
    tbt_ms: tbt === null ? null : Math.round(tbt),
    cls: cls === null ? null : Number(cls.toFixed(3)),
    performance_runs: results.map((r) => score(r.lhr, 'performance')),
    benchmark_index: Math.round(lhr.environment?.benchmarkIndex ?? 0) || null,
    cpu_slowdown: CPU_SLOWDOWN,
  });
  const worst = (id) => {
    const scores = results.map((r) => score(r.lhr, id));
    return scores.includes(null) ? null : Math.min(...scores);
  };
  row.worst_accessibility = worst('accessibility');
  row.worst_best_practices = worst('best-practices');
  if (row.worst_accessibility !== 100 || row.worst_best_practices !== 100) {
    row.rule_failed = true;
    row.failing_audits = [...new Set(results.flatMap((r) => failingAudits(r.lhr)))];
  }
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  row.report = `lighthouse-${method}-${slug(pagePath)}.html`;
  fs.writeFileSync(path.join(ARTIFACTS, row.report), median.report);
  return row;
}

/** One line for the log. */
export function describeLighthouse(row) {
  const head = `lighthouse ${row.page} (${row.throttling} throttling, median of ${row.runs}, ${row.seconds} s)`;
  if (row.performance === undefined) return `${head}: ERROR ${row.error}`;
  const text = `${head}: performance ${row.performance ?? '–'} (runs ${row.performance_runs.map((p) => p ?? '–').join(' ')}), `
    + `accessibility ${row.accessibility ?? '–'}, best practices ${row.best_practices ?? '–'}, SEO ${row.seo ?? '–'}; `
    + `LCP ${row.lcp_ms ?? '–'} ms, TBT ${row.tbt_ms ?? '–'} ms, CLS ${row.cls ?? '–'}`;
  const audits = (row.failing_audits ?? []).map((audit) => `\n  failing audit: ${audit}`).join('');
  return text + (row.error ? ` — ERROR ${row.error}` : '') + audits;
}

async function main() {
  const pages = process.argv.slice(2).length ? process.argv.slice(2) : ['/fi/home/', '/fi/scenarios/'];
  const runs = Number(process.env.RUNS ?? 1);
  // 'devtools' throttles the real load (slow 4G, 4× CPU) and is what the table uses. Lighthouse's
  // default 'simulate' estimates from an unthrottled trace; served from loopback, every request
  // (the WebAssembly too) finishes before the first paint, so it charges the prerendered first
  // view with the WebAssembly download.
  const methods = (process.env.LH_THROTTLING ?? 'devtools,simulate').split(',');
  const server = await serve();
  const chromium = await startChromium();
  const rows = [];
  try {
    for (const method of methods) {
      for (const page of pages) {
        const row = await lighthouseRow(chromium, server.origin, page, method, runs);
        rows.push(row);
        console.log(describeLighthouse(row));
      }
    }
    fs.writeFileSync(path.join(ARTIFACTS, 'lighthouse.json'), JSON.stringify(rows, null, 2));
  } finally {
    await chromium.close();
    await server.close();
  }
  if (rows.some((row) => row.rule_failed || row.crashed)) {
    console.error('lighthouse: accessibility and best practices must both be 100, and every run must finish');
    process.exit(1);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
