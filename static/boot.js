// Starts the WebAssembly app. A separate file (not an inline script) so that the
// Content-Security-Policy can forbid inline scripts entirely. It also
//  - registers the service worker (sw.js) that keeps the app working offline, except when
//    embedded in another site's page;
//  - tells the app when the service worker has switched to a new build ("Askel was updated");
//  - when embedded (?embed=1 in an iframe), tells the host page the app's height
//    (docs/EMBEDDING.md describes the message).
// The build id is written by scripts/stamp-build.sh after the whole build, as in sw.js.
import init from './askel.js';

const BUILD = '__ASKEL_BUILD__';
const embed = new URLSearchParams(window.location.search).get('embed') === '1';

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

init({ module_or_path: new URL('askel_bg.wasm', import.meta.url) })
  .then(() => {
    reportUpdate();
    registerWorker();
  });
