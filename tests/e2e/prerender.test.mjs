// Every page in every language paints its real first view from its own HTML file, before the
// WebAssembly has arrived (examples/prerender.rs); the app then takes the same markup over
// without a console error, an accessibility violation or a request after the first load. Each
// page starts only its own module (src/ui/modules.rs), and the reading pages (home,
// About, the statement) none at all, in every display mode; in a mode their links keep it as the
// modules' links do, and the mode is laid out from the first paint. Old query links still open
// their page, the service worker keeps every page and every module for offline use, and a page
// downloads only its own language's messages.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import {
  open, watch, launch, expectAccessible, screenshot, h1, useServerAndBrowser, DIST, waitReady,
} from './harness.mjs';
import { HTML_LANG, LANGS, messages } from './messages.mjs';

// Each page's slug, its name in the navigation (also the document title) and its h1's key when
// the h1 is exactly one message.
// Each page's slug, its name in the navigation (also the document title), its h1's key when the
// h1 is exactly one message, and the module it starts (null: none in the ordinary display),
// with the module that continues it, fetched during the first load (src/ui/modules.rs).
const PAGES = [
  ['home', 'shell.nav_home', 'home.title', null],
  ['assessment', 'shell.nav_assessment', null, 'askel'],
  ['scenarios', 'shell.nav_scenarios', null, 'askel-scenarios', 'askel-scenarios-full'],
  ['summary', 'shell.nav_summary', 'summary.title', 'askel-summary'],
  ['about', 'shell.nav_about', 'about.title', null],
  ['accessibility', 'statement.title', 'statement.title', null],
];
const MODULES = ['askel', 'askel-scenarios', 'askel-scenarios-full', 'askel-summary'];

/** The module files (`askel.js`, `askel-scenarios_bg.wasm`, …) `page` requests from now on. */
function moduleRequests(page) {
  const seen = [];
  page.on('request', (request) => {
    const file = new URL(request.url()).pathname.split('/').pop();
    if (/^askel[a-z-]*(\.js|_bg\.wasm)$/.test(file)) seen.push(file);
  });
  return seen;
}

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
    for (const [slug, navKey, titleKey, module, continuation] of PAGES) {
      const label = `${lang}/${slug}`;
      const page = await browser.context.newPage();
      const guard = watch(page, env.server.origin);
      const modules = moduleRequests(page);
      // Hold the WebAssembly back until the prerendered page has been looked at.
      let release;
      const held = new Promise((resolve) => { release = resolve; });
      await page.route('**/*_bg.wasm', async (route) => { await held; await route.continue(); });
      await page.goto(`${env.server.origin}/${lang}/${slug}/`, { waitUntil: 'domcontentloaded' });
      await page.locator('main h1').first().waitFor();
      assert.equal(await page.getAttribute('html', 'lang'), HTML_LANG[lang], `${label}: document language`);
      assert.equal(await page.title(), `${m[navKey]} – ${m['shell.app_name']}`, `${label}: title`);
      if (module) {
        assert.equal(await page.evaluate(() => document.documentElement.hasAttribute('data-askel-ready')), false,
          `${label}: the app has not started yet`);
      }
      const painted = await paintedText(page, 'main h1');
      assert.ok(painted, `${label}: the h1 is painted inside the viewport before the WebAssembly`);
      if (titleKey) assert.equal(painted, m[titleKey], `${label}: h1`);
      else assert.ok(painted.startsWith(m[navKey].split(' –')[0]), `${label}: h1 "${painted}"`);
      if (lang === 'fi' && slug === 'scenarios') await screenshot(page, 'prerendered-scenarios-before-wasm');
      release();
      await waitReady(page);
      await page.waitForLoadState('networkidle');
      guard.loaded();
      assert.equal(await h1(page), painted, `${label}: the same h1 after hydration`);
      assert.equal(await page.locator('main').count(), 1, `${label}: one main`);
      const files = [module, continuation].filter(Boolean).flatMap((name) => [`${name}.js`, `${name}_bg.wasm`]);
      assert.deepEqual(modules.sort(), files.sort(), `${label}: the modules it loads`);
      await expectAccessible(page, `${label} ${module ? 'hydrated' : 'without a module'}`);
      guard.check(label);
      await page.close();
    }
  }
}

test('a reading page in meeting or embed mode starts no module, and its links keep the mode as the modules\' do', async () => {
  const fi = messages('fi');
  /** Every link's address on the page, in document order. */
  const hrefs = (page) => page.evaluate(() => [...document.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')));
  const ready = async (page) => {
    await waitReady(page);
    await page.waitForLoadState('networkidle');
  };
  // Each reading page in a mode, and a module's page from which a click reaches it: inside the
  // module that also shows it (home), or as its own file (About, in no module); either way its
  // links are the same as the module's own.
  const cases = [
    ['/fi/about/?meeting=1', '/fi/scenarios/?meeting=1', 'main-nav', fi['shell.nav_about']],
    ['/fi/home/?meeting=1', '/fi/assessment/?meeting=1', 'main-nav', fi['shell.nav_home']],
    ['/fi/about/?embed=1&header=0', '/fi/scenarios/?embed=1&header=0', 'site-footer', null],
  ];
  for (const [reading, viaModule, area, name] of cases) {
    const page = await env.browser.context.newPage();
    const modules = moduleRequests(page);
    const guard = watch(page, env.server.origin);
    await page.goto(`${env.server.origin}${reading}`, { waitUntil: 'load' });
    await ready(page);
    guard.loaded();
    assert.deepEqual(modules, [], `${reading}: no module`);
    const withoutModule = await hrefs(page);
    const mode = reading.slice(reading.indexOf('?'));
    assert.ok(withoutModule.some((href) => href.endsWith(mode)), `${reading}: links carry the mode`);
    await expectAccessible(page, `${reading} without a module`);
    guard.check(reading);
    await page.close();

    const other = await env.browser.context.newPage();
    const otherGuard = watch(other, env.server.origin);
    await other.goto(`${env.server.origin}${viaModule}`, { waitUntil: 'load' });
    await ready(other);
    otherGuard.loaded();
    const link = name
      ? other.locator(`.${area} a`, { hasText: name }).first()
      : other.locator(`.${area} a[href*="/about/"]`).first();
    await link.click();
    await other.waitForURL((url) => url.pathname.endsWith(reading.split('?')[0]));
    await other.locator('main h1').waitFor();
    assert.equal(new URL(other.url()).search, mode, `${viaModule} → ${reading}: the module keeps the mode`);
    assert.deepEqual(withoutModule, await hrefs(other), `${reading}: the same links as the module's`);
    otherGuard.check(`${viaModule} → ${reading}`);
    await other.close();
  }

  // A share link that names no calculation still goes to the scenarios page, which says so.
  const linked = await env.browser.context.newPage();
  const linkGuard = watch(linked, env.server.origin);
  await linked.goto(`${env.server.origin}/fi/home/#s1.broken`, { waitUntil: 'load' });
  await linked.waitForURL(/\/fi\/scenarios\//);
  await waitReady(linked);
  await linked.waitForLoadState('networkidle');
  linkGuard.loaded();
  assert.ok((await h1(linked)).startsWith(fi['shell.nav_scenarios'].split(' –')[0]), 'on the scenarios page');
  assert.equal((await linked.locator('.notice.problems[role="alert"] p').first().textContent()).trim(),
    fi['share.opened.broken'], 'the broken link is reported');
  linkGuard.check('share link on the home page');
  await linked.close();
});

test('meeting and embed modes are laid out from the first paint: the module\'s start moves nothing', async () => {
  const fi = messages('fi');
  // Each mode on pages of all three modules and a reading page, on a phone and a desktop.
  const cases = [
    ['/fi/scenarios/?meeting=1', ['meeting']],
    ['/fi/assessment/?meeting=1', ['meeting']],
    ['/fi/summary/?meeting=1', ['meeting']],
    ['/sv/about/?meeting=1', ['meeting']],
    ['/fi/scenarios/?embed=1&header=0', ['embed', 'no-header']],
    ['/en/scenarios/?embed=1', ['embed']],
  ];
  for (const viewport of [{ width: 360, height: 740 }, { width: 1280, height: 800 }]) {
    for (const [address, classes] of cases) {
      const page = await env.browser.context.newPage();
      await page.setViewportSize(viewport);
      // The root's classes at the first frame (boot.js blocks rendering until it has run), and
      // every layout shift from the start.
      await page.addInitScript(() => {
        window.askelShifts = [];
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) {
            window.askelShifts.push({
              value: entry.value,
              sources: entry.sources.map((source) => source.node?.nodeName ?? '?').join(' '),
            });
          }
        }).observe({ type: 'layout-shift', buffered: true });
        requestAnimationFrame(() => { window.askelFirstFrame = document.documentElement.className; });
      });
      const guard = watch(page, env.server.origin);
      await page.goto(`${env.server.origin}${address}`, { waitUntil: 'load' });
      await waitReady(page);
      await page.waitForLoadState('networkidle');
      guard.loaded();
      // Two frames after ready: the module's switch to the mode has been painted.
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      const label = `${address} at ${viewport.width} px`;
      const first = (await page.evaluate(() => window.askelFirstFrame)).split(/\s+/);
      for (const name of classes) assert.ok(first.includes(name), `${label}: ${name} from the first frame`);
      const shifts = await page.evaluate(() => window.askelShifts);
      assert.deepEqual(shifts, [], `${label}: no layout shift`);
      const shown = await page.evaluate(() => document.documentElement.className.split(/\s+/));
      for (const name of classes) assert.ok(shown.includes(name), `${label}: ${name} once the module runs`);
      if (classes.includes('no-header')) {
        assert.equal(await page.locator('.site-header').isVisible(), false, `${label}: no header`);
        assert.ok(await page.locator('.embed-bar').isVisible(), `${label}: the compact language switch`);
      } else {
        assert.equal(await page.locator('.embed-bar').isVisible(), false, `${label}: no embed bar`);
      }
      if (classes.includes('meeting') && viewport.width >= 1280) {
        const lang = address.split('/')[1];
        assert.ok(await paintedText(page, '.meeting-toggle'), `${label}: the toggle is painted`);
        assert.equal((await page.locator('.meeting-toggle').innerText()).trim(), messages(lang)['shell.meeting_off'],
          `${label}: the toggle says how to leave meeting mode`);
      }
      await expectAccessible(page, label);
      guard.check(label);
      await page.close();
    }
  }
  // The ordinary display has the ordinary toggle.
  const plain = await env.browser.context.newPage();
  await plain.setViewportSize({ width: 1280, height: 800 });
  await plain.goto(`${env.server.origin}/fi/scenarios/`, { waitUntil: 'load' });
  await waitReady(plain);
  assert.ok(await paintedText(plain, '.meeting-toggle'), 'the toggle is painted');
  assert.equal((await plain.locator('.meeting-toggle').innerText()).trim(), fi['shell.meeting_on']);
  await plain.close();
});

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
  await waitReady(page);
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
  for (const module of MODULES) {
    for (const file of [`${module}.js`, `${module}_bg.wasm`]) {
      assert.ok(kept.includes(`/${file}`), `${file} is kept, though the home page starts no module`);
    }
  }
  guard.check('service worker');
  await page.close();
});

test('a page fetches only its module\'s messages in its own language, and the modules hold none', async () => {
  for (const lang of LANGS) {
    // The longest message of the header and footer, which every module shows.
    const [key, text] = Object.entries(messages(lang))
      .filter(([name]) => name.startsWith('shell.'))
      .sort((a, b) => b[1].length - a[1].length)[0];
    assert.ok(text.length > 40, `${lang}: a long sample message`);
    for (const module of MODULES) {
      const wasm = fs.readFileSync(path.join(DIST, `${module}_bg.wasm`));
      assert.equal(wasm.includes(Buffer.from(text)), false, `${module}, ${lang}: "${key}" in the module`);
      const file = fs.readFileSync(path.join(DIST, 'messages', module, `${lang}.txt`), 'utf8');
      assert.ok(file.includes(text), `${module}, ${lang}: "${key}" in its messages file`);
      assert.ok(file.includes('\u001a'), `${module}, ${lang}: its file leaves the other modules' messages out`);
    }
  }
  for (const lang of LANGS) {
    for (const slug of ['summary', 'about']) {
      const page = await env.browser.context.newPage();
      const fetched = [];
      page.on('request', (request) => {
        const match = new URL(request.url()).pathname.match(/^\/messages\/([a-z-]+)\/([a-z]+)\.txt$/);
        if (match) fetched.push(`${match[1]}/${match[2]}`);
      });
      const guard = watch(page, env.server.origin);
      await page.goto(`${env.server.origin}/${lang}/${slug}/`, { waitUntil: 'load' });
      await waitReady(page);
      await page.waitForLoadState('networkidle');
      assert.equal(await h1(page), messages(lang)[`${slug}.title`], `${lang}/${slug}: the page in its language`);
      // About is a reading page: no module, so no messages either.
      const expected = slug === 'about' ? [] : [`askel-summary/${lang}`];
      assert.deepEqual(fetched, expected, `${lang}/${slug}: messages files fetched`);
      await expectAccessible(page, `${lang}/${slug}`);
      guard.check(`${lang}/${slug} messages`);
      await page.close();
    }
  }
});
