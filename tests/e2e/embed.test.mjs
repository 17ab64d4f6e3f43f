// Embedded with the documented snippet (docs/EMBEDDING.md) on a page of another origin: "Copy the
// link" puts the link on the clipboard inside the iframe (the snippet delegates clipboard-write),
// and with header=0 a compact language switch is still there. Privacy guard and axe-core kept.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { serve, launch, watch, expectAccessible, screenshot, ROOT, DIST, DESKTOP, PHONE } from './harness.mjs';
import { messages, LANGS } from './messages.mjs';

const fi = messages('fi');
const sv = messages('sv');

let server;
const hosts = [];
before(async () => { server = await serve(DIST); });
after(async () => {
  await server?.close();
  for (const host of hosts) await host.close();
});

/** A municipality's page with the snippet from the docs, pointing at `appOrigin`. */
function hostPage(appOrigin) {
  const doc = fs.readFileSync(path.join(ROOT, 'docs/EMBEDDING.md'), 'utf8');
  const snippet = doc.match(/```html\n([\s\S]*?)```/)[1].replaceAll('https://askel.example.fi', appOrigin);
  return `<!doctype html><html lang="fi"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Kunnan sivu</title></head>
<body><main><h1>Työ ja raha</h1>${snippet}</main></body></html>`;
}

async function embedded(viewport) {
  const host = await serve(path.join(ROOT, 'tests/e2e'), { '/host.html': ['text/html; charset=utf-8', hostPage(server.origin)] });
  hosts.push(host);
  const visitor = await launch();
  await visitor.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: host.origin });
  await visitor.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
  const page = await visitor.context.newPage();
  await page.setViewportSize(viewport);
  const guard = watch(page, host.origin);
  await page.goto(`${host.origin}/host.html`, { waitUntil: 'load' });
  const frame = page.frameLocator('iframe');
  await frame.locator('main h1').waitFor();
  await page.waitForLoadState('networkidle');
  guard.loaded();
  return { page, frame, guard, visitor };
}

test('the documented snippet delegates clipboard-write, and "Copy the link" works inside the iframe', async () => {
  const doc = fs.readFileSync(path.join(ROOT, 'docs/EMBEDDING.md'), 'utf8');
  assert.match(doc.match(/```html\n([\s\S]*?)```/)[1], /allow="clipboard-write"/);
  const { page, frame, guard, visitor } = await embedded(DESKTOP);
  await frame.getByRole('button', { name: new RegExp(fi['scenario.preset.jenna']) }).click();
  await frame.getByLabel(fi['scenario.mode.form']).check();
  await frame.getByRole('button', { name: fi['share.link.create'] }).click();
  const link = await frame.locator('#share-link').inputValue();
  await frame.getByRole('button', { name: fi['share.link.copy'] }).click();
  await frame.getByText(fi['share.link.copied']).waitFor();
  const clipboard = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(clipboard, link, 'the link is on the clipboard');
  assert.ok(link.startsWith(server.origin), 'a link to Askel itself');
  await expectAccessible(page, 'embedded copy');
  guard.state.foreign = guard.state.foreign.filter((url) => new URL(url).origin !== server.origin);
  guard.check('embedded copy');
  await page.close();
  await visitor.close();
});

test('with header=0 a compact language switch stays and works', async () => {
  const { page, frame, guard, visitor } = await embedded(PHONE);
  assert.equal(await frame.locator('.site-header').isVisible(), false, 'no header');
  const links = frame.locator('.embed-bar .lang-switch a');
  assert.equal(await links.count(), LANGS.length);
  const box = await frame.locator('.embed-bar').boundingBox();
  assert.ok(box.height <= 60, `compact: ${box.height}px`);
  await frame.getByRole('link', { name: /Svenska/ }).click();
  await frame.locator('html[lang="sv"]').waitFor();
  assert.equal((await frame.locator('main h1').textContent()).trim(), sv['scenario.title']);
  assert.equal(await frame.locator('.site-header').isVisible(), false, 'still no header after switching');
  await expectAccessible(page, 'embedded language switch');
  await screenshot(page, 'readable-embed-header0', { fullPage: false });
  guard.state.foreign = guard.state.foreign.filter((url) => new URL(url).origin !== server.origin);
  guard.check('embedded language switch');
  await page.close();
  await visitor.close();
});
