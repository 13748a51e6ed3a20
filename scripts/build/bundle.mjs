// Builds one row of the bundle table (./table.mjs): cargo, wasm-bindgen,
// wasm-opt, the glue through esbuild, files named by their content. The
// same function for every bundle, the reader's and the widget's.
//
// cargo decides what to recompile; the rest is skipped when neither
// cargo's .wasm nor anything done to it changed (a key kept beside the
// output in target/bundles/NAME/). The rows' cargo builds run one after
// another (they share cargo's lock); each row's wasm-bindgen (xtask's,
// built with the servers: ./rust.mjs) and wasm-opt run while the next row
// compiles.
import { buildSync } from 'esbuild';
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import fs from 'node:fs';
import path from 'node:path';
import { xtaskAsync } from './rust.mjs';
import { WASM_OPT } from './table.mjs';
import { ROOT, TARGET, bin, log, run, sha } from './util.mjs';

const WORK = path.join(ROOT, 'target/bundles');

/** rustc's flags for every bundle: the linker that leaves out what no
 * bundle exports (./wasm-ld; a --cfg with its hash, so a change of it
 * links again), and bytes that don't depend on where the build runs (the
 * paths in panic locations from the crate and the registry, not the build
 * user's directories). */
let flags;
function rustflags() {
  if (flags) return flags;
  // The registry's crates first (a fresh machine has none yet): the
  // directories below must exist, or the flags, and the bytes, would
  // differ from the next build's.
  run('cargo', ['fetch', '--target', 'wasm32-unknown-unknown']);
  const home = process.env.CARGO_HOME || path.join(process.env.HOME || '/root', '.cargo');
  const ld = path.join(ROOT, 'scripts/build/wasm-ld');
  // (The last prefix that matches a path wins: the registries' own last.)
  const registries = path.join(home, 'registry/src');
  const crates = fs.existsSync(registries) ? fs.readdirSync(registries).map((d) => `--remap-path-prefix=${path.join(registries, d)}=/crates`) : [];
  flags = [
    `-Clinker=${ld}`,
    `--cfg=tintuc_ld="${sha(fs.readFileSync(ld)).slice(0, 12)}"`,
    `--remap-path-prefix=${ROOT}=/tintuc`,
    `--remap-path-prefix=${home}=/cargo`,
    ...crates,
  ].join('\x1f');
  return flags;
}

/** The tools' versions and this pipeline's code: a change of any rebuilds.
 * (wasm-bindgen's is xtask's, whose version Cargo.lock holds.) */
let pipeline;
function pipelineKey() {
  const lock = fs.readFileSync(path.join(ROOT, 'Cargo.lock'), 'utf8');
  pipeline ||= sha(
    lock.match(/name = "wasm-bindgen-cli-support"\nversion = "[^"]+"/)?.[0] || 'no wasm-bindgen-cli-support',
    execFileSync(bin('wasm-opt'), ['--version']),
    ...['bundle.mjs', 'table.mjs', 'util.mjs', 'wasm-ld'].map((f) => fs.readFileSync(path.join(ROOT, 'scripts/build', f))),
  );
  return pipeline;
}

/** cargo's build of `row`: the path of its .wasm. */
function cargo(row) {
  const args = ['build', '--release', '--target', 'wasm32-unknown-unknown', '-p', row.crate];
  if (row.bin) args.push('--bin', row.bin);
  args.push('--no-default-features', '--features', row.features.join(','));
  // At a lower priority than the servers' build beside it (./rust.mjs):
  // every bundle's wasm-bindgen waits for that one, so it goes first, and
  // this one takes the cores it leaves idle (its crates' serial stretches).
  run('nice', ['-n', '10', 'cargo', ...args], { env: { ...process.env, CARGO_ENCODED_RUSTFLAGS: rustflags() } });
  const file = (row.bin || row.crate).replaceAll('-', '_');
  return path.join(TARGET, 'wasm32-unknown-unknown/release', `${file}.wasm`);
}

/** Runs a tool in the background; rejects with its output when it fails. */
const runAsync = (cmd, args) =>
  promisify(execFile)(cmd, args, { cwd: ROOT, maxBuffer: 64 << 20 }).catch((e) => {
    throw new Error(`${path.basename(cmd)} failed: ${e.stderr || e.message}`);
  });

/** wasm-bindgen's glue and WASM for `wasm` (a copy of cargo's: the next
 * row's build may write cargo's while this runs), optimised: [glue, wasm]. */
async function finish(row, wasm, dir) {
  const pkg = path.join(dir, 'pkg');
  fs.rmSync(pkg, { recursive: true, force: true });
  await xtaskAsync(['bindgen', wasm, pkg, row.stem]);
  const out = path.join(pkg, `${row.stem}_bg.wasm`);
  await runAsync(bin('wasm-opt'), [out, ...WASM_OPT, '-o', out]);
  // The glue through esbuild from a module that re-exports only what the
  // bundle's users call.
  const names = ['default', ...(row.exports || [])];
  const glue = buildSync({
    stdin: { contents: `export { ${names.join(', ')} } from './${row.stem}.js';`, resolveDir: pkg, loader: 'js' },
    bundle: true,
    format: 'esm',
    minify: true,
    target: 'es2020',
    legalComments: 'none',
    write: false,
    logLevel: 'warning',
  }).outputFiles[0].contents;
  return [Buffer.from(glue), fs.readFileSync(out)];
}

/** Builds every row of `rows` (or takes its last build when nothing
 * changed), the next row's cargo build beside this one's wasm-bindgen and
 * wasm-opt; resolves to `[{ row, files: {js, wasm} (paths in the dist),
 * bytes: {path: Buffer} }]`. */
export async function buildBundles(rows) {
  const done = [];
  for (const row of rows) {
    const wasm = cargo(row);
    const started = Date.now();
    done.push(finishBundle(row, fs.readFileSync(wasm), started));
    // Reported by Promise.all below (not an unhandled rejection meanwhile).
    done.at(-1).catch(() => {});
  }
  return Promise.all(done);
}

async function finishBundle(row, compiled, started) {
  const dir = path.join(WORK, row.name);
  const stampFile = path.join(dir, 'stamp.json');
  fs.mkdirSync(dir, { recursive: true });
  const key = sha(compiled, JSON.stringify(row), pipelineKey());
  let stamp = {};
  try {
    stamp = JSON.parse(fs.readFileSync(stampFile, 'utf8'));
  } catch {}
  const ready = stamp.key === key && Object.values(stamp.files || {}).every((f) => fs.existsSync(path.join(dir, path.basename(f))));
  if (!ready) {
    const wasmCopy = path.join(dir, 'cargo-out.wasm');
    fs.writeFileSync(wasmCopy, compiled);
    const [glue, opt] = await finish(row, wasmCopy, dir);
    fs.rmSync(wasmCopy, { force: true });
    const hash = sha(opt, glue).slice(0, 16);
    const files = { js: `${row.dir}${row.stem}-${hash}.js`, wasm: `${row.dir}${row.stem}-${hash}_bg.wasm` };
    for (const f of fs.readdirSync(dir).filter((f) => f !== 'pkg')) fs.rmSync(path.join(dir, f), { force: true });
    fs.writeFileSync(path.join(dir, path.basename(files.js)), glue);
    fs.writeFileSync(path.join(dir, path.basename(files.wasm)), opt);
    fs.rmSync(path.join(dir, 'pkg'), { recursive: true, force: true });
    // Last: a build that failed half-way leaves no stamp.
    fs.writeFileSync(stampFile, JSON.stringify({ key, files }, null, 2));
    log(`${row.name}: built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    stamp = { key, files };
  } else {
    log(`${row.name}: up to date`);
  }
  const bytes = Object.fromEntries(Object.values(stamp.files).map((f) => [f, fs.readFileSync(path.join(dir, path.basename(f)))]));
  return { row, files: stamp.files, bytes };
}
