// tintuc's build: one program, its stages in order, each in its own file
// under scripts/build/. `./tasks build` and `./tasks serve` run it; Trunk
// (`./tasks serve --static`, development) runs its first stages as hooks.
//
//   node scripts/build.mjs [--dist DIR] [--backend NAME] [--check]
//       the release build into DIR (default target/dist-e2e): every bundle
//       of the table, or only those a portal on NAME needs first (its
//       reader and its widget: ./tasks serve); --check holds the bytes to
//       the table's budgets
//   node scripts/build.mjs --servers | --facts
//       the server, the demo backend and xtask (target/server/); and with
//       --facts, what xtask writes for the scripts (target/gen/)
//   node scripts/build.mjs --reconfigure DIR
//       after DIR/config.json was edited: what depends on it again (the
//       nginx includes with the policy, the manifest, config.json's .br/.gz)
//   node scripts/build.mjs --trunk-pre | --trunk-post
//       Trunk's hooks (Trunk.toml): what index.html inlines and copies
//       before it builds; the manifest after
//
// The stages of a release build:
//   1. bundles    every row of the bundle table (build/table.mjs), one
//                 function for all (build/bundle.mjs); the servers and
//                 xtask (build/rust.mjs) compile meanwhile, and each
//                 bundle's wasm-bindgen (xtask's) waits for them
//   2. facts      the Rust sources' facts for the scripts (xtask facts)
//   3. widget     the partner widget's loader and files (build/widget.mjs)
//   4. page       index.html: boot script (with the bundles' table) and
//                 CSS inlined, the loader, the copied files (build/page.mjs)
//   5. offline    the manifest and icons (build/manifest.mjs), offline.js
//                 and sw.js with its precache list (build/offline.mjs)
//   6. headers    DIST/nginx/*.conf: the pages' policies for nginx
//                 (xtask headers: tintuc-headers, the one implementation)
//   7. compress   .br/.gz siblings (build/compress.mjs)
//   8. sizes      the bytes, against the budgets (build/sizes.mjs)
import fs from 'node:fs';
import path from 'node:path';
import { buildRust, xtask } from './build/rust.mjs';
import { log, ROOT } from './build/util.mjs';
import { writeFacts } from './build/web.mjs';

const args = process.argv.slice(2);
const opt = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);

/** Writes DIST's nginx includes (xtask headers), its report on stderr. */
const headers = (dist) => log(xtask(['headers', dist]).trimEnd());

async function release(dist, backend, check) {
  const started = Date.now();
  const stage = (name) => log(`${name} (${((Date.now() - started) / 1000).toFixed(0)} s)`);
  const { rows } = await import('./build/table.mjs');
  const { buildBundles } = await import('./build/bundle.mjs');
  // The servers and xtask compile beside the bundles; each bundle's
  // wasm-bindgen (xtask's) waits for them.
  buildRust().catch(() => {});
  stage('1. bundles');
  const built = await buildBundles(rows(backend));
  stage('2. facts');
  writeFacts();
  // The stages that read the facts, once they are written.
  const { writeWidget } = await import('./build/widget.mjs');
  const { writePage } = await import('./build/page.mjs');
  const { writeInlined, loaderScript } = await import('./build/web.mjs');
  const { writeManifest } = await import('./build/manifest.mjs');
  const { writeOffline } = await import('./build/offline.mjs');
  const { precompress } = await import('./build/compress.mjs');
  const sizes = await import('./build/sizes.mjs');

  stage('3. widget');
  writeWidget(built.filter((b) => b.row.kind === 'widget'));
  stage('4. page');
  fs.rmSync(dist, { recursive: true, force: true });
  fs.mkdirSync(dist, { recursive: true });
  const readers = built.filter((b) => b.row.kind === 'reader');
  const table = Object.fromEntries(readers.map((b) => [b.row.name, { js: `/${b.files.js}`, wasm: `/${b.files.wasm}` }]));
  for (const b of readers) for (const [f, bytes] of Object.entries(b.bytes)) fs.writeFileSync(path.join(dist, f), bytes);
  // The server reads it too: it writes the portal's bundle's preloads.
  fs.writeFileSync(path.join(dist, 'bundles.json'), JSON.stringify(table, null, 2));
  writeInlined(table);
  writePage(dist, loaderScript());
  stage('5. offline');
  writeManifest(dist);
  const sw = writeOffline(dist);
  log(`sw.js: ${sw.bytes} bytes, precaches ${sw.build.precache.map((p) => p.url).join(', ')}`);
  stage('6. headers');
  headers(dist);
  stage('7. compress');
  precompress(dist);
  stage('8. sizes');
  const measured = sizes.measureBuild(dist);
  const { lines, over } = sizes.checkBudgets(measured);
  for (const l of lines) log(l);
  log(`done in ${((Date.now() - started) / 1000).toFixed(0)} s: ${path.relative(ROOT, dist) || dist}/`);
  if (check && over) process.exit(1);
}

async function reconfigure(dist) {
  writeFacts();
  const { writeManifest } = await import('./build/manifest.mjs');
  const { precompressFile } = await import('./build/compress.mjs');
  headers(dist);
  writeManifest(dist);
  // An edited config.json must not hide behind its old precompressed copies.
  for (const f of ['config.json', 'manifest.webmanifest']) precompressFile(path.join(dist, f));
}

async function trunk(when) {
  if (when === 'pre') {
    writeFacts();
    const { rows } = await import('./build/table.mjs');
    const { buildBundles } = await import('./build/bundle.mjs');
    const { writeWidget } = await import('./build/widget.mjs');
    const { writeInlined } = await import('./build/web.mjs');
    // The partner widget's bundles are release builds, skipped when
    // nothing they are made from changed.
    writeWidget(await buildBundles(rows().filter((r) => r.kind === 'widget')));
    writeInlined(null);
  } else {
    const { writeManifest } = await import('./build/manifest.mjs');
    writeManifest(process.env.TRUNK_STAGING_DIR);
  }
}

try {
  if (args.includes('--trunk-pre')) await trunk('pre');
  else if (args.includes('--trunk-post')) await trunk('post');
  else if (args.includes('--servers')) await buildRust();
  else if (args.includes('--facts')) writeFacts();
  else if (args.includes('--reconfigure')) await reconfigure(opt('--reconfigure'));
  else await release(path.resolve(opt('--dist') || path.join(ROOT, 'target/dist-e2e')), opt('--backend'), args.includes('--check'));
} catch (e) {
  console.error(`build: ${e.message}`);
  process.exit(1);
}
