// Carrying a calculation elsewhere, as people do it: a link (and its QR code) opened on another
// page, a file saved and opened again, the app embedded in another organisation's page (a second
// origin) that resizes the iframe, the app reloaded with the network off, an update announced
// (also one that changes index.html alone), broken links and files that get a clear message and
// change nothing, and a link that never replaces the calculation saved on the device. Every test keeps the
// privacy guard (no request to another origin, no request after the first load except the
// service worker's own precache on a first visit) and axe-core.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import zlib from 'node:zlib';
import {
  serve, launch, open, watch, expectAccessible, screenshot, ROOT, ARTIFACTS, DIST, DESKTOP, waitReady,
} from './harness.mjs';
import { messages } from './messages.mjs';

const en = messages('en');
const fi = messages('fi');
/** The files the service worker precaches on the first visit of a build. */
const PRECACHE = /\/(index\.html|boot\.js|askel(-scenarios|-summary)?\.js|askel(-scenarios|-summary)?_bg\.wasm|style\.css|manifest\.webmanifest|icon\.svg|sw\.js)$/;

let server;
let browser;
// Files served instead of dist/ ones (the update test swaps sw.js and boot.js).
const overrides = {};
// Second-origin servers, closed after the browser (which holds their connections open).
const hosts = [];
before(async () => {
  server = await serve(DIST, overrides);
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
  for (const host of hosts) await host.close();
});

const disposable = (page) => page.locator('.comparison tr.total td[data-disposable]').first();
const text = async (locator) => (await locator.textContent()).trim();
const b64url = (buffer) => Buffer.from(buffer).toString('base64url');
const payload = (json) => `s1.${b64url(zlib.deflateSync(Buffer.from(json), { level: 9 }))}`;

/** Opens the scenarios page with a preset in the one-page form; returns its disposable income. */
async function withPreset(lang, id, query = '') {
  const t = messages(lang);
  const { page, guard } = await open(browser.context, server.origin, `/?lang=${lang}&page=scenarios${query}`);
  await page.getByRole('button', { name: new RegExp(t[`scenario.preset.${id}`]) }).click();
  await page.getByLabel(t['scenario.mode.form']).check();
  await disposable(page).waitFor({ state: 'attached' }); // hidden in the table on a phone (cards show it)
  return { page, guard, income: await text(disposable(page)) };
}

/** The page still works: another preset loads and shows results. */
async function stillWorks(page, lang = 'en') {
  const t = messages(lang);
  await page.getByRole('button', { name: new RegExp(t['scenario.preset.irina']) }).click();
  await page.getByLabel(t['scenario.mode.form']).check();
  await disposable(page).waitFor({ state: 'attached' }); // hidden in the table on a phone (cards show it)
  assert.match(await text(disposable(page)), /\d/);
}

test('a link carries the calculation to another page, with a QR code of the same link', async () => {
  const { page, guard, income } = await withPreset('en', 'jenna');
  const panel = page.locator('section.share');
  const privacy = panel.getByText(en['share.link.privacy']);
  assert.ok(await privacy.isVisible(), 'the privacy sentence is shown before the link is made');
  await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
  await panel.getByRole('button', { name: en['share.link.create'] }).click();
  const input = page.getByRole('textbox', { name: en['share.link.label'] });
  const link = await input.inputValue();
  assert.ok(link.startsWith(`${server.origin}/en/scenarios/#s1.`), link);
  assert.equal(await page.evaluate(() => document.activeElement.id), 'share-link', 'focus on the link');
  assert.ok(link.length < 1500, `link length ${link.length}`);

  const qr = page.getByRole('img', { name: en['share.link.qr_label'] });
  await qr.waitFor();
  const box = await qr.boundingBox();
  assert.ok(box.width >= 200 && Math.abs(box.width - box.height) < 1, `QR ${box.width}×${box.height}`);
  assert.ok((await qr.locator('path').getAttribute('d')).length > 1000, 'QR modules drawn');

  await panel.getByRole('button', { name: en['share.link.copy'] }).click();
  await panel.getByText(en['share.link.copied']).or(panel.getByText(en['share.link.copy_failed'])).waitFor();
  await expectAccessible(page, 'link and QR code');
  await screenshot(page, 'carry-link-qr');
  guard.check('create link');

  const opened = await open(browser.context, server.origin, link.slice(server.origin.length));
  await disposable(opened.page).waitFor({ state: 'attached' });
  assert.equal(await text(disposable(opened.page)), income, 'same disposable income');
  assert.ok(await opened.page.getByText(en['share.opened.link']).isVisible());
  assert.ok(!opened.page.url().includes('#'), 'the answers are removed from the address bar');
  await expectAccessible(opened.page, 'opened link');
  opened.guard.check('open link');
  await opened.page.close();
  await page.close();
});

test('a calculation saved as a file opens again with the same result', async () => {
  const { page, guard, income } = await withPreset('fi', 'mika');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: fi['share.file.save'] }).click(),
  ]);
  assert.equal(download.suggestedFilename(), 'askel-scenario.json');
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  const file = path.join(ARTIFACTS, 'askel-scenario.json');
  await download.saveAs(file);
  const saved = JSON.parse(fs.readFileSync(file, 'utf8'));
  assert.equal(saved.format, 'askel-scenario/1');
  await page.getByText(fi['share.file.saved']).waitFor();
  await expectAccessible(page, 'file saved');
  guard.check('save file');

  const fresh = await open(browser.context, server.origin, '/?lang=fi&page=scenarios');
  await fresh.page.getByLabel(fi['scenario.mode.form']).check();
  await fresh.page.getByLabel(fi['share.file.open']).setInputFiles(file);
  await disposable(fresh.page).waitFor({ state: 'attached' });
  assert.equal(await text(disposable(fresh.page)), income, 'same disposable income');
  await fresh.page.getByText(fi['share.file.opened'].replace('{name}', 'askel-scenario.json')).waitFor();
  await expectAccessible(fresh.page, 'file opened');
  fresh.guard.check('open file');
  await fresh.page.close();
  await page.close();
});

test('broken, cut-off or altered links say so and change nothing', async () => {
  const { page, guard, income } = await withPreset('en', 'matti');
  // A valid payload to damage, made by the app itself.
  await page.getByRole('button', { name: en['share.link.create'] }).click();
  const link = await page.getByRole('textbox', { name: en['share.link.label'] }).inputValue();
  const valid = link.slice(link.indexOf('#') + 1);
  const data = valid.slice(3);
  const json = JSON.parse(zlib.inflateSync(Buffer.from(data, 'base64url')).toString());
  const tampered = `${valid.slice(0, 40)}${valid[40] === 'A' ? 'B' : 'A'}${valid.slice(41)}`;
  const cases = [
    ['truncated link', valid.slice(0, Math.floor(valid.length / 2)), en['share.opened.broken']],
    ['not base64url', 's1.abc*def!ghi', en['share.opened.broken']],
    ['unknown version s9', `s9.${data}`, en['share.opened.version']],
    ['base64url but not compressed', `s1.${b64url('Hello, world! Not compressed.')}`, en['share.opened.broken']],
    ['one character altered', tampered, null],
    ['compressed text that is not JSON', payload('rent=500; municipality=Tampere'), en['share.problem.not_json']],
    ['JSON of another format', payload(JSON.stringify({ ...json, format: 'other/9' })), en['share.problem.format']],
    ['a decompression bomb', payload(' '.repeat(5_000_000)), en['share.opened.too_large']],
    ['negative rent', payload(JSON.stringify({ ...json, housing: { ...json.housing, rent: -500 } })), en['share.problem.negative']],
  ];
  for (const [label, fragment, message] of cases) {
    await page.evaluate((hash) => { window.location.hash = hash; }, fragment);
    const alert = page.locator('main > .notice[role="alert"]');
    await alert.waitFor();
    if (message) await alert.getByText(message).waitFor();
    assert.ok((await text(alert)).length > 20, `${label}: a message`);
    assert.equal(await text(disposable(page)), income, `${label}: nothing changed`);
    await expectAccessible(page, label);
  }
  await screenshot(page, 'carry-broken-link');
  await stillWorks(page);
  guard.check('broken links');
  await page.close();

  // A broken link opened directly: the message on the page it names, and the app works.
  const direct = await open(browser.context, server.origin, `/?lang=fi&page=scenarios#${valid.slice(0, 30)}`);
  await direct.page.locator('main > .notice[role="alert"]').getByText(fi['share.opened.broken']).waitFor();
  await expectAccessible(direct.page, 'broken link at start');
  await stillWorks(direct.page, 'fi');
  direct.guard.check('broken link at start');
  await direct.page.close();
});

test('broken or wrong files say what is wrong, where, and change nothing', async () => {
  const { page, guard, income } = await withPreset('en', 'janica');
  const good = JSON.parse(fs.readFileSync(path.join(ROOT, 'tests/cases/yleistuki_tampere_wage_500.json'), 'utf8')).scenario;
  const file = (name, content, mimeType = 'application/json') => ({ name, mimeType, buffer: Buffer.from(content) });
  const cases = [
    ['empty file', file('empty.json', ''), en['share.file.empty'], null],
    ['binary file', file('photo.json', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 0xff, 0xfe, 0x80]), 'image/png'), en['share.problem.not_json'], null],
    ['text that is not JSON', file('notes.json', 'rent 500, Tampere'), en['share.problem.not_json'], null],
    ['wrong types', file('types.json', JSON.stringify({ ...good, assets: 'plenty', household: { ...good.household, adults: 'two' } })), en['share.problem.wrong_type'].replace(/:.*$/, ''), 'household.adults'],
    ['unknown municipality', file('city.json', JSON.stringify({ ...good, municipality: '999' })), en['share.problem.municipality'], 'municipality'],
    ['negative rent', file('rent.json', JSON.stringify({ ...good, housing: { ...good.housing, rent: -300 } })), en['share.problem.negative'], 'housing.rent'],
    ['too large', file('big.json', `{"_":"${'x'.repeat(70 * 1024)}"}`), en['share.file.too_large'], null],
  ];
  const input = page.getByLabel(en['share.file.open']);
  for (const [label, payloadFile, message, field] of cases) {
    await input.setInputFiles(payloadFile);
    const alert = page.locator('.share-outcome[role="alert"] .notice');
    await alert.getByText(message).first().waitFor();
    if (field) await alert.locator('code', { hasText: field }).first().waitFor();
    assert.equal(await text(disposable(page)), income, `${label}: nothing changed`);
    await expectAccessible(page, label);
  }
  await screenshot(page, 'carry-broken-file');
  await stillWorks(page);
  guard.check('broken files');
  await page.close();
});

/** The host page of docs/EMBEDDING.md, pointed at the test server. */
function hostPage(appOrigin) {
  const doc = fs.readFileSync(path.join(ROOT, 'docs/EMBEDDING.md'), 'utf8');
  const snippet = doc.match(/```html\n([\s\S]*?)```/)[1].replaceAll('https://askel.example.fi', appOrigin);
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Municipality page</title><style>.askel-frame { border: 0; display: block; }</style></head>
<body><header><p>Example municipality</p></header><main><h1>Money and work</h1>${snippet}</main></body></html>`;
}

test('embedded in another origin\'s page, the app sizes its iframe and works', async () => {
  const host = await serve(path.join(ROOT, 'tests/e2e'), { '/host.html': ['text/html; charset=utf-8', hostPage(server.origin)] });
  hosts.push(host);
  // A fresh profile: the visitor has never opened Askel itself.
  const visitor = await launch();
  const page = await visitor.context.newPage();
  await page.setViewportSize(DESKTOP);
  const seen = [];
  page.on('request', (request) => seen.push(request.url()));
  const guard = watch(page, host.origin);
  await page.goto(`${host.origin}/host.html`, { waitUntil: 'load' });
  const frame = page.frameLocator('iframe');
  await frame.locator('main h1').waitFor();
  await page.waitForLoadState('networkidle');
  guard.loaded();
  const iframe = page.locator('iframe');
  const frameHandle = await (await iframe.elementHandle()).contentFrame();
  const sized = async () => {
    const content = await frameHandle.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
    await page.waitForFunction((h) => Math.abs(document.querySelector('iframe').getBoundingClientRect().height - h) <= 1, content);
    return content;
  };
  const first = await sized();
  assert.ok(first > 200, `iframe sized to ${first}px`);
  assert.equal(await frame.locator('.site-header').isVisible(), false, 'header hidden');

  await frame.getByRole('button', { name: new RegExp(fi['scenario.preset.jenna']) }).click();
  await frame.getByLabel(fi['scenario.mode.form']).check();
  await frame.locator('.comparison tr.total td[data-disposable]').first().waitFor();
  const second = await sized();
  assert.ok(second > first + 200, `iframe grew from ${first} to ${second}px`);
  assert.equal(await frameHandle.evaluate(() => navigator.serviceWorker.getRegistrations().then((r) => r.length)), 0,
    'no service worker in an embedded app');
  await expectAccessible(page, 'embedded');
  await screenshot(page, 'carry-embedded');

  const origins = new Set(seen.map((url) => new URL(url).origin));
  origins.delete(host.origin);
  origins.delete(server.origin);
  assert.deepEqual([...origins], [], 'no third origin');
  guard.state.foreign = guard.state.foreign.filter((url) => new URL(url).origin !== server.origin);
  guard.check('embedded');
  await page.close();
  await visitor.close();
});

test('after one visit the app opens and calculates with the network off, and says when it was updated', async () => {
  const offline = await launch();
  try {
    const first = await open(offline.context, server.origin, '/?lang=en&page=scenarios');
    first.guard.state.allowedLate.push(PRECACHE);
    const controlled = await first.page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (navigator.serviceWorker.controller) return true;
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve));
      return Boolean(navigator.serviceWorker.controller);
    });
    assert.ok(controlled, 'the service worker controls the page');
    await expectAccessible(first.page, 'first visit');
    first.guard.check('first visit');
    await first.page.close();

    await offline.context.setOffline(true);
    const page = await offline.context.newPage();
    const guard = watch(page, server.origin);
    const fromNetwork = [];
    page.on('response', (response) => { if (!response.fromServiceWorker()) fromNetwork.push(response.url()); });
    page.on('requestfailed', (request) => fromNetwork.push(`failed ${request.url()}`));
    await page.goto(`${server.origin}/?lang=en&page=scenarios`, { waitUntil: 'load' });
    await page.locator('main h1').waitFor();
    // The h1 is in the prerendered HTML: the load is complete once the app has started and the
    // browser has fetched what it fetches by itself (the manifest's icon), as `open` waits.
    await waitReady(page);
    await page.waitForLoadState('networkidle');
    guard.loaded();
    await page.getByRole('button', { name: new RegExp(en['scenario.preset.matti']) }).click();
    await page.getByLabel(en['scenario.mode.form']).check();
    await disposable(page).waitFor({ state: 'attached' }); // hidden in the table on a phone (cards show it)
    assert.match(await text(disposable(page)), /€\d/);
    assert.deepEqual(fromNetwork, [], 'everything came from the device');
    await expectAccessible(page, 'offline');
    guard.check('offline');
    await page.close();
    await offline.context.setOffline(false);

    // A new build: the worker installs it during a visit; the visit after runs it and says so.
    const build = fs.readFileSync(path.join(DIST, 'sw.js'), 'utf8').match(/const BUILD = '([^']+)'/)[1];
    for (const name of ['sw.js', 'boot.js']) {
      const body = fs.readFileSync(path.join(DIST, name), 'utf8').replaceAll(build, 'e2e-next-build');
      overrides[`/${name}`] = ['text/javascript; charset=utf-8', body];
    }
    const during = await open(offline.context, server.origin, '/?lang=en');
    during.guard.state.allowedLate.push(PRECACHE);
    // The browser checks sw.js after each navigation and installs the new build in the background.
    const installed = await during.page.evaluate(async () => {
      // The marker itself, not just its cache (the worker opens the cache before writing it),
      // at the worker's address: the page is in a folder of its own.
      const marker = new URL('build', (await navigator.serviceWorker.ready).scope).href;
      for (let i = 0; i < 200; i += 1) {
        if (await caches.match(marker, { cacheName: 'askel-updated' })) return (await caches.keys()).join(' ');
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      return (await caches.keys()).join(' ');
    });
    assert.equal(installed, 'askel-e2e-next-build askel-updated', 'new build cached, old one removed');
    assert.equal(await during.page.getByText(en['share.updated']).count(), 0, 'old build says nothing');
    during.guard.check('update installed');
    await during.page.close();

    const next = await open(offline.context, server.origin, '/?lang=en');
    await next.page.getByText(en['share.updated']).waitFor();
    await expectAccessible(next.page, 'updated');
    next.guard.check('updated');
    await next.page.close();
    const after = await open(offline.context, server.origin, '/?lang=en');
    await after.page.waitForTimeout(300);
    assert.equal(await after.page.getByText(en['share.updated']).count(), 0, 'said once');
    after.guard.check('after update');
    await after.page.close();
  } finally {
    for (const key of Object.keys(overrides)) delete overrides[key];
    await offline.close();
  }
});

test('a link never replaces the saved calculation: at start and in an open tab the person chooses', async () => {
  const visitor = await launch();
  try {
    // The person's own calculation, saved on this device.
    const own = await open(visitor.context, server.origin, '/?lang=en&page=scenarios');
    await own.page.getByRole('button', { name: new RegExp(en['scenario.preset.matti']) }).click();
    await own.page.getByLabel(en['scenario.mode.form']).check();
    await disposable(own.page).waitFor({ state: 'attached' });
    await own.page.getByRole('button', { name: en['scenario.save.button'] }).click();
    await own.page.getByText(en['scenario.save.saved']).waitFor();
    const savedIncome = await text(disposable(own.page));
    const stored = () => own.page.evaluate(() => localStorage.getItem('askel.scenario'));
    const savedRecord = await stored();
    assert.ok(savedRecord, 'saved');

    // Someone else's calculation arrives as a link.
    const shared = JSON.parse(fs.readFileSync(path.join(ROOT, 'tests/cases/yleistuki_tampere_wage_500.json'), 'utf8')).scenario;
    const fragment = payload(JSON.stringify(shared));

    // Opened in a new tab: the link's calculation is shown, the saved one is kept as it was.
    const linked = await open(visitor.context, server.origin, `/?lang=en&page=scenarios#${fragment}`);
    await linked.page.getByText(en['scenario.save.link_kept_saved']).waitFor();
    await linked.page.getByText(en['share.opened.link']).waitFor();
    const linkIncome = await text(disposable(linked.page));
    assert.notEqual(linkIncome, savedIncome, 'the link shows what it carries');
    await linked.page.getByLabel(en['scenario.mode.form']).check();
    await linked.page.getByLabel(en['scenario.field.rent']).fill('444');
    await linked.page.waitForTimeout(300);
    assert.equal(await stored(), savedRecord, 'editing the link\'s calculation does not overwrite the saved one');
    await expectAccessible(linked.page, 'link opened while a calculation is saved');
    await screenshot(linked.page, 'carry-link-over-saved');
    // "Open the saved calculation instead".
    await linked.page.getByRole('button', { name: en['scenario.save.open_saved'] }).click();
    await linked.page.getByText(en['scenario.save.restored']).waitFor();
    assert.equal(await text(disposable(linked.page)), savedIncome);
    linked.guard.check('link at start');
    await linked.page.close();

    // In the tab that is open and saving: the link opens, the saved one is still not touched.
    await own.page.evaluate((hash) => { window.location.hash = hash; }, fragment);
    await own.page.getByText(en['scenario.save.link_kept_saved']).waitFor();
    assert.equal(await text(disposable(own.page)), linkIncome);
    await own.page.waitForTimeout(300);
    assert.equal(await stored(), savedRecord, 'hashchange does not overwrite the saved calculation');
    // The person chooses to save the link's calculation over it.
    await own.page.getByRole('button', { name: en['scenario.save.save_over'] }).click();
    await own.page.getByText(en['scenario.save.saved']).waitFor();
    const replaced = JSON.parse(await stored()).data;
    assert.equal(replaced.municipality, shared.municipality, 'now the link\'s calculation is saved');
    await expectAccessible(own.page, 'saved over');
    own.guard.check('link in an open tab');
    await own.page.close();

    const again = await open(visitor.context, server.origin, '/?lang=en&page=scenarios');
    await again.page.getByLabel(en['scenario.mode.form']).check();
    await again.page.getByText(en['scenario.save.restored']).waitFor();
    assert.equal(await text(disposable(again.page)), linkIncome);
    again.guard.check('after saving over');
    await again.page.close();
  } finally {
    await visitor.close();
  }
});

test('a new build that changes only index.html reaches the person at the next starts', async () => {
  // A deployed copy of the build, changed and re-stamped the way scripts/build.sh does it.
  const site = fs.mkdtempSync(path.join(os.tmpdir(), 'askel-site-'));
  fs.cpSync(DIST, site, { recursive: true });
  const deployed = await serve(site);
  const visitor = await launch();
  try {
    const first = await open(visitor.context, deployed.origin, '/?lang=en');
    first.guard.state.allowedLate.push(PRECACHE);
    await first.page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) {
        await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve));
      }
    });
    first.guard.check('first visit');
    await first.page.close();

    const before = fs.readFileSync(path.join(site, 'sw.js'), 'utf8').match(/const BUILD = '([^']+)'/)[1];
    const index = fs.readFileSync(path.join(site, 'index.html'), 'utf8');
    fs.writeFileSync(path.join(site, 'index.html'), index.replace('<head>', '<head><meta name="askel-e2e" content="new">'));
    execFileSync('bash', [path.join(ROOT, 'scripts/stamp-build.sh'), site]);
    const after = fs.readFileSync(path.join(site, 'sw.js'), 'utf8').match(/const BUILD = '([^']+)'/)[1];
    assert.notEqual(after, before, 'a changed index.html alone gives a new build id');

    let reached = false;
    for (let start = 0; start < 4 && !reached; start += 1) {
      const page = await visitor.context.newPage();
      await page.goto(`${deployed.origin}/?lang=en`, { waitUntil: 'domcontentloaded' });
      await page.locator('main h1').waitFor();
      reached = (await page.locator('meta[name="askel-e2e"]').count()) === 1;
      // Give the update check of this start time to install the new build: its cache exists as
      // soon as the install begins, so wait until no worker is installing or waiting either (a
      // person's next start is not in the middle of the install either).
      if (!reached) {
        await page.evaluate(async (build) => {
          for (let i = 0; i < 300; i += 1) {
            const registration = await navigator.serviceWorker.getRegistration();
            const settled = registration && !registration.installing && !registration.waiting;
            if (settled && (await caches.has(`askel-${build}`))) return;
            await new Promise((resolve) => setTimeout(resolve, 50));
          }
        }, after);
      }
      await page.close();
    }
    assert.ok(reached, 'the new index.html is shown within a few starts');
  } finally {
    await visitor.close();
    await deployed.close();
    fs.rmSync(site, { recursive: true, force: true });
  }
});
