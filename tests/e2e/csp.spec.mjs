// The pages' security headers, as the build writes them for nginx
// (scripts/csp.mjs) and as the demo backend's static mode and the server
// compute them (tintuc-csp): the same policy for the same build and
// config.json, and not one violation on any kind of page. (Every test's
// page fails on a violation: ./support.mjs.)
import { test, expect, PORTS, ROOT, SEED, SEED_PATH } from './support.mjs';
import { Shell, Widget } from './pages/index.mjs';
import { PERMISSIONS_POLICY, REFERRER_POLICY, policiesOf } from '../../scripts/csp.mjs';
import path from 'node:path';

const dist = process.env.TINTUC_DIST || path.join(ROOT, 'target/dist-e2e');
const STATIC = `http://127.0.0.1:${PORTS.site}`;
const SERVER = `http://127.0.0.1:${PORTS.server}`;

test('the build, the demo backend and the server send one policy for one build and config', async ({ request }) => {
  // Both serve config.e2e.json's API (config.server.json names the same one).
  const built = policiesOf(dist, path.join(ROOT, 'tests/e2e/config.e2e.json'));
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
      expect(h['permissions-policy'], origin + p).toBe(PERMISSIONS_POLICY);
      expect(h['referrer-policy'], origin + p).toBe(REFERRER_POLICY);
      expect(h['x-content-type-options'], origin + p).toBe('nosniff');
    }
    const embed = (await request.get(`${origin}/tin-nhung/?limit=5`)).headers();
    expect(embed['content-security-policy'], origin).toBe(built.embed);
    expect(embed['x-frame-options'], origin).toBeUndefined();
  }
  // What the build wrote for nginx is for nginx only.
  expect((await request.get(`${SERVER}/csp/reader.conf`)).status()).toBe(404);
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
