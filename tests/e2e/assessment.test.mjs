// The self-assessment as a person meets it on a phone, with the keyboard only: every step is
// accessible, the result shows the area scores computed here from the documented formula
// (docs/ASSESSMENT.md), saving is opt-in and survives a reload, a second round shows the change,
// "Delete everything" leaves no askel.* key, and the meeting summary prints on one A4 page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import {
  ROOT, launch, open, expectAccessible, expectNoHorizontalScroll, screenshot, h1, useServerAndBrowser, waitReady,
} from './harness.mjs';
import { messages } from './messages.mjs';

const m = messages('en');
const fill = (text, args) => text.replace(/\{(\w+)\}/g, (_, k) => String(args[k]));

// ---- The instrument and the scoring, read from the documentation, not from the app. ----

/** Areas in documented order, each with its statements and reverse flags. */
function documentedAreas() {
  const doc = fs.readFileSync(path.join(ROOT, 'docs/ASSESSMENT.md'), 'utf8');
  const areas = new Map();
  for (const line of doc.split('\n')) {
    const row = line.match(/^\| `(\w+)\.(\w+)` \| .* \| (R?) *\|$/);
    if (!row) continue;
    const [, area, item, reverse] = row;
    if (!areas.has(area)) areas.set(area, []);
    areas.get(area).push({ id: `${area}.${item}`, reverse: reverse === 'R' });
  }
  return areas;
}
const AREAS = documentedAreas();
const SINGLE = [
  ['work_ability', 0, 10], ['life_satisfaction', 1, 5], ['health', 1, 5],
  ['functional_capacity', 0, 10], ['closeness_to_work', 0, 10],
];

/** Area score per docs/ASSESSMENT.md "Scoring": null = not enough answers. */
function areaScore(area, answers) {
  const items = AREAS.get(area);
  const values = items
    .filter((it) => typeof answers[it.id] === 'number')
    .map((it) => (it.reverse ? 6 - answers[it.id] : answers[it.id]));
  if (values.length < Math.ceil((3 * items.length) / 5)) return null;
  const rescaled = values.map((v) => ((v - 1) / 4) * 100);
  const mean = rescaled.reduce((a, b) => a + b, 0) / rescaled.length;
  return Math.floor(mean + 0.5 + 1e-9); // half up
}

const RUN1 = {
  single: { work_ability: 5, life_satisfaction: 3, health: 'pn', functional_capacity: 6, closeness_to_work: 4 },
  items: {
    'participation.someone_to_talk': 5, 'participation.meet_people': 3, 'participation.ask_for_help': 4,
    'participation.take_part': 'pn', 'participation.lonely': 2,
    'mind.calm': 2, 'mind.look_forward': 3, 'mind.good_about_myself': 2, 'mind.everyday_stress': 3,
    'mind.worries': 4,
    'skills.focus': 4, 'skills.learn': 5,
    'body.move': 3, 'body.rested': 2, 'body.energy': 3, 'body.pain': 3,
    'everyday_life.rhythm': 4, 'everyday_life.home': 5, 'everyday_life.chores': 4,
    'everyday_life.paperwork': 3, 'everyday_life.money_worries': 2,
  },
  supportAreas: ['body'],
  topics: ['health', 'job_search'],
  goals: 'Walk every morning.',
  questions: 'Could I try a work trial?',
};
const RUN2 = {
  single: { work_ability: 6, life_satisfaction: 4, health: 3, functional_capacity: 7, closeness_to_work: 'pn' },
  items: {
    'participation.someone_to_talk': 5, 'participation.meet_people': 4, 'participation.ask_for_help': 4,
    'participation.take_part': 4, 'participation.lonely': 1,
    'mind.calm': 3, 'mind.look_forward': 4, 'mind.way_forward': 3, 'mind.good_about_myself': 3,
    'mind.everyday_stress': 4, 'mind.worries': 3,
    'skills.focus': 4, 'skills.learn': 5, 'skills.know_strengths': 3, 'skills.confidence': 'pn',
    'skills.want_work': 5, 'skills.getting_started': 3,
    'body.move': 4, 'body.rested': 3, 'body.energy': 3, 'body.pain': 2,
    'everyday_life.rhythm': 4, 'everyday_life.home': 5, 'everyday_life.chores': 4,
    'everyday_life.paperwork': 4, 'everyday_life.money_worries': 3,
  },
  supportAreas: [],
  topics: ['housing'],
  goals: 'Sleep better.',
  questions: '',
};

// ---- Keyboard helpers. ----

async function active(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    return { tag: el?.tagName, id: el?.id, text: el?.textContent?.trim(), type: el?.type, name: el?.name };
  });
}

/** Presses Tab until the focused element's text (or id) matches. */
async function tabTo(page, text, limit = 80) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const a = await active(page);
    if (a.text === text || a.id === text) return a;
  }
  throw new Error(`could not reach "${text}" with Tab`);
}

/** With focus on the first radio of a fresh group: choose `value` (or 'pn') with the keyboard. */
async function chooseInGroup(page, name, min, value) {
  const a = await active(page);
  assert.equal(a.name, name, `focus is in the radio group ${name}`);
  if (value === 'pn') {
    await page.keyboard.press('ArrowLeft'); // wraps to the last option: "Prefer not to answer"
  } else if (value === min) {
    await page.keyboard.press('Space');
  } else {
    for (let i = min; i < value; i++) await page.keyboard.press('ArrowRight');
  }
  const expected = value === 'pn' ? 'prefer_not_to_say' : String(value);
  const checked = await page.evaluate((n) => document.querySelector(`input[name="${n}"]:checked`)?.value, name);
  assert.equal(checked, expected, `${name} = ${expected}`);
}

async function expectStep(page, number, title) {
  await page.locator('#assessment-step-heading', { hasText: title }).waitFor();
  assert.equal((await page.locator('#assessment-step-heading').textContent()).trim(), title);
  const focused = await active(page);
  assert.equal(focused.id, 'assessment-step-heading', `focus moved to the heading of "${title}"`);
  if (number) {
    assert.equal(
      (await page.locator('.progress-text').textContent()).trim(),
      fill(m['assessment.nav.progress'], { step: number, total: 9 }),
    );
    const live = (await page.locator('.assessment p[aria-live="polite"]').textContent()).trim();
    assert.equal(live, fill(m['assessment.nav.announce'], { step: number, total: 9, title }));
  }
}

async function pressButton(page, text) {
  await tabTo(page, text);
  await page.keyboard.press('Enter');
}

async function askelKeys(page) {
  return page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('askel.')));
}

/** Completes every step with the keyboard; runs axe on each when `axe` is set. */
async function completeAssessment(page, run, { axe = true, label = '' } = {}) {
  await pressButton(page, m['assessment.intro.start']);
  await expectStep(page, 1, m['assessment.single.title']);
  if (axe) await expectAccessible(page, `${label} single questions`);
  for (const [id, min] of SINGLE) {
    await page.keyboard.press('Tab');
    const value = run.single[id];
    if (value !== undefined) await chooseInGroup(page, `single-${id}`, min, value);
  }
  await pressButton(page, m['assessment.nav.next']);

  let step = 2;
  for (const [area, items] of AREAS) {
    const title = m[`assessment.area.${area}.title`];
    await expectStep(page, step, title);
    if (axe) await expectAccessible(page, `${label} area ${area}`);
    await expectNoHorizontalScroll(page, `${label} area ${area}`);
    for (const item of items) {
      await page.keyboard.press('Tab');
      const a = await active(page);
      assert.equal(a.name, `item-${item.id}`, `focus order reaches ${item.id}`);
      const value = run.items[item.id];
      if (value !== undefined) await chooseInGroup(page, `item-${item.id}`, 1, value);
    }
    await page.keyboard.press('Tab');
    assert.equal((await active(page)).id, `support-${area}`);
    if (run.supportAreas.includes(area)) await page.keyboard.press('Space');
    await pressButton(page, m['assessment.nav.next']);
    step += 1;
  }

  await expectStep(page, 7, m['assessment.support.title']);
  if (axe) await expectAccessible(page, `${label} support`);
  for (const topic of run.topics) {
    await tabTo(page, `topic-${topic}`);
    await page.keyboard.press('Space');
  }
  await pressButton(page, m['assessment.nav.next']);

  await expectStep(page, 8, m['assessment.goals_step.title']);
  if (run.goals) {
    await tabTo(page, 'goals');
    await page.keyboard.type(run.goals);
  }
  if (run.questions) {
    await tabTo(page, 'questions');
    await page.keyboard.type(run.questions);
  }
  if (axe) await expectAccessible(page, `${label} goals`);
  await pressButton(page, m['assessment.nav.see_result']);
  await expectStep(page, 9, m['assessment.result.title']);
  if (axe) await expectAccessible(page, `${label} result`);
}

async function shownScores(page) {
  const out = {};
  for (const area of AREAS.keys()) {
    out[area] = (await page.locator(`.result .area-bar[data-area="${area}"] .area-score`).textContent()).trim();
  }
  return out;
}

function expectedScores(run) {
  const out = {};
  for (const area of AREAS.keys()) {
    const s = areaScore(area, run.items);
    out[area] = s === null ? m['assessment.result.not_enough'] : fill(m['assessment.result.score'], { score: s });
  }
  return out;
}

const env = useServerAndBrowser();

test('the documented instrument is what the test scores', () => {
  assert.deepEqual([...AREAS.keys()], ['participation', 'mind', 'skills', 'body', 'everyday_life']);
  assert.deepEqual([...AREAS.values()].map((items) => items.length), [5, 6, 6, 4, 5]);
  // The worked examples of docs/ASSESSMENT.md.
  assert.equal(areaScore('body', { 'body.move': 4, 'body.rested': 3, 'body.pain': 4 }), 50);
  const mind = { 'mind.calm': 2, 'mind.look_forward': 2, 'mind.way_forward': 2, 'mind.good_about_myself': 3,
    'mind.everyday_stress': 3, 'mind.worries': 3 };
  assert.equal(areaScore('mind', mind), 38);
});

test('keyboard only on a phone: answer, see the result, opt in, reload, repeat, see the change, delete everything', async () => {
  const { page, guard } = await open(env.browser.context, env.server.origin, '/?lang=en&page=assessment');
  assert.equal(await h1(page), m['shell.nav_assessment']);
  assert.equal((await page.locator('#assessment-step-heading').textContent()).trim(), m['assessment.intro.title']);
  await expectAccessible(page, 'intro');
  await screenshot(page, 'assessment-intro-phone');

  await completeAssessment(page, RUN1, { label: 'run 1' });
  assert.deepEqual(await shownScores(page), expectedScores(RUN1));
  const strengths = await page.locator('.strengths-panel li').allTextContents();
  const support = await page.locator('.support-panel li').allTextContents();
  assert.ok(strengths[0].startsWith(m['assessment.area.participation.title']), 'strengths first, highest first');
  assert.ok(support[0].startsWith(m['assessment.area.body.title']), 'the ticked area leads the support list');
  assert.equal(
    (await page.locator('.work-ability').textContent()).trim(),
    fill(m['assessment.result.work_ability.value'], { score: 5 }),
  );
  await screenshot(page, 'assessment-result-phone');
  assert.deepEqual(await askelKeys(page), [], 'nothing is written before opting in');

  // Back keeps the answers.
  await pressButton(page, m['assessment.nav.back']);
  await expectStep(page, 8, m['assessment.goals_step.title']);
  assert.equal(await page.inputValue('#goals'), RUN1.goals);
  await pressButton(page, m['assessment.nav.see_result']);
  await expectStep(page, 9, m['assessment.result.title']);

  // Opt in and save.
  await pressButton(page, m['assessment.history.save_consent']);
  await page.locator('.history .notice', { hasText: m['assessment.history.saved'] }).waitFor();
  assert.deepEqual(
    (await askelKeys(page)).sort(),
    ['askel.assessment.history', 'askel.assessment.notes', 'askel.consent.assessment'],
    'the consent is the self-assessment\'s own',
  );
  const consent = await page.evaluate(() => localStorage.getItem('askel.consent.assessment'));
  assert.equal(consent, '{"format":1,"data":true}');
  await expectAccessible(page, 'result saved');
  guard.check('first round');
  await page.close();

  // "Reload": a fresh page load on the same device.
  const second = await open(env.browser.context, env.server.origin, '/?lang=en&page=assessment');
  const p2 = second.page;
  assert.equal(await p2.locator('.intro .history-entry').count(), 1, 'the saved result is listed on the intro');
  await expectAccessible(p2, 'intro with a saved result');
  await completeAssessment(p2, RUN2, { axe: false, label: 'run 2' });
  assert.deepEqual(await shownScores(p2), expectedScores(RUN2));
  // The change since last time, per area, from the documented formula.
  for (const area of AREAS.keys()) {
    const before = areaScore(area, RUN1.items);
    const now = areaScore(area, RUN2.items);
    const changes = await p2.locator(`.result .area-bar[data-area="${area}"] .changes li`).allTextContents();
    let expected;
    if (before === null || now === null) expected = m['assessment.change.not_comparable'];
    // Under 10 points on the 0–100 area scale is "about the same" (docs/ASSESSMENT.md).
    else if (Math.abs(now - before) < 10) expected = m['assessment.change.since_previous.about_same'];
    else expected = fill(m[`assessment.change.since_previous.${now > before ? 'better' : 'weaker'}`], { points: Math.abs(now - before) });
    assert.equal(changes[0].trim(), expected, `change in ${area}`);
  }
  await expectAccessible(p2, 'result with comparison');
  await pressButton(p2, m['assessment.history.save_this']);
  await p2.locator('.history .notice', { hasText: m['assessment.history.saved'] }).waitFor();
  assert.equal(await p2.locator('.history-entry').count(), 2, 'two saved results');
  await screenshot(p2, 'assessment-history-phone');

  await expectNoHorizontalScroll(p2, 'result with two saved results');

  // The summary prints on one A4 page.
  await p2.getByRole('link', { name: m['assessment.nav.to_summary'] }).press('Enter');
  await p2.waitForURL(/\/summary\//);
  // The summary is another module's page: its prerendered copy is painted first, and the tab's
  // answers are there once its module runs.
  await waitReady(p2);
  assert.equal(await h1(p2), m['summary.title']);
  const summaryText = await p2.locator('main').textContent();
  assert.ok(summaryText.includes(RUN2.goals), 'own goals on the summary');
  assert.ok(summaryText.includes(m['assessment.support.topic.housing']), 'chosen topic on the summary');
  assert.ok(summaryText.includes(m['assessment.summary.changes']), 'the change since last time');
  await expectAccessible(p2, 'summary');
  await expectNoHorizontalScroll(p2, 'summary on a phone');
  await screenshot(p2, 'assessment-summary-phone');
  await p2.setViewportSize({ width: 794, height: 1123 });
  await p2.emulateMedia({ media: 'print' });
  assert.equal(await p2.locator('.site-header').isVisible(), false, 'no navigation in print');
  const height = await p2.evaluate(() => document.documentElement.scrollHeight);
  assert.ok(height <= 1123, `summary is ${height}px high in print, more than one A4 page (1123px)`);
  await expectAccessible(p2, 'summary in print');
  await screenshot(p2, 'assessment-summary-print-a4');
  await p2.emulateMedia({ media: 'screen' });
  await p2.setViewportSize({ width: 360, height: 740 });

  // Back to the result (the answers and the step are kept across pages): delete one, then all.
  await p2.getByRole('link', { name: m['shell.nav_assessment'] }).press('Enter');
  await p2.waitForURL(/\/assessment\//);
  await p2.locator('#assessment-step-heading', { hasText: m['assessment.result.title'] }).waitFor();
  const deleteOne = p2.locator('.history-entry button.danger').last();
  await deleteOne.focus();
  await p2.keyboard.press('Enter');
  await expectAccessible(p2, 'confirm delete one');
  await pressButton(p2, m['assessment.history.confirm_yes']);
  await p2.locator('.history .notice', { hasText: m['assessment.history.deleted'] }).waitFor();
  assert.equal(await p2.locator('.history-entry').count(), 1);
  assert.equal((await active(p2)).id, 'history-title', 'focus is not lost after deleting');

  // "Stop saving and delete my results": this feature's data and consent, after a confirmation.
  await p2.locator('button.delete-all').focus();
  await p2.keyboard.press('Enter');
  await expectAccessible(p2, 'confirm delete everything');
  await pressButton(p2, m['assessment.history.confirm_yes']);
  await p2.locator('.history .notice', { hasText: m['assessment.history.deleted_all'] }).waitFor();
  assert.deepEqual(await askelKeys(p2), [], 'no askel.* key is left');
  assert.equal(await p2.evaluate(() => localStorage.length), 0);
  second.guard.check('second round');
  await p2.close();

  // And after a reload nothing comes back.
  const third = await open(env.browser.context, env.server.origin, '/?lang=en&page=summary');
  assert.ok((await third.page.locator('main').textContent()).includes(m['summary.empty']));
  assert.deepEqual(await askelKeys(third.page), []);
  third.guard.check('after deleting');
  await third.page.close();
});

test('unreadable saved data (old single consent): the page starts clean, says so, keeps the data until deleted', async () => {
  const cases = [
    '{"format":1,"data":{"format":"askel-assessment-history/1","entries":[',
    '{"format":7,"data":{"whatever":true}}',
    '{"format":1,"data":{"format":"askel-assessment-history/1","entries":"no"}}',
    'not json at all',
    // Readable JSON, but a result dated on a day that does not exist.
    '{"format":1,"data":{"format":"askel-assessment-history/1","entries":[{"id":0,"result":{"date":"2026-02-30"}}]}}',
  ];
  for (const blob of cases) {
    const setup = await open(env.browser.context, env.server.origin, '/?lang=en');
    await setup.page.evaluate((b) => {
      localStorage.setItem('askel.consent', '{"format":1,"data":true}');
      localStorage.setItem('askel.assessment.history', b);
    }, blob);
    await setup.page.close();

    const { page, guard } = await open(env.browser.context, env.server.origin, '/?lang=en&page=assessment');
    await page.locator('.notice', { hasText: m['assessment.storage.unreadable'] }).waitFor();
    await expectAccessible(page, `unreadable ${blob}`);
    assert.equal(await page.evaluate(() => localStorage.getItem('askel.assessment.history')), blob, 'kept');
    // Saving must not overwrite it.
    await completeAssessment(page, RUN1, { axe: false, label: 'unreadable' });
    await pressButton(page, m['assessment.history.save_this']);
    await page.locator('.history .notice', { hasText: m['assessment.storage.kept_unreadable'] }).waitFor();
    assert.equal(await page.evaluate(() => localStorage.getItem('askel.assessment.history')), blob, 'still kept');
    await page.locator('button.delete-all').focus();
    await page.keyboard.press('Enter');
    await pressButton(page, m['assessment.history.confirm_yes']);
    await page.locator('.history .notice', { hasText: m['assessment.history.deleted_all'] }).waitFor();
    assert.deepEqual(await askelKeys(page), []);
    guard.check(`unreadable ${blob}`);
    await page.close();
  }
});

test('storage that throws (disabled, full): the page keeps working and says so in one sentence', async () => {
  const broken = {
    disabled: () => {
      Object.defineProperty(window, 'localStorage', {
        configurable: true,
        get() { throw new DOMException('The operation is insecure.', 'SecurityError'); },
      });
    },
    full: () => {
      Storage.prototype.setItem = function setItem() {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    },
  };
  for (const [label, script] of Object.entries(broken)) {
    const own = await launch();
    try {
      await own.context.addInitScript(script);
      const { page, guard } = await open(own.context, env.server.origin, '/?lang=en&page=assessment');
      await completeAssessment(page, RUN2, { axe: false, label });
      assert.deepEqual(await shownScores(page), expectedScores(RUN2), `${label}: the result still works`);
      await pressButton(page, m['assessment.history.save_consent']);
      await page.locator('.history .notice', { hasText: m['assessment.storage.unavailable'] }).waitFor();
      await expectAccessible(page, `storage ${label}`);
      guard.check(`storage ${label}`);
      await page.close();
    } finally {
      await own.close();
    }
  }
});

test('two tabs: every saved result is kept, each tab shows the others\' changes, and consent is per feature', async () => {
  const a = await open(env.browser.context, env.server.origin, '/?lang=en&page=assessment');
  await completeAssessment(a.page, RUN1, { axe: false, label: 'tab A' });
  await pressButton(a.page, m['assessment.history.save_consent']);
  await a.page.locator('.history .notice', { hasText: m['assessment.history.saved'] }).waitFor();

  const b = await open(env.browser.context, env.server.origin, '/?lang=en&page=assessment');
  assert.equal(await b.page.locator('.intro .history-entry').count(), 1, 'tab B sees the first result');
  await completeAssessment(b.page, RUN2, { axe: false, label: 'tab B' });

  // Tab A changes its goals and saves a second result; tab B hears of it at once.
  await pressButton(a.page, m['assessment.nav.back']);
  await expectStep(a.page, 8, m['assessment.goals_step.title']);
  await tabTo(a.page, 'goals');
  await a.page.keyboard.type(' again');
  await pressButton(a.page, m['assessment.nav.see_result']);
  // Like a keyboard user, wait for the result (focus moves to its heading) before tabbing on.
  await expectStep(a.page, 9, m['assessment.result.title']);
  await pressButton(a.page, m['assessment.history.save_this']);
  await a.page.locator('.history .notice', { hasText: m['assessment.history.saved'] }).waitFor();
  await b.page.waitForFunction(() => document.querySelectorAll('.history-entry').length === 2);

  // Tab B saves: three results, none lost.
  await pressButton(b.page, m['assessment.history.save_this']);
  await b.page.locator('.history .notice', { hasText: m['assessment.history.saved'] }).waitFor();
  const stored = await b.page.evaluate(() => JSON.parse(localStorage.getItem('askel.assessment.history')).data.entries.length);
  assert.equal(stored, 3, 'the history holds every result saved in either tab');
  await a.page.waitForFunction(() => document.querySelectorAll('.history-entry').length === 3);
  await expectAccessible(b.page, 'two tabs');

  // The consent given here does not start saving the income scenario.
  const c = await open(env.browser.context, env.server.origin, '/?lang=en&page=scenarios');
  await c.page.getByRole('button', { name: new RegExp(m['scenario.preset.matti']) }).click();
  await c.page.getByLabel(m['scenario.mode.form']).check();
  await c.page.getByLabel(m['scenario.field.rent']).fill('610');
  await c.page.waitForTimeout(200);
  assert.equal(await c.page.evaluate(() => localStorage.getItem('askel.scenario')), null, 'no scenario saved');
  assert.equal(await c.page.evaluate(() => localStorage.getItem('askel.consent.scenario')), null);

  // "Delete everything Askel saved on this device" says exactly what it deletes, then deletes it.
  await b.page.locator('button.delete-everything').click();
  const confirm = b.page.locator('.delete-everything .confirm');
  await confirm.waitFor();
  const listed = (await confirm.locator('li').allTextContents()).map((t) => t.trim());
  assert.deepEqual(listed, [
    fill(m['share.delete.item.assessment'], { count: 3 }),
    m['share.delete.item.consent'],
  ]);
  await expectAccessible(b.page, 'confirm delete everything');
  assert.equal(
    await b.page.evaluate(() => JSON.parse(localStorage.getItem('askel.assessment.history')).data.entries.length),
    3,
    'nothing deleted before "Yes"',
  );
  await b.page.locator('button.confirm-delete-everything').click();
  await b.page.getByText(m['share.delete.done']).waitFor();
  assert.deepEqual(await askelKeys(b.page), []);
  await a.page.waitForFunction(() => document.querySelectorAll('.history-entry').length === 0);
  for (const tab of [a, b, c]) {
    tab.guard.check('two tabs');
    await tab.page.close();
  }
});
