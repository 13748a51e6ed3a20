// Lighthouse on emulated mobile, page by page, run by run, against a floor
// (the seed article as one plain HTML page): the static client served by
// the demo backend, and the same pages rendered by the server, in one run.
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync, spawn } from 'node:child_process';
import { CHROME_PATH, CHROMIUM_FLAGS } from '../lib/chromium.mjs';
import { SEED, SEED_DATA_FILE, SEED_PATH } from '../lib/seed.mjs';
import { waitForUrl } from '../lib/wait.mjs';
import { ROOT, log, median } from './util.mjs';

export const PAGES = {
  home: '/',
  category: `/danh-muc/${SEED.category.slug}`,
  article: SEED_PATH,
  floor: '/floor.html',
};

/** The floor: the seed article as a plain page, no script. */
export function writeFloor(dist) {
  const a = JSON.parse(fs.readFileSync(SEED_DATA_FILE, 'utf8'));
  const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const html = `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${esc(a.title)}</title><style>body{margin:0 auto;max-width:48rem;padding:1rem;font:1.0625rem/1.7 system-ui,sans-serif;color:#1b1b1b}h1{font-size:1.5rem;line-height:1.3}img{max-width:100%;height:auto}time{color:#5a5e63}</style></head><body><h1>${esc(a.title)}</h1><p><time>${SEED.time}</time></p>${a.body_html.replace(/<img[^>]*>/g, '')}</body></html>`;
  fs.writeFileSync(path.join(dist, 'floor.html'), html);
}


export async function serve(dist, port) {
  const bin = path.join(ROOT, 'target/server/demo-backend');
  const child = spawn(bin, ['--port', String(port), '--static', dist], { cwd: ROOT, stdio: 'ignore' });
  await waitForUrl(`http://127.0.0.1:${port}/api/categories`);
  return child;
}

export /** One Lighthouse run (mobile). `simulate` (its default) loads the page at
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

export /** The server (tintuc-server, in front of the demo backend on `api`):
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

/** Every page, static and rendered, through Lighthouse by each method in
 * `methods`, `runs` times: the medians, with LCP against the floor's. */
export async function lab(dist, port, methods, runs, label) {
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
  return { byMethod, html: rendered?.html || null };
}
