// The Rust programs the build runs, and the servers: one cargo build, in
// profile `server` (optimised; a panic ends one request), of the server,
// the demo backend and xtask. Built together they share one feature set,
// so every dependency compiles once: xtask (the facts, the nginx
// includes) costs a fresh machine one small crate, not a build of its own.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { ROOT, TARGET, run } from './util.mjs';

export const PACKAGES = ['tintuc-server', 'tintuc-demo-backend', 'tintuc-xtask'];

let built = false;

/** Builds the server, the demo backend and xtask (target/server/), once
 * per process. */
export function buildRust() {
  if (built) return;
  run('cargo', ['build', '--profile', 'server', ...PACKAGES.flatMap((p) => ['-p', p])]);
  built = true;
}

/** Runs `xtask ARGS…` (after building it); its standard output, as text. */
export function xtask(args) {
  buildRust();
  return execFileSync(path.join(TARGET, 'server', 'xtask'), args, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
}
