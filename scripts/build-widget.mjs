// Builds the partner widget (widget/): its own WASM bundle, without the
// reader's router and pages, once per backend as the reader is (the widget
// crate's cargo features `contract` and `wordpress`, passed on to the
// `tintuc` crate: neither build carries the other's adapter), into
// target/widget-dist/, which index.html copies into the portal's dist:
//   widget.js                      the loader partners include (stable URL):
//                                  it reads the portal's config.json and
//                                  loads the build its `backend` names
//   widget/tintuc-widget-<hash>.js the wasm-bindgen glue, minified, and
//   widget/tintuc-widget-<hash>_bg.wasm           its WASM (tintuc's contract)
//   widget/tintuc-widget-wordpress-<hash>.js      the same for WordPress
//   widget/tintuc-widget-wordpress-<hash>_bg.wasm
//   widget/widget-<hash>.js        the same loader, one version (immutable),
//                                  for snippets with Subresource Integrity
//   widget.json                    that file's path and integrity (sha384),
//                                  for the snippet builder (/nhung)
//   embed.js                       optional iframe auto-sizer
//   tin-nhung/index.html           the iframe embed page (not under /nhung,
//                                  the builder's route: a directory there
//                                  makes nginx's try_files answer /nhung with 403)
//
// A step of its own: `./tasks widget`, and a Trunk pre_build hook (so every
// `trunk build` and every `trunk serve` rebuild; Trunk.toml watches widget/).
// It does nothing when nothing it is built from changed: a hash of its inputs
// (INPUTS below, the toolchain's version) is kept beside the output. When the
// inputs changed but cargo's .wasm of a build did not (a comment, a
// reader-only change of the lib), its wasm-bindgen and wasm-opt are skipped.
//
//   node scripts/build-widget.mjs [--force]
import { buildSync, transformSync } from 'esbuild';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import crypto from 'node:crypto';
import { inputsHash, readStamp, sha } from './lib/stamp.mjs';
import { emptyTableEntries, streamsEntry } from './lib/dead-table.mjs';
import { STREAM_CLASSES, STREAM_EXPORTS, dropExports, dropGlueClasses } from './lib/unused-exports.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// Cargo's output may be shared (bench builds a baseline with this tree's
// CARGO_TARGET_DIR); what this tree's index.html copies, and the
// wasm-bindgen output the stamp vouches for, are this tree's own.
const target = process.env.CARGO_TARGET_DIR || path.join(root, 'target');
const pkgRoot = path.join(root, 'target/widget-pkg');
const out = path.join(root, 'target/widget-dist');
const stampFile = path.join(out, '.inputs.json');
const force = process.argv.includes('--force');

/** What the output is made from: the widget crate and its assets, the
 * `tintuc` lib crate it depends on, the lockfiles, this script. Not the
 * widget's native tests, not the reader's binary (src/main.rs). */
const INPUTS = ['widget', 'src', 'Cargo.toml', 'Cargo.lock', 'build.rs', 'package-lock.json', 'scripts/build-widget.mjs', 'scripts/lib/unused-exports.mjs', 'scripts/lib/dead-table.mjs', 'scripts/lib/leb128.mjs'];
const IGNORED = new Set(['widget/tests', 'src/main.rs']);

const log = (...m) => console.error('[widget]', ...m);
const run = (cmd, args) => execFileSync(cmd, args, { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
const bin = (name) => {
  const local = path.join(root, 'node_modules/.bin', name);
  return fs.existsSync(local) ? local : name;
};

/** The files the last build wrote, all present. */
function outputComplete(stamp) {
  return (stamp.files || []).length > 0 && stamp.files.every((f) => fs.existsSync(path.join(out, f)));
}

const stamp = readStamp(stampFile);
const inputs = inputsHash(root, INPUTS, IGNORED);
if (!force && stamp.inputs === inputs && outputComplete(stamp)) {
  log('up to date (no input changed)');
  process.exit(0);
}

/** The builds, by the backend config.json names: the cargo feature, and
 * the files' name. */
const BUILDS = {
  tintuc: { feature: 'contract', name: 'tintuc-widget' },
  wordpress: { feature: 'wordpress', name: 'tintuc-widget-wordpress' },
};

/** What turns cargo's .wasm into a build's files. */
const PIPELINE = ['scripts/build-widget.mjs', 'scripts/lib/unused-exports.mjs', 'scripts/lib/dead-table.mjs', 'scripts/lib/leb128.mjs'];

const started = Date.now();
const files = {};
const built = {};
const wasmHashes = {};
for (const [backend, { feature, name }] of Object.entries(BUILDS)) {
  run('cargo', ['build', '-p', 'tintuc-widget', '--release', '--target', 'wasm32-unknown-unknown', '--no-default-features', '--features', feature]);
  const rawFile = path.join(target, 'wasm32-unknown-unknown/release/tintuc_widget.wasm');
  // cargo's .wasm, and what is done to it after (this script and its lib).
  const rawHash = sha(fs.readFileSync(rawFile), ...PIPELINE.map((f) => fs.readFileSync(path.join(root, f))));
  wasmHashes[backend] = rawHash;
  const pkg = path.join(pkgRoot, backend);
  const pkgWasm = path.join(pkg, `${name}_bg.wasm`);
  const pkgGlue = path.join(pkg, `${name}.js`);
  if (!force && (stamp.wasm || {})[backend] === rawHash && fs.existsSync(pkgWasm) && fs.existsSync(pkgGlue)) {
    log(`${backend}: cargo's .wasm is unchanged: wasm-bindgen and wasm-opt skipped`);
  } else {
    fs.rmSync(pkg, { recursive: true, force: true });
    run('wasm-bindgen', [rawFile, '--target', 'web', '--out-dir', pkg, '--out-name', name, '--no-typescript']);
    // wasm-streams's exports (Leptos's, unused here) out first, so
    // wasm-opt drops what they kept (scripts/lib/unused-exports.mjs).
    // And the table entries only they reached (scripts/lib/dead-table.mjs).
    const { wasm: pruned } = emptyTableEntries(dropExports(fs.readFileSync(pkgWasm), STREAM_EXPORTS), streamsEntry);
    fs.writeFileSync(pkgWasm, pruned);
    // --converge: -Oz again while it still shrinks (~250 B brotli, measured).
    // --low-memory-unused as the reader's: about 300 B brotli less.
    run(bin('wasm-opt'), ['-Oz', '--converge', '--low-memory-unused', pkgWasm, '-o', pkgWasm]);
  }
  const wasm = fs.readFileSync(pkgWasm);
  const glue = transformSync(dropGlueClasses(fs.readFileSync(pkgGlue, 'utf8'), STREAM_CLASSES), { minify: true, format: 'esm', target: 'es2020' }).code;
  const hash = sha(wasm, glue).slice(0, 16);
  files[`widget/${name}-${hash}_bg.wasm`] = wasm;
  files[`widget/${name}-${hash}.js`] = glue;
  built[backend] = { js: `widget/${name}-${hash}.js`, wasm: `widget/${name}-${hash}_bg.wasm` };
}

const css = buildSync({ entryPoints: [path.join(root, 'widget/widget.css')], minify: true, write: false, logLevel: 'warning' }).outputFiles[0].text;
/** Subresource Integrity of `content`, as browsers check it. */
const integrity = (content) => `sha384-${crypto.createHash('sha384').update(content).digest('base64')}`;
/** The loader, for a file at `dir` ('' or 'widget/'): the builds named from
 * there, with their integrity. */
const loader = (dir) => {
  const from = (p) => (dir ? p.slice('widget/'.length) : p);
  const builds = Object.fromEntries(
    // Integrity in the pinned copy only: the plain one comes from the same
    // portal as the files it loads, and would only carry 4 × 71 bytes more.
    Object.entries(built).map(([b, f]) => [b, dir ? { js: from(f.js), wasm: from(f.wasm), jsSri: integrity(files[f.js]), wasmSri: integrity(files[f.wasm]) } : { js: f.js, wasm: f.wasm }]),
  );
  return transformSync(
    fs
      .readFileSync(path.join(root, 'widget/loader.js'), 'utf8')
      .replaceAll('__PORTAL__', dir ? '../' : './')
      .replaceAll('__PINNED__', dir ? 'true' : 'false')
      .replaceAll('__BUILDS__', () => JSON.stringify(builds))
      // A function, so a `$` in the CSS is not read as a replacement pattern.
      .replaceAll('__CSS__', () => JSON.stringify(css.trim())),
    { minify: true, target: 'es2020' },
  ).code;
};
files['widget.js'] = loader('');
// The pinned one: named by its content, never changed once written.
const pinned = loader('widget/');
const pinnedName = `widget/widget-${sha(pinned).slice(0, 16)}.js`;
files[pinnedName] = pinned;
files['widget.json'] = `${JSON.stringify({ src: pinnedName, integrity: integrity(pinned) })}\n`;
files['embed.js'] = transformSync(fs.readFileSync(path.join(root, 'widget/embed.js'), 'utf8'), { minify: true, target: 'es2020' }).code;
files['tin-nhung/index.html'] = fs.readFileSync(path.join(root, 'widget/embed.html'));

fs.rmSync(out, { recursive: true, force: true });
for (const [name, content] of Object.entries(files)) {
  fs.mkdirSync(path.dirname(path.join(out, name)), { recursive: true });
  fs.writeFileSync(path.join(out, name), content);
}
// Last: a build that failed half-way leaves no stamp, so the next one runs.
fs.writeFileSync(stampFile, JSON.stringify({ inputs, wasm: wasmHashes, builds: built, files: Object.keys(files) }, null, 2));
log(`built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
