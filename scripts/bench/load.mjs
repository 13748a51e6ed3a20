// The server under load (wrk, from Debian's packages), on 127.0.0.1 of this
// machine: requests per second and latency (p50, p99) for the seed article
// with the cache of backend answers warm, the same with a unique `fbclid`
// on each request (share clicks), and with the cache off (every page asks
// the backend); then the server's memory (RSS) after 100,000 requests over
// 1,000 distinct addresses, which its cache's byte cap bounds, and after
// 100,000 more for unknown slugs.
//
//   node scripts/bench/load.mjs [--dist DIR] [--seconds N]   (./tasks bench runs it)
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { execFileSync, spawn } from 'node:child_process';
import { SEED, SEED_PATH } from '../lib/seed.mjs';
import { waitForUrl } from '../lib/wait.mjs';
import { ROOT } from './util.mjs';

const log = (...m) => console.error('[load]', ...m);

/** The addresses of the memory run: every article, every category's pages,
 * the home pages, and searches, 1,000 in all. */
function addresses() {
  const articles = fs.readdirSync(path.join(ROOT, 'data/articles')).filter((f) => f.endsWith('.json')).map((f) => `/tin-tuc/${f.slice(0, -5)}`);
  const categories = JSON.parse(fs.readFileSync(path.join(ROOT, 'data/categories.json'), 'utf8'));
  const cats = (categories.items || categories).flatMap((c) => [1, 2, 3].map((p) => `/danh-muc/${c.slug}${p > 1 ? `?page=${p}` : ''}`));
  const homes = [1, 2, 3, 4, 5, 6, 7].map((p) => (p > 1 ? `/?page=${p}` : '/'));
  const all = [...articles, ...cats, ...homes];
  for (let i = 0; all.length < 1000; i++) all.push(`/tim-kiem?q=tin+${i}`);
  return all.slice(0, 1000);
}

/** wrk's report as numbers (ms). */
function parseWrk(out) {
  const ms = (v, unit) => Number(v) * { us: 0.001, ms: 1, s: 1000 }[unit];
  const pct = (p) => {
    const m = out.match(new RegExp(`\\s${p}%\\s+([\\d.]+)(us|ms|s)`));
    return m ? ms(m[1], m[2]) : null;
  };
  const rps = Number((out.match(/Requests\/sec:\s+([\d.]+)/) || [])[1]);
  const total = Number((out.match(/(\d+) requests in/) || [])[1]);
  const errors = out.match(/Non-2xx or 3xx responses: (\d+)|Socket errors: .*/g) || [];
  return { rps, requests: total, p50_ms: pct(50), p90_ms: pct(90), p99_ms: pct(99), errors: errors.join('; ') };
}

/** wrk's threads: half the machine's cores. With as many threads as cores
 * (-t2 on 2 cores) wrk starves the server it measures: p99 of 70–80 ms on
 * both the warm and the fbclid runs, against ~2 ms with -t1 (measured). */
export const WRK_THREADS = Math.max(1, Math.floor(os.cpus().length / 2));

function wrk(url, { seconds, connections = 32, script } = {}) {
  const args = [`-t${WRK_THREADS}`, `-c${connections}`, `-d${seconds}s`, '--latency', '-H', 'Accept-Encoding: br'];
  if (script) args.push('-s', script);
  return parseWrk(execFileSync('wrk', [...args, url], { encoding: 'utf8', maxBuffer: 1 << 24 }));
}

/** A wrk script whose threads number themselves (`id`) and count their
 * requests (`n`), then `body`. */
function lua(body) {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'tintuc-wrk-')), 'script.lua');
  fs.writeFileSync(
    file,
    `local threads = 0
function setup(thread) threads = threads + 1; thread:set("id", threads) end
function init() n = 0 end
${body}
`,
  );
  return file;
}

/** `total` GETs of `base` + `pathOf(i)`, `concurrency` at a time over
 * kept-alive connections: requests per second and the statuses seen. */
async function hammer(base, pathOf, total, concurrency = 16) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
  const statuses = {};
  let next = 0;
  const started = performance.now();
  const one = (p) =>
    new Promise((done) => {
      const req = http.get(base + p, { agent, headers: { 'accept-encoding': 'br' } }, (res) => {
        statuses[res.statusCode] = (statuses[res.statusCode] || 0) + 1;
        res.resume().on('end', done);
      });
      req.on('error', () => {
        statuses.error = (statuses.error || 0) + 1;
        done();
      });
    });
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < total) await one(pathOf(next++));
    }),
  );
  agent.destroy();
  return { requests: total, rps: total / ((performance.now() - started) / 1000), statuses };
}

function rssMiB(pid) {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(status.match(/VmRSS:\s+(\d+) kB/)[1]) / 1024;
}

async function start(bin, args, probe) {
  const child = spawn(bin, args, { cwd: ROOT, stdio: 'ignore' });
  await waitForUrl(probe);
  return child;
}

export async function loadTest({ dist, seconds = 10, port = 18300 }) {
  execFileSync('cargo', ['build', '-q', '--profile', 'server', '-p', 'tintuc-server', '-p', 'tintuc-demo-backend'], { cwd: ROOT, stdio: 'inherit' });
  const backendBin = path.join(ROOT, 'target/server/demo-backend');
  const serverBin = path.join(ROOT, 'target/server/tintuc-server');
  const api = `http://127.0.0.1:${port}`;
  const backend = await start(backendBin, ['--port', String(port)], `${api}/api/categories`);
  const children = [backend];
  const server = async (p, extra) => {
    const child = await start(serverBin, ['--dist', dist, '--port', String(p), '--backend', api, ...extra], `http://127.0.0.1:${p}/config.json`);
    children.push(child);
    return child;
  };
  try {
    const results = {};
    const warm = await server(port + 1, []);
    const url = `http://127.0.0.1:${port + 1}${SEED_PATH}`;
    wrk(url, { seconds: 2 }); // warms the cache and the connection pool
    // Both runs make their requests in Lua (wrk's static request is
    // cheaper to send: the difference would be the generator's).
    results.warm = wrk(url, { seconds, script: lua(`request = function() n = n + 1; return wrk.format("GET", "${SEED_PATH}") end`) });
    log(`warm cache: ${results.warm.rps.toFixed(0)} req/s, p50 ${results.warm.p50_ms} ms, p99 ${results.warm.p99_ms} ms`);
    // Share clicks: the same article, each request with its own fbclid.
    results.fbclid = wrk(url, { seconds, script: lua(`request = function() n = n + 1; return wrk.format("GET", "${SEED_PATH}?fbclid=IwAR" .. id .. "_" .. n) end`) });
    log(`unique fbclid: ${results.fbclid.rps.toFixed(0)} req/s (${((100 * results.fbclid.rps) / results.warm.rps).toFixed(0)} % of warm), p99 ${results.fbclid.p99_ms} ms`);
    warm.kill();
    const cold = await server(port + 2, ['--no-cache']);
    results.no_cache = wrk(`http://127.0.0.1:${port + 2}${SEED_PATH}`, { seconds });
    log(`no cache: ${results.no_cache.rps.toFixed(0)} req/s, p50 ${results.no_cache.p50_ms} ms, p99 ${results.no_cache.p99_ms} ms`);
    cold.kill();
    // Memory: 100,000 requests over 1,000 addresses, then 100,000 unknown
    // slugs, each asked once (404s: the backend's not-found answers are
    // kept briefly, and weighed). Exact counts, so not wrk (its runs last
    // their whole duration): 16 at a time over kept-alive connections.
    const mem = await server(port + 3, []);
    const base = `http://127.0.0.1:${port + 3}`;
    const paths = addresses();
    const before = rssMiB(mem.pid);
    const run = await hammer(base, (i) => paths[i % paths.length], 100_000);
    const after = rssMiB(mem.pid);
    results.memory = { addresses: paths.length, ...run, rss_before_mib: before, rss_after_mib: after };
    log(`memory: ${run.requests} requests over ${paths.length} addresses (${run.rps.toFixed(0)} req/s): RSS ${before.toFixed(1)} → ${after.toFixed(1)} MiB`);
    const flood = await hammer(base, (i) => `/tin-tuc/khong-co-${i}`, 100_000);
    const flooded = rssMiB(mem.pid);
    results.flood = { ...flood, rss_before_mib: after, rss_after_mib: flooded };
    log(`flood: ${flood.requests} unknown slugs (${flood.rps.toFixed(0)} req/s, statuses ${JSON.stringify(flood.statuses)}): RSS ${after.toFixed(1)} → ${flooded.toFixed(1)} MiB`);
    return results;
  } finally {
    for (const c of children) c.kill();
  }
}

export function loadMarkdown(r) {
  const row = (name, x) => `| ${name} | ${x.rps.toFixed(0)} | ${x.p50_ms} ms | ${x.p90_ms} ms | ${x.p99_ms} ms | ${x.requests} | ${x.errors || '-'} |`;
  return [
    `### The server under load (wrk -t${WRK_THREADS} -c32, ${os.cpus().length} cores, 127.0.0.1; the seed article)\n`,
    '| cache | requests/s | p50 | p90 | p99 | requests | errors |',
    '|---|---:|---:|---:|---:|---:|---|',
    row('warm', r.warm),
    row('off (every page asks the backend)', r.no_cache),
    row('warm, a unique `fbclid` on each request', r.fbclid),
    '',
    `With a unique \`fbclid\` per request: ${((100 * r.fbclid.rps) / r.warm.rps).toFixed(0)} % of the warm throughput, p99 ${r.fbclid.p99_ms} ms (the page's cache key ignores tracking parameters).`,
    '',
    `Memory: ${r.memory.requests} requests over ${r.memory.addresses} distinct addresses (${r.memory.rps.toFixed(0)} req/s, statuses ${JSON.stringify(r.memory.statuses)}): RSS ${r.memory.rss_before_mib.toFixed(1)} MiB before, ${r.memory.rss_after_mib.toFixed(1)} MiB after (the server's caps: 64 MiB of backend answers and 16 MiB of rendered pages, counted by their bytes; the rest is the allocator's and the runtime's).`,
    '',
    `Then ${r.flood.requests} requests for unknown slugs, each once (${r.flood.rps.toFixed(0)} req/s, statuses ${JSON.stringify(r.flood.statuses)}): RSS ${r.flood.rss_before_mib.toFixed(1)} → ${r.flood.rss_after_mib.toFixed(1)} MiB.`,
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const opt = (name, dflt) => (args.includes(name) ? args[args.indexOf(name) + 1] : dflt);
  const results = await loadTest({ dist: path.resolve(opt('--dist', 'target/dist-e2e')), seconds: Number(opt('--seconds', '10')) });
  console.log(loadMarkdown(results));
  void SEED;
}
