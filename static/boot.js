// Starts the app. A separate file (not an inline script) so that the Content-Security-Policy can
// forbid inline scripts entirely. It
//  - sets the display modes (meeting, embed) as classes on the root element before the first
//    paint, so the style sheet lays the page out in its mode from the HTML;
//  - picks the WebAssembly module of the page (src/ui/modules.rs): the self-assessment
//    (askel.js), the income scenarios (askel-scenarios.js) or the meeting summary
//    (askel-summary.js); the page's HTML preloads it.
//    The scenarios page starts with its questions only (askel-scenarios.js); as soon as that
//    is ready, the module with the results (askel-scenarios-full.js) is fetched and compiled,
//    and it takes the page over when the results are to be shown (src/ui/start.rs); a share
//    link starts it directly. Its files come in the first load, so the hand-over requests nothing.
//    Home, About and the accessibility statement have nothing to operate but links: they start
//    no module at all, and are ready as soon as they are painted; in a display mode their links
//    carry it, as the modules' links do. About is in no module at all: an old link to the root
//    that names it goes to its own file;
//  - sends a share link (#s1…) opened on another page to the scenarios page, which opens it;
//  - registers the service worker (sw.js) that keeps the whole app, every module included,
//    for working offline, except when embedded in another site's page;
//  - tells the app when the service worker has switched to a new build ("Askel was updated");
//  - when embedded (?embed=1 in an iframe), tells the host page the app's height
//    (docs/EMBEDDING.md describes the message).
// The build id is written by scripts/stamp-build.sh after the whole build, as in sw.js; the
// lists below by examples/prerender.rs from src/ui/modules.rs.
const BUILD = '__ASKEL_BUILD__';
const MODULES = {/* module of each page */};
const CONTINUED_BY = {/* module that continues a module */};
const READING = [/* pages that need no module */];
const LANGS = [/* languages */];

const params = new URLSearchParams(window.location.search);
const embed = params.get('embed') === '1';
const meeting = params.get('meeting') === '1';
const noHeader = embed && params.get('header') === '0';
const shareLink = /^#s[0-9]/.test(window.location.hash);

// The display modes, as the style sheet reads them (src/ui/route.rs, display_classes): set here,
// before the first paint (this script blocks rendering), on a page whose HTML is the ordinary
// display's, so the module's start moves nothing.
for (const [name, on] of [['meeting', meeting], ['embed', embed], ['no-header', noHeader]]) {
  document.documentElement.classList.toggle(name, on);
}

// The page and language at this address: a page's own file (`…/sv/about/`), or the app's root,
// which holds the Finnish home page and reads an old link's page and language from the query.
function here() {
  const prerendered = document.body.dataset.prerendered ?? '';
  const path = window.location.pathname.replace(/index\.html$/, '');
  if (prerendered !== '' && path.endsWith(`/${prerendered}`)) {
    const [lang, page] = prerendered.split('/');
    return { lang, page, root: new URL('../../', window.location.href), own: true };
  }
  const page = params.get('page');
  const lang = params.get('lang');
  return {
    lang: LANGS.includes(lang) ? lang : LANGS[0],
    page: page in MODULES ? page : 'home',
    root: new URL('./', window.location.href),
    own: window.location.search === '',
  };
}

// Replaces this address with the page `slug`'s own file in the same language, keeping the
// display modes and the fragment: the scenarios page opens share links opened elsewhere, and a
// page that no module shows (About) is read from its file when an old link names it at the root.
function toPage(slug, { lang, root }) {
  const modes = new URLSearchParams(params);
  modes.delete('lang');
  modes.delete('page');
  const query = modes.toString();
  window.location.replace(`${new URL(`${lang}/${slug}/`, root).href}${query ? `?${query}` : ''}${window.location.hash}`);
}

// The target of the address's fragment, when it is made to be focused (`tabindex`): the footer's
// help link opens About at the glossary's heading, and a keyboard or screen-reader user goes on
// reading from there.
function focusFragmentTarget() {
  const id = decodeURIComponent(window.location.hash.slice(1));
  const target = id === '' ? null : document.getElementById(id);
  if (target && target.hasAttribute('tabindex')) target.focus();
}

// The module `name`'s messages in the language `lang` (src/ui/messages.rs): `{ file, text }`, or
// `null` when they cannot be read (the module then tries itself).
function messagesOf(name, lang, at) {
  const file = `messages/${name}/${lang}.txt`;
  return fetch(new URL(file, at.root))
    .then((response) => (response.ok ? response.text() : null))
    .then((text) => (text === null ? null : { file, text }))
    .catch(() => null);
}

// Starts the module `name` on the page `at`, with the module's messages in the page's language
// (src/ui/messages.rs): the page's HTML preloads that file, and it is read here beside the
// module's script, so the module finds the text when it starts and starts in the same task.
async function startModule(name, at) {
  const [glue, messages] = await Promise.all([
    import(new URL(`${name}.js`, import.meta.url).href),
    messagesOf(name, at.lang, at),
  ]);
  if (messages !== null) window.askelMessages = messages;
  await glue.default({ module_or_path: new URL(`${name}_bg.wasm`, import.meta.url) });
}

// The language of the page's address now (the module may have switched it).
function currentLang(at) {
  const lang = window.location.pathname.slice(at.root.pathname.length).split('/')[0];
  return LANGS.includes(lang) ? lang : at.lang;
}

// Fetches and compiles the module `name` that continues the running one, and defines
// `window.askelContinue`, which the running module calls to hand the page over (src/ui/start.rs).
// Compiling runs off the main thread while the person reads the first screen.
function prepareContinuation(name, at) {
  const wasm = new URL(`${name}_bg.wasm`, import.meta.url);
  const compiled = WebAssembly.compileStreaming(fetch(wasm))
    .catch(() => fetch(wasm).then((response) => response.arrayBuffer()).then((bytes) => WebAssembly.compile(bytes)));
  const glue = import(new URL(`${name}.js`, import.meta.url).href);
  const messages = messagesOf(name, at.lang, at);
  let started = null;
  window.askelContinue = () => {
    started ??= Promise.all([glue, compiled, messages])
      .then(async ([code, module, text]) => {
        if (text !== null && currentLang(at) === at.lang) window.askelMessages = text;
        await code.default({ module_or_path: module });
      })
      .catch(() => {
        // Not loaded (offline before the first visit completed): the next request tries again.
        started = null;
      });
    return started;
  };
  // A share link pasted into the address bar: the continuing module opens it.
  window.addEventListener('hashchange', () => {
    if (/^#s[0-9]/.test(window.location.hash)) window.askelContinue();
  });
  return Promise.all([glue, compiled, messages]).catch(() => undefined);
}

// Whether `url` is one of the app's pages (`<root>/sv/about/`).
function isAppPage(url, at) {
  return url.origin === window.location.origin && url.pathname.startsWith(at.root.pathname)
    && /^[a-z]+\/[a-z]+\/$/.test(url.pathname.slice(at.root.pathname.length));
}

// The display modes' query, written as the modules write it (src/ui/route.rs, Route::path).
function modeQuery(withMeeting) {
  const flags = [];
  if (withMeeting) flags.push('meeting=1');
  if (embed) flags.push('embed=1');
  if (noHeader) flags.push('header=0');
  return flags.length > 0 ? `?${flags.join('&')}` : '';
}

// On a page without a module in a display mode: every link to one of the app's pages keeps the
// mode, and the meeting toggle switches it, exactly as the modules' links (the prerendered HTML
// has the ordinary display's links).
function carryDisplayModes(at) {
  for (const link of document.querySelectorAll('a[href]')) {
    // A fragment alone (the skip link) stays on this page in its mode already.
    if (link.getAttribute('href').startsWith('#') || !isAppPage(new URL(link.href), at)) continue;
    const [target, fragment] = link.getAttribute('href').split('#');
    const query = modeQuery(link.classList.contains('meeting-toggle') ? !meeting : meeting);
    link.setAttribute('href', `${target.split('?')[0]}${query}${fragment === undefined ? '' : `#${fragment}`}`);
  }
}

// On a page without a module, a link to another of the app's pages loads it in a new history
// entry that keeps this tab's state (the halves' unsaved work), as the modules' own links do
// (src/ui/browser.rs, load_keeping_tab_state): coming back to a half finds it as it was.
function carryTabState(at) {
  return (event) => {
    if (event.defaultPrevented || event.button !== 0 || event.ctrlKey || event.metaKey
      || event.shiftKey || event.altKey || window.history.state == null) return;
    const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
    if (!link || link.target || link.hasAttribute('download')) return;
    const url = new URL(link.href);
    if (!isAppPage(url, at) || url.href.split('#')[0] === window.location.href.split('#')[0]) return;
    event.preventDefault();
    window.history.pushState(window.history.state, '', url.href);
    window.history.scrollRestoration = 'manual';
    window.location.reload();
  };
}

function markReady() {
  document.documentElement.setAttribute('data-askel-ready', '');
}

function reportHeight() {
  let last = 0;
  const report = () => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    try {
      window.parent.postMessage({ type: 'askel:height', height }, '*');
    } catch {
      // The host is gone or refuses messages: nothing to do.
    }
  };
  if ('ResizeObserver' in window) new ResizeObserver(report).observe(document.documentElement);
  window.addEventListener('load', report);
  report();
}

async function reportUpdate() {
  try {
    if (!('caches' in window) || !(await caches.has('askel-updated'))) return;
    const marker = await caches.open('askel-updated');
    // The worker wrote the marker at its own address, next to this script; the page's address
    // may be a folder below it (`en/home/`), so a bare 'build' would look in the wrong place.
    const hit = await marker.match(new URL('build', import.meta.url).href);
    // The marker names the build that replaced the old one; only that build says so.
    if (!hit || (await hit.text()) !== BUILD) return;
    await caches.delete('askel-updated');
    document.documentElement.setAttribute('data-askel-updated', '');
    window.dispatchEvent(new Event('askel:updated'));
  } catch {
    // Storage unavailable (private mode, disabled): no notice.
  }
}

function registerWorker() {
  if (embed || !('serviceWorker' in navigator) || BUILD.startsWith('__') || BUILD === '') return;
  // `updateViaCache: 'none'`: the browser asks the server for sw.js itself, never its HTTP cache.
  // Next to this script, at the app's root, whichever page's folder the visit started in.
  navigator.serviceWorker.register(new URL('sw.js', import.meta.url), { updateViaCache: 'none' })
    .then((registration) => {
      // At every start, ask whether a new build is out (a first visit is installing already).
      // A new one installs in the background and takes over; the next start runs it.
      if (registration.active) return registration.update();
      return undefined;
    })
    .catch(() => {
      // No offline copy (storage disabled, an insecure page, offline): the app works as before.
    });
}

if (embed && window.parent !== window) reportHeight();

const at = here();
if (shareLink && at.page !== 'scenarios') {
  toPage('scenarios', at);
} else if (!MODULES[at.page] && !at.own) {
  toPage(at.page, at);
} else if (READING.includes(at.page) && at.own && !shareLink) {
  if (meeting || embed) carryDisplayModes(at);
  focusFragmentTarget();
  document.addEventListener('click', carryTabState(at));
  // Back or Forward to an entry of another page that the browser counts as this document's (one
  // a module made before this page's load): that page's own file shows it.
  const loaded = window.location.pathname + window.location.search;
  window.addEventListener('popstate', () => {
    if (window.location.pathname + window.location.search !== loaded) window.location.reload();
  });
  markReady();
  // After the page has loaded, so that keeping the app never competes with reading it.
  if (document.readyState === 'complete') registerWorker();
  else window.addEventListener('load', registerWorker, { once: true });
} else {
  // A share link opens in the module with the results, from the start: the link's calculation
  // is the first thing shown, and the first module would only be handed over at once. Meeting
  // mode starts with the first module too, which the page's HTML preloads: the one-page form's
  // questions are ready while the results' module loads (measured in docs/PERFORMANCE.md).
  const first = (shareLink && CONTINUED_BY[MODULES[at.page]]) || MODULES[at.page];
  const next = CONTINUED_BY[first];
  // Asked for before the first module is ready (a reload on the results): kept until then.
  let asked = false;
  if (next) window.askelContinue = () => { asked = true; };
  startModule(first, at).then(async () => {
    if (next) {
      const prepared = prepareContinuation(next, at);
      if (asked) window.askelContinue();
      await prepared;
    }
    reportUpdate();
    registerWorker();
  });
}
