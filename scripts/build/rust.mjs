// The Rust programs the build runs, and the servers: one cargo build, in
// profile `server` (optimised; a panic ends one request), of the server,
// the demo backend and xtask. Built together they share one feature set,
// so every dependency compiles once: xtask (the facts, wasm-bindgen's
// glue, the nginx includes) costs a fresh machine a few crates, not a
// build of its own, nor an install of the wasm-bindgen CLI.
import { execFile, execFileSync, spawn } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { ROOT, TARGET } from './util.mjs';

export const PACKAGES = ['tintuc-server', 'tintuc-demo-backend', 'tintuc-xtask'];
const ARGS = ['build', '--profile', 'server', ...PACKAGES.flatMap((p) => ['-p', p])];
const XTASK = path.join(TARGET, 'server', 'xtask');

let building;
let built = false;

/** Builds the server, the demo backend and xtask (target/server/) in the
 * background, once per process: resolves when they are built. The build's
 * WASM bundles compile meanwhile (cargo keeps the two apart). */
export function buildRust() {
  building ||= new Promise((resolve, reject) => {
    const child = spawn('cargo', ARGS, { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
    child.on('error', reject);
    child.on('exit', (code) => {
      built = code === 0;
      if (built) resolve();
      else reject(new Error(`cargo ${ARGS.join(' ')} failed`));
    });
  });
  return building;
}

/** Runs `xtask ARGS…` and waits (building it first, if this process has not):
 * its standard output, as text. For tests and the build's short steps. */
export function xtask(args) {
  if (!built) {
    execFileSync('cargo', ARGS, { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
    built = true;
  }
  return execFileSync(XTASK, args, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
}

/** `xtask ARGS…` once buildRust() has built it, in the background: its
 * standard output. */
export async function xtaskAsync(args) {
  await buildRust();
  try {
    return (await promisify(execFile)(XTASK, args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 << 20 })).stdout;
  } catch (e) {
    throw new Error(`xtask ${args[0]} failed: ${e.stderr || e.message}`);
  }
}
