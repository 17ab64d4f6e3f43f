// Where the main thread spends its time while a page starts: from the start of navigation until
// `<html data-askel-ready>` (and one more frame), under the throttling tests/app-ready.mjs uses
// (Lighthouse's mobile "slow 4G", CPU slowed 4×). For docs/PERFORMANCE.md (issue 16: Lighthouse
// TBT and app ready), so that cuts follow measurement.
//
// Each run is a first visit in a fresh browser context, served compressed from dist/ (or
// ASKEL_DIST). It records a Chromium trace (devtools.timeline) and, at the same time, a sampling
// CPU profile, and prints the median over RUNS (default 3) runs of:
//  - every long task (over 50 ms) on the page's main thread, its blocking part (the time over
//    50 ms, which Lighthouse adds up as TBT) and what the task was made of (trace events by kind:
//    WebAssembly compilation, script, style, layout, paint, garbage collection);
//  - the CPU profile's time by our own module (askel::ui::scenario::…, yew, the rules), when the
//    module keeps its function names (see PROFILE_NAMES below), else by JS/wasm/other;
//  - the user-timing marks the page set (`performance.mark`), e.g. from a temporarily
//    instrumented main.rs, as times from navigation.
// Run: node scripts/profile-start.mjs [path …]   (after scripts/build.sh; default /fi/scenarios/
// and /fi/assessment/). The raw trace and profile of the last run go to test-artifacts/profile/.
//
// Function names: the release module has none (wasm-opt drops the name section). For a breakdown
// by function, run `PROFILE_NAMES=1 node scripts/profile-start.mjs`, which first writes a copy of
// dist/ into test-artifacts/profile/dist with the same module optimised the same way but with its
// names kept (wasm-bindgen + `wasm-opt -Oz -g` from the cargo build in CARGO_TARGET_DIR), and
// profiles that copy; PROFILE_MODULE=askel-scenarios (or askel-summary) names that module instead.
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { chromium } from 'playwright-core';
import { serve, ARTIFACTS, CHROMIUM_ARGS, DIST, ROOT } from '../tests/e2e/harness.mjs';

const paths = process.argv.slice(2).length ? process.argv.slice(2) : ['/fi/scenarios/', '/fi/assessment/'];
const RUNS = Number(process.env.RUNS ?? 3);
const KBIT = 1024 / 8;
const OUT = path.join(ARTIFACTS, 'profile');
const LONG = 50;
// The module whose functions are named (PROFILE_NAMES): the one the profiled pages start.
const MODULE = process.env.PROFILE_MODULE ?? 'askel';

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor(sorted.length / 2)] : 0;
};
const ms = (us) => us / 1000;

/** A copy of dist/ whose module keeps its function names (see the header). */
function namedDist() {
  const module = MODULE;
  const target = process.env.CARGO_TARGET_DIR ?? path.join(process.env.HOME, '.cache/askel/target');
  const raw = path.join(target, 'wasm32-unknown-unknown/release', `${module}.wasm`);
  const dir = path.join(OUT, 'dist');
  const tmp = path.join(OUT, 'bindgen');
  const copy = path.join(dir, `${module}_bg.wasm`);
  // Made already from this build: reused.
  if (fs.existsSync(copy) && fs.statSync(copy).mtimeMs > fs.statSync(path.join(DIST, `${module}_bg.wasm`)).mtimeMs
    && functionNames(copy).size) return dir;
  fs.rmSync(dir, { recursive: true, force: true });
  fs.rmSync(tmp, { recursive: true, force: true });
  fs.cpSync(DIST, dir, { recursive: true });
  fs.mkdirSync(tmp, { recursive: true });
  execFileSync('wasm-bindgen', ['--target', 'web', '--no-typescript', '--out-dir', tmp, '--out-name', module, raw]);
  const glue = fs.readFileSync(path.join(tmp, `${module}.js`));
  if (!glue.equals(fs.readFileSync(path.join(DIST, `${module}.js`)))) {
    throw new Error('the cargo build in CARGO_TARGET_DIR is not the one in dist/ (the JS glue differs): build again');
  }
  execFileSync('wasm-opt', ['-Oz', '-g', '--enable-bulk-memory', '--enable-nontrapping-float-to-int',
    '--enable-sign-ext', '--enable-mutable-globals', '--enable-reference-types', '--enable-multivalue',
    path.join(tmp, `${module}_bg.wasm`), '-o', copy]);
  for (const ext of ['.gz', '.br']) fs.rmSync(`${copy}${ext}`, { force: true });
  execFileSync('node', [path.join(ROOT, 'scripts/compress.mjs'), dir]);
  return dir;
}

/** Function names by index from a module's "name" section (empty when it has none). */
function functionNames(file) {
  const bytes = fs.readFileSync(file);
  let at = 8;
  const u32 = () => {
    let result = 0;
    let shift = 0;
    for (;;) {
      const byte = bytes[at];
      at += 1;
      result += (byte & 0x7f) * 2 ** shift;
      shift += 7;
      if (byte < 0x80) return result;
    }
  };
  const text = () => {
    const length = u32();
    const value = bytes.toString('utf8', at, at + length);
    at += length;
    return value;
  };
  const names = new Map();
  while (at < bytes.length) {
    const id = bytes[at];
    at += 1;
    const size = u32();
    const end = at + size;
    if (id === 0 && text() === 'name') {
      while (at < end) {
        const sub = bytes[at];
        at += 1;
        const subSize = u32();
        const subEnd = at + subSize;
        if (sub === 1) {
          for (let count = u32(); count > 0; count -= 1) {
            const index = u32();
            names.set(index, text());
          }
        }
        at = subEnd;
      }
    }
    at = end;
  }
  return names;
}

/** Our module (or crate) a function belongs to, from its name. */
function owner(name) {
  const ours = name.match(/askel::(?:ui::)?[a-z_]+(?:::[a-z_]+)?/);
  if (ours) return ours[0];
  const crate = name.match(/^(?:<)?([a-z_][a-z0-9_]*)::/);
  return crate ? crate[1] : '(unnamed)';
}

/** What kind of work a trace event is (the names Chromium's timeline uses), or null. */
function kind(name) {
  if (name === 'wasm.CompileLazy') return 'wasm lazy compile (first call of a function)';
  if (/^(wasm\.|v8\.wasm\.)/.test(name)) return 'wasm compile/instantiate';
  if (name === 'FrameLoader::updateForSameDocumentNavigation') return 'history.replaceState/pushState';
  if (/^(FunctionCall|EvaluateScript|v8\.run|v8\.callFunction|TimerFire|FireAnimationFrame|EventDispatch|RunMicrotasks)$/.test(name)) return 'script (wasm and JS running)';
  if (/^(v8\.compile|v8\.compileModule|V8\.CompileCode|CompileScript|v8\.produceModuleCache)$/.test(name)) return 'JS compile';
  if (/^(UpdateLayoutTree|ParseAuthorStyleSheet)$/.test(name)) return 'style';
  if (/^(Layout|UpdateLayout)$/.test(name)) return 'layout';
  if (/^(Paint|PrePaint|Layerize|Commit|PaintImage)$/.test(name)) return 'paint';
  if (/^(MinorGC|MajorGC|V8\.GC_.*|BlinkGC\..*)$/.test(name)) return 'garbage collection';
  if (name === 'ParseHTML') return 'HTML parse';
  return null;
}

/** Self time by kind inside one top-level task (each classified event minus its classified children). */
function breakdown(task, events) {
  const inside = events
    .filter((e) => e !== task && e.ts >= task.ts && e.ts + e.dur <= task.ts + task.dur && kind(e.name))
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const self = new Map();
  const add = (key, us) => self.set(key, (self.get(key) ?? 0) + us);
  const open = [];
  for (const e of inside) {
    while (open.length && open[open.length - 1].end <= e.ts) open.pop();
    const parent = open[open.length - 1];
    if (parent) add(parent.kind, -e.dur);
    add(kind(e.name), e.dur);
    open.push({ kind: kind(e.name), end: e.ts + e.dur });
  }
  const classified = [...self.values()].reduce((a, b) => a + b, 0);
  add('other', task.dur - classified);
  return self;
}

const rounded = (map, min = 0.5) => Object.fromEntries([...map]
  .filter(([, v]) => ms(v) >= min).sort((a, b) => b[1] - a[1]).map(([k, v]) => [k, Math.round(ms(v))]));

/** CPU-profile time by our module: each sample goes to the innermost frame of ours on its stack. */
function profileByModule(profile) {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const cache = new Map();
  const classify = (id) => {
    if (!cache.has(id)) {
      const name = nodes.get(id).callFrame.functionName;
      const ours = name.match(/askel::(?:ui::)?[a-z_]+(?:::[a-z_]+)?/);
      const up = parent.get(id);
      cache.set(id, ours ? ours[0] : up === undefined ? null : classify(up));
    }
    return cache.get(id);
  };
  const total = new Map();
  for (let i = 0; i < profile.samples.length; i += 1) {
    const id = profile.samples[i];
    const leaf = nodes.get(id).callFrame.functionName;
    const key = classify(id) ?? (/^\(/.test(leaf) ? leaf : 'outside our code');
    total.set(key, (total.get(key) ?? 0) + (profile.timeDeltas[i + 1] ?? 0));
  }
  total.delete('(idle)');
  return total;
}

async function once(browser, url, names) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false, latency: 562.5, downloadThroughput: 1474.56 * KBIT, uploadThroughput: 675 * KBIT,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  // The sampling profiler makes V8 log every compiled function (tens of ms more): only on request.
  const sampling = Boolean(process.env.PROFILE_CPU);
  if (sampling) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  }
  const events = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
  const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: {
      includedCategories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'toplevel', 'v8', 'v8.execute', 'v8.wasm', 'blink.user_timing', 'loading', 'blink'],
    },
  });
  // "Ready" as tests/app-ready.mjs defines it: `main()` runs in the microtasks right after the
  // module is instantiated, so the next task's next animation frame is after it.
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
  });
  if (sampling) await cdp.send('Profiler.start');
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction(() => window.__ready !== undefined, null, { timeout: 90000 });
  // Until the main thread is quiet: the app's work after ready (effects, the re-render with
  // today's date) counts too, as it does for Lighthouse's TBT.
  await page.waitForTimeout(Number(process.env.PROFILE_TAIL_MS ?? 2000));
  const profile = sampling ? (await cdp.send('Profiler.stop')).profile : null;
  const marks = await page.evaluate(() => ({
    ready: window.__ready,
    marks: performance.getEntriesByType('mark').map((m) => [m.name, m.startTime]),
    measures: performance.getEntriesByType('measure').map((m) => [m.name, m.startTime, m.duration]),
  }));
  await cdp.send('Tracing.end');
  await done;
  await context.close();

  // The page's main thread: the renderer thread that parsed the page's HTML.
  const parse = events.find((e) => e.name === 'ParseHTML');
  const main = events.filter((e) => e.pid === parse.pid && e.tid === parse.tid && e.ph === 'X' && e.dur !== undefined);
  const origin = events.find((e) => e.name === 'navigationStart' && e.pid === parse.pid)?.ts ?? main[0].ts;
  const tasks = main
    .filter((e) => e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask')
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur)
    // Top level only: Chromium nests one task event in another.
    .filter((t, i, all) => !all.slice(Math.max(0, i - 4), i).some((o) => o.ts <= t.ts && o.ts + o.dur >= t.ts + t.dur));
  const long = tasks.filter((t) => ms(t.dur) > LONG).map((t) => ({
    start_ms: Math.round(ms(t.ts - origin)),
    dur_ms: Math.round(ms(t.dur)),
    // The main thread's own CPU time in the task (without the 4× slow-down's pauses and without
    // other processes' time on a shared machine): steadier than the wall time for comparisons.
    cpu_ms: Math.round(ms(t.tdur ?? 0)),
    blocking_ms: Math.round(ms(t.dur) - LONG),
    app: Boolean(main.find((e) => e.name === 'wasm.CompileLazy' && e.ts >= t.ts && e.ts <= t.ts + t.dur)),
    parts_ms: rounded(breakdown(t, main), 1),
  }));
  // Lazy compilation by our module (or crate), when the module keeps its names.
  const lazy = new Map();
  const lazyTop = new Map();
  for (const e of main.filter((x) => x.name === 'wasm.CompileLazy')) {
    const name = names.get(e.args?.func_index) ?? `#${e.args?.func_index}`;
    lazy.set(owner(name), (lazy.get(owner(name)) ?? 0) + e.dur);
    lazyTop.set(name, (lazyTop.get(name) ?? 0) + e.dur);
  }
  fs.mkdirSync(OUT, { recursive: true });
  fs.writeFileSync(path.join(OUT, 'trace.json'), JSON.stringify({ traceEvents: events }));
  if (profile) fs.writeFileSync(path.join(OUT, 'profile.cpuprofile'), JSON.stringify(profile));
  return {
    ready_ms: Math.round(marks.ready),
    main_thread_busy_ms: Math.round(ms(tasks.reduce((sum, t) => sum + t.dur, 0))),
    long_total_ms: long.reduce((s, t) => s + t.dur_ms, 0),
    blocking_total_ms: long.reduce((s, t) => s + t.blocking_ms, 0),
    // The tasks that ran the app's code (lazily compiling some of it): their sum, wall and CPU.
    app_tasks_ms: long.filter((t) => t.app).reduce((sum, t) => sum + t.dur_ms, 0),
    app_tasks_cpu_ms: long.filter((t) => t.app).reduce((sum, t) => sum + t.cpu_ms, 0),
    app_tasks_blocking_ms: long.filter((t) => t.app).reduce((sum, t) => sum + t.blocking_ms, 0),
    long_tasks: long,
    marks: marks.marks.map(([n, t]) => [n, Math.round(t)]),
    measures: marks.measures.map(([n, t, d]) => [n, Math.round(t), Math.round(d)]),
    lazy_compile_ms: names.size ? rounded(lazy, 2) : undefined,
    lazy_compile_top: names.size ? Object.fromEntries(Object.entries(rounded(lazyTop, 3)).slice(0, 20)) : undefined,
    cpu_profile_ms: profile ? rounded(profileByModule(profile), 2) : undefined,
  };
}

const dir = process.env.PROFILE_NAMES ? namedDist() : DIST;
const names = functionNames(path.join(dir, `${MODULE}_bg.wasm`));
const server = await serve(dir);
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
const report = [];
try {
  for (const pagePath of paths) {
    const runs = [];
    for (let i = 0; i < RUNS; i += 1) runs.push(await once(browser, server.origin + pagePath, names));
    // The run with the median blocking time stands for the page.
    const sorted = [...runs].sort((a, b) => a.blocking_total_ms - b.blocking_total_ms);
    const pick = sorted[Math.floor(sorted.length / 2)];
    const row = {
      page: pagePath,
      runs: runs.length,
      ready_ms_median: median(runs.map((r) => r.ready_ms)),
      blocking_total_ms_runs: runs.map((r) => r.blocking_total_ms),
      long_total_ms_runs: runs.map((r) => r.long_total_ms),
      app_tasks_ms_median: median(runs.map((r) => r.app_tasks_ms)),
      app_tasks_cpu_ms_median: median(runs.map((r) => r.app_tasks_cpu_ms)),
      app_tasks_blocking_ms_median: median(runs.map((r) => r.app_tasks_blocking_ms)),
      app_tasks_cpu_ms_runs: runs.map((r) => r.app_tasks_cpu_ms),
      median_run: pick,
    };
    report.push(row);
    console.log(JSON.stringify(row, null, 1));
  }
  fs.writeFileSync(path.join(OUT, 'profile.json'), JSON.stringify(report, null, 2));
} finally {
  await browser.close();
  await server.close();
}
