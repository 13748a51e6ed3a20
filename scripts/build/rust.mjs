// The Rust programs the build runs, and the servers, as two cargo builds
// that run at once (cargo keeps them apart: each profile its own folder):
//   - xtask (the facts, wasm-bindgen's glue, the nginx includes), profile
//     `xtask`: unoptimised, no LTO. It runs for seconds a build (its
//     wasm-bindgen: ~1.5 s a reader bundle, 0.3 s optimised), and built
//     so it costs a fresh machine ~115 s of CPU instead of ~280 s inside
//     the servers' LTO build (measured on 2 cores); so every bundle's
//     wasm-bindgen, which waits for it, starts sooner.
//   - the server and the demo backend, profile `server` (optimised; a
//     panic ends one request): built together they share one feature set,
//     so every dependency compiles once.
import { execFile, execFileSync, spawn } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { ROOT, TARGET } from './util.mjs';

const SERVERS = ['build', '--profile', 'server', '-p', 'tintuc-server', '-p', 'tintuc-demo-backend'];
const XTASK_BUILD = ['build', '--profile', 'xtask', '-p', 'tintuc-xtask'];
const XTASK = path.join(TARGET, 'xtask', 'xtask');

/** `cargo ARGS` in the background, once per process: resolves when it is built. */
function once(args, built = () => {}) {
  let building;
  return () =>
    (building ||= new Promise((resolve, reject) => {
      const child = spawn('cargo', args, { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
      child.on('error', reject);
      child.on('exit', (code) => {
        if (code !== 0) return reject(new Error(`cargo ${args.join(' ')} failed`));
        built();
        resolve();
      });
    }));
}

const buildServers = once(SERVERS);
let xtaskBuilt = false;
const buildXtask = once(XTASK_BUILD, () => (xtaskBuilt = true));

/** Builds xtask (target/xtask/), the server and the demo backend
 * (target/server/) in the background, once per process: resolves when
 * all are built. The build's WASM bundles compile meanwhile. */
export const buildRust = () => Promise.all([buildXtask(), buildServers()]);

/** Runs `xtask ARGS…` and waits (building it first, if this process has not):
 * its standard output, as text. For tests and the build's short steps. */
export function xtask(args) {
  if (!xtaskBuilt) {
    execFileSync('cargo', XTASK_BUILD, { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
    xtaskBuilt = true;
  }
  return execFileSync(XTASK, args, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
}

/** `xtask ARGS…` once it is built, in the background: its standard output. */
export async function xtaskAsync(args) {
  await buildXtask();
  try {
    return (await promisify(execFile)(XTASK, args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 << 20 })).stdout;
  } catch (e) {
    throw new Error(`xtask ${args[0]} failed: ${e.stderr || e.message}`);
  }
}
