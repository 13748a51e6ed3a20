// Trunk post_build hook (and the benchmark): in a release build, minifies
// wasm-bindgen's JS glue (Trunk's own minifier leaves this file unchanged),
// builds the reader's other bundles (one per backend:
// scripts/build-variants.mjs), takes index.html's comments out
// (scripts/lib/strip-comments.mjs), writes the web app manifest and its icons
// (scripts/manifest.mjs) and the service worker (scripts/service-worker.mjs),
// writes the pages' Content-Security-Policy for
// nginx (csp/*.conf, from the inline scripts and styles of the finished
// index.html and the build's config.json: scripts/csp.mjs) and prints it,
// then writes .br/.gz siblings of every text and WASM file, which the server
// (tintuc-server), the demo backend's static mode and nginx (deploy/nginx/)
// send as they are.
import { transformSync } from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { buildVariants } from './build-variants.mjs';
import { stripComments } from './lib/strip-comments.mjs';
import { print, writePolicies } from './csp.mjs';
import { writeManifest } from './manifest.mjs';
import { buildServiceWorker } from './service-worker.mjs';
import { precompress } from './sizes.mjs';

const dir = process.argv[2] || process.env.TRUNK_STAGING_DIR;
// Every build (`trunk serve`'s too) has the manifest index.html names.
writeManifest(dir);
if (process.argv[2] || process.env.TRUNK_PROFILE === 'release') {
  for (const f of fs.readdirSync(dir).filter((f) => /^tintuc-[0-9a-f]+\.js$/.test(f))) {
    const p = path.join(dir, f);
    const src = fs.readFileSync(p, 'utf8');
    const { code } = transformSync(src, { minify: true, format: 'esm', target: 'es2020' });
    fs.writeFileSync(p, code);
  }
  buildVariants(dir);
  // Before the worker's precache revision and the policy's hashes.
  const index = path.join(dir, 'index.html');
  fs.writeFileSync(index, stripComments(fs.readFileSync(index, 'utf8')));
  // After the variants (bundles.json) and before the policy (index.html is
  // final by then either way).
  const sw = buildServiceWorker(dir);
  console.error(`[sw] sw.js: ${sw.bytes} bytes, precaches ${sw.build.precache.map((p) => p.url).join(', ')}`);
  // After the variants: they rewrite the inline module script.
  print(writePolicies(dir), console.error);
  precompress(dir);
}
