// The reader once per backend, in a release build (called by
// scripts/postbuild.mjs in Trunk's staging dir). A portal reads either
// tintuc's contract or WordPress, never both, so neither bundle carries the
// other's code (the WordPress adapter is ~12 KB brotli). Trunk builds the
// contract's (index.html: data-cargo-features="contract"); this builds
// each bundle again (cargo finds Trunk's build fresh), as the partner
// widget's build does: cargo, wasm-bindgen, wasm-streams's unused exports
// and table entries out, wasm-opt -Oz, minified glue without wasm-streams's
// classes. And then:
//   - replaces Trunk's module script and preloads with web/loader.js, which
//     loads the bundle web/boot.js picked from config.json's `backend`;
//   - builds each backend's `-offline` bundle too (see BUNDLES);
//   - writes the bundles' table into boot.js (`__TT_BUNDLES__`) and into
//     bundles.json (the server reads it: it knows its backend and writes
//     the right preloads into each page itself).
// Skips its cargo/wasm-bindgen/wasm-opt work when none of its inputs
// changed (a stamp in target/variants/).
import { transformSync } from 'esbuild';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { emptyTableEntries, streamsEntry } from './lib/dead-table.mjs';
import { inputsHash, readStamp, sha } from './lib/stamp.mjs';
import { STREAM_CLASSES, STREAM_EXPORTS, dropExports, dropGlueClasses } from './lib/unused-exports.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const target = process.env.CARGO_TARGET_DIR || path.join(root, 'target');
const work = path.join(root, 'target/variants');
const log = (...m) => console.error('[variants]', ...m);
const run = (cmd, args) => execFileSync(cmd, args, { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
const bin = (name) => {
  const local = path.join(root, 'node_modules/.bin', name);
  return fs.existsSync(local) ? local : name;
};
// (The loader awaits at its top level, as Trunk's own module script does.)
const minify = (js, target = 'es2020') => transformSync(js, { minify: true, format: 'esm', target }).code;

/** The bundles: name → cargo features. `-offline`: the backend's bundle
 * with offline reading's part of the app (feature `offline`), which
 * web/boot.js picks for a page a service worker controls (the worker
 * fetched it after the first visit); a first visit takes the bundle
 * without it. Trunk's own build of the contract's bundle is replaced by
 * `tintuc` here: Trunk runs wasm-opt straight after wasm-bindgen, with no
 * room for the pruning below. */
const BUNDLES = { tintuc: 'contract', wordpress: 'wordpress', 'tintuc-offline': 'contract,offline', 'wordpress-offline': 'wordpress,offline' };
const INPUTS = [
  'src',
  'Cargo.toml',
  'Cargo.lock',
  'build.rs',
  'package-lock.json',
  'scripts/build-variants.mjs',
  'scripts/lib/dead-table.mjs',
  'scripts/lib/unused-exports.mjs',
  'scripts/lib/leb128.mjs',
];

/** Builds the bundle for `feature` (or takes it from the last build when
 * nothing changed): its glue and WASM, named by their hash. */
function bundle(name, feature) {
  const dir = path.join(work, name);
  const stampFile = path.join(dir, '.inputs.json');
  const stamp = readStamp(stampFile);
  const inputs = inputsHash(root, INPUTS);
  const ready = stamp.inputs === inputs && stamp.files && stamp.files.every((f) => fs.existsSync(path.join(dir, f)));
  if (!ready) {
    const started = Date.now();
    run('cargo', ['build', '--release', '--target', 'wasm32-unknown-unknown', '-p', 'tintuc', '--bin', 'tintuc', '--no-default-features', '--features', feature]);
    const pkg = path.join(dir, 'pkg');
    fs.rmSync(dir, { recursive: true, force: true });
    const stem = name === 'tintuc' ? 'tintuc' : `tintuc-${name}`;
    run('wasm-bindgen', [path.join(target, 'wasm32-unknown-unknown/release/tintuc.wasm'), '--target', 'web', '--out-dir', pkg, '--out-name', stem, '--no-typescript']);
    const wasmFile = path.join(pkg, `${stem}_bg.wasm`);
    // wasm-streams's exports (the browser transport reads bodies itself:
    // nothing turns a Rust stream into a JS one) and the table entries only
    // they reached, out before wasm-opt, as the partner widget's build does
    // (scripts/build-widget.mjs): 3.7 KB brotli of the contract's bundle.
    fs.writeFileSync(wasmFile, emptyTableEntries(dropExports(fs.readFileSync(wasmFile), STREAM_EXPORTS), streamsEntry).wasm);
    // As index.html asks Trunk to for its build.
    run(bin('wasm-opt'), ['-Oz', '--converge', '--low-memory-unused', wasmFile, '-o', wasmFile]);
    const wasm = fs.readFileSync(wasmFile);
    const glue = minify(dropGlueClasses(fs.readFileSync(path.join(pkg, `${stem}.js`), 'utf8'), STREAM_CLASSES));
    const hash = sha(wasm, glue).slice(0, 16);
    const files = [`${stem}-${hash}.js`, `${stem}-${hash}_bg.wasm`];
    fs.writeFileSync(path.join(dir, files[0]), glue);
    fs.writeFileSync(path.join(dir, files[1]), wasm);
    fs.rmSync(pkg, { recursive: true, force: true });
    fs.writeFileSync(stampFile, JSON.stringify({ inputs, files }, null, 2));
    log(`${name}: built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } else {
    log(`${name}: up to date`);
  }
  const files = readStamp(stampFile).files;
  return { files: files.map((f) => path.join(dir, f)), js: `/${files[0]}`, wasm: `/${files[1]}` };
}

/** Trunk's module script and preloads in `html`, and the bundle they name. */
function trunkBundle(html) {
  const script = html.match(/<script type="module">\s*import init, \* as bindings from '(\/[^']+\.js)';[\s\S]*?module_or_path: '(\/[^']+\.wasm)'[\s\S]*?<\/script>/);
  if (!script) throw new Error("index.html: Trunk's module script not found");
  const preloads = [...html.matchAll(/<link rel="(?:modulepreload|preload)" href="\/tintuc-[0-9a-f]+(?:_bg\.wasm|\.js)"[^>]*>/g)].map((m) => m[0]);
  return { script: script[0], js: script[1], wasm: script[2], preloads };
}

export function buildVariants(dist) {
  const index = path.join(dist, 'index.html');
  let html = fs.readFileSync(index, 'utf8');
  const trunk = trunkBundle(html);
  // Trunk's bundle goes (ours replaces it: BUNDLES).
  for (const f of [trunk.js, trunk.wasm]) fs.rmSync(path.join(dist, f), { force: true });
  const bundles = {};
  for (const [name, feature] of Object.entries(BUNDLES)) {
    const b = bundle(name, feature);
    for (const f of b.files) fs.copyFileSync(f, path.join(dist, path.basename(f)));
    bundles[name] = { js: b.js, wasm: b.wasm };
  }
  const loader = minify(fs.readFileSync(path.join(root, 'web/loader.js'), 'utf8'), 'es2022').trim();
  for (const p of trunk.preloads) html = html.replace(p, '');
  html = html.replace(trunk.script, () => `<script type="module">${loader}</script>`);
  const placeholder = /(["'])__TT_BUNDLES__\1/;
  if (!placeholder.test(html)) throw new Error('index.html: the boot script has no __TT_BUNDLES__ to fill');
  html = html.replace(placeholder, () => JSON.stringify(bundles));
  fs.writeFileSync(index, html);
  fs.writeFileSync(path.join(dist, 'bundles.json'), JSON.stringify(bundles, null, 2));
  log(`bundles: ${Object.entries(bundles).map(([k, b]) => `${k} ${b.wasm}`).join(', ')}`);
  return bundles;
}
