// Shared harness for the browser tests: a static server for dist/, Debian's Chromium driven by
// playwright-core, and the checks every test keeps — no request to any other origin, no request
// at all after the first load, no console error or CSP violation, and axe-core at WCAG 2.2 A/AA.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import assert from 'node:assert/strict';
import { before, after } from 'node:test';
import { chromium } from 'playwright-core';
import AxeBuilderModule from '@axe-core/playwright';

const AxeBuilder = AxeBuilderModule.default ?? AxeBuilderModule;
export const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
export const DIST = process.env.ASKEL_DIST ?? path.join(ROOT, 'dist');
export const ARTIFACTS = process.env.ASKEL_ARTIFACTS ?? path.join(ROOT, 'test-artifacts');
export const PHONE = { width: 360, height: 740 };
export const DESKTOP = { width: 1280, height: 800 };

import { serve } from '../static-server.mjs';

export { serve };

export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--disable-features=AutofillServerCommunication',
  '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1',
];

/** A fresh browser profile. */
export async function launch(options = {}) {
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'askel-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: PHONE,
    ...options,
  });
  const close = async () => {
    await context.close();
    fs.rmSync(userDataDir, { recursive: true, force: true });
  };
  return { context, close };
}

/**
 * Starts the static server and a fresh browser before a test file's tests and stops both after
 * them. Use as `const env = useServerAndBrowser();`, then `env.server.origin` and
 * `env.browser.context` inside the tests.
 */
export function useServerAndBrowser(extra = {}) {
  const env = {};
  before(async () => {
    env.server = await serve(DIST, extra);
    env.browser = await launch();
  });
  after(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
  return env;
}

/**
 * Watches a page for the privacy promise and for errors. Call `loaded()` once the first view is
 * up: from then on any request is a failure, except a language's messages file (kept by the
 * service worker), until the page loads another of the app's pages as a new document (a link to
 * the other module's half, src/ui/modules.rs): that document's own first load may fetch its
 * files, and from when it is ready (`data-askel-ready`, network idle) the rule holds again.
 * `check()` asserts everything seen so far.
 */
export function watch(page, origin) {
  // Switching language fetches the module's messages file in that language (src/ui/messages.rs),
  // one of the files the service worker keeps from the first visit: the only request the app may make after
  // load. The browser itself may read the web manifest and its icon whenever it checks whether
  // the app can be installed; both are the app's own static files, kept by the service worker.
  const state = {
    armed: false, afterLoad: false, documents: 0, foreign: [], late: [], errors: [],
    allowedLate: [/\/messages\/[a-z-]+\/[a-z]+\.txt$/, /\/(manifest\.webmanifest|icon\.svg)$/],
  };
  page.on('request', (request) => {
    const url = request.url();
    if (url.startsWith('data:') || url.startsWith('blob:')) return;
    if (new URL(url).origin !== origin) state.foreign.push(url);
    else if (request.isNavigationRequest() && request.frame() === page.mainFrame()) {
      if (state.armed) {
        state.afterLoad = false;
        state.documents += 1;
      }
    } else if (state.afterLoad && !state.allowedLate.some((re) => re.test(url))) state.late.push(url);
  });
  page.on('load', () => {
    if (!state.armed) return;
    const generation = state.documents;
    waitReady(page)
      .then(() => page.waitForLoadState('networkidle'))
      .then(() => { if (state.documents === generation) state.afterLoad = true; })
      .catch(() => {});
  });
  page.on('console', (message) => {
    if (message.type() === 'error') state.errors.push(message.text());
  });
  page.on('pageerror', (error) => state.errors.push(String(error)));
  return {
    state,
    loaded() { state.armed = true; state.afterLoad = true; },
    check(label = '') {
      assert.deepEqual(state.foreign, [], `${label}: requests to another origin`);
      assert.deepEqual(state.late, [], `${label}: requests after the first load`);
      assert.deepEqual(state.errors, [], `${label}: console errors (incl. CSP violations)`);
    },
  };
}

/** Opens `pathAndQuery` and waits until the app has rendered its h1. */
export async function open(context, origin, pathAndQuery = '/') {
  const page = await context.newPage();
  const guard = watch(page, origin);
  await page.goto(origin + pathAndQuery, { waitUntil: 'load' });
  await page.locator('main h1').first().waitFor();
  // The prerendered page paints before the app runs: wait until its module has mounted it.
  await waitReady(page);
  await page.waitForLoadState('networkidle');
  guard.loaded();
  return { page, guard };
}

/**
 * The axe-core rule tags every run uses: WCAG 2.0, 2.1 and 2.2 at levels A and AA. axe 4.14 has
 * no rule tagged `wcag22a` (the 2.2 A criteria, consistent help and redundant entry, are not
 * machine-checkable; wcag22.test.mjs checks what can be); `wcag22aa` brings target size (2.5.8).
 */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * axe-core at WCAG 2.0/2.1/2.2 A and AA; zero violations allowed. Also that every message the
 * page shows is in its module ([`expectEveryMessage`]), since this runs in every state a test
 * checks.
 */
export async function expectAccessible(page, label) {
  await expectEveryMessage(page, label);
  const result = await new AxeBuilder({ page })
    .withTags(AXE_TAGS)
    .analyze();
  const summary = result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`);
  assert.deepEqual(summary, [], `axe violations in ${label}`);
}

/**
 * No message left out of the page's module: each module's messages files hold only its own
 * pages' messages, and one they leave out is U+001A (src/i18n/catalogue.rs, `LEFT_OUT`; the
 * domains each module leaves out are in src/ui/modules.rs). Looks in the text, the attributes
 * and the title.
 */
export async function expectEveryMessage(page, label) {
  const found = await page.evaluate(() => {
    const marker = '\u001a';
    const hits = [];
    if (document.title.includes(marker)) hits.push('title');
    for (const element of document.querySelectorAll('*')) {
      for (const attribute of element.attributes) {
        if (attribute.value.includes(marker)) hits.push(`${element.tagName.toLowerCase()}[${attribute.name}]`);
      }
      for (const node of element.childNodes) {
        if (node.nodeType === Node.TEXT_NODE && node.data.includes(marker)) {
          hits.push(`${element.tagName.toLowerCase()}.${element.className || ''} text`);
        }
      }
    }
    return hits;
  });
  assert.deepEqual(found, [], `${label}: messages left out of the page's module`);
}

/** Waits until the app has mounted the page (`<html data-askel-ready>`, src/ui/start.rs). */
export async function waitReady(page) {
  await page.waitForFunction(() => document.documentElement.hasAttribute('data-askel-ready'));
}

/** No horizontal scrolling at the current viewport. */
export async function expectNoHorizontalScroll(page, label) {
  const { scroll, client } = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
  }));
  assert.ok(scroll <= client, `${label}: page is ${scroll}px wide in a ${client}px viewport`);
}

export async function screenshot(page, name, options = {}) {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: true, ...options });
}

export async function h1(page) {
  return (await page.locator('main h1').first().textContent()).trim();
}
