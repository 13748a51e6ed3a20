// What a visit downloads, in bytes: raw, gzip -9 and brotli -q 11, and the
// bundle table's budgets (./table.mjs) held to it.
//
//   node scripts/build/sizes.mjs DIST [--json] [--check]
//
// A reader's first two visits: the first's index.html (CSS and boot
// script inlined), config.json, and the glue and WASM of the reader for
// the portal's backend; then, once that page is idle, what the service
// worker's install and the install icons download (offlineFiles); the
// second visit downloads no more code (the worker serves the same bundle,
// which it took from the HTTP cache). A reader's budget is the two. A
// partner page: widget.js (with its CSS) and the widget bundle for the
// portal's backend.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { BUNDLES } from './table.mjs';

/** The reader's bundles of a build (bundles.json): name → {js, wasm}. */
export function bundlesOf(dist) {
  const file = path.join(dist, 'bundles.json');
  return fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : {};
}

const exists = (dist) => (f) => fs.existsSync(path.join(dist, f));

/** What a reader's first visit downloads with the reader bundle `name`. */
export function firstVisitFiles(dist, name = 'tintuc') {
  const b = bundlesOf(dist)[name];
  if (!b) return [];
  return ['index.html', 'config.json', b.js, b.wasm].map((f) => f.replace(/^\//, '')).filter(exists(dist));
}

/** What a partner page downloads with the widget bundle `row`: the loader
 * and that bundle's glue and WASM (named `<stem>-<hash>`). */
export function widgetFiles(dist, row) {
  const dir = path.join(dist, row.dir);
  if (!fs.existsSync(dir)) return [];
  const own = new RegExp(`^${row.stem}-[0-9a-f]{16}(_bg\\.wasm|\\.js)$`);
  return ['widget.js', ...fs.readdirSync(dir).filter((f) => own.test(f)).map((f) => row.dir + f)].filter(exists(dist));
}

/** After the first visit, off its critical path: the offline module, what
 * installing the service worker downloads (sw.js; index.html and
 * offline.js again for its precache), the manifest and icons. */
export function offlineFiles(dist) {
  return ['offline.js', 'offline.css', 'sw.js', 'index.html', 'manifest.webmanifest', 'icon-192.png', 'icon-512.png', 'icon-maskable-512.png'].filter(exists(dist));
}

const brotli = (file) => execFileSync('brotli', ['-q', '11', '-c', file], { maxBuffer: 1 << 30 }).length;
const gzip = (file) => execFileSync('gzip', ['-9', '-n', '-c', file], { maxBuffer: 1 << 30 }).length;

export function measureFiles(dist, files) {
  const rows = files.map((f) => {
    const p = path.join(dist, f);
    return { file: f, raw: fs.statSync(p).size, gzip: gzip(p), brotli: brotli(p) };
  });
  const total = rows.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }), { raw: 0, gzip: 0, brotli: 0 });
  return { rows, total };
}

/** Each built row of the table with what goes with it, measured:
 * `[{ row, what, size }]`. */
export function measureBuild(dist) {
  const built = bundlesOf(dist);
  const out = [];
  for (const row of BUNDLES) {
    if (row.kind === 'reader' && built[row.name]) {
      const files = row.builder
        ? firstVisitFiles(dist, row.name).filter((f) => /\.(js|wasm)$/.test(f))
        : [...firstVisitFiles(dist, row.name), ...offlineFiles(dist)];
      const what = row.builder
        ? `the reader with the snippet builder, a portal on ${row.backend} (its page, /nhung, alone)`
        : `the first two visits of the reader, a portal on ${row.backend} (the first; the worker's install and the icons after it; the second's nothing more)`;
      out.push({ row, what, size: measureFiles(dist, files) });
    } else if (row.kind === 'widget') {
      const files = widgetFiles(dist, row);
      if (files.length > 1) out.push({ row, what: `the partner widget of a portal on ${row.backend} (loader with its CSS, glue, WASM)`, size: measureFiles(dist, files) });
    }
  }
  return out;
}

export const kb = (n) => (n / 1000).toFixed(1);

export function table({ rows, total }) {
  const lines = ['| file | raw | gzip -9 | brotli -q 11 |', '|---|---:|---:|---:|'];
  for (const r of rows) lines.push(`| ${r.file.replace(/-[0-9a-f]{16}/, '')} | ${r.raw} | ${r.gzip} | ${r.brotli} |`);
  lines.push(`| **total** | **${total.raw}** | **${total.gzip}** | **${total.brotli}** (${kb(total.brotli)} KB) |`);
  return lines.join('\n');
}

/** The measured rows against their budgets: a line each; `over` when one
 * is exceeded, or a built backend lacks its widget. */
export function checkBudgets(measured) {
  const lines = [];
  let over = false;
  for (const { row, size } of measured.filter((m) => m.row.budget)) {
    const b = size.total.brotli;
    const ok = b <= row.budget;
    over ||= !ok;
    lines.push(`${ok ? '' : 'OVER BUDGET: '}${row.name}: ${b} bytes brotli, budget ${row.budget} (margin ${row.budget - b})`);
  }
  for (const m of measured.filter((m) => m.row.kind === 'reader' && !m.row.builder)) {
    if (!measured.some((w) => w.row.kind === 'widget' && w.row.backend === m.row.backend)) {
      lines.push(`NO WIDGET BUILD for a portal on ${m.row.backend}`);
      over = true;
    }
  }
  return { lines, over };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const dist = args.find((a) => !a.startsWith('--')) || 'target/dist-e2e';
  const measured = measureBuild(dist);
  const offline = measureFiles(dist, offlineFiles(dist));
  if (args.includes('--json')) {
    const byName = Object.fromEntries(measured.map((m) => [m.row.name, m.size]));
    console.log(JSON.stringify({ bundles: byName, offline }, null, 2));
  } else {
    for (const m of measured) console.log(`${m.what[0].toUpperCase()}${m.what.slice(1)}:\n\n${table(m.size)}\n`);
    console.log(`Of which after the first visit, once it is idle: the offline module, the service worker's install and the install icons:\n\n${table(offline)}\n`);
  }
  if (args.includes('--check')) {
    const { lines, over } = checkBudgets(measured);
    for (const l of lines) console.error(l);
    if (over) process.exit(1);
  }
}
