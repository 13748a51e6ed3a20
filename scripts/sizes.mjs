// What a first visit downloads, in bytes: raw, gzip -9 and brotli -q 11.
//
//   node scripts/sizes.mjs DIST [--json] [--check budget.json] [--precompress]
//
// First-visit files are index.html, config.json and everything index.html
// references (scripts, stylesheets, preloads, the WASM). --check fails when
// the brotli total is over the budget; --precompress writes .br/.gz siblings
// for a production-like server.
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';

/** The reader's bundles of a release build, by backend (bundles.json,
 * scripts/build-variants.mjs); a build without it has one, which index.html
 * names. */
export function bundlesOf(dist) {
  const file = path.join(dist, 'bundles.json');
  return fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : null;
}

/** What a first visit downloads for a portal on `backend`. */
export function firstVisitFiles(dist, backend = 'tintuc') {
  const html = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
  const refs = new Set(['index.html']);
  if (fs.existsSync(path.join(dist, 'config.json'))) refs.add('config.json');
  const bundles = bundlesOf(dist);
  if (bundles) {
    for (const f of [bundles[backend].js, bundles[backend].wasm]) refs.add(f.replace(/^\//, ''));
  } else {
    for (const m of html.matchAll(/(?:src|href)=["']\/?([^"'#?]+\.(?:js|wasm|css))["']/g)) refs.add(m[1]);
    for (const m of html.matchAll(/['"]\/?([^'"]+\.(?:js|wasm))['"]/g)) refs.add(m[1]);
  }
  return [...refs].filter((f) => fs.existsSync(path.join(dist, f)));
}

function brotli(file) {
  return execFileSync('brotli', ['-q', '11', '-c', file], { maxBuffer: 1 << 30 }).length;
}
function gzip(file) {
  return execFileSync('gzip', ['-9', '-n', '-c', file], { maxBuffer: 1 << 30 }).length;
}

export function measure(dist, backend = 'tintuc') {
  return measureFiles(dist, firstVisitFiles(dist, backend));
}

/** The partner widget's builds, by backend (scripts/build-widget.mjs):
 * `widget/tintuc-widget-<hash>.*` reads tintuc's contract,
 * `widget/tintuc-widget-<backend>-<hash>.*` another backend. */
export function widgetBuilds(dist) {
  const dir = path.join(dist, 'widget');
  if (!fs.existsSync(dir)) return [];
  const names = fs.readdirSync(dir).map((f) => /^tintuc-widget-(?:([a-z]+)-)?[0-9a-f]{16}(?:_bg\.wasm|\.js)$/.exec(f)).filter(Boolean);
  return [...new Set(names.map((m) => m[1] || 'tintuc'))].sort();
}

/** What a partner page of a portal on `backend` downloads: the loader
 * (with its CSS), and that backend's glue and WASM. */
export function widgetFiles(dist, backend = 'tintuc') {
  const dir = path.join(dist, 'widget');
  if (!fs.existsSync(dir)) return [];
  const own = (f) => {
    const m = /^tintuc-widget-(?:([a-z]+)-)?[0-9a-f]{16}(?:_bg\.wasm|\.js)$/.exec(f);
    return m && (m[1] || 'tintuc') === backend;
  };
  return ['widget.js', ...fs.readdirSync(dir).filter(own).map((f) => `widget/${f}`)];
}

/** After the first visit, off its critical path: the offline module boot.js
 * loads once the page is idle, what installing the service worker
 * downloads (sw.js; index.html and offline.js again for its precache: the
 * bundle comes from the HTTP cache the visit filled), and the manifest and
 * icons a browser reads to offer installing the portal. */
export function offlineFiles(dist) {
  return ['offline.js', 'offline.css', 'sw.js', 'index.html', 'manifest.webmanifest', 'icon-192.png', 'icon-512.png', 'icon-maskable-512.png'].filter((f) =>
    fs.existsSync(path.join(dist, f)),
  );
}

export function measureFiles(dist, files) {
  const rows = files.map((f) => {
    const p = path.join(dist, f);
    return { file: f, raw: fs.statSync(p).size, gzip: gzip(p), brotli: brotli(p) };
  });
  const total = rows.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }), { raw: 0, gzip: 0, brotli: 0 });
  return { rows, total };
}

export function precompress(dist) {
  for (const f of fs.readdirSync(dist)) {
    const p = path.join(dist, f);
    if (fs.statSync(p).isDirectory()) {
      precompress(p);
      continue;
    }
    if (!/\.(html|js|wasm|css|json|svg|webmanifest)$/.test(f)) continue;
    precompressFile(p);
  }
}

/** Writes a file's .br (brotli -q 11) and .gz (gzip -9) siblings. */
export function precompressFile(p) {
  fs.writeFileSync(`${p}.br`, execFileSync('brotli', ['-q', '11', '-c', p], { maxBuffer: 1 << 30 }));
  fs.writeFileSync(`${p}.gz`, execFileSync('gzip', ['-9', '-n', '-c', p], { maxBuffer: 1 << 30 }));
}

export const kb = (n) => (n / 1024).toFixed(1);

export function table({ rows, total }) {
  const lines = ['| file | raw | gzip -9 | brotli -q 11 |', '|---|---:|---:|---:|'];
  for (const r of rows) lines.push(`| ${r.file.replace(/-[0-9a-f]{16}/, '')} | ${r.raw} | ${r.gzip} | ${r.brotli} |`);
  lines.push(`| **total** | **${total.raw}** | **${total.gzip}** | **${total.brotli}** (${kb(total.brotli)} KB) |`);
  return lines.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const dist = args.find((a) => !a.startsWith('--') && !a.endsWith('.json')) || 'dist-release';
  const budgetFile = args.includes('--check') ? args[args.indexOf('--check') + 1] : null;
  if (args.includes('--precompress')) precompress(dist);
  // (`-offline` bundles are not a first visit's: web/boot.js takes them for
  // pages a service worker controls.)
  const all = Object.keys(bundlesOf(dist) || { tintuc: null });
  const backends = all.filter((b) => !b.endsWith('-offline'));
  const visits = Object.fromEntries(backends.map((b) => [b, measure(dist, b)]));
  const widgets = Object.fromEntries(widgetBuilds(dist).map((b) => [b, measureFiles(dist, widgetFiles(dist, b))]));
  const offline = measureFiles(dist, offlineFiles(dist));
  const later = Object.fromEntries(all.filter((b) => b.endsWith('-offline')).map((b) => [b, measureFiles(dist, firstVisitFiles(dist, b).filter((f) => /\.(js|wasm)$/.test(f)))]));
  if (args.includes('--json')) console.log(JSON.stringify({ first_visit: visits, widget: widgets, offline, offline_bundles: later }, null, 2));
  else {
    for (const [b, m] of Object.entries(visits)) console.log(`First visit of the reader, a portal on ${b}:\n\n${table(m)}\n`);
    for (const [b, m] of Object.entries(widgets)) console.log(`The partner widget of a portal on ${b} (loader with its CSS, glue, WASM):\n\n${table(m)}\n`);
    for (const [b, m] of Object.entries(later)) console.log(`After the first visit, the bundle ${b} (the service worker fetches it; pages it controls run it):\n\n${table(m)}\n`);
    console.log(`After the first visit, once it is idle: the offline module, the service worker's install (sw.js; index.html and offline.js again for its precache) and the install icons:\n\n${table(offline)}\n`);
  }
  if (budgetFile) {
    const budget = JSON.parse(fs.readFileSync(budgetFile, 'utf8'));
    let over = false;
    // Every backend the reader reads has its widget build, in the budget.
    for (const b of backends.filter((b) => !widgets[b])) {
      console.error(`\nNO WIDGET BUILD FOR ${b} in ${dist}/widget/ (scripts/build-widget.mjs)`);
      over = true;
    }
    for (const [what, size, max] of [
      ...Object.entries(visits).map(([b, m]) => [`first visit (${b})`, m.total.brotli, budget.first_visit_brotli_bytes]),
      ...Object.entries(widgets).map(([b, m]) => [`widget (${b})`, m.total.brotli, budget.widget_brotli_bytes[b]]),
    ]) {
      if (typeof max !== 'number') {
        console.error(`\nNO BUDGET FOR THE ${what.toUpperCase()} in ${budgetFile}`);
        over = true;
      } else if (size > max) {
        console.error(`\n${what.toUpperCase()} BUDGET EXCEEDED: ${size} bytes brotli > ${max} (${budgetFile})`);
        over = true;
      } else {
        console.log(`\n${what}: ${size} bytes brotli, within the budget of ${max}`);
      }
    }
    if (over) process.exit(1);
  }
}
