// The app shell as a user meets it: every route in every language, the language switch, reload,
// phone and desktop layouts, accessibility, and the privacy promise (no foreign request ever, no
// request at all after the first load).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { open, expectAccessible, expectNoHorizontalScroll, screenshot, h1, PHONE, DESKTOP, useServerAndBrowser,
} from './harness.mjs';
import { HTML_LANG, LANGS, messages } from './messages.mjs';

const PAGES = [
  ['home', 'home.title'],
  ['assessment', null],
  ['scenarios', null],
  ['summary', 'summary.title'],
  ['about', 'about.title'],
];
const NAV = {
  home: 'shell.nav_home', assessment: 'shell.nav_assessment', scenarios: 'shell.nav_scenarios',
  summary: 'shell.nav_summary', about: 'shell.nav_about',
};

const env = useServerAndBrowser();

test('every route in every language, reached by clicking, is accessible and makes no request', async () => {
  for (const lang of LANGS) {
    const m = messages(lang);
    const { page, guard } = await open(env.browser.context, env.server.origin, `/?lang=${lang}`);
    assert.equal(await page.getAttribute('html', 'lang'), HTML_LANG[lang]);
    for (const [slug, titleKey] of PAGES) {
      const nav = page.getByRole('navigation', { name: m['shell.nav_label'] });
      await nav.getByRole('link', { name: m[NAV[slug]], exact: true }).click();
      await page.waitForURL((url) => url.pathname === `/${lang}/${slug}/`);
      const expected = m[titleKey ?? NAV[slug]];
      assert.ok((await h1(page)).startsWith(expected.split(' –')[0]), `${lang}/${slug}: h1`);
      if (titleKey) assert.equal(await h1(page), expected);
      assert.equal(
        await nav.getByRole('link', { name: m[NAV[slug]], exact: true }).getAttribute('aria-current'),
        'page',
      );
      assert.match(await page.title(), new RegExp(m['shell.app_name']));
      await expectAccessible(page, `${lang}/${slug}`);
    }
    await page.getByRole('contentinfo').getByRole('link', { name: m['statement.title'] }).click();
    assert.equal(await h1(page), m['statement.title']);
    assert.ok(await page.getByText(m['statement.feedback_placeholder']).isVisible());
    await expectAccessible(page, `${lang}/accessibility statement`);
    guard.check(`navigation in ${lang}`);
    await page.close();
  }
});

test('the language switch changes the text, keeps the page, and survives a reload', async () => {
  const fi = messages('fi');
  const sv = messages('sv');
  const en = messages('en');
  const { page, guard } = await open(env.browser.context, env.server.origin, '/?lang=fi&page=about');
  assert.equal(await h1(page), fi['about.title']);
  await page.getByRole('link', { name: 'Svenska' }).click();
  await page.waitForURL(/\/sv\/about\//);
  assert.equal(await h1(page), sv['about.title']);
  assert.equal(await page.getAttribute('html', 'lang'), 'sv');
  assert.match(page.url(), /\/about\//);
  guard.check('switching language');
  await page.reload();
  await page.locator('main h1').waitFor();
  assert.equal(await h1(page), sv['about.title'], 'reload keeps Swedish');
  await page.getByRole('link', { name: 'English' }).click();
  // The English messages are fetched before the switch: wait for the page, not a fixed time.
  await page.waitForURL(/\/en\/about\//);
  await page.locator('main h1', { hasText: en['about.title'] }).waitFor();
  assert.equal(await h1(page), en['about.title']);
  await page.goBack();
  await page.waitForURL(/\/sv\/about\//);
  assert.equal(await h1(page), sv['about.title'], 'back button returns to Swedish');
  await page.close();
});

test('phone and desktop layouts have no horizontal scrolling', async () => {
  for (const [name, viewport] of [['phone', PHONE], ['desktop', DESKTOP]]) {
    for (const [slug] of PAGES) {
      const { page, guard } = await open(env.browser.context, env.server.origin, `/?lang=fi&page=${slug}`);
      await page.setViewportSize(viewport);
      await expectNoHorizontalScroll(page, `${name} ${slug}`);
      if (slug === 'home') await screenshot(page, `shell-home-${name}`);
      guard.check(`${name} ${slug}`);
      await page.close();
    }
  }
});

test('keyboard: the skip link is first and moves focus to the content', async () => {
  const { page, guard } = await open(env.browser.context, env.server.origin, '/?lang=en');
  await page.keyboard.press('Tab');
  const focused = await page.evaluate(() => document.activeElement.textContent);
  assert.equal(focused, messages('en')['shell.skip_to_content']);
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'main');
  guard.check('skip link');
  await page.close();
});

test('the first view is in the HTML itself, and the app takes it over without a second copy', async () => {
  const fi = messages('fi');
  const raw = await (await fetch(`${env.server.origin}/`)).text();
  assert.ok(raw.includes(fi['home.title']), 'prerendered home page in index.html');
  for (const [query, lang] of [['/?lang=fi', 'fi'], ['/', 'fi'], ['/?lang=sv', 'sv'], ['/?lang=en&page=about', 'en']]) {
    const { page, guard } = await open(env.browser.context, env.server.origin, query);
    assert.equal(await page.locator('h1').count(), 1, `${query}: one h1`);
    assert.equal(await page.locator('main').count(), 1, `${query}: one main`);
    assert.equal(await page.getAttribute('html', 'lang'), HTML_LANG[lang]);
    assert.ok(await page.locator('main h1').isVisible(), `${query}: content visible`);
    guard.check(query);
    await page.close();
  }
});
