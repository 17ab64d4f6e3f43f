// Usable by everyone: 320 px and 200 % zoom without horizontal scrolling, meeting mode, embed
// mode, reduced motion, and print (PDF on A4 and a print-media screenshot) — with axe-core and
// the privacy guard in every state.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { open, expectAccessible, expectNoHorizontalScroll, screenshot, ARTIFACTS, useServerAndBrowser,
} from './harness.mjs';
import { messages } from './messages.mjs';

const en = messages('en');
const PAGES = ['home', 'assessment', 'scenarios', 'summary', 'about', 'accessibility'];

const env = useServerAndBrowser();

async function loadPreset(page, id = 'jenna', m = en) {
  await page.getByRole('button', { name: new RegExp(m[`scenario.preset.${id}`]) }).click();
  const formMode = page.getByLabel(m['scenario.mode.form']);
  if (await formMode.count()) await formMode.check();
  await page.locator('.comparison').waitFor();
}

test('320 px wide and 200 % zoom: every page reflows without horizontal scrolling', async () => {
  // 200 % zoom of a 1280 px window lays out like a 640 px viewport; 320 px is WCAG's reflow width.
  for (const [width, langs] of [[320, ['en', 'fi', 'sv', 'selko']], [640, ['en']]]) {
    for (const lang of langs) {
      for (const slug of PAGES) {
        const label = `${width}px ${lang} ${slug}`;
        const { page, guard } = await open(env.browser.context, env.server.origin, `/?lang=${lang}&page=${slug}`);
        await page.setViewportSize({ width, height: 800 });
        if (slug === 'scenarios') {
          await page.locator('button.preset').nth(1).click();
          await page.locator('input[name="input-mode"][value="form"]').check();
          await page.locator('.comparison').waitFor();
        }
        await expectNoHorizontalScroll(page, label);
        if (width === 320 && lang === 'en') await expectAccessible(page, label);
        if (slug === 'scenarios' && lang === 'en') await screenshot(page, `reflow-${width}-scenarios`);
        guard.check(label);
        await page.close();
      }
    }
  }
});

test('meeting mode: larger type, options side by side, kept in the URL, accessible', async () => {
  const { page, guard } = await open(env.browser.context, env.server.origin, '/?lang=en&page=scenarios&meeting=1');
  await page.setViewportSize({ width: 1920, height: 1080 });
  await loadPreset(page);
  assert.equal(await page.locator('html.meeting').count(), 1);
  const size = await page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('.app')).fontSize));
  assert.ok(size > 17, `meeting mode type is larger (${size}px)`);
  assert.equal(await page.locator('.comparison thead th').count(), 5, 'item column, now and three options side by side');
  await expectAccessible(page, 'meeting mode');
  await screenshot(page, 'meeting-mode-desktop');
  await page.getByRole('link', { name: en['shell.meeting_off'] }).click();
  await page.waitForURL((url) => !url.search.includes('meeting=1'));
  guard.check('meeting mode');
  await page.close();
});

test('embed mode: compact, header can be hidden, accessible', async () => {
  const { page, guard } = await open(env.browser.context, env.server.origin, '/?lang=sv&page=scenarios&embed=1&header=0');
  assert.equal(await page.locator('.site-header').isVisible(), false);
  assert.ok(await page.locator('.embed-bar').isVisible());
  await loadPreset(page, 'irina', messages('sv'));
  await expectAccessible(page, 'embed mode');
  guard.check('embed mode');
  await page.close();
});

test('reduced motion: no transitions or animations', async () => {
  const { page, guard } = await open(env.browser.context, env.server.origin, '/?lang=en&page=scenarios');
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const moving = await page.evaluate(() => [...document.querySelectorAll('*')].filter((e) => {
    const s = getComputedStyle(e);
    return (s.animationName !== 'none' && parseFloat(s.animationDuration) > 0)
      || parseFloat(s.transitionDuration) > 0;
  }).length);
  assert.equal(moving, 0);
  guard.check('reduced motion');
  await page.close();
});

test('print: the scenario comparison and the summary print cleanly on A4', async () => {
  const { page, guard } = await open(env.browser.context, env.server.origin, '/?lang=fi&page=scenarios');
  await page.setViewportSize({ width: 794, height: 1123 });
  await page.getByRole('button', { name: new RegExp(messages('fi')['scenario.preset.matti']) }).click();
  await page.getByLabel(messages('fi')['scenario.mode.form']).check();
  await page.locator('.comparison').waitFor();
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('.site-header').isVisible(), false, 'no navigation in print');
  assert.equal(await page.locator('.form-column').isVisible(), false, 'no inputs in print');
  assert.ok(await page.locator('.comparison').isVisible());
  await expectAccessible(page, 'print media');
  await screenshot(page, 'print-scenarios-a4');
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  const pdf = await page.pdf({ format: 'A4', printBackground: false });
  fs.writeFileSync(path.join(ARTIFACTS, 'print-scenarios.pdf'), pdf);
  assert.ok(pdf.length > 10_000, 'a PDF was produced');
  await page.emulateMedia({ media: 'screen' });
  await page.getByRole('navigation', { name: messages('fi')['shell.nav_label'] })
    .getByRole('link', { name: messages('fi')['shell.nav_summary'] }).click();
  await page.locator('main h1').waitFor();
  const summaryPdf = await page.pdf({ format: 'A4' });
  fs.writeFileSync(path.join(ARTIFACTS, 'print-summary.pdf'), summaryPdf);
  guard.check('print');
  await page.close();
});
