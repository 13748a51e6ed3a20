// The reader's service worker: what makes a reload, a cold start and the
// articles already read work without a network. Built per release by
// scripts/build/offline.mjs (esbuild bundles Workbox's modules into
// DIST/sw.js and fills in self.__TT, the build's own file list); boot.js
// registers it once a page is loaded and idle. Its scope is the portal;
// the iframe embed page (/tin-nhung/) and anything but GET are left alone.
//
// What it keeps, all in Cache Storage (Workbox's expiration bookkeeping in
// IndexedDB):
//   tintuc-precache-…  index.html (the offline shell), the manifest and its
//                      icons: revisioned, replaced by each release
//   tintuc-assets      the reader's bundle (JS glue + WASM) for this
//                      portal's backend, the file the first visit loaded,
//                      nothing else: older builds' go when a new worker
//                      takes over
//   tintuc-pages       the server's pages as they came (with their data), by
//                      canonical address: 100 pages, 10 MB, 30 days; a new
//                      release drops them (they load its bundles)
//   tintuc-config      config.json, network first
//   tintuc-api         the backend's answers (network first, 3 s; a copy
//                      otherwise): 600 answers, 15 MB, 30 days
//   tintuc-images      images loaded: 300, 40 MB, 30 days
//   tintuc-saved       what the reader saved ("Lưu bài"): kept until removed,
//                      whatever the release (never cleaned up here)
// Every copy it stores carries X-Tintuc-Cached-At (when it was fetched, ms
// since the epoch): the app shows such an answer as a copy ("Cập nhật lúc…").
import { clientsClaim, setCacheNameDetails } from 'workbox-core';
import { ExpirationPlugin } from 'workbox-expiration';
import { cleanupOutdatedCaches, precacheAndRoute } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { CacheFirst, NetworkFirst, Strategy } from 'workbox-strategies';
import { EMBED_PAGE } from '../target/gen/facts.js';
import { ANY, DAY, byteCap, stamp } from './sw-caps.js';
import { PAGES, Pages } from './sw-pages.js';

// Filled in by scripts/build/offline.mjs: the precache list, the reader's
// bundles by backend, and the caps.
const BUILD = self.__TT;
const { caps } = BUILD;
const SAVED = 'tintuc-saved';
// In the saved cache: which saved article (slug) needs which URLs.
const SAVED_INDEX = '/__tintuc/saved.json';

setCacheNameDetails({ prefix: 'tintuc', suffix: '' });
cleanupOutdatedCaches();
// The shell and the install icons. Not `/` for /index.html: the server's
// pages are its own.
precacheAndRoute(BUILD.precache, { directoryIndex: null, cleanURLs: false });

/** When the network fails and the cache has nothing, what the reader saved. */
const saved = { handlerDidError: ({ request }) => caches.match(request.url, { ...ANY, cacheName: SAVED }) };

const bounded = (name, { entries, bytes }) => [
  stamp,
  new ExpirationPlugin({ maxEntries: entries, maxAgeSeconds: 30 * DAY, purgeOnQuotaError: true }),
  byteCap(name, bytes),
  saved,
];

// Pages: the network's, a page the server rendered kept as it came, else
// the shell (web/sw-pages.js).
self.addEventListener('activate', (e) => e.waitUntil(self.registration.navigationPreload?.enable()));
registerRoute(({ request, url }) => request.mode === 'navigate' && url.origin === location.origin && !url.pathname.startsWith(EMBED_PAGE), new Pages(caps.pages, caps.navigationTimeout));

// config.json: the deployer's latest, or the last one seen.
registerRoute(
  ({ url }) => url.origin === location.origin && url.pathname === '/config.json',
  new NetworkFirst({ cacheName: 'tintuc-config', networkTimeoutSeconds: caps.networkTimeout, plugins: [stamp], matchOptions: ANY }),
);

// The backend's answers (the app asks for JSON and nothing else does):
// fresh when the network answers in time, else the last copy.
registerRoute(
  ({ request }) => request.headers.get('accept') === 'application/json',
  new NetworkFirst({ cacheName: 'tintuc-api', networkTimeoutSeconds: caps.networkTimeout, plugins: bounded('tintuc-api', caps.api), matchOptions: ANY }),
);

// The build's hashed files: never change.
const assets = new CacheFirst({ cacheName: 'tintuc-assets', matchOptions: ANY });
const bundleFiles = new Set(Object.values(BUILD.bundles).flatMap((b) => [b.js, b.wasm]));
registerRoute(({ url }) => url.origin === location.origin && bundleFiles.has(url.pathname), assets);

// Images, as loaded (cached first: an image's URL names its content). One
// from another origin is asked for with CORS, so its size can be counted;
// a host that refuses gets the page's own (opaque) request, shown but not
// kept.
const noCors = new Set();
class Images extends Strategy {
  async _handle(request, handler) {
    const hit = await handler.cacheMatch(request);
    if (hit) return hit;
    const { origin } = new URL(request.url);
    let response;
    if (request.mode === 'no-cors' && origin !== location.origin && !noCors.has(origin)) {
      try {
        response = await handler.fetch(new Request(request.url, { mode: 'cors', credentials: 'omit' }));
      } catch {
        noCors.add(origin);
      }
    }
    response ??= await handler.fetch(request);
    handler.waitUntil(handler.cachePut(request, response.clone()));
    return response;
  }
}
registerRoute(({ request }) => request.destination === 'image', new Images({ cacheName: 'tintuc-images', plugins: bounded('tintuc-images', caps.images), matchOptions: ANY }));

// Install: the shell (precache, above), and the bundle this portal runs
// (from the HTTP cache, which the page just filled), with the config.
self.addEventListener('install', (e) => {
  e.waitUntil(
    (async () => {
      const r = await fetch('/config.json', { headers: { Accept: 'application/json' } });
      if (!r.ok) return;
      const text = await r.clone().text();
      await (await caches.open('tintuc-config')).put('/config.json', await stamp.cacheWillUpdate({ response: r }));
      let backend = 'tintuc';
      try {
        backend = JSON.parse(text).backend || backend;
      } catch {}
      const name = BUILD.bundles[backend] ? backend : 'tintuc';
      // The first visit's bundle, which pages this worker controls run
      // too (web/boot.js): from the HTTP cache it filled, not downloaded
      // again.
      const files = [BUILD.bundles[name]].filter(Boolean).flatMap((b) => [b.js, b.wasm]);
      await Promise.all(files.map((u) => assets.handle({ event: e, request: new Request(u) })));
    })().catch(() => {}),
  );
});

// A new release waits until the reader says so ("Tải lại"); the first one
// takes the open pages at once. Then older builds' bundles go.
self.addEventListener('activate', (e) =>
  e.waitUntil(
    caches.open('tintuc-assets').then(async (c) => {
      for (const k of await c.keys()) if (!bundleFiles.has(new URL(k.url).pathname)) await c.delete(k);
      // A kept page loads the bundles of the release it came with.
      await caches.delete(PAGES);
    }),
  ),
);
clientsClaim();

// What the page asks for (boot.js's tt.post): take over now; keep an
// article's answers and photos; keep only the articles still saved.
self.addEventListener('message', (e) => {
  const m = e.data || {};
  if (m.type === 'SKIP_WAITING') self.skipWaiting();
  // A save answers on its port whether it was kept: the page says so.
  else if (m.type === 'tt-save')
    e.waitUntil(
      save(m.slug, m.urls || [], m.images || [])
        .then(() => true, () => false)
        .then((ok) => e.ports[0] && e.ports[0].postMessage({ ok })),
    );
  else if (m.type === 'tt-keep') e.waitUntil(keep(m.slugs || []).catch(() => {}));
});

async function index(cache) {
  const r = await cache.match(SAVED_INDEX);
  return r ? r.json() : {};
}

const json = (v) => new Response(JSON.stringify(v), { headers: { 'content-type': 'application/json' } });

/** Keeps `slug`'s backend answers (`urls`) and photos (`images`): the copies
 * already here, or fetched now. */
async function save(slug, urls, images) {
  const cache = await caches.open(SAVED);
  const all = [];
  for (const [list, init] of [[urls, { headers: { Accept: 'application/json' } }], [images, { mode: 'cors', credentials: 'omit' }]]) {
    for (const u of list) {
      const url = new URL(u, location.href).href;
      all.push(url);
      if (await cache.match(url, ANY)) continue;
      let r = await caches.match(url, ANY);
      if (!r) {
        const fresh = await fetch(url, init).catch(() => null);
        r = fresh && (await stamp.cacheWillUpdate({ response: fresh }));
      }
      // The article's answers are the save (a photo that could not be
      // fetched leaves it readable without that photo); a full storage
      // throws from put.
      if (r) await cache.put(url, r);
      else if (list === urls) throw new Error(`${url} could not be kept`);
    }
  }
  const i = await index(cache);
  i[slug] = all;
  await cache.put(SAVED_INDEX, json(i));
}

async function keep(slugs) {
  const cache = await caches.open(SAVED);
  const i = await index(cache);
  for (const s of Object.keys(i)) if (!slugs.includes(s)) delete i[s];
  const needed = new Set(Object.values(i).flat());
  for (const k of await cache.keys()) if (new URL(k.url).pathname !== SAVED_INDEX && !needed.has(k.url)) await cache.delete(k, ANY);
  await cache.put(SAVED_INDEX, json(i));
}
