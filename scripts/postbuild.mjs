// Trunk post_build hook (and the benchmark): minifies wasm-bindgen's JS glue
// in a release build. Trunk's own minifier leaves this file unchanged.
import { transformSync } from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';

const dir = process.argv[2] || process.env.TRUNK_STAGING_DIR;
if (process.argv[2] || process.env.TRUNK_PROFILE === 'release') {
  for (const f of fs.readdirSync(dir).filter((f) => /^tintuc-[0-9a-f]+\.js$/.test(f))) {
    const p = path.join(dir, f);
    const src = fs.readFileSync(p, 'utf8');
    const { code } = transformSync(src, { minify: true, format: 'esm', target: 'es2020' });
    fs.writeFileSync(p, code);
  }
}
