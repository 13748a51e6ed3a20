// Offline reading's files of a release build, written once index.html and
// the bundles are final: DIST/offline.js (web/offline.js, the module
// boot.js loads once a page is idle), DIST/sw.js (web/sw.js with Workbox's
// modules, bundled by esbuild), with the build's own list in front of it
// (`self.__TT`):
//   - precache: index.html, the offline shell; offline.js and offline.css
//     (style/components/offline.css, which boot.js links for pages the
//     worker controls), each revisioned by its content. Nothing else: the
//     reader's bundle is the portal's backend's only (the worker picks it
//     from config.json at install: `bundles`), and the widget's files are
//     not the reader's;
//   - bundles: the reader's bundles by name (bundles.json);
//   - caps: what the caches may hold.
import fs from 'node:fs';
import path from 'node:path';
import { offlineModule, serviceWorker } from './web.mjs';
import { put, sha } from './util.mjs';

export const CAPS = {
  // Seconds the network has before a copy is shown instead.
  networkTimeout: 3,
  // Seconds a page's HTML may take before the offline shell is shown.
  navigationTimeout: 10,
  // The backend's answers: an article is two or three (the article, its
  // other news; WordPress's ids), so about 200 articles and the lists.
  api: { entries: 600, bytes: 15_000_000 },
  images: { entries: 300, bytes: 40_000_000 },
  // The server's pages as they came (about 60 KB each, 15 KB brotli).
  pages: { entries: 100, bytes: 10_000_000 },
};

/** The precache list: index.html, offline.js and offline.css, by their content. */
export function precacheList(dist) {
  return ['index.html', 'offline.js', 'offline.css']
    .filter((f) => fs.existsSync(path.join(dist, f)))
    .map((f) => ({ url: `/${f}`, revision: sha(fs.readFileSync(path.join(dist, f))).slice(0, 16) }));
}

/** Writes DIST/offline.js and DIST/sw.js (with other `caps`, for tests);
 * returns the worker's size and its list. */
export function writeOffline(dist, caps = {}) {
  put(dist, 'offline.js', offlineModule());
  const bundlesFile = path.join(dist, 'bundles.json');
  const bundles = fs.existsSync(bundlesFile) ? JSON.parse(fs.readFileSync(bundlesFile, 'utf8')) : {};
  const merged = { ...CAPS, ...caps, api: { ...CAPS.api, ...caps.api }, images: { ...CAPS.images, ...caps.images }, pages: { ...CAPS.pages, ...caps.pages } };
  const build = { precache: precacheList(dist), bundles, caps: merged };
  const sw = serviceWorker(build);
  put(dist, 'sw.js', sw);
  return { bytes: Buffer.byteLength(sw), build };
}
