// The performance table of issue 16: Lighthouse (mobile preset, devtools throttling) and app
// ready (tests/app-ready.mjs) for every prerendered page × language, plus the meeting and embed
// modes, against the release build in dist/. One static server and one Chromium serve every run,
// one run at a time.
// Writes the table to test-artifacts/performance.md (and every figure to performance.json,
// lighthouse.json, app-ready.json, one Lighthouse HTML report per row) and prints it.
//
// The goals are columns with a mark (✓ met, ✗ not): performance ≥ 95, LCP ≤ 2.5 s, CLS 0, app
// ready ≤ 3.5 s. They are reported, not enforced. What fails the run: accessibility or best
// practices below 100 in any row (a page that did not load has no score, so it fails too), or a
// crash of Lighthouse or the browser. docs/PERFORMANCE.md says which paths are in the table
// and why.
//
// Run: bash scripts/lighthouse.sh [path …]   (after scripts/build.sh; by default the whole table)
// Every row has the scores and metrics; the HTML report of the goal page /fi/scenarios/ and of the
// simulated rows also has Lighthouse's diagnostics and insights (weight 0, no score uses them),
// the others leave them out to save time (LH_DIAGNOSTICS=all keeps them everywhere).
// Environment: PERF_ALL_MODES=1 measures both modes on every Finnish page and on the scenarios
// page in every language (42 paths instead of 34, about 4 minutes more); LH_SIMULATE=0 drops the two simulated-throttling rows; READY_RUNS (default 1) and
// GOAL_READY_RUNS (default 3, for the goal page /fi/scenarios/) set the app-ready medians.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { serve, ARTIFACTS, DIST } from './e2e/harness.mjs';
import { startChromium, lighthouseRow, describeLighthouse, CPU_SLOWDOWN } from './lighthouse.mjs';
import { connect, appReadyRow, describeAppReady, median } from './app-ready.mjs';

const LANGUAGES = ['fi', 'sv', 'en', 'selko'];
const PAGES = ['home', 'assessment', 'scenarios', 'summary', 'about', 'accessibility'];
// The query docs/EMBEDDING.md's snippet puts in the iframe's address.
const EMBED = '?embed=1&header=0';
const MEETING = '?meeting=1';
const GOAL_PAGE = '/fi/scenarios/';

/**
 * Every page × language; the meeting mode on every Finnish page (it is a display mode of every
 * page, switched in the header); the embed mode on the scenarios page in every language (the page
 * docs/EMBEDDING.md's snippet embeds). With `allModes`, both modes on both sets.
 * docs/PERFORMANCE.md gives the reasons.
 */
export function defaultPaths(allModes = false) {
  const plain = LANGUAGES.flatMap((lang) => PAGES.map((page) => `/${lang}/${page}/`));
  const everyFinnishPage = (query) => PAGES.map((page) => `/fi/${page}/${query}`);
  const scenariosInEveryLanguage = (query) => LANGUAGES.map((lang) => `/${lang}/scenarios/${query}`);
  const unique = (list) => [...new Set(list)];
  if (allModes) {
    return [
      ...plain,
      ...unique([...everyFinnishPage(MEETING), ...scenariosInEveryLanguage(MEETING)]),
      ...unique([...everyFinnishPage(EMBED), ...scenariosInEveryLanguage(EMBED)]),
    ];
  }
  return [...plain, ...everyFinnishPage(MEETING), ...scenariosInEveryLanguage(EMBED)];
}

const GOALS = {
  performance: (row) => row.performance >= 95,
  lcp: (row) => row.lcp_ms <= 2500,
  cls: (row) => row.cls === 0,
  ready: (row) => row.app_ready_ms <= 3500,
};

const group = (value) => String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
const mark = (ok) => (ok ? '✓' : '✗');
const missing = '–';

function lighthouseCells(row) {
  if (!row || row.performance === undefined) return Array(7).fill(missing);
  const cell = (value, goal, text = value) => (value === null || value === undefined ? missing : goal === undefined ? String(text) : `${text} ${mark(goal)}`);
  return [
    cell(row.performance, row.performance !== null && GOALS.performance(row)),
    cell(row.lcp_ms, row.lcp_ms !== null && GOALS.lcp(row), `${(row.lcp_ms / 1000).toFixed(2)} s`),
    cell(row.tbt_ms, undefined, `${group(row.tbt_ms)} ms`),
    cell(row.cls, row.cls !== null && GOALS.cls(row)),
    cell(row.accessibility, row.accessibility === 100 && row.worst_accessibility === 100),
    cell(row.best_practices, row.best_practices === 100 && row.worst_best_practices === 100),
    cell(row.seo),
  ];
}

function readyCells(row) {
  if (!row || row.app_ready_ms === undefined) return [missing, missing];
  const runs = row.runs.length > 1 ? ` (${row.runs.map(group).join(', ')})` : '';
  return [
    `${(row.app_ready_ms / 1000).toFixed(2)} s ${mark(GOALS.ready(row))}${runs}`
      + (row.results_ms === undefined ? '' : `; results ${(row.results_ms / 1000).toFixed(2)} s`),
    `${group(row.bytes_until_ready)} (${group(row.wasm_bytes_until_ready)})`,
  ];
}

function errors(lh, ready) {
  const parts = [];
  if (lh?.error) parts.push(`Lighthouse${lh.crashed ? ' ' : ': '}${lh.error}`);
  if (lh?.failing_audits?.length) parts.push(`failing audits: ${lh.failing_audits.join('; ')}`);
  if (ready?.error) parts.push(`app ready: ${ready.error}`);
  return parts.join(' — ').replaceAll('|', '\\|');
}

function count(rows, goal) {
  return `${rows.filter((row) => row && goal(row)).length}/${rows.length}`;
}

/**
 * The host's CPU as Lighthouse measured it before each run (its benchmark index): the CPU
 * slowdown is relative to the host, so the same build scores lower on a slower machine
 * (docs/PERFORMANCE.md, "The host's speed").
 */
function hostLine(rows) {
  const indexes = rows.map((row) => row?.benchmark_index).filter((index) => index > 0);
  if (indexes.length === 0) return 'Host CPU: no benchmark index recorded.';
  return `Host CPU: Lighthouse benchmark index ${median(indexes)} (median of ${indexes.length} runs, ${Math.min(...indexes)}–${Math.max(...indexes)}); `
    + 'the preset\'s 4× slowdown assumes a host of 1 500–2 000, and a faster host emulates a faster phone.';
}

/** The Markdown table with its heading lines (what the run prints and saves). */
export function table({ paths, lighthouse, ready, simulate, meta }) {
  const lines = [];
  lines.push(`# Performance: every page × language (${meta.when})`);
  lines.push('');
  lines.push(`Build: ${meta.build}. ${meta.chromium}, Lighthouse 12 mobile preset, devtools throttling (slow 4G, ${meta.cpuSlowdown}× CPU${meta.cpuSlowdown === 4 ? '' : ', not the preset\'s 4×: LH_CPU_SLOWDOWN'}); app ready: tests/app-ready.mjs under the same throttling, median of ${meta.readyRuns} (${GOAL_PAGE}: median of ${meta.goalRuns}). Elapsed ${meta.elapsed}; load average ${meta.loadBefore} at the start, ${meta.loadAfter} at the end (${meta.cores} cores).`);
  lines.push('');
  const lhRows = paths.map((p) => lighthouse.get(p));
  lines.push(hostLine(lhRows));
  lines.push('');
  const readyRows = paths.map((p) => ready.get(p));
  lines.push(`Goals met (✓): performance ≥ 95 in ${count(lhRows, (r) => r.performance !== undefined && GOALS.performance(r))} rows, `
    + `LCP ≤ 2.5 s in ${count(lhRows, (r) => r.lcp_ms != null && GOALS.lcp(r))}, CLS 0 in ${count(lhRows, (r) => r.cls != null && GOALS.cls(r))}, `
    + `app ready ≤ 3.5 s in ${count(readyRows, (r) => r.app_ready_ms !== undefined && GOALS.ready(r))}. `
    + `Accessibility and best practices 100 (enforced): ${count(lhRows, (r) => !r.rule_failed && !r.crashed)} rows.`);
  lines.push('');
  lines.push('| page | performance ≥ 95 | LCP ≤ 2.5 s | TBT | CLS 0 | accessibility 100 | best practices 100 | SEO | app ready ≤ 3.5 s | bytes until ready (WebAssembly) | error |');
  lines.push('|---|---|---|---|---|---|---|---|---|---|---|');
  for (const p of paths) {
    const lh = lighthouse.get(p);
    const rd = ready.get(p);
    lines.push(`| ${p} | ${[...lighthouseCells(lh), ...readyCells(rd)].join(' | ')} | ${errors(lh, rd)} |`);
  }
  if (simulate.length) {
    lines.push('');
    lines.push('Simulated throttling (Lighthouse\'s default; it charges the prerendered first view with the WebAssembly download, see docs/PERFORMANCE.md):');
    lines.push('');
    lines.push('| page | performance ≥ 95 | LCP ≤ 2.5 s | TBT | CLS 0 | accessibility 100 | best practices 100 | SEO | error |');
    lines.push('|---|---|---|---|---|---|---|---|---|');
    for (const row of simulate) lines.push(`| ${row.page} | ${lighthouseCells(row).join(' | ')} | ${errors(row, null)} |`);
  }
  lines.push('');
  lines.push('TBT: total blocking time (no goal of its own; it is part of the performance score). Bytes: what the page transferred until ready, compressed as a static host sends it; in brackets the WebAssembly among them. – : no figure (see the error column).');
  return `${lines.join('\n')}\n`;
}

/** Which build was measured: the build id static/boot.js carries, and the checkout it was run from. */
function describeBuild() {
  let build = 'dist/';
  try {
    const id = fs.readFileSync(path.join(DIST, 'boot.js'), 'utf8').match(/BUILD = '([^']*)'/)?.[1];
    if (id) build = `dist/ build ${id}`;
  } catch { /* no boot.js: the table's rows will say the pages did not load */ }
  let commit = 'unknown commit';
  try {
    commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    if (dirty) commit += ' with uncommitted changes';
  } catch { /* not a git checkout */ }
  return `${build}${process.env.ASKEL_DIST ? ` (${DIST})` : ''}, measured from the checkout at ${commit}`;
}

const load = () => os.loadavg().map((value) => value.toFixed(2)).join(' ');

async function main() {
  const started = Date.now();
  const loadBefore = load();
  const build = describeBuild();
  const paths = process.argv.slice(2).length ? process.argv.slice(2) : defaultPaths(process.env.PERF_ALL_MODES === '1');
  const simulatePaths = process.env.LH_SIMULATE === '0' ? [] : ['/fi/home/', '/fi/scenarios/'].filter((p) => paths.includes(p));
  const readyRuns = Number(process.env.READY_RUNS ?? 1);
  const goalRuns = Number(process.env.GOAL_READY_RUNS ?? 3);
  const server = await serve();
  const chromium = await startChromium();
  const chromiumVersion = await chromium.version();
  console.log(`${chromiumVersion} (pid ${chromium.chrome.pid}, port ${chromium.port()}), serving ${DIST} at ${server.origin}`);
  const lighthouse = new Map();
  const ready = new Map();
  const simulated = new Map();
  const total = paths.length * 2 + simulatePaths.length;
  let done = 0;
  const progress = (line) => {
    done += 1;
    console.log(`[${done}/${total}, ${Math.round((Date.now() - started) / 1000)} s] ${line}`);
  };
  try {
    // One run at a time: Lighthouse cannot run twice in one process, and runs side by side on
    // the same cores skew each other's timings.
    for (const p of paths) {
      const diagnostics = process.env.LH_DIAGNOSTICS === 'all' || p === GOAL_PAGE;
      const row = await lighthouseRow(chromium, server.origin, p, 'devtools', 1, { diagnostics });
      lighthouse.set(p, row);
      progress(describeLighthouse(row));
    }
    for (const p of simulatePaths) {
      const row = await lighthouseRow(chromium, server.origin, p, 'simulate');
      simulated.set(p, row);
      progress(describeLighthouse(row));
    }
    // Playwright joins the same Chromium only now, so that it never watches a Lighthouse run.
    const connection = await connect(chromium);
    try {
      for (const p of paths) {
        const row = await appReadyRow(chromium, connection, server.origin, p, p === GOAL_PAGE ? goalRuns : readyRuns);
        ready.set(p, row);
        progress(describeAppReady(row));
      }
    } finally {
      await connection.close();
    }
  } finally {
    await chromium.close();
    await server.close();
  }
  const simulate = simulatePaths.map((p) => simulated.get(p));
  const seconds = Math.round((Date.now() - started) / 1000);
  const meta = {
    when: new Date().toISOString().replace(/\.\d+Z$/, ' UTC').replace('T', ' '),
    build,
    chromium: chromiumVersion,
    readyRuns,
    goalRuns,
    elapsed: `${Math.floor(seconds / 60)} min ${seconds % 60} s`,
    loadBefore,
    loadAfter: load(),
    cores: os.cpus().length,
    cpuSlowdown: CPU_SLOWDOWN,
  };
  const markdown = table({ paths, lighthouse, ready, simulate, meta });
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  fs.writeFileSync(path.join(ARTIFACTS, 'performance.md'), markdown);
  const all = [...paths.map((p) => lighthouse.get(p)), ...simulate];
  fs.writeFileSync(path.join(ARTIFACTS, 'lighthouse.json'), JSON.stringify(all, null, 2));
  fs.writeFileSync(path.join(ARTIFACTS, 'app-ready.json'), JSON.stringify([...ready.values()], null, 2));
  fs.writeFileSync(path.join(ARTIFACTS, 'performance.json'), JSON.stringify({ meta, lighthouse: all, app_ready: [...ready.values()] }, null, 2));
  console.log(`\n${markdown}`);
  console.log(`performance table: ${path.relative(process.cwd(), path.join(ARTIFACTS, 'performance.md'))}; step took ${meta.elapsed} (load average ${meta.loadBefore} → ${meta.loadAfter})`);
  const ruleFailed = all.filter((row) => row.rule_failed);
  const crashed = [...all, ...ready.values()].filter((row) => row.crashed);
  if (ruleFailed.length || crashed.length) {
    for (const row of ruleFailed.filter((r) => !r.crashed)) console.error(`lighthouse: ${row.page} (${row.throttling}): accessibility ${row.worst_accessibility ?? '–'}, best practices ${row.worst_best_practices ?? '–'} — both must be 100${row.error ? ` (${row.error})` : ''}`);
    for (const row of crashed) console.error(`${row.throttling ? `lighthouse (${row.throttling})` : 'app ready'}: ${row.page}: ${row.error}`);
    process.exit(1);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
