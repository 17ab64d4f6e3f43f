// Askel's service worker: keeps a copy of this build on the device, so that after the first
// visit the app opens and works with the network off. It fetches nothing but this build's own
// files, once, when the build is installed; after that every file comes from the device.
//
// The build id below is written by scripts/stamp-build.sh, the last step of scripts/build.sh, from
// a hash of the final files (after prerendering), so every build that changes any file gets a new
// cache. boot.js asks for an update at every start; a new build installs in the background during
// a visit and takes over at once; the visit after that runs it and boot.js shows "Askel was
// updated". Unstamped (a plain `trunk build`), the worker does nothing.
const BUILD = '__ASKEL_BUILD__';
const CACHE = `askel-${BUILD}`;
const UPDATED = 'askel-updated';
const STAMPED = !BUILD.startsWith('__') && BUILD !== '';
// Every page × language is its own prerendered file (`fi/home/index.html`, …), every module has
// a messages file per language (`messages/askel-scenarios/sv.txt`, fetched when a page of the
// module is read in it), and
// the app is four WebAssembly modules (`askel.js` and `askel_bg.wasm`, `askel-scenarios.…`,
// `askel-scenarios-full.…`, `askel-summary.…`: src/ui/modules.rs), all kept whichever page the first visit opened; the build writes their list in place of the comment below (examples/prerender.rs).
const PAGES = [/* prerendered pages */];
const FILES = [
  'index.html', 'boot.js', 'style.css', 'charts.css',
  'manifest.webmanifest', 'icon.svg', ...PAGES,
];

self.addEventListener('install', (event) => {
  if (!STAMPED) {
    event.waitUntil(self.skipWaiting());
    return;
  }
  // `no-cache`: ask the server for every file, so the copy is this build and not an older file
  // from the HTTP cache.
  event.waitUntil(
    caches.open(CACHE)
      .then((cache) => cache.addAll(FILES.map((file) => new Request(file, { cache: 'no-cache' }))))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    const names = await caches.keys();
    const old = names.filter((name) => name.startsWith('askel-') && name !== CACHE && name !== UPDATED);
    await Promise.all(old.map((name) => caches.delete(name)));
    if (!STAMPED) {
      await self.registration.unregister();
      return;
    }
    if (old.length > 0) {
      // An update: tell the next visit that runs this build (boot.js reads and removes it).
      const marker = await caches.open(UPDATED);
      await marker.put('build', new Response(BUILD));
    }
    await self.clients.claim();
  })());
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (!STAMPED || request.method !== 'GET') return;
  const url = new URL(request.url);
  const scope = new URL(self.registration.scope);
  if (url.origin !== scope.origin || !url.pathname.startsWith(scope.pathname)) return;
  // A page (the root or `sv/about/`) is its folder's index.html, whatever the query says.
  const inScope = url.pathname.slice(scope.pathname.length);
  const page = request.mode === 'navigate' && (inScope === '' || inScope.endsWith('/'))
    ? `${inScope}index.html` : null;
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    const hit = page ? await cache.match(page) : await cache.match(request, { ignoreSearch: true });
    return hit ?? fetch(request);
  })());
});
