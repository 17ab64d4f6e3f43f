// Month by month, as a client uses it on a phone: from a calculation opened by a link, "I start a
// job on 15.6, paid at the end of each month" (full time; the first part-month comes with the next
// salary), the month with a gap and its plain sentence, the painted numbers checked against the
// golden case, and what to report to whom with links to the official pages. Then the change
// travels in a share link, the checklist is on the meeting summary, and the About page lists the
// view's assumptions in every language. Every test keeps the privacy guard and axe-core.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import {
  open, expectAccessible, expectNoHorizontalScroll, screenshot, ROOT, PHONE, useServerAndBrowser,
} from './harness.mjs';
import { messages, LANGS } from './messages.mjs';

const en = messages('en');
const golden = JSON.parse(fs.readFileSync(
  path.join(ROOT, 'tests/cases/month-derived-first-pay-with-next-salary-july-gap-tampere-2026.json'), 'utf8',
));
const euro = (value) => `€${value.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
const fill = (template, values) => Object.entries(values).reduce((t, [k, v]) => t.replaceAll(`{${k}}`, v), template);
const payload = (json) => `s1.${Buffer.from(zlib.deflateSync(Buffer.from(json), { level: 9 })).toString('base64url')}`;

const env = useServerAndBrowser();

/** The scenario of the golden case without its change: the client picks the change. */
function linkWithoutChange() {
  const scenario = structuredClone(golden.scenario);
  delete scenario.month_event;
  return `/?lang=en&page=scenarios#${payload(JSON.stringify(scenario))}`;
}

/** The text painted at the centre of `locator`, after scrolling it into the viewport. */
async function paintedText(page, locator) {
  await locator.scrollIntoViewIfNeeded();
  const box = await locator.boundingBox();
  assert.ok(box, 'the cell has a box');
  const viewport = page.viewportSize();
  assert.ok(box.x >= 0 && box.y >= 0 && box.x + box.width <= viewport.width + 1 && box.y + box.height <= viewport.height + 1,
    `inside the viewport: ${JSON.stringify(box)}`);
  return page.evaluate(({ x, y }) => {
    const hit = document.elementFromPoint(x, y);
    return hit?.closest('strong, td')?.textContent?.trim() ?? '';
  }, { x: box.x + box.width / 2, y: box.y + box.height / 2 });
}

async function pickTheJob(page) {
  await page.getByRole('button', { name: en['month.show'] }).click();
  await page.getByLabel(en['month.form_change']).selectOption('job_starts');
  await page.getByLabel(en['month.form_date']).fill('2026-06-15');
  await page.getByLabel(en['month.form_wage']).fill('2300');
  await page.getByLabel(en['month.form_rhythm']).selectOption('end_of_month');
  await page.getByLabel(en['month.form_full_time']).check();
  await page.getByLabel(en['month.form_first_with_next']).check();
}

test('a client on a phone starts a job on 15.6 paid at the end of each month, sees the gap month and what to report to whom', async () => {
  const { page, guard } = await open(env.browser.context, env.server.origin, linkWithoutChange());
  await page.setViewportSize(PHONE);
  await page.getByRole('button', { name: en['month.show'] }).waitFor();
  await expectAccessible(page, 'results with the month view closed');
  await pickTheJob(page);

  const july = page.locator('.month-table tr[data-month="2026-07"]');
  await july.waitFor();
  assert.match(await july.locator('th').textContent(), new RegExp(`\\(${en['month.gap_tag']}\\)`), 'July is marked as the gap');
  const june = page.locator('.month-table tr[data-month="2026-06"]');
  assert.doesNotMatch(await june.locator('th').textContent(), new RegExp(`\\(${en['month.gap_tag']}\\)`), 'June is not');

  // The painted totals are the golden case's.
  for (const month of ['2026-06', '2026-07']) {
    const cell = page.locator(`.month-table tr[data-month="${month}"] td.month-total strong`);
    assert.equal(await paintedText(page, cell), euro(golden.expect[`month[${month}].total`]), `${month} total`);
  }

  // The plain sentence names the month, the last benefit and the first salary.
  const sentence = fill(en['month.gap'], { month: 'July 2026', last: '18.6.2026', next: '31.7.2026' });
  await page.getByText(sentence).waitFor();
  await page.getByText(fill(en['month.gap_assistance'], { month: 'July 2026', date: '31.7.2026' })).waitFor();

  // The payments of July by date: social assistance on 1.7 and the salary on 31.7.
  const julyCard = page.locator('section.month-card', { has: page.getByRole('heading', { name: 'July 2026' }) });
  const julyText = await julyCard.textContent();
  assert.match(julyText, /1\.7\./);
  assert.match(julyText, /31\.7\./);
  assert.ok(julyText.includes(euro(golden.expect['month[2026-07].wages_net'])), julyText);

  // What to do: Kela and the employment services, by the first working day, with official links.
  const todo = page.locator('section.month-todo');
  await todo.getByRole('heading', { name: en['month.todo_title'] }).waitFor();
  const todoText = await todo.textContent();
  for (const key of ['month.agency_kela', 'month.task_stub', 'month.agency_employment', 'month.task_full_time',
    'month.task_housing', 'month.task_social']) {
    assert.ok(todoText.includes(en[key]), `${key} in the checklist`);
  }
  assert.ok(todoText.includes(fill(en['month.by'], { date: '15.6.2026' })));
  assert.ok(await todo.locator('a[href="https://www.kela.fi/saitko-toita"]').count() >= 1);

  // The four differences and the assumptions, one tap away.
  assert.equal(await page.locator('.month-differences li').count(), 4);
  await page.locator('.month-assumptions summary').click();
  assert.ok(await page.locator('.month-assumptions li').count() >= 9);

  await expectAccessible(page, 'month view on a phone');
  await expectNoHorizontalScroll(page, 'month view on a phone');
  await screenshot(page, 'month-view-phone');
  guard.check('month view');
  await page.close();
});

test('the change travels in a share link and its checklist is on the meeting summary', async () => {
  const { page, guard } = await open(env.browser.context, env.server.origin, linkWithoutChange());
  await page.setViewportSize(PHONE);
  await pickTheJob(page);
  await page.locator('.month-table tr[data-month="2026-07"]').waitFor();
  await page.getByRole('button', { name: en['share.link.create'] }).click();
  const link = await page.getByRole('textbox', { name: en['share.link.label'] }).inputValue();
  guard.check('before the link');
  await page.close();

  const opened = await open(env.browser.context, env.server.origin, link.replace(env.server.origin, ''));
  await opened.page.setViewportSize(PHONE);
  const cell = opened.page.locator('.month-table tr[data-month="2026-07"] td.month-total strong');
  await cell.waitFor();
  assert.equal((await cell.textContent()).trim(), euro(golden.expect['month[2026-07].total']));
  await expectAccessible(opened.page, 'month view from a link');

  await opened.page.getByRole('link', { name: en['shell.nav_summary'] }).first().click();
  const todo = opened.page.locator('section.month-todo');
  await todo.getByRole('heading', { name: en['month.todo_title'] }).waitFor();
  assert.ok((await todo.textContent()).includes(en['month.task_stub']));
  await expectAccessible(opened.page, 'meeting summary with the checklist');
  opened.guard.check('link and summary');
  await opened.page.close();
});

test('the About page lists the assumptions of the month view in every language', async () => {
  for (const lang of LANGS) {
    const t = messages(lang);
    const { page, guard } = await open(env.browser.context, env.server.origin, `/?lang=${lang}&page=about`);
    await page.getByRole('heading', { name: t['about.month_assumptions_title'] }).waitFor();
    const text = await page.locator('main').textContent();
    assert.ok(text.includes(t['month.assumption.calendar_months']), `${lang}: assumption listed`);
    assert.ok(text.includes(t['about.law.maksuajankohdat']), `${lang}: timing parameters listed`);
    if (lang === 'en') await expectAccessible(page, 'about with the month assumptions');
    guard.check(`about ${lang}`);
    await page.close();
  }
});
