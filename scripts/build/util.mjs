// What every stage of the build shares: where things are, running a tool,
// hashing, logging.
import crypto from 'node:crypto';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** cargo's output (a benchmark may share one between two trees). */
export const TARGET = process.env.CARGO_TARGET_DIR || path.join(ROOT, 'target');
/** What the build generates before it bundles (facts, CSS, the boot script). */
export const GEN = path.join(ROOT, 'target/gen');

export const log = (...m) => console.error('[build]', ...m);

export const sha = (...parts) => parts.reduce((h, p) => h.update(p), crypto.createHash('sha256')).digest('hex');

/** A tool from node_modules/.bin, else from PATH. */
export function bin(name) {
  const local = path.join(ROOT, 'node_modules/.bin', name);
  return fs.existsSync(local) ? local : name;
}

/** Runs `cmd` in the repository, its output shown; throws when it fails. */
export function run(cmd, args, options = {}) {
  execFileSync(cmd, args, { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'], ...options });
}

/** Writes `content` to DIST/`name`, making its directory. */
export function put(dist, name, content) {
  const file = path.join(dist, name);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content);
  return file;
}
