// The build's JavaScript and CSS, through esbuild: the facts the scripts
// import (from Rust: `xtask facts`), the stylesheet and the boot script
// index.html inlines, the module loader, the offline module, the service
// worker and the partner widget's loader.
import { buildSync, transformSync } from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { xtask } from './rust.mjs';
import { GEN, ROOT } from './util.mjs';

/** target/gen/facts.js (and index.html's meta.html, noscript.html),
 * written by the Rust side from the sources that define each fact. */
export function writeFacts() {
  xtask(['facts', GEN]);
}

/** esbuild's bundle of `entry` (a path from the root; null with
 * `options.stdin`) as text. */
export function bundle(entry, options = {}) {
  return buildSync({
    ...(entry ? { entryPoints: [path.join(ROOT, entry)] } : {}),
    bundle: true,
    minify: true,
    target: 'es2020',
    legalComments: 'none',
    write: false,
    logLevel: 'warning',
    ...options,
  }).outputFiles[0].text;
}

/** Minified JavaScript of `code` (esbuild, no bundling). */
export const minify = (code, options = {}) => transformSync(code, { minify: true, target: 'es2020', ...options }).code;

/** What index.html inlines (target/gen/): the stylesheet and the boot
 * script, with `bundles` (name → {js, wasm}) written into it; a development
 * build (Trunk) has none, and loads its one bundle itself. */
export function writeInlined(bundles = null) {
  fs.mkdirSync(GEN, { recursive: true });
  fs.writeFileSync(path.join(GEN, 'app.css'), bundle('style/main.css'));
  fs.writeFileSync(path.join(GEN, 'boot.js'), bootScript(bundles));
}

/** web/boot.js, bundled with its facts, `bundles` in place. */
export function bootScript(bundles = null) {
  return bundle('web/boot.js', { format: 'iife', define: { __TT_BUNDLES__: JSON.stringify(bundles) } }).trim();
}

/** The release's module script: web/loader.js (it awaits at its top). */
export const loaderScript = () => minify(fs.readFileSync(path.join(ROOT, 'web/loader.js'), 'utf8'), { format: 'esm', target: 'es2022' }).trim();

/** DIST/offline.js: the offline module (an ES module, loaded by boot.js). */
export const offlineModule = () => bundle('web/offline.js', { format: 'esm' });

/** DIST/sw.js: the service worker with Workbox, `build` (its precache
 * list, bundles and caps) in front as `self.__TT`. */
export function serviceWorker(build) {
  return bundle('web/sw.js', {
    format: 'iife',
    // Workbox's development logging goes.
    define: { 'process.env.NODE_ENV': '"production"' },
    banner: { js: `self.__TT=${JSON.stringify(build)};` },
  });
}
