// Every page in every language paints its real first view from its own HTML file, before the
// WebAssembly has arrived (examples/prerender.rs); the app then takes the same markup over
// without a console error, an accessibility violation or a request after the first load. Old
// query links still open their page, the service worker keeps every page for offline use, and a
// page downloads only its own language's messages.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import {
  open, watch, launch, expectAccessible, screenshot, h1, useServerAndBrowser, DIST,
} from './harness.mjs';
import { HTML_LANG, LANGS, messages } from './messages.mjs';

// Each page's slug, its name in the navigation (also the document title) and its h1's key when
// the h1 is exactly one message.
const PAGES = [
  ['home', 'shell.nav_home', 'home.title'],
  ['assessment', 'shell.nav_assessment', null],
  ['scenarios', 'shell.nav_scenarios', null],
  ['summary', 'shell.nav_summary', 'summary.title'],
  ['about', 'shell.nav_about', 'about.title'],
  ['accessibility', 'statement.title', 'statement.title'],
];

const env = useServerAndBrowser();

/** The visible text at the centre of `selector`'s box, if the box is inside the viewport. */
async function paintedText(page, selector) {
  return page.evaluate((sel) => {
    const element = document.querySelector(sel);
    if (!element) return null;
    const box = element.getBoundingClientRect();
    const x = box.left + Math.min(box.width / 2, 20);
    const y = box.top + box.height / 2;
    if (box.width === 0 || x < 0 || y < 0 || x > innerWidth || y > innerHeight) return null;
    const hit = document.elementFromPoint(x, y);
    return hit && (element.contains(hit) || hit.contains(element)) ? element.textContent.trim() : null;
  }, selector);
}

test('every page × language paints from its own HTML before the WebAssembly, then hydrates cleanly', async () => {
  // Without the service worker, so that every page's WebAssembly request can be held back.
  const browser = await launch({ serviceWorkers: 'block' });
  try {
    await eachPage(browser);
  } finally {
    await browser.close();
  }
});

async function eachPage(browser) {
  for (const lang of LANGS) {
    const m = messages(lang);
    for (const [slug, navKey, titleKey] of PAGES) {
      const label = `${lang}/${slug}`;
      const page = await browser.context.newPage();
      const guard = watch(page, env.server.origin);
      // Hold the WebAssembly back until the prerendered page has been looked at.
      let release;
      const held = new Promise((resolve) => { release = resolve; });
      await page.route('**/askel_bg.wasm', async (route) => { await held; await route.continue(); });
      await page.goto(`${env.server.origin}/${lang}/${slug}/`, { waitUntil: 'domcontentloaded' });
      await page.locator('main h1').first().waitFor();
      assert.equal(await page.getAttribute('html', 'lang'), HTML_LANG[lang], `${label}: document language`);
      assert.equal(await page.title(), `${m[navKey]} – ${m['shell.app_name']}`, `${label}: title`);
      assert.equal(await page.evaluate(() => document.documentElement.hasAttribute('data-askel-ready')), false,
        `${label}: the app has not started yet`);
      const painted = await paintedText(page, 'main h1');
      assert.ok(painted, `${label}: the h1 is painted inside the viewport before the WebAssembly`);
      if (titleKey) assert.equal(painted, m[titleKey], `${label}: h1`);
      else assert.ok(painted.startsWith(m[navKey].split(' –')[0]), `${label}: h1 "${painted}"`);
      if (lang === 'fi' && slug === 'scenarios') await screenshot(page, 'prerendered-scenarios-before-wasm');
      release();
      await page.waitForFunction(() => document.documentElement.hasAttribute('data-askel-ready'));
      await page.waitForLoadState('networkidle');
      guard.loaded();
      assert.equal(await h1(page), painted, `${label}: the same h1 after hydration`);
      assert.equal(await page.locator('main').count(), 1, `${label}: one main`);
      await expectAccessible(page, `${label} hydrated`);
      guard.check(label);
      await page.close();
    }
  }
}

test('an old query link opens its page at the page\'s own address, keeping the fragment', async () => {
  const sv = messages('sv');
  const { page, guard } = await open(env.browser.context, env.server.origin, '/?lang=sv&page=about#kept');
  assert.equal(await h1(page), sv['about.title']);
  const url = new URL(page.url());
  assert.equal(url.pathname, '/sv/about/');
  assert.equal(url.search, '');
  assert.equal(url.hash, '#kept');
  guard.check('old query link');
  await page.reload();
  await page.waitForFunction(() => document.documentElement.hasAttribute('data-askel-ready'));
  assert.equal(await h1(page), sv['about.title'], 'a reload loads the page\'s own file');
  assert.equal(await page.getAttribute('body', 'data-prerendered'), 'sv/about/', 'hydrated, not re-rendered');
  await page.close();
});

test('the service worker keeps every page × language', async () => {
  const { page, guard } = await open(env.browser.context, env.server.origin, '/fi/home/');
  const kept = await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    const deadline = Date.now() + 20000;
    for (;;) {
      const name = (await caches.keys()).find((key) => key.startsWith('askel-') && key !== 'askel-updated');
      if (name) {
        const urls = (await (await caches.open(name)).keys()).map((request) => new URL(request.url).pathname);
        if (urls.length > 1 || Date.now() > deadline) return urls;
      }
      if (Date.now() > deadline) return [];
      await new Promise((resolve) => { setTimeout(resolve, 200); });
    }
  });
  for (const lang of LANGS) {
    for (const [slug] of PAGES) {
      assert.ok(kept.includes(`/${lang}/${slug}/index.html`), `${lang}/${slug} is kept (${kept.length} files)`);
    }
  }
  guard.check('service worker');
  await page.close();
});

test('a page fetches only its own language\'s messages, and the module holds only Finnish', async () => {
  const wasm = fs.readFileSync(path.join(DIST, 'askel_bg.wasm'));
  const sample = 'about.lead';
  for (const lang of LANGS) {
    const text = messages(lang)[sample];
    assert.ok(text.length > 40, `${lang}: a long sample message`);
    assert.equal(wasm.includes(Buffer.from(text)), lang === 'fi', `${lang}: "${sample}" in the module`);
  }
  for (const lang of LANGS) {
    const page = await env.browser.context.newPage();
    const fetched = [];
    page.on('request', (request) => {
      const match = new URL(request.url()).pathname.match(/^\/messages\/([a-z]+)\.txt$/);
      if (match) fetched.push(match[1]);
    });
    const guard = watch(page, env.server.origin);
    await page.goto(`${env.server.origin}/${lang}/about/`, { waitUntil: 'load' });
    await page.waitForFunction(() => document.documentElement.hasAttribute('data-askel-ready'));
    assert.equal(await h1(page), messages(lang)['about.title'], `${lang}: the page in its language`);
    assert.deepEqual(fetched, lang === 'fi' ? [] : [lang], `${lang}: messages files fetched`);
    guard.check(`${lang} messages`);
    await page.close();
  }
});
