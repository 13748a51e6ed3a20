// The reader's service worker for a release build (scripts/postbuild.mjs
// runs it after the bundles and the manifest are written, before the CSP
// and the precompression): web/sw.js with Workbox's modules (workbox-core,
// -routing, -strategies, -precaching, -expiration, from npm) bundled and
// minified by esbuild into DIST/sw.js, with the build's own file list in
// front of it (`self.__TT`):
//   - precache: index.html, the offline shell; offline.js (web/offline.js,
//     minified here first: the module boot.js loads once a page is idle)
//     and offline.css (style/components/offline.css, which boot.js links
//     for pages the worker controls), each revisioned by its content.
//     Nothing else: the reader's bundle is the portal's backend's one only
//     (the worker picks it from config.json at install: bundles), and the
//     widget's files are not the reader's;
//   - bundles: bundles.json (scripts/build-variants.mjs);
//   - caps: what the caches may hold.
//
//   node scripts/service-worker.mjs DIST [--caps JSON]
//
// (--caps: other caps, e.g. small ones for the tests; merged into CAPS.)
import { buildSync } from 'esbuild';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export const CAPS = {
  // Seconds the network has before a copy is shown instead.
  networkTimeout: 3,
  // Seconds a page's HTML may take before the offline shell is shown.
  navigationTimeout: 10,
  // The backend's answers: an article is two or three (the article, its
  // other news; WordPress's ids), so about 200 articles and the lists.
  api: { entries: 600, bytes: 15_000_000 },
  images: { entries: 300, bytes: 40_000_000 },
};

/** The precache list: index.html, offline.js and offline.css, by their content. */
export function precacheList(dist) {
  return ['index.html', 'offline.js', 'offline.css']
    .filter((f) => fs.existsSync(path.join(dist, f)))
    .map((f) => ({ url: `/${f}`, revision: crypto.createHash('sha256').update(fs.readFileSync(path.join(dist, f))).digest('hex').slice(0, 16) }));
}

/** Bundles and minifies `web/<name>` into DIST/<name>, with esbuild's
 * `options` for it; returns its size. */
function bundleWeb(dist, name, options) {
  const out = path.join(dist, name);
  buildSync({
    entryPoints: [path.join(root, 'web', name)],
    bundle: true,
    minify: true,
    target: 'es2020',
    legalComments: 'none',
    outfile: out,
    logLevel: 'warning',
    ...options,
  });
  return fs.statSync(out).size;
}

/** Writes DIST/offline.js (web/offline.js minified; the page's side). */
export function buildOfflineModule(dist) {
  return bundleWeb(dist, 'offline.js', { format: 'esm' });
}

/** Writes DIST/offline.js and DIST/sw.js; returns the worker's size and
 * what it precaches. */
export function buildServiceWorker(dist, caps = {}) {
  buildOfflineModule(dist);
  const bundlesFile = path.join(dist, 'bundles.json');
  const bundles = fs.existsSync(bundlesFile) ? JSON.parse(fs.readFileSync(bundlesFile, 'utf8')) : {};
  const merged = { ...CAPS, ...caps, api: { ...CAPS.api, ...caps.api }, images: { ...CAPS.images, ...caps.images } };
  const build = { precache: precacheList(dist), bundles, caps: merged };
  const bytes = bundleWeb(dist, 'sw.js', {
    format: 'iife',
    // Workbox's development logging goes.
    define: { 'process.env.NODE_ENV': '"production"' },
    banner: { js: `self.__TT=${JSON.stringify(build)};` },
  });
  return { bytes, build };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const dist = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--caps');
  if (!dist) {
    console.error('usage: node scripts/service-worker.mjs DIST [--caps JSON]');
    process.exit(2);
  }
  const caps = args.includes('--caps') ? JSON.parse(args[args.indexOf('--caps') + 1]) : {};
  const { bytes } = buildServiceWorker(dist, caps);
  console.log(`${path.join(dist, 'sw.js')}: ${bytes} bytes`);
}
