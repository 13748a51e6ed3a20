// The sitemaps of a big archive: a synthetic contract backend of 200,000
// articles (generated on request: its own memory stays flat), the server
// in front of it, and a crawler reading /sitemap.xml and then every
// sitemap it lists, one after another: time to the complete set, backend
// calls, bytes, and the server's peak RSS. A measurement, not a test.
//
//   node scripts/bench/sitemaps.mjs [--dist DIR] [--articles N]
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { execFileSync, spawn } from 'node:child_process';
import { waitForUrl } from '../lib/wait.mjs';
import { ROOT } from './util.mjs';

const log = (m) => console.error(`[sitemaps] ${m}`);

/** A contract backend of `total` articles, newest first, an hour apart. */
function synthetic(total, port) {
  let calls = 0;
  const start = Date.parse('2026-12-01T00:00:00Z');
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    res.setHeader('content-type', 'application/json');
    if (url.pathname === '/api/categories') return res.end(JSON.stringify({ items: [{ slug: 'thong-bao', name: 'Thông báo', count: total }] }));
    if (url.pathname !== '/api/articles') return res.writeHead(404).end('{}');
    calls++;
    const page = Number(url.searchParams.get('page') || 1);
    const per = Math.min(100, Number(url.searchParams.get('per_page') || 10));
    const items = [];
    for (let i = (page - 1) * per; i < Math.min(total, page * per); i++) {
      items.push({
        slug: `bai-viet-so-${i + 1}-ve-hoat-dong-mat-tran-to-quoc-quan-hoan-kiem`,
        title: `Bài viết số ${i + 1} về hoạt động Mặt trận Tổ quốc quận Hoàn Kiếm`,
        summary: 'Tóm tắt của bài viết.',
        published_at: new Date(start - i * 3_600_000).toISOString(),
        category: { slug: 'thong-bao', name: 'Thông báo' },
        thumbnail: { url: `/media/anh-${i + 1}.jpg`, width: 800, height: 533 },
      });
    }
    res.end(JSON.stringify({ items, page, per_page: per, total }));
  });
  server.listen(port, '127.0.0.1');
  return { server, calls: () => calls };
}

function peakMiB(pid) {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(status.match(/VmHWM:\s+(\d+) kB/)[1]) / 1024;
}

async function get(url) {
  const r = await fetch(url);
  if (r.status !== 200) throw new Error(`${url}: ${r.status}`);
  return r.text();
}

export async function sitemapsTest({ dist, articles = 200_000, port = 18350 }) {
  execFileSync('cargo', ['build', '-q', '--profile', 'server', '-p', 'tintuc-server'], { cwd: ROOT, stdio: 'inherit' });
  const backend = synthetic(articles, port);
  const config = path.join(fs.mkdtempSync('/tmp/tintuc-sitemaps-'), 'config.json');
  fs.writeFileSync(config, JSON.stringify({ api_base: '/api/', site_name: 'Bench', time_zone: '+07:00' }));
  const site = `http://127.0.0.1:${port + 1}`;
  const server = spawn(path.join(ROOT, 'target/server/tintuc-server'), ['--dist', dist, '--config', config, '--port', String(port + 1), '--backend', `http://127.0.0.1:${port}`], { cwd: ROOT, stdio: 'ignore' });
  try {
    await waitForUrl(`${site}/config.json`);
    const started = performance.now();
    const index = await get(`${site}/sitemap.xml`);
    const maps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    let bytes = index.length;
    let urls = 0;
    let largest = 0;
    for (const m of maps) {
      const body = await get(m);
      bytes += Buffer.byteLength(body);
      largest = Math.max(largest, Buffer.byteLength(body));
      urls += (body.match(/<url>/g) || []).length;
    }
    const seconds = (performance.now() - started) / 1000;
    const result = { articles, sitemaps: maps.length, urls, seconds, bytes, largest_bytes: largest, backend_calls: backend.calls(), peak_rss_mib: peakMiB(server.pid) };
    log(`${articles} articles: ${maps.length} sitemaps, ${urls} URLs in ${seconds.toFixed(1)} s, ${(bytes / 1e6).toFixed(1)} MB (largest ${(largest / 1e3).toFixed(0)} KB), ${result.backend_calls} backend calls, peak RSS ${result.peak_rss_mib.toFixed(1)} MiB`);
    return result;
  } finally {
    server.kill();
    backend.server.close();
  }
}

export function sitemapsMarkdown(r) {
  return [
    `### Sitemaps of ${r.articles.toLocaleString('en')} articles (a synthetic backend; a crawler reading the index, then each sitemap in turn)\n`,
    '| sitemaps | URLs | time to all | bytes | largest file | backend calls | server peak RSS |',
    '|---:|---:|---:|---:|---:|---:|---:|',
    `| ${r.sitemaps} | ${r.urls} | ${r.seconds.toFixed(1)} s | ${(r.bytes / 1e6).toFixed(1)} MB | ${(r.largest_bytes / 1e3).toFixed(0)} KB | ${r.backend_calls} | ${r.peak_rss_mib.toFixed(1)} MiB |`,
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const opt = (name, dflt) => (args.includes(name) ? args[args.indexOf(name) + 1] : dflt);
  const r = await sitemapsTest({ dist: path.resolve(opt('--dist', 'target/dist-e2e')), articles: Number(opt('--articles', '200000')) });
  console.log(sitemapsMarkdown(r));
}
