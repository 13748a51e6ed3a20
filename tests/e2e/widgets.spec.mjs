// Widgets on partner sites: a partner page served from another origin than
// the portal, with the portal's widget.js. Every test runs against a portal
// on each backend: the demo backend (tintuc's contract; project `demo`,
// `./tasks e2e`), the same through the server as `./tasks serve` runs it
// (project `demo-served`: the API on the portal's origin, CORS the
// server's) and the real WordPress (project `wordpress`, `./tasks
// wordpress`), which the widget reads from the partner's page, across
// origins.
import { test as base, expect, faults, clearFaults, PORTS } from './support.mjs';
import { Shell, Widget } from './pages/index.mjs';
import http from 'node:http';

/** The portals, by the project option `portalName`: its backend, where the
 * portal is, where its API is, which of its requests are lists. */
const PORTALS = {
  tintuc: {
    backend: 'tintuc',
    url: `http://127.0.0.1:${PORTS.site}`,
    api: `http://127.0.0.1:${PORTS.api}`,
    isList: (u) => u.includes(`:${PORTS.api}/api/articles?`),
  },
  // The server as `./tasks serve` runs it: the API on the portal's origin,
  // passed on by the server (its CORS is the server's).
  served: {
    backend: 'tintuc',
    url: `http://127.0.0.1:${PORTS.served}`,
    api: `http://127.0.0.1:${PORTS.served}`,
    isList: (u) => u.includes(`:${PORTS.served}/api/articles?`),
  },
  wordpress: {
    backend: 'wordpress',
    url: `http://127.0.0.1:${PORTS.wordpressSite}`,
    api: 'http://127.0.0.1:18400',
    isList: (u) => u.includes(':18400/wp-json/wp/v2/posts?'),
  },
};
const BUILD = { tintuc: /\/widget\/tintuc-widget-[0-9a-f]{16}(_bg\.wasm|\.js)$/, wordpress: /\/widget\/tintuc-widget-wordpress-[0-9a-f]{16}(_bg\.wasm|\.js)$/ };

const test = base.extend({
  portalName: ['tintuc', { option: true, scope: 'worker' }],
  portal: [async ({ portalName }, use) => use(PORTALS[portalName]), { scope: 'worker' }],
});

const PARTNER_PORT = 18096;
const PARTNER = `http://127.0.0.1:${PARTNER_PORT}`;
const script = (portal) => `<script src="${portal.url}/widget.js" async></script>`;

/** Pages of the partner site, by path: { html, headers }. */
const pages = new Map();
let server;

test.beforeAll(async () => {
  server = http.createServer((req, res) => {
    const page = pages.get(new URL(req.url, PARTNER).pathname);
    if (!page) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...(page.headers || {}) }).end(page.html);
  });
  await new Promise((r) => server.listen(PARTNER_PORT, '127.0.0.1', r));
});
test.afterAll(() => new Promise((r) => server.close(r)));

function partner(path, body, { head = '', headers } = {}) {
  pages.set(path, {
    html: `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Phường Hàng Bạc</title>${head}</head><body>${body}</body></html>`,
    headers,
  });
  return `${PARTNER}${path}`;
}

/** The titles of the widget at `index` (inside its shadow root). */
const items = (page, index = 0) => Widget.nth(page, index).titles;

test('two widgets of different kinds on one page, one request per distinct list', async ({ page, portal }) => {
  const url = partner(
    '/two.html',
    `<h1>Trang phường</h1>
     <tintuc-news kind="latest" limit="3"></tintuc-news>
     <tintuc-news kind="category" category="hoat-dong-mat-tran" limit="4" layout="cards" theme="dark" target="_blank"></tintuc-news>
     <tintuc-news kind="latest" limit="3"></tintuc-news>
     ${script(portal)}`,
  );
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(url);
  await expect(items(page, 0)).toHaveCount(3);
  await expect(items(page, 1)).toHaveCount(4);
  await expect(items(page, 2)).toHaveCount(3);
  const [first, second] = [Widget.nth(page, 0), Widget.nth(page, 1)];
  await expect(second.heading).toHaveText('Hoạt động Mặt trận');
  await expect(second.thumbnails.first()).toBeVisible();
  // Thumbnails with their smaller renditions.
  await expect(second.host.locator('.tn__thumb[srcset*="w, "]').first()).toBeVisible();
  // Links go to the portal, absolute; the second opens a new tab.
  await expect(first.links.first()).toHaveAttribute('href', new RegExp(`^${portal.url}/tin-tuc/`));
  await expect(second.links.first()).toHaveAttribute('target', '_blank');
  await expect(first.links.first()).toHaveAttribute('target', '_self');
  // Times in the portal's zone.
  await expect(first.times.first()).toHaveAttribute('datetime', /\+07:00$/);
  // Two distinct lists → two list requests, though three widgets.
  expect(requests.filter(portal.isList).length).toBe(2);
  // This portal's build of the widget, and not the other backend's.
  const builds = requests.filter((u) => u.includes('/widget/tintuc-widget-'));
  expect(builds.length).toBe(2);
  expect(builds.every((u) => BUILD[portal.backend].test(u))).toBe(true);
  expect(await page.evaluate(() => window.__tintucNews.builds())).toEqual([portal.backend]);
  const configs = (await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name))).filter((n) => n.endsWith('/config.json'));
  expect(configs.length).toBe(1);
});

test('hostile host CSS cannot break the widget, and the widget does not leak', async ({ page, portal }) => {
  const url = partner(
    '/hostile.html',
    `<p class="host">Văn bản của trang chủ nhà</p>
     <tintuc-news limit="3"></tintuc-news>
     ${script(portal)}`,
    { head: '<style>* { all: unset; } div { display: flex !important; } li { display: inline !important; } p.host { color: rgb(255, 0, 0); font-size: 30px; display: block; }</style>' },
  );
  await page.goto(url);
  const w = Widget.nth(page);
  await expect(w.titles).toHaveCount(3);
  // Laid out as a list: items one under the other, with our font and border.
  const boxes = await w.items.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().top));
  expect(boxes[1]).toBeGreaterThan(boxes[0]);
  expect(boxes[2]).toBeGreaterThan(boxes[1]);
  const inner = await w.root.evaluate((e) => {
    const s = getComputedStyle(e);
    return { display: s.display, border: s.borderTopWidth, radius: s.borderTopLeftRadius };
  });
  expect(inner).toEqual({ display: 'block', border: '1px', radius: '8px' });
  // The host's own text keeps the host's style; the widget's styles don't apply to it.
  const host = await page.locator('p.host').evaluate((e) => [getComputedStyle(e).color, getComputedStyle(e).fontSize]);
  expect(host).toEqual(['rgb(255, 0, 0)', '30px']);
  expect(await page.evaluate(() => document.styleSheets.length)).toBe(1);
});

test("a strict host CSP (no inline styles) still gets a working, styled widget", async ({ page, portal }) => {
  const violations = [];
  await page.exposeFunction('__violation', (v) => violations.push(v));
  await page.addInitScript(() => document.addEventListener('securitypolicyviolation', (e) => window.__violation(`${e.violatedDirective} ${e.blockedURI}`)));
  const url = partner('/csp.html', `<tintuc-news limit="2" theme="light"></tintuc-news>${script(portal)}`, {
    headers: { 'content-security-policy': `script-src 'self' ${portal.url} 'wasm-unsafe-eval'; style-src 'self'` },
  });
  await page.goto(url);
  const w = Widget.nth(page);
  await expect(w.titles).toHaveCount(2);
  expect(await w.root.evaluate((e) => getComputedStyle(e).borderTopLeftRadius)).toBe('8px');
  expect(violations).toEqual([]);
});

test.describe(() => {
  // The partner's policy blocks the widget on purpose (and says so).
  test.use({ allowPolicy: [/connect-src|Content Security Policy|Refused to connect/] });
  test("a partner page whose own CSP allows only what the snippet builder lists: the widget works; allowing less, it says the page blocks it", async ({ page, portal }) => {
    await page.goto(`${portal.url}/nhung`);
    const api = new URL(portal.api).origin;
    // Exactly the portal's origins: the API's too when it lives elsewhere.
    const origins = portal.url === api ? portal.url : `${portal.url} ${api}`;
    const listed = `script-src ${portal.url} 'wasm-unsafe-eval'; connect-src ${origins}; img-src ${origins}`;
    await expect(page.locator('[data-snippet="csp"]')).toHaveText(listed);
    await expect(page.locator('[data-snippet="csp-iframe"]')).toHaveText(`frame-src ${portal.url}`);

    const violations = [];
    await page.exposeFunction('__violation', (v) => violations.push(v));
    await page.addInitScript(() => document.addEventListener('securitypolicyviolation', (e) => window.__violation(`${e.violatedDirective} ${e.blockedURI}`)));
    const strict = (directives) => ({ headers: { 'content-security-policy': `default-src 'none'; ${directives}; style-src 'self'` } });
    const widget = `<tintuc-news limit="2" layout="cards"></tintuc-news>${script(portal)}`;
    await page.goto(partner('/csp-listed.html', widget, strict(listed)));
    const w = Widget.nth(page);
    await expect(w.titles).toHaveCount(2);
    const pictures = w.host.locator('img');
    await expect(pictures).toHaveCount(2);
    for (const img of await pictures.all()) await expect.poll(() => img.evaluate((i) => i.complete && i.naturalWidth)).toBeGreaterThan(0);
    expect(violations).toEqual([]);

    const BLOCKED = 'Chính sách bảo mật của trang này (Content-Security-Policy) chặn tiện ích tin tức.';
    // The portal's script allowed, nothing to connect to: the loader can't fetch the WASM.
    await page.goto(partner('/csp-no-connect.html', widget, strict(`script-src ${portal.url} 'wasm-unsafe-eval'; img-src ${origins}`)));
    await expect(Widget.nth(page).host).toContainText(BLOCKED);
    // The portal allowed, its API (on another origin) not: the WASM's requests are blocked.
    if (portal.url !== api) {
      violations.length = 0;
      await page.goto(partner('/csp-no-api.html', widget, strict(listed.replaceAll(` ${api}`, ''))));
      await expect(Widget.nth(page).alert).toContainText(BLOCKED);
      await expect(Widget.nth(page).alert.getByRole('button', { name: 'Thử lại' })).toBeVisible();
      expect(violations.some((v) => v.startsWith('connect-src') && v.includes(api))).toBe(true);
    }
  });
});

test('the script included twice, widgets added later, removed, reconfigured and misconfigured', async ({ page, portal }) => {
  const url = partner('/dynamic.html', `<tintuc-news limit="3"></tintuc-news>${script(portal)}${script(portal)}`);
  await page.goto(url);
  await expect(items(page, 0)).toHaveCount(3);
  // Inserted by the host's own script after load.
  await page.evaluate(() => {
    const w = document.createElement('tintuc-news');
    w.setAttribute('kind', 'category');
    w.setAttribute('category', 'thong-bao');
    w.setAttribute('limit', '2');
    document.body.append(w);
  });
  await expect(items(page, 1)).toHaveCount(2);
  expect(await page.evaluate(() => window.__tintucNews.mounted())).toBe(2);
  // Changing an attribute re-renders.
  await Widget.nth(page, 0).host.evaluate((w) => w.setAttribute('limit', '1'));
  await expect(items(page, 0)).toHaveCount(1);
  // Removing one cleans up its state.
  await Widget.nth(page, 0).host.evaluate((w) => w.remove());
  await expect.poll(() => page.evaluate(() => window.__tintucNews.mounted())).toBe(1);
  // Bad options: a readable message inside the widget.
  await page.evaluate(() => {
    const w = document.createElement('tintuc-news');
    w.setAttribute('limit', '99');
    w.setAttribute('theme', 'pink');
    document.body.append(w);
  });
  const bad = Widget.last(page).alert;
  await expect(bad).toContainText('chưa được cấu hình đúng');
  await expect(bad).toContainText('limit="99"');
  await expect(bad).toContainText('theme="pink"');
});

test('the iframe embed resizes to its content with embed.js, and shows without it', async ({ page, portal }) => {
  const url = partner(
    '/iframe.html',
    `<iframe id="a" src="${portal.url}/tin-nhung/?limit=2" data-tintuc-embed title="Tin tức" width="100%" height="480" frameborder="0"></iframe>
     <iframe id="b" src="${portal.url}/tin-nhung/?limit=6&layout=cards" data-tintuc-embed title="Tin tức" width="100%" height="480" frameborder="0"></iframe>
     <iframe id="c" src="${portal.url}/tin-nhung/?limit=2" title="Tin tức" width="100%" height="480" frameborder="0"></iframe>
     <script src="${portal.url}/embed.js" async></script>`,
  );
  await page.goto(url);
  const inner = Widget.nth(page.frameLocator('#a')).titles;
  await expect(inner).toHaveCount(2);
  await expect(Widget.nth(page.frameLocator('#b')).titles).toHaveCount(6);
  const height = (id) => page.locator(id).evaluate((f) => f.getBoundingClientRect().height);
  await expect.poll(() => height('#a')).toBeLessThan(480);
  await expect.poll(() => height('#b')).not.toBe(480);
  expect(await height('#a')).toBeLessThan(await height('#b'));
  // Not marked for embed.js: the fixed height, and the news inside.
  expect(await height('#c')).toBe(480);
  await expect(Widget.nth(page.frameLocator('#c')).titles).toHaveCount(2);
});

test('a partner’s colours win in the dark theme too; without them the dark defaults apply', async ({ page, portal }) => {
  const url = partner(
    '/themed.html',
    `<tintuc-news limit="1" theme="dark" style="--tintuc-bg: rgb(1, 2, 3); --tintuc-text: rgb(250, 250, 250)"></tintuc-news>
     <tintuc-news limit="1" theme="dark"></tintuc-news>
     <tintuc-news limit="1" theme="light" style="--tintuc-bg: rgb(1, 2, 3)"></tintuc-news>${script(portal)}`,
  );
  await page.goto(url);
  await expect(items(page, 1)).toHaveCount(1);
  const style = (i) => Widget.nth(page, i).root.evaluate((e) => {
    const c = getComputedStyle(e);
    return [c.backgroundColor, c.color];
  });
  expect(await style(0)).toEqual(['rgb(1, 2, 3)', 'rgb(250, 250, 250)']);
  expect(await style(1)).toEqual(['rgb(18, 20, 22)', 'rgb(232, 234, 237)']);
  expect((await style(2))[0]).toBe('rgb(1, 2, 3)');
});

test('embed.js arriving after the iframe has drawn (it loads async) still sizes it', async ({ page, portal }) => {
  const url = partner(
    '/iframe-late.html',
    `<iframe id="a" src="${portal.url}/tin-nhung/?limit=2" data-tintuc-embed title="Tin tức" width="100%" height="480" frameborder="0"></iframe>`,
  );
  await page.goto(url);
  await expect(Widget.nth(page.frameLocator('#a')).titles).toHaveCount(2);
  // Its height was reported with nobody listening; now the script comes.
  await page.evaluate((src) => {
    const s = document.createElement('script');
    s.src = src;
    document.body.append(s);
  }, `${portal.url}/embed.js`);
  await expect.poll(() => page.locator('#a').evaluate((f) => f.getBoundingClientRect().height)).toBeLessThan(480);
});

test('the snippet builder’s copied snippet makes the widget it previewed', async ({ page, context, portal }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(`${portal.url}/nhung`);
  await expect(new Shell(page).heading).toHaveText('Tiện ích tin tức cho website');
  await page.getByLabel('Tin hiển thị').selectOption('hoat-dong-mat-tran');
  await page.getByLabel('Số tin (1–20)').fill('3');
  await page.getByLabel('Kèm ảnh').check();
  const preview = Widget.nth(page.locator('.tt-embed__preview')).titles;
  await expect(preview).toHaveCount(3);
  const previewed = await preview.allTextContents();
  await page.getByRole('button', { name: 'Chép đoạn mã' }).first().click();
  await expect(new Shell(page).copied).toHaveText('Đã chép đoạn mã.');
  const snippet = await page.evaluate(() => navigator.clipboard.readText());
  expect(snippet).toContain('category="hoat-dong-mat-tran"');
  expect(snippet).toContain('layout="cards"');
  // Pasted into a plain page on another origin.
  const url = partner('/pasted.html', `<h1>Trang của đối tác</h1>\n${snippet}`);
  await page.goto(url);
  await expect(items(page, 0)).toHaveCount(3);
  expect(await items(page, 0).allTextContents()).toEqual(previewed);
});

test('the readers never download the snippet builder: its page loads the bundle that has it', async ({ page, portal }) => {
  // The reader's bundles (the builder's preview loads the widget's too).
  const wasm = () => page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name).filter((n) => n.endsWith('.wasm') && !n.includes('/widget/')));
  await page.goto(`${portal.url}/`);
  const shell = new Shell(page);
  await expect(shell.heading).toHaveText('Tin mới nhất');
  await expect.poll(wasm).toHaveLength(1);
  expect((await wasm())[0]).not.toContain('builder');
  // From the footer's link, in the app: the page is loaded anew, with the builder.
  await page.getByRole('link', { name: 'Đưa tin tức lên website của bạn' }).click();
  await expect(shell.heading).toHaveText('Tiện ích tin tức cho website');
  await expect(page.locator('[data-snippet="script"]')).toContainText('<tintuc-news');
  await expect.poll(wasm).toEqual([expect.stringContaining('-builder-')]);
  // And back to the news, in that bundle.
  await page.goBack();
  await expect(shell.heading).toHaveText('Tin mới nhất');
});

test('the snippet builder says what it uses for a count out of range or left empty', async ({ page, portal }) => {
  await page.goto(`${portal.url}/nhung`);
  const count = page.getByLabel('Số tin (1–20)');
  const note = page.locator('#tt-embed-limit');
  const code = page.locator('[data-snippet="script"]');
  await expect(code).toContainText('limit="5"');
  await expect(note).toBeEmpty();
  for (const [typed, used, says] of [
    ['50', 20, 'Chỉ được từ 1 đến 20 tin: đoạn mã dùng 20.'],
    ['0', 1, 'Chỉ được từ 1 đến 20 tin: đoạn mã dùng 1.'],
    ['', 5, 'Để trống: đoạn mã dùng số mặc định, 5 tin.'],
    ['7', 7, ''],
  ]) {
    await count.fill(typed);
    await expect(code, typed).toContainText(`limit="${used}"`);
    await expect(note, typed).toHaveText(says);
  }
  await expect(count).toHaveAttribute('aria-describedby', 'tt-embed-limit');
});

test.describe('a backend that does not allow partner pages (no CORS)', () => {
  // A portal (its config.json, with CORS as the portal serves it) whose
  // API is the real one behind a proxy that drops its CORS headers, and
  // one whose API is down.
  const PORT = 18097;
  const NOWHERE = 18099;
  let proxy;
  test.beforeAll(async ({ portal }) => {
    const prefix = portal.backend === 'wordpress' ? '/wp-json/' : '/api/';
    const config = (api) => JSON.stringify({ ...(portal.backend === 'wordpress' ? { backend: 'wordpress' } : {}), api_base: api, request_timeout_ms: 5000 });
    proxy = http.createServer((req, res) => {
      const path = new URL(req.url, `http://127.0.0.1:${PORT}`).pathname;
      const json = { 'content-type': 'application/json', 'access-control-allow-origin': '*' };
      if (path === '/config.json') return res.writeHead(200, json).end(config(`http://127.0.0.1:${PORT}${prefix}`));
      if (path === '/down/config.json') return res.writeHead(200, json).end(config(`http://127.0.0.1:${NOWHERE}${prefix}`));
      const upstream = http.request(`${portal.api}${req.url}`, { headers: { accept: 'application/json' } }, (up) => {
        const headers = Object.fromEntries(Object.entries(up.headers).filter(([k]) => !k.startsWith('access-control-')));
        res.writeHead(up.statusCode, headers);
        up.pipe(res);
      });
      upstream.on('error', () => res.writeHead(502).end());
      upstream.end();
    });
    await new Promise((r) => proxy.listen(PORT, '127.0.0.1', r));
  });
  test.afterAll(() => new Promise((r) => proxy.close(r)));

  test('the widget says why, inside itself and in the console; a backend that is down is not called CORS', async ({ page, portal }) => {
    const logs = [];
    page.on('console', (m) => logs.push(m.text()));
    const url = partner(
      '/no-cors.html',
      `<tintuc-news portal="http://127.0.0.1:${PORT}/" limit="2"></tintuc-news>
       <tintuc-news portal="http://127.0.0.1:${PORT}" limit="2" lang="en"></tintuc-news>
       <tintuc-news portal="http://127.0.0.1:${PORT}/down/" limit="2" lang="en"></tintuc-news>
       ${script(portal)}`,
    );
    await page.goto(url);
    const [vi, en, down] = [0, 1, 2].map((i) => Widget.nth(page, i).alert);
    await expect(vi).toContainText('không cho phép các trang đối tác đọc tin (CORS)');
    await expect(en).toContainText("The news portal's site doesn't allow partner pages to read it (CORS).");
    await expect(en.getByRole('button', { name: 'Try again' })).toBeVisible();
    await expect(down).toContainText('The server could not be reached');
    expect(logs.some((m) => m.startsWith(`tintuc-news: http://127.0.0.1:${PORT} answered`) && m.includes('Access-Control-Allow-Origin'))).toBe(true);
    // The portal's build all the same (its config.json was readable).
    expect(await page.evaluate(() => window.__tintucNews.builds())).toEqual([portal.backend]);
  });
});

test('a list past the size cap, sent without a length, is "unreadable" in the widget; retry recovers', async ({ page, portal }) => {
  test.skip(portal.backend !== 'tintuc', 'faults are injected by the demo backend');
  await faults([{ path: '/api/articles', action: { kind: 'stream', bytes: 12 * 1024 * 1024 } }]);
  const url = partner('/big.html', `<tintuc-news limit="3"></tintuc-news>${script(portal)}`);
  await page.goto(url);
  const w = Widget.nth(page);
  await expect(w.host).toContainText('Không đọc được nội dung máy chủ trả về.');
  await expect(w.titles).toHaveCount(0);
  await clearFaults();
  await w.host.getByRole('button').click();
  await expect(w.titles).toHaveCount(3);
});

test('the pinned snippet (one version, Subresource Integrity) renders; a tampered integrity or file is blocked', async ({ page, context, portal }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(`${portal.url}/nhung`);
  await page.getByLabel('Số tin (1–20)').fill('2');
  const pinned = page.locator('[data-snippet="pinned"]');
  await expect(pinned).toContainText('integrity="sha384-');
  await page.getByRole('button', { name: 'Chép đoạn mã' }).nth(1).click();
  const snippet = await page.evaluate(() => navigator.clipboard.readText());
  const pinnedSrc = `${portal.url}/widget/widget-`.replace(/[./]/g, '\\$&');
  expect(snippet).toMatch(new RegExp(`^<script src="${pinnedSrc}[0-9a-f]{16,}\\.js" integrity="sha384-[A-Za-z0-9+/]{64}" crossorigin="anonymous" async></script>\\n<tintuc-news `));
  // The plain snippet is still offered, first.
  await expect(page.locator('[data-snippet="script"]')).toContainText(`${portal.url}/widget.js`);
  // Pasted as is: the widget, its glue and WASM from beside the pinned file.
  const files = [];
  page.on('request', (r) => r.url().startsWith(`${portal.url}/widget`) && files.push(new URL(r.url()).pathname));
  await page.goto(partner('/pinned.html', snippet));
  await expect(items(page)).toHaveCount(2);
  expect(files.some((f) => BUILD[portal.backend].test(f) && f.endsWith('_bg.wasm'))).toBe(true);
  expect(files).not.toContain('/widget.js');
  // One character of the integrity changed: the browser refuses the script.
  const tampered = snippet.replace(/integrity="sha384-(.)/, (_, c) => `integrity="sha384-${c === 'A' ? 'B' : 'A'}`);
  const refused = page.waitForEvent('console', (m) => m.type() === 'error' && /integrity/i.test(m.text()));
  await page.goto(partner('/tampered.html', tampered));
  await refused;
  await page.waitForLoadState('load');
  expect(await page.evaluate(() => customElements.get('tintuc-news') === undefined)).toBe(true);
  await expect(items(page)).toHaveCount(0);
  // The pinned script vouches for its WASM too: a file changed on the portal is refused.
  await page.route((u) => BUILD[portal.backend].test(u.pathname) && u.pathname.endsWith('_bg.wasm'), async (route) => {
    const r = await route.fetch();
    const body = Buffer.from(await r.body());
    body[body.length - 1] ^= 1;
    await route.fulfill({ response: r, body });
  });
  await page.goto(partner('/pinned-bad-wasm.html', snippet));
  await expect(Widget.nth(page).host).toContainText('Không tải được tiện ích tin tức.');
  await expect(items(page)).toHaveCount(0);
});
