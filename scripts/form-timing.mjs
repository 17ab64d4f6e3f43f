// How long the one-page form takes to appear and to follow an edit, in the page's own clock, for
// comparing builds (docs/PERFORMANCE.md, "The one-page form's start"). Lighthouse and the
// start-up trace (scripts/profile-start.mjs) vary by ±30 % between runs; these two figures are
// steadier because each run repeats the same step many times in one loaded page.
//  - form mount: on /fi/scenarios/, choosing "one page" after "guided" until the form is
//    rendered and laid out (the work meeting mode does as it starts), 15 times per page;
//  - edit: in meeting mode with the first example household, one change of the rent until the
//    results are rendered and laid out (without waiting for a frame), 40 times per page.
// Each build (a dist/ folder, served compressed like a static host) runs in a fresh browser
// context, the builds alternating, three rounds; the first repetitions of each page are dropped
// (the module's first calls compile). No CPU throttling: ms on this machine.
// Run: node scripts/form-timing.mjs <dist> [<dist> …]   (after scripts/build.sh; default dist/)
import { chromium } from 'playwright-core';
import { serve, CHROMIUM_ARGS, DIST } from '../tests/e2e/harness.mjs';

const dists = process.argv.slice(2).length ? process.argv.slice(2) : [DIST];
const ROUNDS = Number(process.env.ROUNDS ?? 3);

async function formMount(page, origin) {
  await page.goto(`${origin}/fi/scenarios/`);
  await page.waitForSelector('html[data-askel-ready]');
  await page.waitForTimeout(300);
  const times = await page.evaluate(async () => {
    const radio = (value) => document.querySelector(`input[name="input-mode"][value="${value}"]`);
    const out = [];
    for (let n = 0; n < 15; n += 1) {
      radio('guided').click();
      await new Promise((resolve) => setTimeout(resolve, 20));
      document.body.offsetHeight;
      const start = performance.now();
      radio('form').click();
      await new Promise((resolve) => setTimeout(resolve));
      document.body.offsetHeight;
      if (!document.querySelector('.worker-form')) throw new Error('the form did not appear');
      out.push(performance.now() - start);
    }
    return out;
  });
  return times.slice(2);
}

async function edits(page, origin) {
  await page.goto(`${origin}/en/scenarios/?meeting=1`);
  await page.waitForSelector('html[data-askel-ready]');
  await page.locator('.presets button').first().click();
  await page.locator('.comparison tr.total td').first().waitFor({ state: 'attached' });
  await page.waitForTimeout(300);
  const times = await page.evaluate(async () => {
    const input = document.getElementById('rent');
    const out = [];
    for (let n = 0; n < 40; n += 1) {
      const start = performance.now();
      input.value = String(700 + n * 7);
      input.dispatchEvent(new InputEvent('input', { bubbles: true }));
      await new Promise((resolve) => setTimeout(resolve));
      document.body.offsetHeight;
      out.push(performance.now() - start);
    }
    return out;
  });
  return times.slice(3);
}

const servers = await Promise.all(dists.map((dist) => serve(dist)));
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
const results = dists.map(() => ({ mount: [], edit: [] }));
for (let round = 0; round < ROUNDS; round += 1) {
  for (const [index, server] of servers.entries()) {
    for (const [name, measure] of [['mount', formMount], ['edit', edits]]) {
      const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
      results[index][name].push(...await measure(await context.newPage(), server.origin));
      await context.close();
    }
  }
}
const quantile = (values, q) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) * q)];
for (const [index, dist] of dists.entries()) {
  const { mount, edit } = results[index];
  console.log(`${dist}: form mount median ${quantile(mount, 0.5).toFixed(1)} ms (n ${mount.length}, p90 ${quantile(mount, 0.9).toFixed(1)}); `
    + `edit median ${quantile(edit, 0.5).toFixed(1)} ms (n ${edit.length}, p90 ${quantile(edit, 0.9).toFixed(1)})`);
}
await browser.close();
for (const server of servers) await server.close();
