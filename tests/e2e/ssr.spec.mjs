// The server-rendered stack (tintuc-server): what crawlers and readers
// without JavaScript get in the first response, the app taking over the
// server's page, statuses when the backend fails, and requests an attacker
// would send. The server runs on its own port (PORTS.server), in front of
// the same fault-injecting demo backend.
import { test, expect, SEED, SEED_PATH, PORTS, faults, ROOT, startServer, stopBackend } from './support.mjs';
import http from 'node:http';
import net from 'node:net';
import fs from 'node:fs';
import path from 'node:path';

const SERVER = `http://127.0.0.1:${PORTS.server}`;
const API = `http://127.0.0.1:${PORTS.api}`;
const CRAWLERS = {
  Facebook: 'facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)',
  Zalo: 'Mozilla/5.0 (Linux; Android 10) Zalo/1.0 ZaloTheme/light',
};

/** A page as a reader without JavaScript (or a crawler) gets it. */
async function noScript(browser, userAgent) {
  const context = await browser.newContext({ javaScriptEnabled: false, userAgent, viewport: { width: 390, height: 844 } });
  return { context, page: await context.newPage() };
}

const meta = (page, key) =>
  page.locator(`meta[property="${key}"], meta[name="${key}"]`).first().getAttribute('content');

for (const [name, userAgent] of Object.entries(CRAWLERS)) {
  test(`${name}'s crawler reads the seed article's share card, text and links in the first response`, async ({ browser }) => {
    const { context, page } = await noScript(browser, userAgent);
    const response = await page.goto(SERVER + SEED_PATH);
    expect(response.status()).toBe(200);
    await expect(page).toHaveTitle(`${SEED.title} - Mặt trận Tổ quốc quận Hoàn Kiếm`);
    expect(await meta(page, 'og:type')).toBe('article');
    expect(await meta(page, 'og:title')).toBe(SEED.title);
    expect(await meta(page, 'og:site_name')).toBe('Mặt trận Tổ quốc quận Hoàn Kiếm');
    expect(await meta(page, 'og:locale')).toBe('vi_VN');
    expect(await meta(page, 'og:url')).toBe(SERVER + SEED_PATH);
    expect(await meta(page, 'article:published_time')).toBe('2021-02-05T14:39:00+07:00');
    const image = await meta(page, 'og:image');
    expect(image).toMatch(/^https?:\/\/[^/]+\/.+\.(jpg|jpeg|png|webp)$/);
    expect(Number(await meta(page, 'og:image:width'))).toBeGreaterThan(0);
    expect(Number(await meta(page, 'og:image:height'))).toBeGreaterThan(0);
    // No summary in the seed: its opening words describe it.
    const description = await meta(page, 'og:description');
    expect(SEED.paragraphs[0].startsWith(description.replace(/…$/, ''))).toBe(true);
    expect(await meta(page, 'description')).toBe(description);
    expect(await meta(page, 'twitter:card')).toBe('summary_large_image');
    expect(await page.locator('link[rel=canonical]').getAttribute('href')).toBe(SERVER + SEED_PATH);
    const [ld, crumbs] = JSON.parse(await page.locator('script[type="application/ld+json"]').textContent());
    expect(ld['@type']).toBe('NewsArticle');
    expect(SEED.title.startsWith(ld.headline.replace(/…$/, ''))).toBe(true);
    expect(ld.author.name).toBe(SEED.byline);
    expect(ld.publisher.logo.url).toBe(`${SERVER}/icon-512.png`);
    expect(crumbs.itemListElement.map((i) => i.name)).toEqual(['Trang chủ', SEED.category.name, SEED.title]);
    // The article itself.
    await expect(page.locator('h1')).toHaveText(SEED.title);
    await expect(page.locator('.tt-article__meta time')).toHaveText(SEED.time);
    const body = await page.locator('.tt-body').innerText();
    for (const p of SEED.paragraphs) expect(body.replace(/\s+/g, ' ')).toContain(p.trim().replace(/\s+/g, ' '));
    await expect(page.locator('.tt-body figcaption')).toHaveText(SEED.captions);
    await expect(page.locator('.tt-byline')).toHaveText(SEED.byline);
    // (The other news's, not the most read's beside it.)
    await expect(page.locator('#tt-other-title')).toHaveText(SEED.otherNewsHeading);
    await expect(page.locator('section[aria-labelledby="tt-other-title"]').locator('a', { hasText: SEED.otherTitle })).toHaveAttribute('href', /^\/tin-tuc\//);
    await context.close();
  });
}

test('unknown slugs, categories and routes are 404 pages with status 404', async ({ browser }) => {
  const { context, page } = await noScript(browser);
  for (const p of ['/tin-tuc/khong-co-bai-nay', '/danh-muc/khong-co', '/chu-de/khong-co', '/khong-co/trang-nay']) {
    const response = await page.goto(SERVER + p);
    expect(response.status(), p).toBe(404);
    await expect(page.locator('h1')).toHaveText('Không tìm thấy trang');
    expect(await meta(page, 'robots')).toBe('noindex');
  }
  // An address that is no page offers the search and the latest news in
  // the server's HTML (the route model has the server fetch them).
  await page.goto(`${SERVER}/khong-co/trang-nay`);
  await expect(page.getByRole('search')).toHaveCount(2);
  await expect(page.getByRole('heading', { name: 'Tin mới nhất' })).toBeVisible();
  await expect(page.locator('.tt-notfound__more .tt-other__link')).toHaveCount(5);
  // A list's page past its end is no page either, with the way back to page 1.
  for (const p of ['/?page=99', `/danh-muc/${SEED.category.slug}?page=99`, `/chu-de/${SEED.topic.slug}?page=99`]) {
    const response = await page.goto(SERVER + p);
    expect(response.status(), p).toBe(404);
    await expect(page.getByRole('link', { name: 'Về trang đầu' })).toHaveAttribute('href', p.split('?')[0]);
  }
  await context.close();
});

test('lists have their own title, description and canonical address', async ({ browser }) => {
  const { context, page } = await noScript(browser);
  await page.goto(`${SERVER}/danh-muc/${SEED.category.slug}?page=2`);
  await expect(page).toHaveTitle(`${SEED.category.name} - Trang 2 - Mặt trận Tổ quốc quận Hoàn Kiếm`);
  expect(await meta(page, 'description')).toBeTruthy();
  expect(await page.locator('link[rel=canonical]').getAttribute('href')).toBe(`${SERVER}/danh-muc/${SEED.category.slug}?page=2`);
  await context.close();
});

test('without JavaScript the reader gets around by links alone: home → category → page 2 → article → other news', async ({ browser }) => {
  const { context, page } = await noScript(browser);
  await page.goto(SERVER + '/');
  await expect(page.locator('h1')).toHaveText('Tin mới nhất');
  await expect(page.locator('.tt-card')).toHaveCount(10);
  // On a phone the menu is a plain list without its button.
  await expect(page.getByRole('button', { name: 'Mở danh mục tin tức' })).toBeHidden();
  await page.getByRole('navigation', { name: 'danh mục tin tức' }).getByRole('link', { name: SEED.category.name }).click();
  await expect(page).toHaveURL(`${SERVER}/danh-muc/${SEED.category.slug}`);
  await expect(page.locator('h1')).toHaveText(SEED.category.name);
  await page.locator('.tt-pager__step--next').click();
  await expect(page).toHaveURL(`${SERVER}/danh-muc/${SEED.category.slug}?page=2`);
  await page.getByRole('link', { name: SEED.title }).first().click();
  await expect(page).toHaveURL(SERVER + SEED_PATH);
  await expect(page.locator('.tt-body figcaption')).toHaveText(SEED.captions);
  await page.locator('section[aria-labelledby="tt-other-title"]').getByRole('link', { name: SEED.otherTitle }).click();
  await expect(page.locator('h1')).toHaveText(SEED.otherTitle);
  await context.close();
});

test('without JavaScript search is a plain GET form', async ({ browser }) => {
  const { context, page } = await noScript(browser);
  await page.goto(SERVER + '/');
  await page.getByRole('searchbox').fill('mặt trận');
  await page.getByRole('searchbox').press('Enter');
  await expect(page).toHaveURL(/\/tim-kiem\?q=m%E1%BA%B7t\+tr%E1%BA%ADn/);
  await expect(page.locator('h1')).toContainText('mặt trận');
  expect(await page.locator('.tt-card').count()).toBeGreaterThan(0);
  await context.close();
});

test('the app takes over the server’s page: no second fetch, no shift, the first paint stays the largest, links then stay in the app', async ({ page }) => {
  // Without photos the largest paint is text, which only the server's HTML
  // can have painted before the app ran. (A photo is painted when it has
  // loaded, in whichever DOM.) The app's WASM arrives once the server's page
  // has been painted, as on a slow network.
  await page.route('**/media/**', (r) => r.abort());
  await page.route(/_bg\.wasm$/, async (r) => {
    await page.waitForFunction(() => window.__paints && window.__paints.lcp.length > 0);
    await r.continue();
  });
  await page.addInitScript(() => {
    window.__paints = { shift: 0, lcp: [] };
    new PerformanceObserver((l) => l.getEntries().forEach((e) => (window.__paints.shift += e.value))).observe({ type: 'layout-shift', buffered: true });
    new PerformanceObserver((l) => l.getEntries().forEach((e) => window.__paints.lcp.push(e.startTime))).observe({ type: 'largest-contentful-paint', buffered: true });
  });
  const asked = [];
  page.on('request', (r) => {
    if (r.url().startsWith(`${API}/api/`)) asked.push(r.url());
  });
  await page.goto(SERVER + SEED_PATH);
  await page.waitForFunction(() => performance.getEntriesByName('tt:takeover').length === 1);
  expect(asked, 'the page came with its data').toEqual([]);
  await expect(page.locator('h1')).toHaveText(SEED.title);
  await expect(page.locator('.tt-body figcaption')).toHaveText(SEED.captions);
  await expect(page.locator('#tt-data')).toHaveCount(0);
  // One set of head tags (the server's went), one title.
  await expect(page.locator('meta[property="og:title"]')).toHaveCount(1);
  await expect(page.locator('link[rel=canonical]')).toHaveCount(1);
  // Two frames after the app took over: anything it painted is reported.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const paints = await page.evaluate(() => ({ ...window.__paints, takeover: performance.getEntriesByName('tt:takeover')[0].startTime }));
  expect(paints.shift).toBe(0);
  expect(paints.lcp.length).toBeGreaterThan(0);
  for (const t of paints.lcp) expect(t, 'every largest paint is the server’s, before the app ran').toBeLessThan(paints.takeover);
  // In-app navigation from now on: no page load.
  await page.evaluate(() => (window.__samePage = true));
  await page.locator('section[aria-labelledby="tt-other-title"]').getByRole('link', { name: SEED.otherTitle }).click();
  await expect(page.locator('h1')).toHaveText(SEED.otherTitle);
  expect(await page.evaluate(() => window.__samePage)).toBe(true);
  expect(asked.some((u) => u.includes('/api/articles/'))).toBe(true);
});

test('a reader who chose English sees English from the first paint: the app tells the server, whose page is in it and private to shared caches', async ({ page }) => {
  // A choice made in an earlier visit (before the app told the server).
  await page.addInitScript(() => localStorage.setItem('tintuc.lang', 'en'));
  await page.goto(SERVER + '/');
  await page.waitForFunction(() => performance.getEntriesByName('tt:takeover').length === 1);
  await expect(page.locator('h1')).toHaveText('Latest news');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  // The next page the server renders is in English before any WASM has run.
  let release;
  const held = new Promise((r) => (release = r));
  await page.route(/_bg\.wasm$/, async (r) => {
    await held;
    await r.continue();
  });
  const response = await page.goto(SERVER + SEED_PATH);
  expect(response.headers()['cache-control']).toMatch(/^private\b/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('#tt-other-title')).toHaveText('Other news');
  expect(await page.evaluate(() => performance.getEntriesByName('tt:takeover').length)).toBe(0);
  release();
  await page.waitForFunction(() => performance.getEntriesByName('tt:takeover').length === 1);
  await expect(page.locator('#tt-other-title')).toHaveText('Other news');
  await expect(page.locator('h1')).toHaveText(SEED.title);
  // Back to Vietnamese: the server's next page is the portal's again.
  await page.getByRole('button', { name: /tiếng Việt/ }).click();
  await expect(page.locator('#tt-other-title')).toHaveText('Các tin tức khác');
  const again = await page.request.get(SERVER + SEED_PATH);
  expect(again.headers()['cache-control']).toMatch(/^public\b/);
  expect(await again.text()).toContain('<html lang="vi">');
  // A reader who chose nothing (a crawler, a share click) gets the portal's
  // page, which shared caches keep.
  const plain = await fetch(SERVER + SEED_PATH);
  expect(plain.headers.get('cache-control')).toMatch(/^public\b/);
  expect(await plain.text()).toContain('<html lang="vi">');
});

// What each backend failure makes of the seed article's page.
const FAULTS = [
  ['a 500', { kind: 'status', code: 500 }, 502],
  ['a 503 with Retry-After', { kind: 'status', code: 503, retry_after: 30 }, 503, '30'],
  ['a 429 with Retry-After', { kind: 'status', code: 429, retry_after: 7 }, 503, '7'],
  ['HTML instead of JSON', { kind: 'body', body: '<html><body>Bad gateway</body></html>', content_type: 'text/html' }, 502],
  ['a truncated answer', { kind: 'truncate', bytes: 200 }, 502],
  ['a 10 MB answer', { kind: 'huge', bytes: 10 * 1024 * 1024 }, 502],
  ['a 12 MB answer without a length (chunked)', { kind: 'stream', bytes: 12 * 1024 * 1024 }, 502],
  ['JSON of the wrong shape', { kind: 'body', body: '{"items": "nope"}' }, 502],
  ['a dropped connection', { kind: 'drop' }, 502],
];

for (const [what, action, status, retryAfter] of FAULTS) {
  test(`backend fault through the server: ${what} → ${status} with a readable page`, async ({ request }) => {
    await faults([{ path_prefix: `/api/articles/${SEED.slug}`, action }]);
    const r = await request.get(SERVER + SEED_PATH, { maxRedirects: 0 });
    expect(r.status()).toBe(status);
    if (retryAfter) expect(r.headers()['retry-after']).toBe(retryAfter);
    expect(r.headers()['cache-control']).toBe('no-store');
    const html = await r.text();
    expect(html).toContain('Không tải được nội dung');
    expect(html).toContain('Thử lại');
    // The menu still came: the page is the portal's, with a way around.
    expect(html).toContain(SEED.category.name);
  });
}

test('a backend that hangs costs the reader the server’s time limit, then a 504 page', async ({ request }) => {
  await faults([{ path_prefix: '/api/articles/', action: { kind: 'hang' } }]);
  // (How long the limit is belongs to the benchmark: without one, this
  // request would hang until the test's own time runs out.)
  const r = await request.get(`${SERVER}/tin-tuc/${SEED.slug}`, { timeout: 20_000 });
  expect(r.status()).toBe(504);
  expect(await r.text()).toContain('Không tải được nội dung');
});

test('hostile article bodies never run, with JavaScript on and off', async ({ browser }) => {
  const vectors = JSON.parse(fs.readFileSync(path.join(ROOT, 'tests/fixtures/xss-vectors.json'), 'utf8'));
  const article = {
    slug: 'xss',
    title: '</title><script>__xss(0)</script> <img src=x onerror=__xss(0)>',
    summary: '<b onmouseover=__xss(0)>lead</b>',
    published_at: '2021-02-05T14:39:00+07:00',
    author: '<script>__xss(0)</script>',
    body_html: vectors.map((v) => `<div>${v.html}</div>`).join('\n'),
  };
  const install = () => faults([{ path: '/api/articles/xss', action: { kind: 'body', body: JSON.stringify(article) } }]);
  // JavaScript off: what the server wrote holds nothing that could run.
  await install();
  const { context, page } = await noScript(browser);
  const response = await page.goto(`${SERVER}/tin-tuc/xss`);
  expect(response.status()).toBe(200);
  await expect(page.locator('h1')).toHaveText(article.title);
  const found = await page.evaluate(() => {
    const body = document.querySelector('.tt-body');
    const bad = [];
    for (const el of [document.head, document.body].flatMap((r) => [...r.querySelectorAll('*')])) {
      for (const a of el.attributes) if (/^on/i.test(a.name)) bad.push(`${el.tagName} ${a.name}`);
      // index.html's own empty icon is the one data: URL the page may have.
      if (el.matches('link[rel=icon][href="data:,"]')) continue;
      for (const a of ['href', 'src', 'action', 'formaction', 'xlink:href']) {
        const v = el.getAttribute(a);
        if (v && /^\s*(javascript|data|vbscript):/i.test(v)) bad.push(`${el.tagName} ${a}=${v.slice(0, 40)}`);
      }
    }
    for (const el of body.querySelectorAll('script, style, iframe, object, embed, form, svg, math, base, meta, link')) bad.push(el.tagName);
    const scripts = [...document.scripts].filter((s) => !['', 'module', 'application/json', 'application/ld+json'].includes(s.type) || (s.type === '' && !s.textContent.includes('__tt')));
    return { bad, scripts: scripts.map((s) => s.outerHTML.slice(0, 80)) };
  });
  expect(found.bad).toEqual([]);
  expect(found.scripts).toEqual([]);
  await context.close();
  // JavaScript on: the app takes over the same page; nothing fires.
  await install();
  const js = await browser.newContext();
  const live = await js.newPage();
  const hits = [];
  await live.exposeFunction('__xssHit', (id) => hits.push(id));
  await live.addInitScript(() => (window.__xss = (id) => window.__xssHit(id)));
  live.on('dialog', (d) => {
    hits.push(`dialog ${d.message()}`);
    d.dismiss();
  });
  await live.goto(`${SERVER}/tin-tuc/xss`);
  await live.waitForFunction(() => performance.getEntriesByName('tt:takeover').length === 1);
  await live.locator('.tt-body').hover();
  await live.mouse.move(5, 5);
  expect(hits).toEqual([]);
  await js.close();
});

/** `count` sequential GETs of `path` on one keep-alive connection: how
 * long each took, in ms, sorted, and how many sockets served them. */
async function timesOnOneConnection(path, count = 100) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const sockets = new Set();
  const times = [];
  for (let i = 0; i < count; i++) {
    const started = performance.now();
    await new Promise((resolve, reject) => {
      const req = http.get(SERVER + path, { agent, headers: { 'accept-encoding': 'br' } }, (res) => {
        sockets.add(res.socket);
        res.resume();
        res.on('end', resolve);
      });
      req.on('error', reject);
    });
    times.push(performance.now() - started);
  }
  agent.destroy();
  times.sort((a, b) => a - b);
  return { times, sockets: sockets.size };
}

// A stall's signature, not a speed: when an answer goes out in two small
// writes without TCP_NODELAY, Nagle's algorithm holds the second until the
// client acknowledges the first, and the client delays that ACK: at least
// 40 ms (Linux's floor) for nearly every answer on the connection, however
// fast the machine. A render takes a few ms, a slow and busy machine's
// several times that: far below it. (Latencies are ./tasks bench's.)
test('keep-alive without stalls: 100 requests on one connection, an HTML page and a static file', async () => {
  for (const p of ['/', '/widget.js']) {
    const { times, sockets } = await timesOnOneConnection(p);
    expect(sockets, 'one connection').toBe(1);
    const stalled = times.filter((t) => t >= 40).length;
    expect(stalled, `${p}: ${stalled} of ${times.length} answers took 40 ms or more (median ${times[50].toFixed(1)} ms)`).toBeLessThan(25);
  }
});

/** Sends `raw` (a whole HTTP request) and resolves to the status code. */
function rawStatus(raw) {
  return new Promise((resolve, reject) => {
    const socket = net.connect(PORTS.server, '127.0.0.1', () => socket.write(raw));
    let data = '';
    socket.on('data', (d) => {
      data += d.toString('latin1');
      const m = data.match(/^HTTP\/1\.1 (\d{3})/);
      if (m) {
        resolve(Number(m[1]));
        socket.destroy();
      }
    });
    socket.on('error', reject);
    socket.on('end', () => resolve(Number((data.match(/^HTTP\/1\.1 (\d{3})/) || [])[1] || 0)));
  });
}

test('hostile requests get a 4xx, never a 500 and never a file outside the build', async () => {
  const get = (target, headers = '') => rawStatus(`GET ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\n${headers}Connection: close\r\n\r\n`);
  const cases = [
    ['/' + 'a'.repeat(9000), [414, 431, 400]],
    ['/tim-kiem?q=' + 'x'.repeat(9000), [414, 431, 400]],
    ['/../../../../etc/passwd', [400, 404]],
    ['/tin-tuc/..%2F..%2F..%2Fetc%2Fpasswd', [404]],
    ['/tin-tuc/..', [404]],
    ['/tin-tuc/%2e%2e', [404]],
    ['/widget/..%2F..%2FCargo.toml', [404]],
    ['/%2e%2e/%2e%2e/Cargo.toml', [400, 404]],
    ['/tin-tuc/%C3%28%FF%FE', [404]],
    ['/danh-muc/%zz%', [404]],
    ['/tim-kiem?q=%E0%A4%A', [200]],
    // The service worker's offline shell, served as the build wrote it.
    ['/index.html', [200]],
  ];
  for (const [target, allowed] of cases) {
    const status = await get(target);
    expect(allowed, `${target.slice(0, 60)} → ${status}`).toContain(status);
  }
  expect(await get('/', 'Host: evil.example\r\n')).toBe(200);
  expect(await get('/', 'Accept-Language: zz-ZZ;q=abc,,,*;q=-1\r\n')).toBe(200);
  expect(await rawStatus('DELETE / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n')).toBe(405);
  // A forged Host never reaches the page's addresses.
  const html = await new Promise((resolve) => {
    http.get(SERVER + SEED_PATH, { headers: { host: 'evil.example' } }, (res) => {
      let s = '';
      res.on('data', (d) => (s += d));
      res.on('end', () => resolve(s));
    });
  });
  expect(html).not.toContain('evil.example');
});

/** `n` connections to `port`, each sending a request's headers one line
 * at a time and never finishing them; `closed()` counts those the server
 * has closed. */
async function trickling(port, n) {
  const sockets = await Promise.all(
    Array.from({ length: n }, () => new Promise((resolve) => {
      const s = net.connect(port, '127.0.0.1', () => {
        s.write('GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n');
        resolve(s);
      });
      s.closedByPeer = false;
      s.on('end', () => (s.closedByPeer = true));
      s.on('close', () => (s.closedByPeer = true));
      s.on('error', () => (s.closedByPeer = true));
    })),
  );
  const timer = setInterval(() => sockets.forEach((s) => s.writable && s.write('X-Slow: 1\r\n')), 250);
  return {
    closed: () => sockets.filter((s) => s.closedByPeer).length,
    stop: () => {
      clearInterval(timer);
      sockets.forEach((s) => s.destroy());
    },
  };
}

test('hundreds of clients trickling their headers do not keep a reader waiting', async () => {
  const slow = await trickling(PORTS.server, 300);
  try {
    const started = Date.now();
    const r = await fetch(SERVER + SEED_PATH);
    expect(r.status).toBe(200);
    expect(await r.text()).toContain(SEED.title.slice(0, 20));
    // A bound far from normal work (milliseconds): a reader queued behind
    // the slow clients would wait for their header deadline, 10 s.
    expect(Date.now() - started).toBeLessThan(1000);
    expect(slow.closed(), 'still within their header deadline').toBe(0);
  } finally {
    slow.stop();
  }
});

test('past the connection cap new clients wait, and the header deadline frees the slots the slow ones took', async () => {
  const port = PORTS.server + 40;
  const { child, probe } = await startServer(port, ['--max-connections', '20', '--header-timeout-ms', '1000']);
  const slow = await trickling(port, 20);
  try {
    // Every slot is a slow client's: this reader waits in the backlog
    // until the deadline closes them, then is answered.
    const r = await fetch(`http://127.0.0.1:${port}${SEED_PATH}`);
    expect(r.status).toBe(200);
    await expect.poll(slow.closed, { message: 'the slow clients were closed' }).toBe(20);
  } finally {
    slow.stop();
    await stopBackend(child, probe);
  }
});

test('partner pages on other origins can load the widget from the server', async ({ request }) => {
  for (const p of ['/widget.js', '/embed.js', '/config.json']) {
    const r = await request.get(SERVER + p, { headers: { Origin: 'http://partner.example' } });
    expect(r.status(), p).toBe(200);
    expect(r.headers()['access-control-allow-origin'], p).toBe('*');
  }
  const glue = (await (await request.get(SERVER + '/widget.js')).text()).match(/widget\/tintuc-widget-[0-9a-f]+\.js/)[0];
  const r = await request.get(`${SERVER}/${glue}`, { headers: { 'accept-encoding': 'br' } });
  expect(r.headers()['access-control-allow-origin']).toBe('*');
  expect(r.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
});

test('static files: precompressed, cached for good when hashed, revalidated otherwise', async ({ request }) => {
  const home = await (await request.get(SERVER + '/')).text();
  const wasm = home.match(/\/tintuc-[0-9a-f]+_bg\.wasm/)[0];
  const r = await request.get(SERVER + wasm, { headers: { 'accept-encoding': 'br' } });
  expect(r.headers()['content-encoding']).toBe('br');
  expect(r.headers()['content-type']).toBe('application/wasm');
  expect(r.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  const config = await request.get(SERVER + '/config.json');
  expect(config.headers()['cache-control']).toBe('no-cache');
  const etag = config.headers().etag;
  const again = await request.get(SERVER + '/config.json', { headers: { 'if-none-match': etag } });
  expect(again.status()).toBe(304);
  const page = await request.get(SERVER + '/');
  expect(page.headers()['cache-control']).toMatch(/s-maxage=\d+/);
  expect(page.headers()['cache-control']).toMatch(/stale-while-revalidate=\d+/);
  const same = await request.get(SERVER + '/', { headers: { 'if-none-match': page.headers().etag } });
  expect([200, 304]).toContain(same.status());
});

test("the first screen's photo is asked for before the WASM, which waits at low priority", async ({ request }) => {
  const head = async (p) => {
    const html = await (await request.get(SERVER + p)).text();
    return html.slice(0, html.indexOf('</head>'));
  };
  const home = await head('/');
  const photo = home.match(/<link rel="preload" as="image" href="([^"]+)" imagesrcset="[^"]+" imagesizes="\(min-width: 768px\) 600px, 100vw" fetchpriority="high">/);
  expect(photo, 'the featured story is preloaded').not.toBeNull();
  const wasm = home.indexOf('as="fetch" type="application/wasm"');
  expect(wasm).toBeGreaterThan(home.indexOf(photo[0]));
  expect(home.slice(wasm).split('>')[0]).toContain('fetchpriority="low"');
  // The page's own first card is that photo's story.
  const html = await (await request.get(SERVER + '/')).text();
  expect(html.indexOf(`src="${photo[1]}"`)).toBeGreaterThan(html.indexOf('</head>'));
  // The seed's photo is in its body (no lead photo): nothing preloaded.
  expect(await head(SEED_PATH)).not.toContain('as="image"');
});
