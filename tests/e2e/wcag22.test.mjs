// WCAG 2.2 AA where a machine can measure it, on what the browser paints, on a 360 px phone and
// on a desktop, in every state the pages have (including meeting mode and a calculation with its
// charts): every pointer target is at least 24 × 24 px or spaced as 2.5.8's exception allows
// (2.5.8 Target Size); tabbing through each page never leaves the focused element hidden under
// anything (2.4.11 Focus Not Obscured); the help links are in the same place on every page (3.2.6
// Consistent Help); and the reference budget's label on the income chart is painted, uncovered.
// The checks select elements by what they are (links, buttons, inputs, focusable chart points),
// not by name, so elements added later are covered too. Every test keeps the privacy guard and
// axe-core (which runs the `wcag22aa` rules through the harness).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { open, expectAccessible, screenshot, PHONE, DESKTOP, ARTIFACTS, useServerAndBrowser } from './harness.mjs';
import { messages } from './messages.mjs';

const fi = messages('fi');
const en = messages('en');

const env = useServerAndBrowser();

/** The pages and states, each opened fresh: [name, query, optional step after opening]. */
const STATES = [
  ['home', '/?lang=fi'],
  ['assessment-intro', '/?lang=fi&page=assessment'],
  ['assessment-question', '/?lang=fi&page=assessment', async (page) => {
    await page.getByRole('button', { name: fi['assessment.intro.start'], exact: true }).click();
    await page.locator('input[type="radio"]').first().waitFor();
  }],
  ['scenarios-guided', '/?lang=fi&page=scenarios'],
  ['scenarios-preset', '/?lang=fi&page=scenarios', (page) => withPreset(page, fi, 'jenna')],
  ['meeting-preset', '/?lang=fi&page=scenarios&meeting=1', (page) => withPreset(page, fi, 'jenna')],
  ['summary', '/?lang=fi&page=summary'],
  ['about', '/?lang=fi&page=about'],
  ['statement', '/?lang=fi&page=accessibility'],
  ['selko-home', '/?lang=selko'],
];

/** Loads a preset into the one-page form and waits for its results and charts. */
async function withPreset(page, m, id) {
  await page.getByRole('button', { name: new RegExp(m[`scenario.preset.${id}`]) }).click();
  const form = page.getByLabel(m['scenario.mode.form']);
  if (await form.count()) await form.check();
  await page.locator('.comparison').waitFor();
  await page.locator('#income-chart').waitFor();
}

async function openState(viewport, [, query, step]) {
  const { page, guard } = await open(env.browser.context, env.server.origin, query);
  await page.setViewportSize(viewport);
  if (step) await step(page);
  return { page, guard };
}

/**
 * Every visible pointer target of the page with its box, and the ones that fail 2.5.8: smaller
 * than 24 × 24 px and not spaced so that a 24 px circle centred on it stays clear of every other
 * target and of the circles of other small targets. A chart point's target is its hit circle; a
 * radio button or checkbox is measured on its own, not through its label.
 */
function targetSizes() {
  const SELECTOR = 'a[href], button, input:not([type="hidden"]), select, textarea, summary, [tabindex]:not([tabindex="-1"]), [role="button"], [role="link"]';
  const boxOf = (el) => (el.matches('.chart-point') ? el.querySelector('.chart-hit') ?? el : el).getBoundingClientRect();
  const visible = (el) => {
    if (!el.checkVisibility({ visibilityProperty: true, opacityProperty: true })) return false;
    if (el.closest('.visually-hidden')) return false;
    const r = boxOf(el);
    // Off the page (the skip link waits above it until focused).
    return r.width > 0 && r.height > 0 && r.bottom + window.scrollY > 0;
  };
  // Scrollable regions are keyboard stops, not pointer targets smaller than what they hold.
  const targets = [...document.querySelectorAll(SELECTOR)]
    .filter((el) => !el.matches('.table-scroll, main, [role="region"]'))
    .filter(visible)
    .map((el) => ({ el, r: boxOf(el) }));
  const name = (el) => `${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}.${[...el.classList].join('.')} "${(el.getAttribute('aria-label') ?? el.textContent ?? el.value ?? '').trim().slice(0, 40)}"`;
  const small = targets.filter(({ r }) => r.width < 23.5 || r.height < 23.5);
  const circleHitsBox = (cx, cy, box) => {
    const dx = Math.max(box.left - cx, 0, cx - box.right);
    const dy = Math.max(box.top - cy, 0, cy - box.bottom);
    return dx * dx + dy * dy < 12 * 12;
  };
  const failures = [];
  for (const target of small) {
    const cx = target.r.left + target.r.width / 2;
    const cy = target.r.top + target.r.height / 2;
    const crowded = targets.find((other) => {
      if (other === target || other.el.contains(target.el) || target.el.contains(other.el)) return false;
      if (circleHitsBox(cx, cy, other.r)) return true;
      if (!small.includes(other)) return false;
      const ox = other.r.left + other.r.width / 2;
      const oy = other.r.top + other.r.height / 2;
      return Math.hypot(cx - ox, cy - oy) < 24;
    });
    if (crowded) {
      failures.push(`${name(target.el)} ${Math.round(target.r.width)}×${Math.round(target.r.height)} crowded by ${name(crowded.el)}`);
    }
  }
  return { count: targets.length, small: small.length, failures };
}

/** The focused element: is any of it inside the viewport, and is it what is painted there? */
function focusedIsPainted() {
  const el = document.activeElement;
  if (!el || el === document.body) return { done: true };
  const target = el.matches('.chart-point') ? el.querySelector('.chart-dot') ?? el : el;
  const r = target.getBoundingClientRect();
  const left = Math.max(r.left, 0);
  const right = Math.min(r.right, window.innerWidth);
  const top = Math.max(r.top, 0);
  const bottom = Math.min(r.bottom, window.innerHeight);
  const label = `${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}.${[...el.classList].join('.')} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}"`;
  if (right - left < 1 || bottom - top < 1) return { label, problem: `outside the viewport (${Math.round(r.top)}, ${Math.round(r.left)})` };
  const points = [[(left + right) / 2, (top + bottom) / 2]];
  // 2.4.11 asks that it is not entirely hidden; we ask more: its middle is what is painted.
  const [x, y] = points[0];
  // The transparent hit circle of another chart point paints nothing: look through it.
  const hit = document.elementsFromPoint(x, y).find((e) => !(e.matches('.chart-hit') && !el.contains(e)));
  const own = hit && (hit === el || el.contains(hit) || hit.contains(el) || hit.closest('label')?.contains(el));
  if (!own) {
    return { label, problem: `covered by ${hit ? hit.tagName.toLowerCase() + '.' + [...hit.classList].join('.') : 'nothing'}` };
  }
  return { label };
}

test('2.5.8: every pointer target on every page is at least 24 × 24 px or spaced, on a phone and a desktop', async () => {
  for (const [viewName, viewport] of [['phone', PHONE], ['desktop', DESKTOP]]) {
    for (const state of STATES) {
      const { page, guard } = await openState(viewport, state);
      const { count, failures } = await page.evaluate(targetSizes);
      assert.ok(count >= 5, `${viewName} ${state[0]}: ${count} targets found`);
      assert.deepEqual(failures, [], `${viewName} ${state[0]}: targets under 24 × 24 px`);
      if (state[0] === 'meeting-preset' || (state[0] === 'scenarios-preset' && viewName === 'phone')) {
        await screenshot(page, `wcag22-${state[0]}-${viewName}`);
      }
      await expectAccessible(page, `${viewName} ${state[0]}`);
      guard.check(`${viewName} ${state[0]}`);
      await page.close();
    }
  }
});

test('2.4.11: tabbing through every page, the focused element is never hidden', async () => {
  for (const [viewName, viewport] of [['phone', PHONE], ['desktop', DESKTOP]]) {
    for (const state of STATES) {
      const { page, guard } = await openState(viewport, state);
      await page.evaluate(() => { document.activeElement?.blur(); window.scrollTo(0, 0); });
      const seen = new Set();
      let previous = null;
      const problems = [];
      let stops = 0;
      for (let i = 0; i < 400; i += 1) {
        await page.keyboard.press('Tab');
        const result = await page.evaluate(focusedIsPainted);
        if (result.done) break;
        if (result.problem && !problems.at(-1)?.startsWith(result.label)) problems.push(`${result.label}: ${result.problem}`);
        const key = await page.evaluate(() => {
          const el = document.activeElement;
          if (!el.dataset.wcagStop) el.dataset.wcagStop = String(Math.random());
          return el.dataset.wcagStop;
        });
        // A date field takes a Tab per part (day, month, year): one stop.
        if (key === previous) continue;
        previous = key;
        if (seen.has(key)) break; // round to the start again
        seen.add(key);
        stops += 1;
      }
      assert.ok(stops >= 5, `${viewName} ${state[0]}: ${stops} keyboard stops`);
      assert.deepEqual(problems, [], `${viewName} ${state[0]}: focus hidden`);
      guard.check(`${viewName} ${state[0]} keyboard`);
      await page.close();
    }
  }
});

test('3.2.6: the help links are in the same place and order on every page', async () => {
  const orders = new Set();
  for (const state of STATES.filter(([name]) => !name.startsWith('selko'))) {
    const { page, guard } = await openState(PHONE, state);
    const footer = page.getByRole('contentinfo');
    const links = await footer.getByRole('link').allTextContents();
    orders.add(JSON.stringify(links.map((t) => t.trim())));
    assert.ok(
      links.some((t) => t.trim() === fi['shell.footer_help']),
      `${state[0]}: the help link is in the footer`,
    );
    guard.check(`help ${state[0]}`);
    await page.close();
  }
  assert.equal(orders.size, 1, `the same footer links everywhere: ${[...orders].join(' | ')}`);
  // The help link leads to the glossary, and it is focused there.
  const { page, guard } = await open(env.browser.context, env.server.origin, '/?lang=en&page=scenarios');
  await page.getByRole('contentinfo').getByRole('link', { name: en['shell.footer_help'], exact: true }).click();
  await page.locator('#glossary').waitFor();
  await page.waitForFunction(() => {
    const r = document.querySelector('#glossary').getBoundingClientRect();
    return r.top >= 0 && r.top < window.innerHeight && document.activeElement.id === 'about-glossary';
  });
  await expectAccessible(page, 'glossary from the help link');
  guard.check('help link');
  await page.close();
});

test('the reference budget is a labelled band on the income chart, painted and uncovered, with its sentence', async () => {
  for (const [viewName, viewport] of [['phone', PHONE], ['desktop', DESKTOP]]) {
    for (const lang of ['fi', 'en']) {
      const m = messages(lang);
      const { page, guard } = await open(env.browser.context, env.server.origin, `/?lang=${lang}&page=scenarios`);
      await page.setViewportSize(viewport);
      await withPreset(page, m, 'matti');
      const label = page.locator('#income-chart svg.chart-svg:visible .chart-reference-label');
      await label.scrollIntoViewIfNeeded();
      const painted = await label.evaluate((el) => {
        const r = el.getBoundingClientRect();
        const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
        const others = [...el.ownerSVGElement.querySelectorAll('text.chart-label, .chart-axis text, .chart-marker-label')]
          .filter((other) => other !== el && other.checkVisibility())
          .filter((other) => {
            const o = other.getBoundingClientRect();
            return o.left < r.right && r.left < o.right && o.top < r.bottom && r.top < o.bottom;
          })
          .map((other) => other.textContent.trim());
        return {
          text: el.textContent.trim(),
          inside: r.left >= 0 && r.right <= window.innerWidth && r.width > 0,
          hit: hit === el || el.contains(hit),
          overlaps: others,
        };
      });
      const expected = viewName === 'phone' ? m['chart.reference_label'] : m['chart.reference_label_wide'].split(' {')[0];
      assert.ok(painted.text.startsWith(expected), `${lang} ${viewName}: label "${painted.text}"`);
      assert.ok(painted.inside, `${lang} ${viewName}: label inside the viewport`);
      assert.ok(painted.hit, `${lang} ${viewName}: label is what is painted there`);
      assert.deepEqual(painted.overlaps, [], `${lang} ${viewName}: label overlaps other text`);
      // The lines are at the published range, in the order of the axis (the SSR test checks the y).
      assert.equal(await page.locator('#income-chart svg.chart-svg:visible .chart-line-reference').count(), 2);
      const note = (await page.locator('.chart-reference-note').textContent()).trim();
      assert.ok(note.includes(lang === 'fi' ? 'ei ole etuus' : 'not a benefit'), `${lang}: the note says what it is not`);
      if (lang === 'en') {
        fs.mkdirSync(ARTIFACTS, { recursive: true });
        await page.locator('#income-chart').screenshot({ path: path.join(ARTIFACTS, `wcag22-reference-budget-${viewName}.png`) });
      }
      await expectAccessible(page, `${lang} ${viewName} reference budget`);
      guard.check(`${lang} ${viewName} reference budget`);
      await page.close();
    }
  }
});
