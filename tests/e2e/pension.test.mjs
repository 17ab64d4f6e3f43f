// A person on a partial disability pension considering more hours (issue 14): the Pekka preset
// loaded on a 360 px phone. The painted amounts of "now" are the golden case
// tests/cases/preset_pekka_55_lahti_now.json (checked where the browser paints them), the options
// "up to the earnings limit" and "above it" show the cliff the engine computes, and the
// plain-language answer names the rule with the engine's numbers. Privacy guard and axe-core in
// every state.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { open, expectAccessible, expectNoHorizontalScroll, screenshot, ROOT, PHONE, useServerAndBrowser } from './harness.mjs';
import { messages } from './messages.mjs';

const en = messages('en');
const golden = JSON.parse(fs.readFileSync(path.join(ROOT, 'tests/cases/preset_pekka_55_lahti_now.json'), 'utf8'));
const euro = (value) => `€${value.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
const fill = (template, values) => template.replace(/\{(\w+)\}/g, (_, name) => String(values[name]));
const amount = (text) => Number(text.replace(/[^\d.-]/g, ''));

const env = useServerAndBrowser();

/** The rows of one comparison card as painted: label → text, with whether the amount is painted. */
async function card(page, index) {
  return page.evaluate((i) => {
    const section = document.querySelectorAll('.comparison-card')[i];
    const rows = {};
    for (const row of section.querySelectorAll('.card-row')) {
      const dd = row.querySelector('dd');
      dd.scrollIntoView({ block: 'center', inline: 'center' });
      const r = dd.getBoundingClientRect();
      const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      rows[row.querySelector('dt').textContent.trim()] = {
        text: dd.textContent.trim(),
        painted: (hit === dd || dd.contains(hit)) && r.left >= 0 && r.right <= window.innerWidth && r.width > 0,
      };
    }
    return rows;
  }, index);
}

test('Pekka on a phone: the painted numbers are the golden case, and above the limit he has less', async () => {
  const { page, guard } = await open(env.browser.context, env.server.origin, '/?lang=en&page=scenarios');
  await page.setViewportSize(PHONE);
  await page.getByRole('button', { name: new RegExp(en['scenario.preset.pekka']) }).click();
  const form = page.getByLabel(en['scenario.mode.form']);
  if (await form.count()) await form.check();
  await page.locator('.comparison-card').first().waitFor();

  // The inputs for a disability pension appear because one is chosen.
  const kind = page.getByLabel(en['scenario.field.disability_pension']);
  assert.equal(await kind.inputValue(), 'partial');
  assert.equal(amount(await page.getByLabel(en['scenario.field.pre_disability_earnings']).inputValue()), 4500);
  await expectAccessible(page, 'pekka inputs');

  const now = await card(page, 0);
  const expect = golden.expect;
  const rows = [
    ['scenario.row.wage', expect.gross_wages],
    ['scenario.row.contributions', expect.employee_contributions],
    ['scenario.row.taxes', expect.taxes],
    ['scenario.row.pensions', expect.pensions_and_other_benefits],
    ['scenario.row.housing_allowance', expect.housing_allowance],
    ['scenario.row.social_assistance', expect.social_assistance],
    ['scenario.results.disposable', expect.disposable_income],
  ];
  for (const [key, value] of rows) {
    const row = now[en[key]];
    if (value === 0 && !row) continue; // rows that are zero in every column are left out
    assert.ok(row, `row ${key} in the now card: ${Object.keys(now)}`);
    assert.ok(row.painted, `${key}: ${row.text} is not painted inside the 360 px viewport`);
    assert.equal(amount(row.text), value, `${key}: painted ${row.text}, golden ${value}`);
  }

  // The cliff: the option above the limit leaves less money than the one up to it.
  const upTo = await card(page, 1);
  const above = await card(page, 2);
  const disposable = (c) => amount(c[en['scenario.results.disposable']].text);
  assert.ok(disposable(upTo) > disposable(above), `up to the limit ${disposable(upTo)}, above ${disposable(above)}`);
  assert.equal(amount(above[en['scenario.row.pensions']].text), 0, 'the pension rests above the limit');
  assert.equal(amount(upTo[en['scenario.row.pensions']].text), 1300, 'the pension is paid up to the limit');

  // The plain-language answer names the rule with the engine's numbers.
  const answers = await page.locator('.explanation').allTextContents();
  // "above the limit" against working exactly up to the limit (the first option's wage)
  const loss = Math.round((disposable(upTo) - disposable(above)) * 100) / 100;
  const sentence = fill(en['scenario.explain.pension_rests_loss'], { limit: euro(2700), amount: euro(loss) });
  assert.ok(answers.some((a) => a.includes(sentence)), `"${sentence}" in ${answers}`);
  const limits = fill(en['scenario.explain.pension_limits_partial'], { partial: euro(2700) });
  assert.ok(answers.some((a) => a.includes(limits)), `"${limits}" in ${answers}`);

  await expectNoHorizontalScroll(page, 'pekka 360 px');
  await expectAccessible(page, 'pekka results');
  await page.locator('.explanations').scrollIntoViewIfNeeded();
  await screenshot(page, 'pension-pekka-360', { fullPage: false });
  guard.check('pekka preset');
  await page.close();
});

test('choosing a disability pension shows its fields, and a missing amount is said next to the field', async () => {
  const { page, guard } = await open(env.browser.context, env.server.origin, '/?lang=fi&page=scenarios');
  const fi = messages('fi');
  await page.setViewportSize(PHONE);
  const form = page.getByLabel(fi['scenario.mode.form']);
  if (await form.count()) await form.check();
  const earlier = page.getByLabel(fi['scenario.field.pre_disability_earnings']);
  assert.equal(await earlier.count(), 0, 'no pension fields before a pension is chosen');
  await page.getByLabel(fi['scenario.field.disability_pension']).selectOption('full');
  await earlier.waitFor();
  const note = page.locator('.field-note', { hasText: fi['scenario.problem.pension_missing'] });
  await note.waitFor();
  assert.equal(await note.getAttribute('aria-live'), 'polite');
  await expectAccessible(page, 'pension chosen, amount missing');
  guard.check('pension fields');
  await page.close();
});

test('a Kela pension from the decision is asked only with a Kela pension, and a bad value is said next to the field', async () => {
  const { page, guard } = await open(env.browser.context, env.server.origin, '/?lang=en&page=scenarios');
  await page.setViewportSize(PHONE);
  const form = page.getByLabel(en['scenario.mode.form']);
  if (await form.count()) await form.check();
  const decided = page.locator('#adult0-kela-amount');
  assert.equal(await decided.count(), 0, 'not asked without a Kela pension');
  await page.locator('#adult0-kela-pension').selectOption('yes');
  await decided.waitFor();
  assert.equal(await page.getByLabel(en['scenario.field.kela_pension_amount']).count(), 1);
  await decided.fill('-5');
  const error = page.locator('#adult0-kela-amount-error');
  await assert.doesNotReject(error.getByText(en['form.error.negative']).waitFor({ timeout: 2000 }));
  assert.equal(await decided.getAttribute('aria-invalid'), 'true');
  assert.equal(await error.getAttribute('aria-live'), 'polite');
  await expectAccessible(page, 'kela amount error');
  await decided.fill('700');
  await page.waitForFunction(() => document.querySelector('#adult0-kela-amount')?.getAttribute('aria-invalid') !== 'true');
  // an earnings-related pension that is not a disability pension may be an old-age pension
  const oldAge = page.locator('#adult0-old-age');
  assert.equal(await oldAge.count(), 0, 'no old-age question without a pension');
  await page.locator('details.advanced summary').first().click();
  await page.locator('#adult0-pension').fill('1300');
  await oldAge.waitFor();
  await oldAge.check();
  assert.ok(await oldAge.isChecked());
  await expectNoHorizontalScroll(page, 'kela amount');
  await expectAccessible(page, 'kela amount and old age');
  guard.check('kela amount');
  await page.close();
});
