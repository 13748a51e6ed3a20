// The benchmark: bytes of a first visit, and Lighthouse (default mobile
// profile: simulated 150 ms RTT, 1.6 Mbit/s, 4x CPU slowdown) on the home
// page, a category page and the seed article, against a floor: the seed
// article as one plain server-rendered HTML page.
//
//   ./tasks bench [--baseline <git-ref>] [--runs N] [--throttling simulate,devtools]
//
// Writes bench/results/<label>.{json,md}; with --baseline, builds and
// measures both in this one run and prints them side by side.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { CHROME_PATH, CHROMIUM_FLAGS, launchOptions } from './lib/chromium.mjs';
import { SEED, SEED_DATA_FILE, SEED_PATH } from './lib/seed.mjs';
import { waitForUrl } from './lib/wait.mjs';
import { loadTest, loadMarkdown } from './load.mjs';
import { measure, measureFiles, widgetBuilds, widgetFiles, precompress, table, kb } from './sizes.mjs';
import { ListPage } from '../tests/e2e/pages/index.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(ROOT, 'bench/results');
const PAGES = {
  home: '/',
  category: `/danh-muc/${SEED.category.slug}`,
  article: SEED_PATH,
  floor: '/floor.html',
};

const args = process.argv.slice(2);
const opt = (name, dflt) => (args.includes(name) ? args[args.indexOf(name) + 1] : dflt);
const runs = Number(opt('--runs', '3'));
const methods = opt('--throttling', 'simulate,devtools').split(',');
const baseline = opt('--baseline', null);

function log(...m) {
  console.error('[bench]', ...m);
}

function run(cmd, argv, cwd = ROOT, env = {}) {
  execFileSync(cmd, argv, { cwd, stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, ...env } });
}

/** Builds the release bundle of the working tree or of a git ref. */
function build(ref) {
  const label = ref || 'current';
  const dist = path.join(ROOT, 'bench/build', label.replace(/[^\w.-]/g, '_'));
  fs.rmSync(dist, { recursive: true, force: true });
  let src = ROOT;
  if (ref) {
    src = fs.mkdtempSync(path.join(os.tmpdir(), 'tintuc-baseline-'));
    run('git', ['worktree', 'add', '--detach', src, ref]);
  }
  try {
    log(`building ${label}`);
    // One target dir for both builds: the baseline reuses compiled deps.
    run('trunk', ['build', '--release', '--dist', dist], src, { CARGO_TARGET_DIR: path.join(ROOT, 'target') });
    // Older revisions ran the post-build step by hand; today Trunk's hook
    // does, and running it twice fails (it rewrites index.html).
    const hooked = fs.readFileSync(path.join(src, 'Trunk.toml'), 'utf8').includes('postbuild.mjs');
    if (!hooked && fs.existsSync(path.join(src, 'scripts/postbuild.mjs'))) run('node', [path.join(src, 'scripts/postbuild.mjs'), dist], src);
  } finally {
    if (ref) run('git', ['worktree', 'remove', '--force', src]);
  }
  return { label, dist };
}

/** The floor: the seed article as a plain page, no script. */
function writeFloor(dist) {
  const a = JSON.parse(fs.readFileSync(SEED_DATA_FILE, 'utf8'));
  const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const html = `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${esc(a.title)}</title><style>body{margin:0 auto;max-width:48rem;padding:1rem;font:1.0625rem/1.7 system-ui,sans-serif;color:#1b1b1b}h1{font-size:1.5rem;line-height:1.3}img{max-width:100%;height:auto}time{color:#5a5e63}</style></head><body><h1>${esc(a.title)}</h1><p><time>${SEED.time}</time></p>${a.body_html.replace(/<img[^>]*>/g, '')}</body></html>`;
  fs.writeFileSync(path.join(dist, 'floor.html'), html);
}


async function serve(dist, port) {
  const bin = path.join(ROOT, 'target/release/demo-backend');
  const child = spawn(bin, ['--port', String(port), '--static', dist], { cwd: ROOT, stdio: 'ignore' });
  await waitForUrl(`http://127.0.0.1:${port}/api/categories`);
  return child;
}

/** One Lighthouse run (mobile). `simulate` (its default) loads the page at
 * full speed and computes the slow phone's timings from that one trace;
 * `devtools` throttles the network and CPU while the page loads. They part
 * where order matters: on this machine a server page's WASM arrives before
 * its text is painted, so the simulation puts the WASM before the LCP, where
 * a slow network never does (tests/e2e/ssr.spec.mjs checks what is painted
 * first when the WASM is late). Both are reported. */
function lighthouse(url, method) {
  const out = execFileSync(
    path.join(ROOT, 'node_modules/.bin/lighthouse'),
    [url, '--output=json', '--quiet', '--only-categories=performance', `--throttling-method=${method}`, `--chrome-flags=${CHROMIUM_FLAGS.join(' ')}`],
    { maxBuffer: 1 << 28, env: { ...process.env, CHROME_PATH } },
  );
  const r = JSON.parse(out);
  const a = (id) => r.audits[id].numericValue;
  return {
    score: Math.round(r.categories.performance.score * 100),
    fcp: a('first-contentful-paint'),
    lcp: a('largest-contentful-paint'),
    tbt: a('total-blocking-time'),
    cls: a('cumulative-layout-shift'),
    si: a('speed-index'),
    bytes: a('total-byte-weight'),
  };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const ITEMS = 100;

/** A copy of the demo newsroom with at least `n` articles, so that a
 * 100-item page has a next page: each copy's title gains " (bản k)" (its
 * slug follows the backend's rule) and an older publish time. */
function newsroomOf(n) {
  const src = path.join(ROOT, 'data');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tintuc-newsroom-'));
  fs.mkdirSync(path.join(dir, 'articles'));
  fs.copyFileSync(path.join(src, 'categories.json'), path.join(dir, 'categories.json'));
  fs.symlinkSync(path.join(src, 'media'), path.join(dir, 'media'));
  const originals = fs.readdirSync(path.join(src, 'articles')).filter((f) => f.endsWith('.json'))
    .map((f) => JSON.parse(fs.readFileSync(path.join(src, 'articles', f), 'utf8')));
  let count = 0;
  for (let k = 1; count < n; k++) {
    for (const a of originals) {
      const copy = k === 1 ? a : {
        ...a,
        title: `${a.title} (bản ${k})`,
        slug: `${a.slug}-ban-${k}`,
        published_at: new Date(Date.parse(a.published_at) - k * 400 * 86400e3).toISOString().replace(/\.\d{3}Z$/, 'Z'),
      };
      fs.writeFileSync(path.join(dir, 'articles', `${copy.slug}.json`), JSON.stringify(copy));
      count++;
    }
  }
  return dir;
}

/** Render time of a 100-item list page (first load, then page 2 by a
 * click), from the app's `tt:list-render` measures, with the CPU slowed 4x
 * as on Lighthouse's mobile profile. */
async function renderHundred(dist, port) {
  const { chromium } = await import('@playwright/test');
  const cfg = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'tintuc-bench-')), 'config.json');
  fs.writeFileSync(cfg, JSON.stringify({ api_base: '/api/', page_size: ITEMS }));
  const bin = path.join(ROOT, 'target/release/demo-backend');
  const data = newsroomOf(ITEMS * 2 + 1);
  const server = spawn(bin, ['--port', String(port), '--static', dist, '--config', cfg, '--data', data], { cwd: ROOT, stdio: 'ignore' });
  await waitForUrl(`http://127.0.0.1:${port}/api/categories`);
  const browser = await chromium.launch(launchOptions());
  try {
    const firsts = [];
    const seconds = [];
    for (let i = 0; i < runs; i++) {
      // The portal's readers: a Vietnamese browser (the page objects' names are Vietnamese).
      const page = await browser.newPage({ viewport: { width: 390, height: 844 }, locale: 'vi-VN' });
      const list = new ListPage(page);
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      await page.goto(`http://127.0.0.1:${port}/`);
      // Builds from before the app marked its renders have nothing to read.
      const marked = await page
        .waitForFunction(() => performance.getEntriesByName('tt:list-render').length >= 1, null, { timeout: 15000 })
        .then(() => true, () => false);
      if (!marked) {
        await page.close();
        return null;
      }
      await list.cards.nth(ITEMS - 1).waitFor({ state: 'attached' });
      firsts.push(await page.evaluate(() => performance.getEntriesByName('tt:list-render')[0].duration));
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      await list.nextPage.click();
      await page.waitForFunction(() => performance.getEntriesByName('tt:list-render').length >= 2);
      seconds.push(await page.evaluate(() => performance.getEntriesByName('tt:list-render').at(-1).duration));
      await page.close();
    }
    return { items: ITEMS, first_load_ms: median(firsts), next_page_ms: median(seconds) };
  } finally {
    await browser.close();
    server.kill();
  }
}

/** The server (tintuc-server, in front of the demo backend on `api`):
 * what its pages weigh, raw and as it sends them (brotli). */
async function serverPages(dist, port, api) {
  const bin = path.join(ROOT, 'target/server/tintuc-server');
  if (!fs.existsSync(path.join(dist, 'bundles.json'))) return null;
  const child = spawn(bin, ['--dist', dist, '--port', String(port), '--backend', api], { cwd: ROOT, stdio: 'ignore' });
  await waitForUrl(`http://127.0.0.1:${port}/config.json`);
  const html = {};
  for (const [name, p] of Object.entries(PAGES)) {
    if (name === 'floor') continue;
    const url = `http://127.0.0.1:${port}${p}`;
    const raw = Buffer.from(await (await fetch(url, { headers: { 'accept-encoding': 'identity' } })).arrayBuffer());
    const br = execFileSync('brotli', ['-q', '11', '-c'], { input: raw }).length;
    html[name] = { raw: raw.length, brotli: br };
  }
  return { child, html };
}

async function measureBuild({ label, dist }, port) {
  const sizes = measure(dist);
  // The widget's builds, by backend (a baseline from before there were two has one).
  const widget = Object.fromEntries(widgetBuilds(dist).map((b) => [b, measureFiles(dist, widgetFiles(dist, b))]));
  precompress(dist);
  writeFloor(dist);
  const server = await serve(dist, port);
  // The same pages rendered by the server (when the build has one per
  // backend, as the server needs), in the same run.
  const rendered = await serverPages(dist, port + 100, `http://127.0.0.1:${port}`);
  const byMethod = {};
  // Run by run, every page in turn (the floor too): a slower moment of the
  // machine costs every page alike, not one.
  const targets = [
    ...Object.keys(PAGES).map((name) => [name, `http://127.0.0.1:${port}${PAGES[name]}`]),
    ...(rendered ? Object.keys(PAGES).filter((n) => n !== 'floor').map((name) => [`server ${name}`, `http://127.0.0.1:${port + 100}${PAGES[name]}`]) : []),
  ];
  try {
    for (const method of methods) {
      const samples = Object.fromEntries(targets.map(([name]) => [name, []]));
      for (let i = 0; i < runs; i++) {
        for (const [name, url] of targets) {
          samples[name].push(lighthouse(url, method));
          log(`${label} ${method} ${name} run ${i + 1}/${runs}: score ${samples[name].at(-1).score}, LCP ${Math.round(samples[name].at(-1).lcp)} ms`);
        }
      }
      const pages = {};
      for (const [name, xs] of Object.entries(samples)) pages[name] = Object.fromEntries(Object.keys(xs[0]).map((k) => [k, median(xs.map((s) => s[k]))]));
      for (const name of Object.keys(pages)) pages[name].lcp_vs_floor = pages[name].lcp / pages.floor.lcp;
      byMethod[method] = pages;
    }
  } finally {
    server.kill();
    rendered?.child.kill();
  }
  const pages = byMethod[methods[0]];
  const hundred = await renderHundred(dist, port + 50);
  if (hundred) log(`${label} 100-item list: ${hundred.first_load_ms.toFixed(1)} ms first, ${hundred.next_page_ms.toFixed(1)} ms next page`);
  return { label, sizes, widget, pages, byMethod, hundred, html: rendered?.html || null };
}

function markdown(results) {
  const out = [];
  for (const r of results) {
    out.push(`### ${r.label}: first-visit bytes\n\n${table(r.sizes)}\n`);
    for (const [b, w] of Object.entries(r.widget || {})) out.push(`### ${r.label}: the partner widget (${b})\n\n${table(w)}\n`);
  }
  const metrics = [
    ['score', (v) => `${v}`],
    ['fcp', (v) => `${Math.round(v)} ms`],
    ['lcp', (v) => `${Math.round(v)} ms`],
    ['lcp_vs_floor', (v) => `${v.toFixed(2)}×`],
    ['tbt', (v) => `${Math.round(v)} ms`],
    ['cls', (v) => v.toFixed(3)],
    ['si', (v) => `${Math.round(v)} ms`],
    ['bytes', (v) => `${kb(v)} KB`],
  ];
  for (const method of methods) {
    const of = (r) => (r.byMethod ? r.byMethod[method] : method === methods[0] ? r.pages : null) || {};
    const how = method === 'devtools' ? 'network and CPU throttled while loading' : "Lighthouse's default, simulated from an unthrottled load";
    out.push(`### Lighthouse, mobile, ${method} (${how}; median of ${runs})\n`);
    if (results.length === 1) {
      const cols = ['page', ...metrics.map(([m]) => m)];
      out.push(`| ${cols.join(' | ')} |`, `|${cols.map(() => '---').join('|')}|`);
      for (const [page, v] of Object.entries(of(results[0]))) out.push(`| ${page} | ${metrics.map(([m, f]) => f(v[m])).join(' | ')} |`);
    } else {
      out.push(`| page | metric | ${results.map((r) => r.label).join(' | ')} |`, `|---|---|${results.map(() => '---:').join('|')}|`);
      for (const page of Object.keys(of(results.at(-1)))) {
        for (const [m, f] of metrics) out.push(`| ${page} | ${m} | ${results.map((r) => (of(r)[page] ? f(of(r)[page][m]) : '–')).join(' | ')} |`);
      }
    }
    out.push('');
  }
  for (const r of results.filter((r) => r.html)) {
    out.push(`\n### ${r.label}: the server's pages (HTML, with the inline CSS, boot script and embedded data)\n`);
    out.push('| page | raw | brotli -q 11 |', '|---|---:|---:|');
    for (const [name, b] of Object.entries(r.html)) out.push(`| ${name} | ${b.raw} | ${b.brotli} |`);
  }
  out.push(`\n### A 100-item list page: render time (performance timeline, CPU 4x slower, median of ${runs})\n`);
  out.push(`| build | first load | next page (click) |`, `|---|---:|---:|`);
  for (const r of results) {
    out.push(r.hundred ? `| ${r.label} | ${r.hundred.first_load_ms.toFixed(1)} ms | ${r.hundred.next_page_ms.toFixed(1)} ms |` : `| ${r.label} | (not marked in this build) | |`);
  }
  return out.join('\n');
}

async function main() {
  fs.mkdirSync(OUT, { recursive: true });
  log('building the demo backend (release)');
  run('cargo', ['build', '--release', '-p', 'tintuc-demo-backend']);
  log('building the server');
  run('cargo', ['build', '--profile', 'server', '-p', 'tintuc-server']);
  const builds = [build(null)];
  if (baseline) builds.unshift(build(baseline));
  const results = [];
  let port = 18180;
  for (const b of builds) results.push(await measureBuild(b, port++));
  let md = markdown(results);
  if (!args.includes('--no-load')) {
    log('the server under load (wrk)');
    const load = await loadTest({ dist: builds.at(-1).dist });
    results.at(-1).load = load;
    md += `\n\n${loadMarkdown(load)}`;
  }
  const name = results.map((r) => r.label.replace(/[^\w.-]/g, '_')).join('-vs-');
  fs.writeFileSync(path.join(OUT, `${name}.json`), JSON.stringify({ date: new Date().toISOString(), runs, results }, null, 2));
  fs.writeFileSync(path.join(OUT, `${name}.md`), md + '\n');
  console.log(md);
  log(`wrote bench/results/${name}.json and .md`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
