// deploy/nginx's recipes, served by Debian's nginx as scripts/nginx/setup.sh
// renders them (`./tasks nginx`):
//   18100  tintuc-static.conf: a deployed copy of the release build
//          (target/nginx/static/, API on 18081, /api/ proxied too)
//   18101  tintuc-server.conf: nginx's micro-cache in front of two copies of
//          tintuc-server, on 18102 and 18103, which this file starts (and
//          stops: one, to see the other take over; both, to see stale pages)
// What `curl -I` would check, then the reader's journey and the partners'
// pages through each, with every page's Content-Security-Policy on (the
// `test` of ./support.mjs fails on any violation).
import { test, expect, headersIn, PORTS, ROOT, SEED, SEED_PATH, serverBin } from './support.mjs';
import { reader, Shell, Widget } from './pages/index.mjs';
import { waitForDown, waitForUrl } from '../../scripts/lib/wait.mjs';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import zlib from 'node:zlib';

const STATIC = `http://127.0.0.1:${PORTS.nginxStatic}`;
const SERVED = `http://127.0.0.1:${PORTS.nginxServer}`;
const DEPLOYED = path.join(ROOT, 'target/nginx/static');
/** Seconds the server lets shared caches keep a page: its default (nginx's
 * micro-cache keeps it 2 s whatever this says). */
const PAGE_MAX_AGE = 60;
const IMMUTABLE = 'public, max-age=31536000, immutable';

/** A GET (or HEAD) as curl makes it: no decoding, no redirects followed. */
function get(url, headers = {}, method = 'GET') {
  // The path exactly as written (a URL object would resolve %2e%2e).
  const [, host, port, path] = url.match(/^http:\/\/([^/:]+):(\d+)(.*)$/);
  return new Promise((resolve, reject) => {
    const req = http.request({ host, port, path: path || '/', method, headers }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** The deployed build's hashed files, from its bundles.json and widget/. */
function files() {
  const index = fs.readFileSync(path.join(DEPLOYED, 'index.html'), 'utf8');
  const widget = fs.readdirSync(path.join(DEPLOYED, 'widget'));
  const { tintuc } = JSON.parse(fs.readFileSync(path.join(DEPLOYED, 'bundles.json'), 'utf8'));
  return {
    index,
    glue: tintuc.js,
    wasm: tintuc.wasm,
    widgetGlue: `/widget/${widget.find((f) => /^tintuc-widget-[0-9a-f]{16}\.js$/.test(f))}`,
    widgetWasm: `/widget/${widget.find((f) => /_bg\.wasm$/.test(f))}`,
  };
}

/** The copies of the server behind nginx's upstream, by port. */
const upstreams = new Map();
const UPSTREAM_PORTS = [PORTS.nginxUpstream, PORTS.nginxUpstream2];

async function startUpstream(port) {
  const child = spawn(
    serverBin(ROOT),
    [
      '--dist', process.env.TINTUC_DIST || path.join(ROOT, 'target/dist-e2e'),
      '--config', 'tests/e2e/config.nginx.json',
      '--port', `${port}`,
      '--site-url', SERVED,
      '--backend', `http://127.0.0.1:${PORTS.api}`,
    ],
    { cwd: ROOT, stdio: 'ignore' },
  );
  upstreams.set(port, child);
  await waitForUrl(`http://127.0.0.1:${port}/config.json`);
}

async function stopUpstream(port) {
  upstreams.get(port)?.kill('SIGKILL');
  upstreams.delete(port);
  await waitForDown(`http://127.0.0.1:${port}/config.json`, { timeout: 10_000 });
}

const startUpstreams = () => Promise.all(UPSTREAM_PORTS.map(startUpstream));
const stopUpstreams = () => Promise.all(UPSTREAM_PORTS.map(stopUpstream));

test.beforeAll(async () => {
  if ((await get(`${STATIC}/config.json`).catch(() => null))?.status !== 200) {
    throw new Error(`nothing answers on ${STATIC}: run scripts/nginx/setup.sh (./tasks nginx does)`);
  }
  await startUpstreams();
});

test.afterAll(async () => {
  for (const child of upstreams.values()) child.kill('SIGKILL');
});

test.describe('the static recipe', () => {
  test('hashed files are immutable; the shell, config.json and widget.js revalidated; brotli and gzip as asked', async () => {
    const f = files();
    for (const p of [f.glue, f.wasm, f.widgetGlue, f.widgetWasm]) {
      const r = await get(STATIC + p, { 'accept-encoding': 'gzip, deflate, br' });
      expect(r.status, p).toBe(200);
      expect(r.headers['cache-control'], p).toBe(IMMUTABLE);
      expect(r.headers['content-encoding'], p).toBe('br');
      expect(r.headers.vary, p).toMatch(/Accept-Encoding/i);
      expect(r.headers['x-content-type-options'], p).toBe('nosniff');
    }
    const wasm = await get(STATIC + f.wasm, { 'accept-encoding': 'br' });
    expect(wasm.headers['content-type']).toBe('application/wasm');
    expect((await get(STATIC + f.widgetWasm)).headers['content-type']).toBe('application/wasm');
    expect((await get(STATIC + f.glue, { 'accept-encoding': 'gzip' })).headers['content-encoding']).toBe('gzip');
    // Without Accept-Encoding: the file itself, byte for byte.
    const plain = await get(STATIC + f.wasm);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.equals(fs.readFileSync(path.join(DEPLOYED, f.wasm)))).toBe(true);
    for (const p of ['/', '/index.html', '/config.json', '/widget.js', '/embed.js', '/embed-builder.css', '/tin-nhung/']) {
      const r = await get(STATIC + p, { 'accept-encoding': 'br' });
      expect(r.status, p).toBe(200);
      expect(r.headers['cache-control'], p).toBe('no-cache');
      expect(r.headers.etag ?? r.headers['last-modified'], p).toBeTruthy();
    }
    expect((await get(`${STATIC}/`, { 'accept-encoding': 'br' })).headers['content-encoding']).toBe('br');
    expect((await get(`${STATIC}/widget.js`, { 'accept-encoding': 'br' })).headers['content-encoding']).toBe('br');
    expect((await get(`${STATIC}/`)).body.toString()).toBe(f.index);
    // config.json as it is on disk (a deployer edits it).
    const config = await get(`${STATIC}/config.json`, { 'accept-encoding': 'br' });
    expect(config.headers['content-encoding']).toBeUndefined();
    expect(config.headers['content-type']).toMatch(/^application\/json/);
    expect(JSON.parse(config.body).api_base).toBe(`http://127.0.0.1:${PORTS.api}/api/`);
    // A revalidation of the shell is a 304.
    const again = await get(`${STATIC}/`, { 'if-none-match': (await get(`${STATIC}/`)).headers.etag });
    expect(again.status).toBe(304);
  });

  test("deep links are the shell; a missing file is a 404, never the shell", async () => {
    const { index } = files();
    for (const p of [SEED_PATH, `/danh-muc/${SEED.category.slug}?page=2`, '/danh-muc/x?page=2', '/nhung', '/tim-kiem?q=x', '/tin-tuc/khong-co-bai-nay', '/khong-co/trang-nay']) {
      const r = await get(STATIC + p);
      expect(r.status, p).toBe(200);
      expect(r.headers['content-type'], p).toMatch(/^text\/html/);
      expect(r.body.toString(), p).toBe(index);
    }
    for (const p of ['/missing.js', '/tintuc-0000000000000000.wasm', '/tintuc-0000000000000000.js', '/widget/nope.js', '/widget/tintuc-widget-0000000000000000_bg.wasm', '/tin-nhung/nope.js', '/favicon.ico', '/nginx/reader.conf', '/nginx/headers.conf']) {
      const r = await get(STATIC + p);
      expect(r.status, p).toBe(404);
      expect(r.body.toString(), p).not.toContain('tt:app');
      expect(r.headers['x-content-type-options'], p).toBe('nosniff');
    }
    const dir = await get(`${STATIC}/tin-nhung?limit=5`);
    expect(dir.status).toBe(301);
    expect(dir.headers.location).toMatch(/\/tin-nhung\/\?limit=5$/);
  });

  test('security headers: the policy the build wrote for the deployed config.json; only the iframe page may be framed', async ({ request }) => {
    const policies = headersIn(path.join(DEPLOYED, 'nginx'));
    expect(policies.reader).toContain(`connect-src 'self' http://127.0.0.1:${PORTS.api}`);
    for (const p of ['/', SEED_PATH, '/nhung', '/tim-kiem?q=x']) {
      const h = (await get(STATIC + p)).headers;
      expect(h['content-security-policy'], p).toBe(policies.reader);
      expect(h['content-security-policy'], p).toContain("frame-ancestors 'none'");
      expect(h['content-security-policy'], p).toMatch(/script-src 'self' 'wasm-unsafe-eval'( 'sha256-[^' ]+')+;/);
      expect(h['x-frame-options'], p).toBe('DENY');
      for (const [name, value] of Object.entries(policies.headers)) expect(h[name], `${p} ${name}`).toBe(value);
    }
    const embed = (await get(`${STATIC}/tin-nhung/?limit=5`)).headers;
    expect(embed['content-security-policy']).toBe(policies.embed);
    expect(embed['content-security-policy']).not.toContain('frame-ancestors');
    expect(embed['x-frame-options']).toBeUndefined();
    // The demo backend serves the same build with the same config.json, its
    // policy computed by the Rust side (tintuc-csp): the same header.
    const rust = await request.get(`http://127.0.0.1:${PORTS.site}/`);
    expect(rust.headers()['content-security-policy']).toBe(policies.reader);
    // Partner pages load the widget, the auto-sizer and the config.
    for (const p of ['/widget.js', '/embed.js', '/config.json', files().widgetGlue, files().widgetWasm]) {
      expect((await get(STATIC + p, { origin: 'http://partner.example' })).headers['access-control-allow-origin'], p).toBe('*');
    }
    expect((await get(`${STATIC}/`)).headers['access-control-allow-origin']).toBeUndefined();
    // The optional /api/ block, enabled for the tests: the backend on the portal's origin.
    const api = await get(`${STATIC}/api/categories`);
    expect(api.status).toBe(200);
    expect(JSON.parse(api.body).items.length).toBeGreaterThan(0);
  });

  test("the reader's journey, the snippet builder and the iframe page, with the policy on", async ({ page }) => {
    await journey(page, STATIC);
  });

  test.describe('partner pages', () => {
    const PARTNER = 'http://127.0.0.1:18098';
    let partner;
    const pages = new Map();
    test.beforeAll(async () => {
      partner = http.createServer((req, res) => {
        const html = pages.get(new URL(req.url, PARTNER).pathname);
        if (!html) return void res.writeHead(404).end();
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
      });
      await new Promise((r) => partner.listen(18098, '127.0.0.1', r));
    });
    test.afterAll(() => new Promise((r) => partner.close(r)));
    const page = (p, body) => {
      pages.set(p, `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Đối tác</title></head><body>${body}</body></html>`);
      return PARTNER + p;
    };

    test('the widget from nginx on another origin, and the iframe embed page', async ({ page: browser }) => {
      await browser.goto(
        page(
          '/widget.html',
          `<tintuc-news kind="category" category="${SEED.category.slug}" limit="3" layout="cards"></tintuc-news>
           <iframe id="f" src="${STATIC}/tin-nhung/?limit=5" data-tintuc-embed title="Tin tức" width="100%" height="480"></iframe>
           <script src="${STATIC}/widget.js" async></script><script src="${STATIC}/embed.js" async></script>`,
        ),
      );
      await expect(Widget.nth(browser).titles).toHaveCount(3);
      await expect(Widget.nth(browser).thumbnails.first()).toBeVisible();
      await expect(Widget.nth(browser.frameLocator('#f')).titles).toHaveCount(5);
      await expect.poll(() => browser.locator('#f').evaluate((f) => f.getBoundingClientRect().height)).not.toBe(480);
    });

    test.describe(() => {
      test.use({ allowPolicy: [/frame-ancestors/] });
      test('a reader page refuses to be framed', async ({ page: browser }) => {
        const seen = [];
        browser.on('console', (m) => seen.push(m.text()));
        await browser.goto(page('/framed.html', `<iframe id="r" src="${STATIC}/" title="x" width="600" height="400"></iframe>`));
        await expect.poll(() => seen.some((m) => /frame-ancestors 'none'/.test(m))).toBe(true);
        await expect(browser.frameLocator('#r').locator('.tt-header')).toHaveCount(0);
      });
    });
  });
});

test.describe('the server recipe (nginx in front of tintuc-server)', () => {
  test("the reader's journey, the snippet builder and the iframe page, through nginx's cache", async ({ page }) => {
    await journey(page, SERVED);
  });

  test("the server's headers pass through; its policy hashes the same inline scripts as the build's", async () => {
    const r = await get(`${SERVED}/`);
    const policy = r.headers['content-security-policy'];
    const built = headersIn(path.join(DEPLOYED, 'nginx')).reader;
    const directive = (p, name) => p.split('; ').find((d) => d.startsWith(`${name} `));
    expect(directive(policy, 'script-src')).toBe(directive(built, 'script-src'));
    expect(directive(policy, 'style-src')).toBe(directive(built, 'style-src'));
    // Its config.json reads the API on the portal's own origin (/api/ through nginx).
    expect(directive(policy, 'connect-src')).toBe("connect-src 'self'");
    expect(r.headers['permissions-policy']).toBe(headersIn(path.join(DEPLOYED, 'nginx')).headers['permissions-policy']);
    expect(r.headers['x-frame-options']).toBe('DENY');
    const embed = await get(`${SERVED}/tin-nhung/?limit=5`);
    expect(embed.headers['content-security-policy']).not.toContain('frame-ancestors');
    expect(r.headers['cache-control']).toBe(`public, max-age=${PAGE_MAX_AGE}, s-maxage=${PAGE_MAX_AGE}, stale-while-revalidate=600, stale-if-error=86400`);
    const wasm = await get(SERVED + files().wasm, { 'accept-encoding': 'br' });
    expect([wasm.headers['content-type'], wasm.headers['content-encoding'], wasm.headers['cache-control']]).toEqual(['application/wasm', 'br', IMMUTABLE]);
    expect((await get(`${SERVED}/missing.js`)).status).toBe(404);
    expect((await get(`${SERVED}/api/categories`)).status).toBe(200);
  });

  test('the micro-cache: one copy per page and encoding, config.json never kept, 2 s at most; a page outlives the server, stale', async () => {
    // A page no earlier test asked for (the cache key is the page's own:
    // its path, page and q). The entry is kept 2 s: a later request may
    // find it expired (and renew it), never miss it.
    const found = /^(HIT|EXPIRED|STALE|UPDATING|REVALIDATED)$/;
    const fresh = `/tim-kiem?q=run${Date.now()}`;
    const first = await get(SERVED + fresh, { 'accept-encoding': 'br' });
    expect(first.status).toBe(200);
    expect(first.headers['x-cache-status']).toBe('MISS');
    const second = await get(SERVED + fresh, { 'accept-encoding': 'br' });
    expect(second.headers['x-cache-status']).toMatch(found);
    expect(second.headers['content-encoding']).toBe('br');
    expect(second.body.equals(first.body)).toBe(true);
    // Another encoding is another copy; every spelling of br the same one.
    expect((await get(SERVED + fresh, { 'accept-encoding': 'gzip' })).headers['x-cache-status']).toBe('MISS');
    expect((await get(SERVED + fresh, { 'accept-encoding': 'gzip, deflate, br, zstd' })).headers['x-cache-status']).toMatch(found);
    // Hashed files are kept too; no-cache answers never.
    const glue = files().glue;
    await get(SERVED + glue);
    expect((await get(SERVED + glue)).headers['x-cache-status']).toMatch(found);
    await get(`${SERVED}/config.json`);
    expect((await get(`${SERVED}/config.json`)).headers['x-cache-status']).toBe('MISS');

    // Share clicks' tracking parameters reach the same copy.
    expect((await get(`${SERVED}${fresh}&fbclid=IwAR1&utm_source=zalo`, { 'accept-encoding': 'br' })).headers['x-cache-status']).toMatch(found);

    // The bound: nginx renews its copy from the server after 2 s, though the
    // server's Cache-Control lets shared caches keep the page 60 s.
    expect(first.headers['cache-control']).toContain(`s-maxage=${PAGE_MAX_AGE}`);
    await expect
      .poll(async () => (await get(SERVED + fresh, { 'accept-encoding': 'br' })).headers['x-cache-status'], { timeout: 15_000 })
      .toMatch(/^(EXPIRED|STALE|UPDATING|REVALIDATED)$/);

    // Every copy of the server stops. The page, expired, is still served
    // (stale), from the copy nginx has; a page it never had is nginx's 502.
    await stopUpstreams();
    await expect
      .poll(async () => (await get(SERVED + fresh, { 'accept-encoding': 'br' })).headers['x-cache-status'], { timeout: 15_000 })
      .toMatch(/^(STALE|UPDATING)$/);
    for (let i = 0; i < 2; i++) {
      const stale = await get(SERVED + fresh, { 'accept-encoding': 'br' });
      expect(stale.status).toBe(200);
      expect(['STALE', 'UPDATING']).toContain(stale.headers['x-cache-status']);
      // The page nginx had (renewed since the first request: its own copy).
      expect(zlib.brotliDecompressSync(stale.body).toString()).toContain(fresh.split('=')[1]);
    }
    expect((await get(`${SERVED}/tim-kiem?q=never${Date.now()}`)).status).toBe(502);

    // Back up: the next request renews the page.
    await startUpstreams();
    await expect.poll(async () => (await get(SERVED + fresh, { 'accept-encoding': 'br' })).headers['x-cache-status'], { timeout: 15_000 }).toMatch(/^(HIT|EXPIRED|REVALIDATED)$/);
  });
});

test("a reader's language through the server recipe: their page in it, never kept nor handed to others", async () => {
  const fresh = `/tim-kiem?q=lang${Date.now()}`;
  const en = { 'accept-encoding': 'identity', cookie: 'a=1; tintuc_lang=en' };
  const english = await get(SERVED + fresh, en);
  expect(english.status).toBe(200);
  expect(english.body.toString()).toContain('<html lang="en">');
  expect(english.headers['cache-control']).toMatch(/^private\b/);
  // Not kept: asked again, the server answers again.
  expect((await get(SERVED + fresh, en)).headers['x-cache-status']).toBe('MISS');
  // Nor handed to a reader who chose nothing, whose page is the portal's.
  const portal = await get(SERVED + fresh, { 'accept-encoding': 'identity' });
  expect(portal.body.toString()).toContain('<html lang="vi">');
  expect(portal.headers['cache-control']).toMatch(/^public\b/);
  // The backend's answers with it, as ever (the recipe passes it to pages alone).
  expect((await get(`${SERVED}/api/categories`, en)).status).toBe(200);
});

test('passed on to the backend (/api/, /media/) through both recipes: held to the prefix, GET and HEAD only, sandboxed, readable by partners, no cookies', async () => {
  for (const origin of [STATIC, SERVED]) {
    const ok = await get(`${origin}/api/categories`, { cookie: 'wordpress_logged_in=secret', origin: 'http://partner.example' });
    expect(ok.status, origin).toBe(200);
    expect(ok.headers['content-security-policy']).toBe("default-src 'none'; sandbox");
    expect(ok.headers['x-content-type-options']).toBe('nosniff');
    expect(ok.headers['access-control-allow-origin']).toBe('*');
    expect(ok.headers['set-cookie']).toBeUndefined();
    const media = await get(`${origin}/media/anh-01.jpg`);
    expect([media.status, media.headers['content-security-policy']]).toEqual([200, "default-src 'none'; sandbox"]);
    // A search with a slash in its query is a query, not a path.
    expect((await get(`${origin}/api/articles?q=a%2Fb`)).status).toBe(200);
    for (const p of ['/api/%2e%2e/media/anh-01.jpg', '/media/..%2fapi/categories', '/api/..%5capi/categories', '/api/x/%2e/categories', '/media/%2E/anh-01.jpg']) {
      expect((await get(origin + p)).status, `${origin}${p}`).toBe(400);
    }
    // Resolved by nginx to a path outside both prefixes: never the backend (nginx says 404, the server 400).
    const away = await get(`${origin}/api/%2E%2E/wp-login.php`);
    expect([away.status, away.headers['content-security-policy']]).not.toEqual([200, "default-src 'none'; sandbox"]);
    expect([400, 404]).toContain(away.status);
    expect((await get(`${origin}/api/categories`, {}, 'POST')).status).toBe(403);
  }
});

test('two copies of the server: one killed mid-run, no reader sees a 5xx', async () => {
  // Pages nginx has not kept (each its own search), so every one goes to
  // a copy of the server; half way, one copy dies.
  const run = Date.now();
  const statuses = [];
  for (let i = 0; i < 60; i++) {
    if (i === 20) await stopUpstream(PORTS.nginxUpstream);
    statuses.push((await get(`${SERVED}/tim-kiem?q=copy${run}x${i}`, { 'accept-encoding': 'br' })).status);
  }
  expect(statuses.filter((s) => s >= 500), 'answers of 5xx').toEqual([]);
  expect(statuses.every((s) => s === 200)).toBe(true);
  await startUpstream(PORTS.nginxUpstream);
});

/** Home → category → page 2 → the seed article → other news → back →
 * reload → search → 404 → the snippet builder (the widget's preview) → the
 * iframe page, at `origin`. The page's policy watcher (./support.mjs) fails
 * the test on any violation. */
async function journey(page, origin) {
  const { shell, list, article, menu } = reader(page);
  await page.goto(`${origin}/`);
  await expect(shell.heading).toHaveText('Tin mới nhất');
  await expect(list.cards).toHaveCount(10);
  await expect(list.thumbnails.first()).toBeVisible();
  await menu.link(SEED.category.name).click();
  await expect(page).toHaveURL(`${origin}/danh-muc/${SEED.category.slug}`);
  await list.nextPage.click();
  await expect(list.currentPage).toHaveText('2');
  await list.title(SEED.title).click();
  await expect(shell.heading).toHaveText(SEED.title);
  await expect(article.time).toHaveText(SEED.time);
  await expect(article.captions).toHaveText(SEED.captions);
  for (const img of await article.images.all()) {
    await img.scrollIntoViewIfNeeded();
    await expect.poll(() => img.evaluate((i) => i.complete && i.naturalWidth)).toBeGreaterThan(0);
  }
  await article.otherLink(SEED.otherTitle).click();
  await expect(shell.heading).toHaveText(SEED.otherTitle);
  await page.goBack();
  await expect(shell.heading).toHaveText(SEED.title);
  await page.reload();
  await expect(article.byline).toHaveText(SEED.byline);
  await list.searchbox.fill('hoan kiem');
  await list.searchbox.press('Enter');
  await expect(shell.heading).toHaveText('Kết quả tìm kiếm cho “hoan kiem”');
  await expect(list.titles.first()).toBeVisible();
  await page.goto(`${origin}/tim-kiem?q=x`);
  await expect(shell.heading).toBeVisible();
  await page.goto(`${origin}/tin-tuc/bai-viet-khong-ton-tai`);
  await expect(shell.heading).toHaveText('Không tìm thấy trang');
  await page.goto(`${origin}/nhung`);
  await expect(new Shell(page).heading).toHaveText('Tiện ích tin tức cho website');
  await expect(Widget.nth(page.locator('.tt-embed__preview')).titles.first()).toBeVisible();
  await page.goto(`${origin}/tin-nhung/?limit=5`);
  await expect(Widget.nth(page).titles).toHaveCount(5);
}
