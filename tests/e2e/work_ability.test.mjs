// Sickness allowance on a phone (issue 14): the preset Paula — on sickness allowance, comparing a
// half-time return on partial sickness allowance and vocational rehabilitation — loaded on a
// 360 px phone; the sickness-allowance amounts painted in the comparison are the ones of its golden
// cases; the sickness fields appear only with the status chosen, and a bad value gets its message
// next to the field while the last good result stays. Every state keeps axe and the privacy guard.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { open, expectAccessible, expectNoHorizontalScroll, screenshot, ROOT, PHONE,
  useServerAndBrowser } from './harness.mjs';
import { messages } from './messages.mjs';

const fi = messages('fi');
const en = messages('en');
const golden = (name) => JSON.parse(fs.readFileSync(path.join(ROOT, 'tests/cases', name), 'utf8'));
const now = golden('preset-paula-sickness-allowance-lahti-2026-06.json');
const halfTime = golden('preset-paula-half-time-partial-sickness-allowance-lahti-2026-06.json');
const fiEuro = (value) => `${value.toLocaleString('fi-FI', { minimumFractionDigits: 2, maximumFractionDigits: 2 })} €`;
const plain = (text) => text.replace(/\s/g, ' ').trim();

const env = useServerAndBrowser();

async function withPaula(lang, viewport) {
  const m = messages(lang);
  const { page, guard } = await open(env.browser.context, env.server.origin, `/?lang=${lang}&page=scenarios`);
  await page.setViewportSize(viewport);
  await page.getByRole('button', { name: new RegExp(m['scenario.preset.paula']) }).click();
  const form = page.getByLabel(m['scenario.mode.form']);
  if (await form.count()) await form.check();
  await page.locator('.comparison').waitFor();
  return { page, guard };
}

/** The text painted at the centre of the phone card's row `label` in card `index`, if the row is in the viewport. */
async function paintedCardAmount(page, index, label) {
  return page.evaluate(({ index, label }) => {
    const card = document.querySelectorAll('.comparison-card')[index];
    const row = [...(card?.querySelectorAll('.card-row') ?? [])].find((r) => r.querySelector('dt')?.textContent.trim() === label);
    const dd = row?.querySelector('dd');
    if (!dd) return { error: `no row ${label} in card ${index}` };
    dd.scrollIntoView({ block: 'center', inline: 'center' });
    const r = dd.getBoundingClientRect();
    const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    const inside = r.left >= 0 && r.right <= window.innerWidth && r.top >= 0 && r.bottom <= window.innerHeight;
    return { painted: hit === dd || dd.contains(hit), inside, text: dd.textContent, width: r.width, height: r.height };
  }, { index, label });
}

test('Paula on a 360 px phone: the painted sickness-allowance amounts are those of her golden cases', async () => {
  const { page, guard } = await withPaula('fi', PHONE);
  const label = fi['scenario.row.pensions'];
  for (const [index, cas] of [[0, now], [1, halfTime]]) {
    const cell = await paintedCardAmount(page, index, label);
    assert.equal(cell.error, undefined, cell.error);
    assert.ok(cell.painted, `card ${index}: the amount is what is painted at its place`);
    assert.ok(cell.inside, `card ${index}: inside the phone's viewport`);
    assert.equal(plain(cell.text), plain(fiEuro(cas.expect.pensions_and_other_benefits)), `card ${index}`);
  }
  const wage = await paintedCardAmount(page, 1, fi['scenario.row.wage']);
  assert.equal(plain(wage.text), plain(fiEuro(halfTime.expect.gross_wages)));
  await expectNoHorizontalScroll(page, 'Paula on a phone');
  await expectAccessible(page, 'Paula on a phone');
  await screenshot(page, 'work-ability-paula-360', { fullPage: false });
  // the "why": the breakdown names the sickness allowance and its 25 days a month
  const line = page.locator('.breakdown .line', { hasText: fi['work_ability.item.sickness'] }).first();
  await line.evaluate((el) => el.closest('details')?.setAttribute('open', ''));
  assert.match(plain(await line.textContent()), /25(,00)? päivää × 69,35 €/);
  assert.ok(await page.getByText(fi['work_ability.flag.estimated']).first().count(), 'the estimate is explained');
  guard.check('Paula on a phone');
  await page.close();
});

test('the sickness fields appear with the status, and a bad value is refused next to the field', async () => {
  const { page, guard } = await withPaula('en', PHONE);
  const status = page.locator('#adult0-wa-status');
  assert.equal(await status.inputValue(), 'sickness_allowance');
  const annual = page.locator('#adult0-wa-annual');
  await annual.waitFor();
  const before = plain(await page.locator('.comparison-card').first().textContent());
  await annual.fill('-5');
  const error = page.locator('#adult0-wa-annual-error');
  await assert.doesNotReject(error.getByText(en['form.error.negative']).waitFor({ timeout: 2000 }));
  assert.equal(await annual.getAttribute('aria-invalid'), 'true');
  assert.equal(await error.getAttribute('aria-live'), 'polite');
  assert.equal(plain(await page.locator('.comparison-card').first().textContent()), before, 'the last good result stays');
  await expectAccessible(page, 'sickness field error');
  await annual.fill('24000');
  await page.waitForFunction((old) => document.querySelector('.comparison-card').textContent.replace(/\s/g, ' ').trim() !== old, before);
  // choosing "none" hides the allowance's fields
  await status.selectOption('none');
  await annual.waitFor({ state: 'detached' });
  assert.equal(await page.locator('#adult0-wa-kela-daily').count(), 0);
  await expectAccessible(page, 'no sickness status');
  guard.check('sickness fields');
  await page.close();
});

test('the years of work appear with ansiopäiväraha, refuse a bad value next to the field, and give the maximum', async () => {
  const { page, guard } = await withPaula('en', PHONE);
  await page.locator('#adult0-wa-status').selectOption('none');
  await page.locator('#adult0-benefit').selectOption('earnings_related');
  const years = page.locator('#adult0-wa-work-history');
  await years.waitFor();
  await page.locator('#adult0-wa-ansio-basis').fill('2500');
  await page.locator('#adult0-wa-ansio-days').fill('200');
  await years.fill('61');
  const error = page.locator('#adult0-wa-work-history-error');
  await error.waitFor();
  assert.ok((await error.textContent()).trim().length > 0, 'a message next to the field');
  assert.equal(await years.getAttribute('aria-invalid'), 'true');
  assert.equal(await error.getAttribute('aria-live'), 'polite');
  await expectAccessible(page, 'work history error');
  await years.fill('2');
  // two years of work: the shorter maximum; the sentences come from the data
  const left = new RegExp(en['work_ability.flag.days_left'].replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace('\\{days\\}', '\\d+').replace('\\{max\\}', '300'));
  await page.waitForFunction((source) => new RegExp(source).test(document.body.textContent), left.source);
  const end = new RegExp(en['work_ability.flag.maximum_within_horizon'].replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace('\\{months\\}', '\\d+'));
  assert.match(await page.locator('body').textContent(), end, 'the end of the maximum within the year is said');
  await expectNoHorizontalScroll(page, 'work history');
  await expectAccessible(page, 'work history');
  guard.check('work history');
  await page.close();
});
