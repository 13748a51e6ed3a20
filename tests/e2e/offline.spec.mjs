// Offline reading and installing the portal, with the service worker on
// (web/sw.js; every other spec runs without it) and the network switched
// off by the browser (context.setOffline): reloads of what was read, an
// article never read, saving an article and reading it offline, fresh
// answers once online again, a new release taking over, the caches' caps,
// a storage quota too small, Chrome's installability check, and the portal
// without service workers. Through the static build (project demo) and the
// server (demo-server); a new release and the caps on builds of their own
// (scripts/build/offline.mjs with other caps), served on another origin.
import { chromium } from '@playwright/test';
import { test, expect, faults, clearFaults, API, CHROMIUM_ARGS, CHROME_PATH, ROOT, SEED, SEED_PATH, startBackend, stopBackend } from './support.mjs';
import { reader } from './pages/index.mjs';
import { writeOffline } from '../../scripts/build/offline.mjs';
import { precompressFile } from '../../scripts/build/compress.mjs';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

test.use({ serviceWorkers: 'allow', viewport: { width: 390, height: 844 } });

const DIST = process.env.TINTUC_DIST || path.join(ROOT, 'target/dist-e2e');
/** Where the builds of their own are served. */
const OTHER = 18086;
const OTHER_URL = `http://127.0.0.1:${OTHER}`;
const COPY_RE = /^Cập nhật lúc \d{2}:\d{2}$/;

/** A copy of the build marked `name` (a meta tag the test reads), its
 * service worker built again with `caps`: another release. */
function release(name, caps = {}) {
  const dir = path.join(ROOT, 'target/e2e-offline', name);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.cpSync(DIST, dir, { recursive: true });
  const index = path.join(dir, 'index.html');
  fs.writeFileSync(index, fs.readFileSync(index, 'utf8').replace('<meta charset="utf-8">', `<meta charset="utf-8"><meta name="tt-release" content="${name}">`));
  writeOffline(dir, caps);
  for (const f of ['index.html', 'sw.js']) precompressFile(path.join(dir, f));
  // Each release's files dated 10 s after the last one's: the static host
  // answers conditional requests by Last-Modified (whole seconds), and two
  // releases built within one second would be "not modified" to the
  // browser's check for a new worker.
  const at = new Date(Date.now() + ++releases * 10_000);
  for (const f of fs.readdirSync(dir)) if (/^(index\.html|sw\.js|offline\.(js|css))(\.br|\.gz)?$/.test(f)) fs.utimesSync(path.join(dir, f), at, at);
  return dir;
}
let releases = 0;

/** Serves `dir` as the static host does, on OTHER. */
function serve(dir) {
  return startBackend(['--no-api', '--port', `${OTHER}`, '--static', dir, '--config', 'tests/e2e/config.e2e.json'], `${OTHER_URL}/config.json`);
}

/** Whether the first photo of the article has loaded (from wherever). */
const photoShown = (article) => article.photos.first().evaluate((img) => img.complete && img.naturalWidth > 0);

test('reload works offline: home and an article read earlier, each said to be a copy; an unread one says so; online again, fresh answers', async ({ page, context }) => {
  const { shell, list, article, offline } = reader(page);
  await page.goto('/');
  await offline.controlled();
  await expect(list.cards).toHaveCount(10);
  // Kept once the worker took the page over (it is asked again through it).
  await expect.poll(async () => (await offline.cached('tintuc-api')).some((u) => u.includes('articles?page=1'))).toBe(true);
  const unread = await list.titles.nth(9).getAttribute('href');
  await page.goto(SEED_PATH);
  await expect(shell.heading).toHaveText(SEED.title);
  await expect(offline.copyNote).toHaveCount(0);
  await expect.poll(() => photoShown(article)).toBe(true);
  await expect.poll(async () => (await offline.cached('tintuc-api')).some((u) => u.endsWith(`/articles/${SEED.slug}`))).toBe(true);

  await context.setOffline(true);
  await page.reload();
  await expect(shell.heading).toHaveText(SEED.title);
  await expect(shell.offline).toBeVisible();
  await expect(offline.copyNote).toHaveText(COPY_RE);
  await expect(article.captions).toHaveText(SEED.captions);
  await expect.poll(() => photoShown(article)).toBe(true);

  // An article never opened: said plainly, with the way to what can be read.
  await page.goto(unread);
  await expect(offline.notAvailable).toBeVisible();
  await expect(shell.offline).toBeVisible();
  await offline.toSaved.click();
  await expect(page).toHaveURL('/bai-da-luu');
  await expect(shell.heading).toHaveText('Bài đã lưu');
  await expect(offline.readList.getByRole('link', { name: SEED.title })).toBeVisible();

  // A cold start of the home page: its last copy, said to be one.
  await page.goto('/');
  await expect(list.cards).toHaveCount(10);
  await expect(offline.copyNote).toHaveText(COPY_RE);
  await expect(shell.offline).toBeVisible();

  // Online again: the network's answers replace the copies.
  await context.setOffline(false);
  await expect(shell.offline).toBeHidden();
  await expect(offline.copyNote).toHaveCount(0);
  await expect(list.cards).toHaveCount(10);
});

test('Lưu bài → offline → Bài đã lưu → the saved article with its photo, from what was saved alone; removing it lets it go', async ({ page, context }) => {
  const { shell, list, article, offline } = reader(page);
  // Every reader bundle the first two visits ask for (from the network, or
  // the worker's install from the HTTP cache).
  const wasm = new Set();
  context.on('request', (r) => /_bg\.wasm$/.test(r.url()) && wasm.add(new URL(r.url()).pathname));
  await page.goto(SEED_PATH);
  await offline.controlled();
  // A first visit: the worker takes the page over while it is read. The
  // article on screen stays as it is (no "Lưu bài" moving it); the next
  // page the app shows has it.
  await expect(shell.heading).toHaveText(SEED.title);
  await expect(offline.save).toHaveCount(0);
  await shell.goHome();
  await list.titles.first().click();
  await expect(shell.heading).not.toHaveText(SEED.title);
  await expect(offline.save).toBeVisible();
  // The second visit runs the same bundle: one reader downloaded, not two.
  await page.goto(SEED_PATH);
  await expect(shell.heading).toHaveText(SEED.title);
  expect([...wasm]).toHaveLength(1);
  await expect(offline.savedLink).toHaveCount(0);
  await offline.save.click();
  await expect(offline.unsave).toBeVisible();
  await expect(offline.saved).toHaveText('Đã lưu: bài này đọc được cả khi không có mạng.');
  await expect(offline.savedLink).toHaveText('Bài đã lưu (1)');
  // The worker keeps the article's answer and its photos.
  await expect
    .poll(async () => {
      const saved = await offline.cached('tintuc-saved');
      return saved.some((u) => u.endsWith(`/articles/${SEED.slug}`)) && saved.some((u) => /\.(jpe?g|png|webp)$/.test(u));
    })
    .toBe(true);
  // Nothing else is kept: as if the reader's other copies had been evicted.
  await page.evaluate(() => Promise.all(['tintuc-api', 'tintuc-images'].map((n) => caches.delete(n))));

  await context.setOffline(true);
  await page.goto('/bai-da-luu');
  await expect(shell.heading).toHaveText('Bài đã lưu');
  await expect(offline.savedList.getByRole('link', { name: SEED.title })).toBeVisible();
  await offline.savedList.getByRole('link', { name: SEED.title }).click();
  await expect(shell.heading).toHaveText(SEED.title);
  await expect(offline.copyNote).toHaveText(COPY_RE);
  await expect(article.captions).toHaveText(SEED.captions);
  await expect.poll(() => photoShown(article)).toBe(true);

  // Removed: off the list, and the worker lets go of its copies.
  await offline.unsave.click();
  await expect(offline.save).toBeVisible();
  await expect(offline.savedLink).toHaveCount(0);
  await expect.poll(async () => (await offline.cached('tintuc-saved')).filter((u) => !u.includes('/__tintuc/'))).toEqual([]);
  await context.setOffline(false);
  await page.goto('/bai-da-luu');
  await expect(list.empty).toHaveText(/^Chưa có bài nào được lưu/);
});

test("a server's page is kept as it came: the network gone as soon as it shows, it reloads, said to be a copy", async ({ page, context }, info) => {
  test.skip(info.project.name !== 'demo-server', "the server's pages (a static host's page carries no data)");
  const { shell, list, offline } = reader(page);
  await page.goto('/');
  await offline.controlled();
  await expect(list.cards).toHaveCount(10);
  const other = await list.titles.nth(7).getAttribute('href');
  const title = await list.titles.nth(7).textContent();
  // Opened anew (from a share, say): gone offline as soon as its title is
  // on screen, whether the app has asked for anything again or not.
  await page.goto(other, { waitUntil: 'commit' });
  await expect(shell.heading).toHaveText(title);
  await context.setOffline(true);
  const served = await page.reload();
  // The page the worker kept (not the shell, nor the app from kept
  // answers): marked as a copy, and the app says so.
  expect(await served.text()).toMatch(/<meta name="tintuc-copy" content="\d+"><meta name="tintuc-rendered"/);
  await expect(shell.heading).toHaveText(title);
  await expect(offline.copyNote).toHaveText(COPY_RE);
  await expect(shell.offline).toBeVisible();
  await context.setOffline(false);
  await expect(offline.copyNote).toHaveCount(0);
});

test.describe('releases and caps (builds of their own, on another origin)', () => {
  test.beforeEach(({}, info) => test.skip(info.project.name !== 'demo', 'the static build only'));
  let server;
  test.afterEach(async () => {
    if (server) await stopBackend(server, `${OTHER_URL}/config.json`);
    server = null;
  });

  test('a new release: the prompt appears, "Tải lại" runs it, and what was saved stays', async ({ page, context }) => {
    const { shell, offline } = reader(page);
    const [a, b] = [release('a'), release('b')];
    server = await serve(a);
    await page.goto(`${OTHER_URL}${SEED_PATH}`);
    await offline.controlled();
    await page.reload();
    await offline.save.click();
    await expect.poll(async () => (await offline.cached('tintuc-saved')).some((u) => u.endsWith(`/articles/${SEED.slug}`))).toBe(true);
    await expect(page.locator('meta[name="tt-release"]')).toHaveAttribute('content', 'a');
    // The portal open in another tab too: the running release is in use, so
    // a new one waits for the reader. (With no page on the old one, as
    // between two full page loads of a single tab, the new one takes over
    // at once, and claims the new page: the reader runs it without asking.)
    const tab = await context.newPage();
    await tab.goto(`${OTHER_URL}${SEED_PATH}`);
    await reader(tab).offline.controlled();

    // Release b is deployed; the next visit finds it waiting.
    await stopBackend(server, `${OTHER_URL}/config.json`);
    server = await serve(b);
    await page.goto(`${OTHER_URL}/`);
    // Found once the page is loaded and idle, then installed: slow on a busy machine.
    await expect(offline.update).toBeVisible({ timeout: 30_000 });
    await expect(offline.update).toContainText('Có phiên bản mới');
    await expect(page.locator('meta[name="tt-release"]')).toHaveAttribute('content', 'b'); // the page; not yet its worker
    await tab.close();
    await offline.reload.click();
    await page.waitForLoadState('load');
    await expect(shell.heading).toHaveText('Tin mới nhất');
    await expect(offline.update).toBeHidden();
    expect(await page.evaluate(() => fetch('/sw.js').then((r) => r.text()))).toBe(fs.readFileSync(path.join(b, 'sw.js'), 'utf8'));
    await expect
      .poll(() => page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).active.scriptURL))
      .toBe(`${OTHER_URL}/sw.js`);
    // Nothing saved is lost.
    await expect(offline.savedLink).toHaveText('Bài đã lưu (1)');
    expect((await offline.cached('tintuc-saved')).some((u) => u.endsWith(`/articles/${SEED.slug}`))).toBe(true);
  });

  test('the caps: the oldest answers and images go first', async ({ page, context }) => {
    const { shell, list, offline } = reader(page);
    // Room for 4 answers and about 3 thumbnails (~10 KB each).
    server = await serve(release('caps', { api: { entries: 4 }, images: { bytes: 35_000 } }));
    await page.goto(`${OTHER_URL}/`);
    await offline.controlled();
    await expect(list.cards).toHaveCount(10);
    const slugs = (await list.titles.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).map((h) => h.split('/').pop());
    for (const s of slugs.slice(0, 3)) {
      await page.goto(`${OTHER_URL}/tin-tuc/${s}`);
      await expect(shell.heading).not.toHaveText('');
      await expect.poll(async () => (await offline.cached('tintuc-api')).some((u) => u.endsWith(`/articles/${s}`))).toBe(true);
    }
    await expect.poll(async () => (await offline.cached('tintuc-api')).length).toBeLessThanOrEqual(4);
    const api = await offline.cached('tintuc-api');
    expect(api.some((u) => u.endsWith(`/articles/${slugs[2]}`)), 'the newest stays').toBe(true);
    expect(api.some((u) => u.endsWith(`/articles/${slugs[0]}`)), 'the oldest went').toBe(false);
    const bytes = () =>
      page.evaluate(async () => {
        const c = await caches.open('tintuc-images');
        let total = 0;
        for (const k of await c.keys()) total += +(await c.match(k)).headers.get('x-tintuc-bytes');
        return total;
      });
    await expect.poll(bytes).toBeLessThanOrEqual(35_000);
    expect((await offline.cached('tintuc-images')).length).toBeGreaterThan(0);

    await context.setOffline(true);
    await page.goto(`${OTHER_URL}/tin-tuc/${slugs[0]}`);
    await expect(offline.notAvailable).toBeVisible();
    await page.goto(`${OTHER_URL}/tin-tuc/${slugs[2]}`);
    await expect(offline.copyNote).toHaveText(COPY_RE);
  });
});

test('a save the browser could not keep says so, and the article stays unsaved', async ({ page, context, baseURL }) => {
  const { shell, offline } = reader(page);
  await page.goto(SEED_PATH);
  await offline.controlled();
  await page.reload();
  await expect(shell.heading).toHaveText(SEED.title);
  // Storage full from now on: the worker's copy of the article can't be put.
  const cdp = await context.newCDPSession(page);
  await cdp.send('Storage.overrideQuotaForOrigin', { origin: new URL(baseURL).origin, quotaSize: 1 });
  await offline.save.click();
  await expect(offline.saved).toHaveText(/^Chưa lưu được bài này/);
  await expect(offline.save).toBeVisible();
  await expect(offline.savedLink).toHaveCount(0);
  expect((await offline.cached('tintuc-saved')).filter((u) => u.includes(SEED.slug))).toEqual([]);
  // Room again: the same button saves it.
  await cdp.send('Storage.overrideQuotaForOrigin', { origin: new URL(baseURL).origin });
  await offline.save.click();
  await expect(offline.saved).toHaveText('Đã lưu: bài này đọc được cả khi không có mạng.');
  await expect(offline.savedLink).toHaveText('Bài đã lưu (1)');
});

test('the worker keeps only answers the page could read, within the body cap', async ({ page }) => {
  const { shell, offline } = reader(page);
  await page.goto(SEED_PATH);
  await offline.controlled();
  await page.reload();
  await expect(shell.heading).toHaveText(SEED.title);
  const big = `${API}/api/articles/qua-lon-${Date.now()}`;
  await faults([{ path: new URL(big).pathname, action: { kind: 'stream', bytes: 12 * 1024 * 1024 } }]);
  try {
    const fetched = await page.evaluate(
      async ({ api, big }) => {
        const json = { accept: 'application/json' };
        // Opaque (no CORS): its status and size hidden; then one past the cap; then a readable one.
        const opaque = await fetch(`${api}/api/categories?opaque=1`, { mode: 'no-cors', headers: json });
        const large = await fetch(big, { headers: json }).then((r) => r.blob()).then((b) => b.size, () => -1);
        const readable = await fetch(`${api}/api/categories?readable=1`, { headers: json });
        return { opaque: opaque.type, large, readable: readable.status };
      },
      { api: API, big },
    );
    expect(fetched).toEqual({ opaque: 'opaque', large: 12 * 1024 * 1024, readable: 200 });
  } finally {
    await clearFaults();
  }
  await expect.poll(() => offline.cached('tintuc-api')).toContainEqual(expect.stringContaining('readable=1'));
  const kept = await offline.cached('tintuc-api');
  expect(kept.filter((u) => u.includes('opaque=1') || u.includes('qua-lon'))).toEqual([]);
});

test('a storage quota too small breaks nothing', async ({ page, context, baseURL }) => {
  const { shell, list, offline } = reader(page);
  const cdp = await context.newCDPSession(page);
  // Room for the worker's shell and offline module (~30 KB), not for a
  // bundle (~600 KB of WASM).
  await cdp.send('Storage.overrideQuotaForOrigin', { origin: new URL(baseURL).origin, quotaSize: 120_000 });
  await page.goto('/');
  await expect(list.cards).toHaveCount(10);
  await offline.controlled();
  await page.goto(SEED_PATH);
  await expect(shell.heading).toHaveText(SEED.title);
  await list.goHome();
  await expect(list.cards).toHaveCount(10);
  await page.goto(`/danh-muc/${SEED.category.slug}`);
  await expect(shell.heading).toHaveText(SEED.category.name);
  // The quota was what it says: no bundle could be kept.
  expect((await offline.cached('tintuc-assets')).filter((u) => u.endsWith('.wasm'))).toEqual([]);
});

// A persistent profile: Chrome does not offer installing from an incognito
// one, which every other test's context is.
test("installable: Chrome's check finds manifest, icons and service worker; the manifest is the portal's", async ({ baseURL, request }) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tt-install-'));
  const context = await chromium.launchPersistentContext(dir, { executablePath: CHROME_PATH, args: CHROMIUM_ARGS, baseURL, locale: 'vi-VN' });
  try {
    const page = await context.newPage();
    await page.goto('/');
    await reader(page).offline.controlled();
    const cdp = await context.newCDPSession(page);
    await expect.poll(async () => (await cdp.send('Page.getInstallabilityErrors')).installabilityErrors).toEqual([]);
    const { errors } = await cdp.send('Page.getAppManifest');
    expect(errors).toEqual([]);
  } finally {
    await context.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
  const r = await request.get('/manifest.webmanifest');
  expect(r.headers()['content-type']).toMatch(/^application\/manifest\+json/);
  const m = await r.json();
  expect(m).toMatchObject({ name: 'Mặt trận Tổ quốc quận Hoàn Kiếm', short_name: 'Hoàn Kiếm', start_url: '/', display: 'standalone' });
  expect(m.icons.map((i) => `${i.sizes} ${i.purpose}`)).toEqual(['192x192 any', '512x512 any', '512x512 maskable']);
  for (const i of m.icons) expect((await request.get(i.src)).headers()['content-type']).toBe('image/png');
  const sw = await request.get('/sw.js');
  expect(sw.headers()['cache-control']).toBe('no-cache');
  expect(sw.headers()['content-type']).toMatch(/javascript/);
});

test.describe('without service workers', () => {
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(() => delete Navigator.prototype.serviceWorker);
  });

  test("today's portal: no save button, no saved link, an unread article offline is today's error", async ({ page, context }) => {
    const { shell, list, offline } = reader(page);
    await page.goto(SEED_PATH);
    await expect(shell.heading).toHaveText(SEED.title);
    await expect(offline.save).toHaveCount(0);
    await expect(offline.savedLink).toHaveCount(0);
    expect(await page.evaluate(() => localStorage.getItem('tintuc.read'))).toBeNull();
    await shell.goHome();
    await expect(list.cards).toHaveCount(10);
    await context.setOffline(true);
    await expect(shell.offline).toBeVisible();
    await list.titles.nth(9).click();
    await expect(shell.retry).toBeVisible();
    await expect(offline.notAvailable).toHaveCount(0);
  });
});
