// Readable and forgiving on every screen (issue 11), tested on what is painted: every amount of
// the comparison is the element the browser paints at its centre on 320–414 px phones; meeting
// mode shows all options side by side with the totals as the largest numbers; the answer is on
// the first screen of a phone; chart labels never overlap; inputs stop "Next" and point to the
// field; Back and reload keep the guided flow without storage; small slips; and no Finnish or
// raw ids on the Swedish and English pages. Every test keeps the privacy guard and axe-core.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { open, expectAccessible, expectNoHorizontalScroll, screenshot, useServerAndBrowser } from './harness.mjs';
import { messages } from './messages.mjs';

const en = messages('en');
const fi = messages('fi');
const sv = messages('sv');
const fill = (template, values) => template.replace(/\{(\w+)\}/g, (_, name) => String(values[name]));

const env = useServerAndBrowser();

/** Opens the scenarios page with a preset loaded (in the one-page form unless `guided`). */
async function withPreset(lang, id, viewport, { query = '', guided = false } = {}) {
  const m = messages(lang);
  const { page, guard } = await open(env.browser.context, env.server.origin, `/?lang=${lang}&page=scenarios${query}`);
  await page.setViewportSize(viewport);
  await page.getByRole('button', { name: new RegExp(m[`scenario.preset.${id}`]) }).click();
  if (!guided) {
    const form = page.getByLabel(m['scenario.mode.form']);
    if (await form.count()) await form.check();
    await page.locator('.comparison').waitFor();
  }
  return { page, guard };
}

/** Every visible amount of the comparison, scrolled into view: is it what is painted there? */
async function paintedAmounts(page) {
  return page.evaluate(() => {
    const cells = [...document.querySelectorAll('.comparison td.num, .comparison .card-row dd')].filter((el) => el.checkVisibility());
    const failures = [];
    for (const cell of cells) {
      cell.scrollIntoView({ block: 'center', inline: 'center' });
      const r = cell.getBoundingClientRect();
      const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      const painted = hit === cell || cell.contains(hit);
      const inside = r.left >= 0 && r.right <= window.innerWidth;
      if (!painted || !inside) {
        failures.push(`${cell.textContent.trim()} covered by ${hit?.tagName}.${hit?.className} (${Math.round(r.left)}–${Math.round(r.right)})`);
      }
    }
    return { count: cells.length, failures };
  });
}

test('1. on a phone every amount of the comparison is painted, from 320 to 414 px', async () => {
  for (const [lang, width] of [['en', 320], ['fi', 320], ['en', 360], ['sv', 360], ['fi', 414]]) {
    const { page, guard } = await withPreset(lang, 'jenna', { width, height: 740 });
    const { count, failures } = await paintedAmounts(page);
    assert.ok(count >= 4 * 6, `${lang} ${width}px: ${count} amounts visible`);
    assert.deepEqual(failures, [], `${lang} ${width}px: amounts not painted`);
    await expectNoHorizontalScroll(page, `${lang} ${width}px`);
    if (width === 360 && lang === 'en') {
      await expectAccessible(page, 'phone comparison');
      await page.locator('.comparison').scrollIntoViewIfNeeded();
      await screenshot(page, 'readable-comparison-360', { fullPage: false });
    }
    guard.check(`${lang} ${width}px`);
    await page.close();
  }
});

/** The largest font size (px) of visible numbers outside the total rows, and of the totals. */
async function numberSizes(page) {
  return page.evaluate(() => {
    const totals = [...document.querySelectorAll('.comparison tr.total td, .comparison tr.difference td')]
      .filter((el) => el.checkVisibility());
    const totalSize = Math.min(...totals.map((el) => parseFloat(getComputedStyle(el).fontSize)));
    let other = 0;
    let where = '';
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      if (!/\d/.test(node.textContent) || !el.checkVisibility({ visibilityProperty: true })) continue;
      if (el.closest('.comparison tr.total, .comparison tr.difference, .chart-tip, caption')) continue;
      let size = parseFloat(getComputedStyle(el).fontSize);
      const svg = el.closest('svg');
      if (svg) size *= svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
      if (size > other) { other = size; where = `${el.tagName}.${el.className?.baseVal ?? el.className}: ${node.textContent.trim().slice(0, 30)}`; }
    }
    return { totalSize, other, where };
  });
}

test('2. meeting mode: all options side by side from 1280 px, totals largest, results beside the form', async () => {
  for (const viewport of [{ width: 1280, height: 800 }, { width: 1366, height: 768 }, { width: 1920, height: 1080 }]) {
    const label = `meeting ${viewport.width}×${viewport.height}`;
    const { page, guard } = await withPreset('fi', 'jenna', viewport, { query: '&meeting=1' });
    const table = await page.evaluate(() => {
      const region = document.querySelector('.comparison-table');
      const heads = [...region.querySelectorAll('thead th')];
      const box = region.getBoundingClientRect();
      return {
        heads: heads.length,
        cut: heads.filter((th) => th.getBoundingClientRect().right > Math.min(box.right, window.innerWidth) + 0.5).map((th) => th.textContent),
        scroll: region.scrollWidth - region.clientWidth,
      };
    });
    assert.equal(table.heads, 5, `${label}: item column, now and three options`);
    assert.deepEqual(table.cut, [], `${label}: columns cut off`);
    assert.ok(table.scroll <= 0, `${label}: the table scrolls sideways by ${table.scroll}px`);
    await expectNoHorizontalScroll(page, label);
    const sizes = await numberSizes(page);
    assert.ok(sizes.totalSize > sizes.other, `${label}: totals ${sizes.totalSize}px, but ${sizes.other}px at ${sizes.where}`);

    // Editing low in the form keeps the answer in view.
    const before = (await page.locator('.comparison-table tr.total').first().textContent()).trim();
    // The last money field of the form: the last option's wage, far below the table.
    const last = page.locator('.form-column input[inputmode="decimal"]').last();
    await last.scrollIntoViewIfNeeded();
    await last.fill('1 750');
    await page.waitForFunction((old) => document.querySelector('.comparison-table tr.total').textContent.trim() !== old, before);
    const inView = await page.evaluate(() => {
      const r = document.querySelector('.comparison tr.total').getBoundingClientRect();
      return r.top >= 0 && r.bottom <= window.innerHeight && window.scrollY > 0;
    });
    assert.ok(inView, `${label}: the totals stay in view while editing the form`);
    if (viewport.width === 1366) {
      await expectAccessible(page, label);
      await screenshot(page, 'readable-meeting-1366', { fullPage: false });
    }
    guard.check(label);
    await page.close();
  }
});

test('3. the answer first on a phone: every option\'s difference on the first screen, a compact header', async () => {
  const viewport = { width: 360, height: 740 };
  const { page, guard } = await open(env.browser.context, env.server.origin, '/?lang=fi');
  await page.setViewportSize(viewport);
  const home = await page.evaluate((text) => {
    const start = [...document.querySelectorAll('main a')].find((a) => a.textContent.trim() === text);
    return { start: start.getBoundingClientRect().bottom, header: document.querySelector('.site-header').getBoundingClientRect().height };
  }, fi['home.scenarios_start']);
  assert.ok(home.start <= viewport.height, `start button ends at ${home.start}px`);
  assert.ok(home.header <= viewport.height * 0.2, `header is ${home.header}px high`);
  await screenshot(page, 'readable-home-360', { fullPage: false });
  guard.check('home');
  await page.close();

  const flow = await withPreset('fi', 'jenna', viewport, { guided: true });
  for (let i = 0; i < 3; i += 1) await flow.page.getByRole('button', { name: fi['scenario.nav.next'] }).click();
  await flow.page.getByRole('button', { name: fi['scenario.nav.show_results'] }).click();
  await flow.page.locator('.headline').waitFor();
  const cards = await flow.page.evaluate(() => [...document.querySelectorAll('.headline-difference')]
    .map((el) => { const r = el.getBoundingClientRect(); return [r.top, r.bottom]; }));
  assert.equal(cards.length, 3, 'a difference for each of the three options');
  for (const [top, bottom] of cards) assert.ok(top >= 0 && bottom <= viewport.height, `difference at ${top}–${bottom}px`);
  await screenshot(flow.page, 'readable-result-first-screen-360', { fullPage: false });
  await expectAccessible(flow.page, 'result on a phone');
  flow.guard.check('result first screen');
  await flow.page.close();
});

/** Pairs of visible text labels in one visible chart whose painted boxes overlap. */
async function overlappingLabels(page) {
  return page.evaluate(() => {
    const out = [];
    let charts = 0;
    for (const svg of document.querySelectorAll('svg.chart-svg')) {
      if (!svg.checkVisibility()) continue;
      charts += 1;
      const boxes = [...svg.querySelectorAll('text')]
        .filter((t) => !t.closest('.chart-tip') && t.textContent.trim() && t.getBBox().width > 0)
        .map((t) => ({ text: t.textContent.trim(), r: t.getBoundingClientRect() }));
      for (let i = 0; i < boxes.length; i += 1) {
        for (let j = i + 1; j < boxes.length; j += 1) {
          const [a, b] = [boxes[i].r, boxes[j].r];
          if (a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5) {
            out.push(`${boxes[i].text} × ${boxes[j].text}`);
          }
        }
      }
    }
    return { charts, out };
  });
}

test('4. charts: labels never overlap, options marked on both, solid colours on screen, patterns in print', async () => {
  for (const [lang, preset, viewport] of [
    ['fi', 'jenna', { width: 360, height: 740 }], ['en', 'matti', { width: 360, height: 740 }],
    ['sv', 'irina', { width: 360, height: 740 }], ['fi', 'jenna', { width: 1280, height: 800 }],
    ['en', 'mika', { width: 1280, height: 800 }],
  ]) {
    const label = `${lang} ${preset} ${viewport.width}px`;
    const { page, guard } = await withPreset(lang, preset, viewport);
    await page.locator('.charts').scrollIntoViewIfNeeded();
    const { charts, out } = await overlappingLabels(page);
    assert.equal(charts, 2, `${label}: two charts drawn`);
    assert.deepEqual(out, [], `${label}: overlapping chart labels`);
    const marked = await page.evaluate(() => [...document.querySelectorAll('figure.chart')]
      .map((f) => [...([...f.querySelectorAll('svg.chart-svg')].find((s) => s.checkVisibility())?.querySelectorAll('.chart-marker .chart-point') ?? [])]
        // Options at the same point share one dot, named "1. …; 2. …".
        .reduce((sum, point) => sum + (point.getAttribute('aria-label').match(/(^|; )\d+\. /g) ?? []).length, 0)));
    const columns = await page.locator('.comparison-table thead th.num').count();
    assert.deepEqual(marked, [columns, columns], `${label}: now and every option marked on both charts`);
    assert.equal(await page.locator('figure.chart .chart-intro').count(), 2, `${label}: a sentence above each chart`);
    const fills = () => page.evaluate(() => [...document.querySelectorAll('svg.chart-svg .chart-area')]
      .filter((p) => p.closest('svg').checkVisibility()).map((p) => getComputedStyle(p).fill));
    assert.ok((await fills()).every((f) => !f.startsWith('url(')), `${label}: solid fills on screen`);
    if (viewport.width === 360 && lang === 'fi') {
      await page.locator('figure.chart-marginal').scrollIntoViewIfNeeded();
      await screenshot(page, 'readable-marginal-360', { fullPage: false });
      await page.emulateMedia({ media: 'print' });
      assert.ok((await fills()).every((f) => f.startsWith('url(')), 'patterns in print');
      await page.emulateMedia({ media: 'screen' });
      await expectAccessible(page, label);
    }
    guard.check(label);
    await page.close();
  }
});

test('5. input that protects: age note, implausible rent noted, invalid text stops Next with focus', async () => {
  const { page, guard } = await open(env.browser.context, env.server.origin, '/?lang=en&page=scenarios');
  await page.setViewportSize({ width: 360, height: 740 });
  const age = page.locator('#adult0-age');
  await age.fill('15');
  const note = (await page.locator('#adult0-age-note').textContent()).trim();
  assert.match(note, /^Unemployment benefit is paid to people aged \d+ to \d+\./, 'the ages stand next to the field');
  await age.fill('abc');
  const error = (await page.locator('#adult0-age-error').textContent()).trim();
  assert.ok(error.startsWith(fill(en['form.error.whole'], { min: 15, max: 100 })), `age error fits the field: ${error}`);
  assert.ok(!error.includes('1 234'), 'no money example for an age');
  await page.getByRole('button', { name: en['scenario.nav.next'] }).click();
  assert.equal((await page.locator('#step-title').textContent()).trim(), en['scenario.step.household'], 'Next stopped');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'adult0-age', 'focus on the field');
  await expectAccessible(page, 'invalid age');
  await age.fill('30');
  await page.getByRole('button', { name: en['scenario.nav.next'] }).click();
  await page.getByRole('heading', { name: en['scenario.step.home'] }).waitFor();

  await page.locator('#rent').fill('50000');
  assert.equal((await page.locator('#rent-note').textContent()).trim(), en['scenario.note.check_amount']);
  assert.ok(await page.locator('#rent-note.check').isVisible(), 'plausibility note shown');
  await page.locator('#rent').fill('560');
  assert.equal((await page.locator('#rent-note').textContent()).trim(), '', 'no note for a usual rent');
  await page.locator('#water').fill('−30');
  await page.getByRole('button', { name: en['scenario.nav.next'] }).click();
  assert.equal((await page.locator('#step-title').textContent()).trim(), en['scenario.step.home'], 'Next stopped at −30');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'water');
  assert.ok((await page.locator('#water-error').textContent()).includes(en['form.error.negative']));
  await expectAccessible(page, 'negative water');
  guard.check('input protection');
  await page.close();
});

test('6. Back and reload keep the guided flow, with nothing written to storage', async () => {
  const { page, guard } = await withPreset('en', 'matti', { width: 360, height: 740 }, { guided: true });
  const title = async () => (await page.locator('#step-title').textContent()).trim();
  const next = page.getByRole('button', { name: en['scenario.nav.next'] });
  await next.click();
  await page.locator('#rent').waitFor();
  const rent = await page.locator('#rent').inputValue();
  await next.click();
  assert.equal(await title(), en['scenario.step.income']);
  await page.goBack();
  await page.waitForFunction((t) => document.querySelector('#step-title')?.textContent.trim() === t, en['scenario.step.home']);
  assert.ok(page.url().includes('/scenarios/'), 'still on the page');
  await page.goForward();
  await page.waitForFunction((t) => document.querySelector('#step-title')?.textContent.trim() === t, en['scenario.step.income']);
  await page.goBack();
  await page.waitForFunction((t) => document.querySelector('#step-title')?.textContent.trim() === t, en['scenario.step.home']);
  await page.locator('#rent').fill('612');
  guard.state.allowedLate.push(/./);
  await page.reload({ waitUntil: 'load' });
  await page.waitForFunction((t) => document.querySelector('#step-title')?.textContent.trim() === t, en['scenario.step.home']);
  assert.equal(await page.locator('#rent').inputValue(), '612', `the edited rent (was ${rent}) survives the reload`);
  const stored = await page.evaluate(async () => ({
    local: localStorage.length,
    session: sessionStorage.length,
    databases: (await indexedDB.databases()).length,
    cookies: document.cookie,
  }));
  assert.deepEqual(stored, { local: 0, session: 0, databases: 0, cookies: '' }, 'nothing stored before opt-in');
  await expectAccessible(page, 'after reload');
  guard.check('history');
  await page.close();
});

test('7. small slips: plural counts, Enter chooses, empty fields, one rounding, breakdown lines fit', async () => {
  const { page, guard } = await open(env.browser.context, env.server.origin, '/?lang=fi&page=scenarios');
  await page.setViewportSize({ width: 360, height: 740 });
  await page.getByRole('button', { name: fi['scenario.nav.next'] }).click();
  const search = page.locator('#municipality-search');
  await search.fill('Tampe');
  assert.equal((await page.locator('#municipality-count').textContent()).trim(),
    fill(fi['scenario.field.municipality_count.one'], { count: 1 }));
  await search.press('Enter');
  assert.equal(await page.locator('#municipality').inputValue(), '837', 'Enter chose Tampere');
  assert.equal(await page.locator('#rent').inputValue(), '', 'empty rent field');
  assert.equal(await page.locator('#rent').getAttribute('placeholder'), '0');
  await page.locator('#rent').click();
  await page.keyboard.type('560');
  assert.equal(await page.locator('#rent').inputValue(), '560', 'typing does not make 0560');
  await expectAccessible(page, 'empty fields');
  guard.check('slips fi');
  await page.close();

  // Swedish order: Å, Ä and Ö after Z (and Y).
  const s = await open(env.browser.context, env.server.origin, '/?lang=sv&page=scenarios');
  await s.page.getByRole('button', { name: sv['scenario.nav.next'] }).click();
  const names = await s.page.locator('#municipality option').allTextContents();
  const lastY = names.findLastIndex((n) => /^[YZ]/.test(n));
  const firstNordic = names.findIndex((n) => /^[ÅÄÖ]/.test(n));
  assert.ok(firstNordic > lastY && lastY > 0, `Å/Ä/Ö (${names[firstNordic]}) after Y/Z (${names[lastY]})`);
  s.guard.check('sv order');
  await s.page.close();

  // One rounding per context: Matti's part-time wage (20 h × 13 €) is 1 126,67 € wherever it is
  // his own figure, never 1 127 € or 1 128 €.
  const m = await withPreset('fi', 'matti', { width: 360, height: 740 });
  await m.page.locator('details.breakdown').evaluateAll((all) => all.forEach((d) => { d.open = true; }));
  const text = await m.page.locator('main').innerText();
  assert.ok(text.includes('1\u00a0126,67\u00a0€'), 'the exact wage is shown');
  assert.ok(!/1\u00a012[78]\u00a0€/.test(text), 'no rounded copy of the wage');
  const cut = await m.page.evaluate(() => [...document.querySelectorAll('.breakdown dt')].filter((dt) => dt.checkVisibility())
    .filter((dt) => {
      const amount = dt.querySelector('.amount').getBoundingClientRect();
      return amount.right > dt.getBoundingClientRect().right + 0.5 || amount.right > window.innerWidth;
    }).map((dt) => dt.textContent));
  assert.deepEqual(cut, [], 'breakdown amounts fit on the phone');
  await expectNoHorizontalScroll(m.page, 'breakdown open');
  m.guard.check('rounding');
  await m.page.close();
});

/** Words only Finnish has, raw ids and unformatted values: none may show on a sv or en page. */
const LEAKS = [
  [/\b(korvaa|kuukaudessa|päivää|euroa|verot|Lähde|maksetaan|jälkeen|sekä|tuloista|vuoden)\b/i, 'Finnish word'],
  [/\b(ASKEL|SISU|STT|S\d):/, 'raw source id'],
  [/(?<!askel[.-])\b(scenario|assessment|shell|chart|about|summary|glossary|share|home|breakdown|convention|statement)\.(?!json\b)[a-z_]+\b/, 'message key'],
  [/\b\d+(\.\d+)? (factor|flag|EUR\/month|EUR\/day|EUR)\b/, 'raw value'],
  [/\btrue flag\b|\bfalse flag\b/, 'raw flag'],
];
// "55 years" is how English writes an age limit; on a Swedish page it is a raw unit.
const FOREIGN = { sv: [/\b(taxes|the|and|Source|value|years)\b/, 'English word'], en: [/\b(och|för|skatter|Källa)\b/, 'Swedish word'] };

test('10. every page in Swedish and English is in its own language, with no raw ids', async () => {
  const found = [];
  for (const lang of ['sv', 'en']) {
    const m = messages(lang);
    for (const slug of ['home', 'assessment', 'scenarios', 'summary', 'about', 'accessibility']) {
      const { page, guard } = await open(env.browser.context, env.server.origin, `/?lang=${lang}&page=${slug}`);
      if (slug === 'scenarios') {
        await page.getByRole('button', { name: new RegExp(m['scenario.preset.jenna']) }).click();
        await page.getByLabel(m['scenario.mode.form']).check();
        await page.locator('.comparison').waitFor();
        await page.locator('details').evaluateAll((all) => all.forEach((d) => { d.open = true; }));
      }
      const text = await page.locator('body').innerText();
      for (const [pattern, what] of [...LEAKS, FOREIGN[lang]]) {
        const hit = text.match(new RegExp(pattern.source, pattern.flags + 'g'));
        if (hit) found.push(`${lang} ${slug}: ${what}: ${[...new Set(hit)].slice(0, 4).join(', ')}`);
      }
      guard.check(`${lang} ${slug}`);
      await page.close();
    }
  }
  assert.deepEqual(found, [], 'texts in the wrong language or raw ids');
});
