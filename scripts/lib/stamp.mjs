// What a build step is made from, as one hash: the files under `inputs`
// (paths from the repository's root; `ignored` left out) and the Rust
// toolchain's version. A step keeps it beside its output and skips its work
// when it is unchanged (scripts/build-widget.mjs, scripts/build-variants.mjs).
import crypto from 'node:crypto';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export const sha = (...parts) => parts.reduce((h, p) => h.update(p), crypto.createHash('sha256')).digest('hex');

export function inputsHash(root, inputs, ignored = new Set()) {
  const filesOf = (rel) => {
    if (ignored.has(rel)) return [];
    const abs = path.join(root, rel);
    if (!fs.existsSync(abs)) return [];
    if (!fs.statSync(abs).isDirectory()) return [rel];
    return fs
      .readdirSync(abs)
      .sort()
      .flatMap((name) => filesOf(path.posix.join(rel, name)));
  };
  const h = crypto.createHash('sha256');
  for (const f of inputs.flatMap(filesOf)) h.update(`${f}\0`).update(fs.readFileSync(path.join(root, f))).update('\0');
  h.update(execFileSync('rustc', ['-vV'], { encoding: 'utf8' }));
  h.update(`RUSTFLAGS=${process.env.RUSTFLAGS || ''}`);
  return h.digest('hex');
}

/** The stamp at `file`, or `{}`. */
export function readStamp(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return {};
  }
}
