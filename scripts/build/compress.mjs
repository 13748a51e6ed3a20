// The .br (brotli -q 11) and .gz (gzip -9) sibling of every text and WASM
// file of a build: the server (tintuc-server), the demo backend's static
// mode and nginx (deploy/nginx/) send them as they are.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const TEXT = /\.(html|js|wasm|css|json|svg|webmanifest)$/;

/** Writes the siblings of every such file under `dir`. */
export function precompress(dir) {
  for (const f of fs.readdirSync(dir)) {
    const p = path.join(dir, f);
    if (fs.statSync(p).isDirectory()) precompress(p);
    else if (TEXT.test(f)) precompressFile(p);
  }
}

/** Writes a file's .br and .gz siblings. */
export function precompressFile(p) {
  fs.writeFileSync(`${p}.br`, execFileSync('brotli', ['-q', '11', '-c', p], { maxBuffer: 1 << 30 }));
  fs.writeFileSync(`${p}.gz`, execFileSync('gzip', ['-9', '-n', '-c', p], { maxBuffer: 1 << 30 }));
}
