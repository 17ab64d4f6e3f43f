// Costs that rise with income (issue 14, part 3): the day-care fee and wage garnishment, as a
// person sees them on a 360 px phone. Each new preset is loaded, its date set to its golden case's,
// and the amounts painted in the comparison cards (elementFromPoint at the centre, inside the
// viewport) must equal the golden case the engine passes; the plain-language sentences name the
// rule with numbers from the data; the day-care hours field rejects bad input next to the field and
// keeps the last good result. Every test keeps the privacy guard and axe-core.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { open, expectAccessible, expectNoHorizontalScroll, screenshot, ROOT, PHONE, useServerAndBrowser } from './harness.mjs';
import { messages } from './messages.mjs';

const en = messages('en');
const fill = (template, values) => template.replace(/\{(\w+)\}/g, (_, name) => String(values[name]));
const golden = (name) => JSON.parse(fs.readFileSync(path.join(ROOT, 'tests/cases', `${name}.json`), 'utf8'));
/** The digits of an amount as the page writes it (`€5,353.58`, `−€173.92`) and of a golden value. */
const digits = (text) => text.replace(/[^0-9]/g, '');
const cents = (euros) => String(Math.round(euros * 100));

const env = useServerAndBrowser();

/** The scenarios page on a phone with preset `id` loaded in the one-page form, at `date`. */
async function withPreset(id, date) {
  const { page, guard } = await open(env.browser.context, env.server.origin, '/?lang=en&page=scenarios');
  await page.setViewportSize(PHONE);
  await page.getByRole('button', { name: new RegExp(en[`scenario.preset.${id}`]) }).click();
  const form = page.getByLabel(en['scenario.mode.form']);
  if (await form.count()) await form.check();
  await page.getByLabel(en['scenario.field.rules_date']).fill(date);
  await page.locator('.comparison').waitFor();
  return { page, guard };
}

/**
 * The amount of row `label` in comparison card `card` (0 = now), after scrolling it into view,
 * with whether it is what the browser paints at its centre inside the viewport.
 */
async function paintedCell(page, card, label) {
  return page.evaluate(([card, label]) => {
    const section = document.querySelectorAll('.comparison-card')[card];
    if (!section) return { text: null, painted: false, why: `no card ${card}` };
    const row = [...section.querySelectorAll('.card-row')].find((r) => r.querySelector('dt').textContent.trim() === label);
    if (!row) return { text: null, painted: false, why: `no row ${label}` };
    const dd = row.querySelector('dd');
    dd.scrollIntoView({ block: 'center', inline: 'center' });
    const r = dd.getBoundingClientRect();
    const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    const inside = r.left >= 0 && r.right <= window.innerWidth && r.top >= 0 && r.bottom <= window.innerHeight;
    return { text: dd.textContent.trim(), painted: (hit === dd || dd.contains(hit)) && inside, why: `${hit?.tagName}.${hit?.className}` };
  }, [card, label]);
}

async function expectPainted(page, card, label, euros, what) {
  const cell = await paintedCell(page, card, label);
  assert.ok(cell.text !== null, `${what}: ${cell.why}`);
  assert.equal(digits(cell.text), cents(euros), `${what}: ${label} shows ${cell.text}, golden ${euros}`);
  assert.ok(cell.painted, `${what}: ${label} is not painted (${cell.why})`);
  return cell.text;
}

test('Sanna: the day-care fee of the full-time option is painted as in its golden case, and the why names it', async () => {
  const g = golden('preset-sanna-34-jyvaskyla-full-time-3000-day-care-fee-2026-12');
  const { page, guard } = await withPreset('sanna', g.scenario.rules_date);
  // The inputs show the preset: both children in day care 40 h a week.
  for (const number of [1, 2]) {
    assert.ok(await page.getByLabel(fill(en['scenario.field.day_care'], { number })).isChecked(), `child ${number} in day care`);
    assert.equal(await page.getByLabel(fill(en['scenario.field.day_care_hours'], { number })).inputValue(), '40');
  }
  // Card 0 is now, card 1 part-time, card 2 full-time 3 000 €.
  const fee = await expectPainted(page, 2, en['scenario.row.day_care_fee'], g.expect.day_care_fees, 'full-time');
  assert.match(fee, /^[−-]/, 'the fee is shown as money taken away');
  await expectPainted(page, 2, en['scenario.results.disposable'], g.expect.disposable_income, 'full-time');
  await expectPainted(page, 2, en['scenario.row.child_benefit'], g.expect.child_benefit, 'full-time');
  const why = await page.locator('.explanations').textContent();
  assert.ok(why.includes(fill(en['scenario.explain.day_care_up'], { amount: '€173.92' })), 'the why says the fee rises');
  // The rate and the maximum come from the data (10.7 %, 335 € from 1.8.2026), never from the text.
  const rate = new RegExp(fill(en['scenario.explain.day_care_rate'], { rate: 'RATE', max: 'MAX' })
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace('RATE', '10[.,]70?\\s?%').replace('MAX', '€335\\.00'));
  assert.match(why, rate, 'the why gives the rate and the maximum');
  await expectNoHorizontalScroll(page, 'sanna phone');
  await expectAccessible(page, 'sanna phone');
  await page.locator('.comparison-card').nth(2).scrollIntoViewIfNeeded();
  await screenshot(page, 'costs-sanna-360', { fullPage: false });

  // Bad hours: a message next to the field, announced, and the last good result stays.
  const before = await paintedCell(page, 2, en['scenario.row.day_care_fee']);
  const hours = page.getByLabel(fill(en['scenario.field.day_care_hours'], { number: 1 }));
  await hours.fill('100');
  assert.equal(await hours.getAttribute('aria-invalid'), 'true');
  const errorId = (await hours.getAttribute('aria-describedby')).split(' ').find((id) => id.endsWith('-error'));
  const error = page.locator(`#${errorId}`);
  assert.equal(await error.getAttribute('aria-live'), 'polite');
  assert.ok((await error.textContent()).trim().length > 0, 'a message next to the field');
  assert.equal((await paintedCell(page, 2, en['scenario.row.day_care_fee'])).text, before.text, 'last good result stays');
  await expectAccessible(page, 'sanna bad hours');
  guard.check('sanna');
  await page.close();
});

test('Timo: the garnished amount now and full time is painted as in the golden cases, with the band and what is never taken', async () => {
  const now = golden('preset-timo-47-pori-now-part-time-1100-garnished-2026-12');
  const full = golden('preset-timo-47-pori-full-time-2400-garnished-2026-12');
  const { page, guard } = await withPreset('timo', now.scenario.rules_date);
  assert.ok(await page.getByLabel(en['scenario.field.garnished']).isChecked(), 'the garnishment box is ticked');
  const taken = await expectPainted(page, 0, en['scenario.row.garnished'], now.expect.garnished, 'now');
  assert.match(taken, /^[−-]/, 'the garnished amount is shown as money taken away');
  await expectPainted(page, 0, en['scenario.results.disposable'], now.expect.disposable_income, 'now');
  await expectPainted(page, 0, en['scenario.row.housing_allowance'], now.expect.housing_allowance, 'now');
  await expectPainted(page, 1, en['scenario.row.garnished'], full.expect.garnished, 'full-time');
  await expectPainted(page, 1, en['scenario.results.disposable'], full.expect.disposable_income, 'full-time');
  const why = await page.locator('.explanations').textContent();
  assert.ok(why.includes(fill(en['scenario.explain.garnishment_band'], { share: 67, months: 3 })), `the why gives the band: ${why}`);
  assert.ok(why.includes(en['scenario.explain.garnishment_never']), 'the why says what is never garnished');
  await expectNoHorizontalScroll(page, 'timo phone');
  await expectAccessible(page, 'timo phone');
  await page.locator('.comparison-card').nth(1).scrollIntoViewIfNeeded();
  await screenshot(page, 'costs-timo-360', { fullPage: false });

  // Unticking the box removes the garnishment from every column.
  await page.getByLabel(en['scenario.field.garnished']).uncheck();
  await page.waitForFunction((label) => ![...document.querySelectorAll('.comparison-card .card-row dt')].some((dt) => dt.textContent.trim() === label), en['scenario.row.garnished']);
  await expectAccessible(page, 'timo not garnished');
  guard.check('timo');
  await page.close();
});
