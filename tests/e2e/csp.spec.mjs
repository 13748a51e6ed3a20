// The pages' security headers, as the demo backend's static mode and the
// server send them (tintuc-headers, which also writes them for nginx): the
// policy for the build and its config.json, and not one violation on any
// kind of page. (Every test's page fails on a violation: ./support.mjs.)
// And the build's hashed files, immutable on every server.
import { test, expect, expectedHeaders, PORTS, ROOT, SEED, SEED_PATH } from './support.mjs';
import { Shell, Widget } from './pages/index.mjs';
import fs from 'node:fs';
import path from 'node:path';

const dist = process.env.TINTUC_DIST || path.join(ROOT, 'target/dist-e2e');
const STATIC = `http://127.0.0.1:${PORTS.site}`;
const SERVER = `http://127.0.0.1:${PORTS.server}`;

test('the demo backend and the server send one policy for one build and config', async ({ request }) => {
  // Both serve config.e2e.json's API (config.server.json names the same one).
  const built = expectedHeaders(dist, path.join(ROOT, 'tests/e2e/config.e2e.json'));
  // Scripts and style elements only by hash; style attributes (which the
  // sanitizer's inert parse of article bodies meets) allowed.
  expect(built.reader).toMatch(
    /^default-src 'self'; script-src 'self' 'wasm-unsafe-eval'( 'sha256-[A-Za-z0-9+/]+=*'){2,}; style-src 'self'( 'sha256-[A-Za-z0-9+/]+=*')+; style-src-attr 'unsafe-inline'; img-src /,
  );
  expect(built.embed).not.toContain('unsafe-inline');
  expect(built.reader).toContain(`connect-src 'self' http://127.0.0.1:${PORTS.api};`);
  for (const origin of [STATIC, SERVER]) {
    for (const p of ['/', SEED_PATH, '/nhung', '/tin-tuc/khong-co']) {
      const h = (await request.get(origin + p)).headers();
      expect(h['content-security-policy'], origin + p).toBe(built.reader);
      expect(h['x-frame-options'], origin + p).toBe('DENY');
      for (const [name, value] of Object.entries(built.headers)) expect(h[name], `${origin}${p} ${name}`).toBe(value);
    }
    const embed = (await request.get(`${origin}/tin-nhung/?limit=5`)).headers();
    expect(embed['content-security-policy'], origin).toBe(built.embed);
    expect(embed['x-frame-options'], origin).toBeUndefined();
  }
  // Any other address under the embed page's is the reader's.
  for (const origin of [STATIC, SERVER]) {
    const h = (await request.get(`${origin}/tin-nhung/khac`)).headers();
    expect(h['x-frame-options'], origin).toBe('DENY');
  }
  // What the build wrote for nginx is for nginx only.
  expect((await request.get(`${SERVER}/nginx/reader.conf`)).status()).toBe(404);
});

test("the build's hashed files are immutable on every server, the rest revalidated", async ({ request }) => {
  const bundles = JSON.parse(fs.readFileSync(path.join(dist, 'bundles.json'), 'utf8'));
  const widget = fs.readdirSync(path.join(dist, 'widget')).filter((f) => f.endsWith('_bg.wasm'));
  expect(widget.length).toBeGreaterThan(0);
  const hashed = [bundles.tintuc.js, bundles.tintuc.wasm, ...widget.map((f) => `/widget/${f}`)];
  expect(hashed.filter((f) => f.endsWith('_bg.wasm')).length).toBeGreaterThan(1);
  for (const origin of [STATIC, SERVER]) {
    for (const f of hashed) expect((await request.get(origin + f)).headers()['cache-control'], origin + f).toBe('public, max-age=31536000, immutable');
    for (const f of ['/index.html', '/config.json', '/widget.js', '/sw.js']) expect((await request.get(origin + f)).headers()['cache-control'], origin + f).toBe('no-cache');
  }
});

for (const [name, origin] of [['static build', STATIC], ['server', SERVER]]) {
  test(`no violation on any kind of page (${name})`, async ({ page }) => {
    const shell = new Shell(page);
    for (const [p, heading] of [
      ['/', 'Tin mới nhất'],
      [`/danh-muc/${SEED.category.slug}?page=2`, SEED.category.name],
      [SEED_PATH, SEED.title],
      ['/tim-kiem?q=hoan%20kiem', 'Kết quả tìm kiếm cho “hoan kiem”'],
      ['/tin-tuc/khong-co', 'Không tìm thấy trang'],
      ['/nhung', 'Tiện ích tin tức cho website'],
    ]) {
      await page.goto(origin + p);
      await expect(shell.heading, p).toHaveText(heading);
    }
    await expect(Widget.nth(page.locator('.tt-embed__preview')).titles.first()).toBeVisible();
    await page.goto(`${origin}/tin-nhung/?limit=5`);
    await expect(Widget.nth(page).titles).toHaveCount(5);
  });
}
