// The app is four WebAssembly modules (src/ui/modules.rs): a page starts only its own module
// (the scenarios page's first module fetches the one with the results as soon as it is ready),
// and the reading pages none. Moving between the halves loads the other half's
// page as its own file, and this tab's unsaved work (kept in the tab's history state) comes along:
// a person who fills in a calculation, looks at the self-assessment or the home page and comes
// back finds the calculation as it was, without anything being saved on the device. Inside a
// half, links change the page without loading anything. Every step keeps the privacy and axe
// checks (the guard allows a new document's own first load, nothing after it).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { open, expectAccessible, h1, screenshot, useServerAndBrowser, PHONE, waitReady } from './harness.mjs';
import { messages } from './messages.mjs';

const en = messages('en');
const env = useServerAndBrowser();

/** Records the module files and the page loads (new documents) `page` makes from now on. */
function record(page) {
  const seen = { modules: [], documents: [] };
  page.on('request', (request) => {
    const url = new URL(request.url());
    const file = url.pathname.split('/').pop();
    if (/^askel[a-z-]*(\.js|_bg\.wasm)$/.test(file)) seen.modules.push(file);
    if (request.isNavigationRequest() && request.frame() === page.mainFrame()) seen.documents.push(url.pathname);
  });
  return seen;
}

async function ready(page) {
  await waitReady(page);
  await page.waitForLoadState('networkidle');
}

const navLink = (page, key) => page.getByRole('navigation', { name: en['shell.nav_label'] })
  .getByRole('link', { name: en[key], exact: true });

test('moving between the halves keeps the tab\'s unsaved work and starts only the page\'s module', async () => {
  const { page, guard } = await open(env.browser.context, env.server.origin, '/en/scenarios/');
  await page.setViewportSize(PHONE);
  const seen = record(page);
  await page.getByRole('button', { name: new RegExp(en['scenario.preset.irina']) }).click();
  await page.getByLabel(en['scenario.mode.form']).check();
  const rent = page.getByLabel(en['scenario.field.rent']);
  await rent.fill('612');
  await rent.blur();

  await navLink(page, 'shell.nav_assessment').click();
  await page.waitForURL(/\/en\/assessment\/$/);
  await ready(page);
  assert.ok((await h1(page)).length > 0, 'the self-assessment page');
  assert.deepEqual(seen.modules, ['askel.js', 'askel_bg.wasm'], 'only the self-assessment half\'s module');
  assert.equal(await page.evaluate(() => window.scrollY), 0, 'the new page starts at the top');
  await expectAccessible(page, 'assessment after the scenarios');

  seen.modules.length = 0;
  await navLink(page, 'shell.nav_scenarios').click();
  await page.waitForURL(/\/en\/scenarios\/$/);
  await ready(page);
  assert.deepEqual(seen.modules.sort(), ['askel-scenarios-full.js', 'askel-scenarios-full_bg.wasm',
    'askel-scenarios.js', 'askel-scenarios_bg.wasm']);
  assert.equal(await rent.inputValue(), '612', 'the calculation came back with the tab');

  // Through a reading page, which starts no module: its links carry the tab's state too.
  seen.modules.length = 0;
  await navLink(page, 'shell.nav_home').click();
  await page.waitForURL(/\/en\/home\/$/);
  await ready(page);
  assert.equal(await h1(page), en['home.title']);
  assert.deepEqual(seen.modules, [], 'the home page starts no module');
  await expectAccessible(page, 'home without a module');
  await navLink(page, 'shell.nav_scenarios').click();
  await page.waitForURL(/\/en\/scenarios\/$/);
  await ready(page);
  assert.equal(await rent.inputValue(), '612', 'the calculation came back through the home page');

  // Back goes to the pages as they were left.
  await page.goBack();
  await page.waitForURL(/\/en\/home\/$/);
  await ready(page);
  assert.equal(await h1(page), en['home.title']);
  await expectAccessible(page, 'home after Back');
  guard.check('moving between the halves');
  await page.close();
});

test('inside one module a link changes the page without loading anything; About is its own file', async () => {
  const { page, guard } = await open(env.browser.context, env.server.origin, '/en/assessment/');
  const seen = record(page);
  await navLink(page, 'shell.nav_home').click();
  await page.waitForURL(/\/en\/home\/$/);
  assert.equal(await h1(page), en['home.title']);
  assert.deepEqual(seen.documents, [], 'no new document');
  assert.deepEqual(seen.modules, [], 'no module loaded');
  await expectAccessible(page, 'home inside the self-assessment module');
  // About is in no module (src/ui/modules.rs, READ_ONLY): its own file, read without one.
  await navLink(page, 'shell.nav_about').click();
  await page.waitForURL(/\/en\/about\/$/);
  await ready(page);
  assert.equal(await h1(page), en['about.title']);
  assert.deepEqual(seen.documents, ['/en/about/'], 'About\'s own file');
  assert.deepEqual(seen.modules, [], 'and no module');
  await expectAccessible(page, 'About from the self-assessment module');
  guard.check('inside one module');
  await page.close();
});

test('the scenarios page starts with its questions; the results\' module takes over with what was entered, fetching nothing', async () => {
  const { page, guard } = await open(env.browser.context, env.server.origin, '/en/scenarios/');
  await page.setViewportSize(PHONE);
  const seen = record(page);
  assert.equal(await page.evaluate(() => typeof window.askelContinue), 'function', 'boot.js prepared the results\' module');
  assert.equal(await page.evaluate(() => document.documentElement.hasAttribute('data-askel-continued')), false,
    'the first module runs the questions');
  await page.getByRole('button', { name: new RegExp(en['scenario.preset.jenna']) }).click();
  const age = page.getByLabel(en['scenario.field.age'], { exact: true });
  await age.fill('31');
  for (let step = 0; step < 3; step += 1) {
    await page.getByRole('button', { name: en['scenario.nav.next'] }).click();
  }
  // Held back once, to see the results' place as the first module shows it.
  await page.evaluate(() => {
    window.heldContinue = window.askelContinue;
    window.askelContinue = () => {};
  });
  await page.getByRole('button', { name: en['scenario.nav.show_results'] }).click();
  const pending = page.locator('.results-pending [role="status"]');
  assert.equal((await pending.textContent()).trim(), en['scenario.results.pending']);
  assert.equal(await page.evaluate(() => document.activeElement.id), 'step-title', 'focus on the step heading');
  await expectAccessible(page, 'results pending');
  await screenshot(page, 'scenarios-results-pending-phone');

  await page.evaluate(() => window.heldContinue());
  await page.waitForFunction(() => document.documentElement.hasAttribute('data-askel-continued'));
  const total = page.locator('.comparison tr.total td[data-disposable]').first();
  assert.match((await total.textContent()).trim(), /^€[0-9,]+\.[0-9]{2}$/, 'the results are shown');
  assert.equal(await pending.count(), 0, 'no pending status left');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'step-title', 'the focus stays on the step heading');
  const painted = await total.evaluate((cell) => {
    cell.scrollIntoView({ block: 'center' });
    const box = cell.getBoundingClientRect();
    const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    return hit !== null && (cell.contains(hit) || hit.contains(cell));
  });
  assert.ok(painted, 'the total is painted, not covered');
  assert.deepEqual(seen.modules, [], 'the hand-over fetched no module');
  await expectAccessible(page, 'results after the hand-over');

  // What was entered came over: back to the first step, in the results' module.
  const stepButton = (key) => page.locator('.step-actions').getByRole('button', { name: en[key], exact: true });
  await stepButton('scenario.nav.edit').click();
  for (let step = 0; step < 3; step += 1) await stepButton('scenario.nav.back').click();
  assert.equal(await age.inputValue(), '31', 'the age entered before the hand-over');
  guard.check('hand-over');
  await page.close();
});

test('what is entered while the results\' module renders the page comes over too', async () => {
  const { page, guard } = await open(env.browser.context, env.server.origin, '/en/scenarios/');
  await page.getByRole('button', { name: new RegExp(en['scenario.preset.irina']) }).click();
  await page.evaluate(() => {
    window.heldContinue = window.askelContinue;
    window.askelContinue = () => {};
  });
  await page.getByLabel(en['scenario.mode.form']).check();
  const rent = page.getByLabel(en['scenario.field.rent']);
  await page.locator('.results-pending').waitFor();
  const id = await rent.getAttribute('id');
  // The results' module has started and read the tab's state; its body is not shown yet (the
  // one-page form renders in steps, each a task of its own): an answer typed now goes to the
  // first module, which keeps it in the tab's state.
  const during = await page.evaluate(async (field) => {
    await window.heldContinue();
    const input = document.getElementById(field);
    input.value = '777';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    return document.documentElement.hasAttribute('data-askel-continued');
  }, id);
  assert.equal(during, false, 'typed before the results\' module showed its body');
  await page.waitForFunction(() => document.documentElement.hasAttribute('data-askel-continued'));
  await page.locator('.comparison tr.total td[data-disposable]').first().waitFor({ state: 'attached' });
  assert.equal(await rent.inputValue(), '777', 'the answer typed during the hand-over');
  const kept = await page.evaluate(() => JSON.stringify(history.state));
  assert.match(kept, /777/, 'the tab keeps it');
  await expectAccessible(page, 'after an answer typed during the hand-over');
  guard.check('typing during the hand-over');
  await page.close();
});
