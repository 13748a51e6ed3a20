// How pages load: the boot script asks for the data before the WASM runs,
// nothing is asked twice, hovered links are fetched early, phones get the
// small thumbnails.
import { test, expect, faults, SEED, SEED_PATH, API } from './support.mjs';
import { reader } from './pages/index.mjs';

test("the page's data is requested before the app has started, and only once", async ({ page }) => {
  const { shell, article } = reader(page);
  const seen = [];
  let sawArticle;
  const articleRequested = new Promise((r) => (sawArticle = r));
  page.on('request', (req) => {
    seen.push(req.url());
    if (req.url().endsWith(`/articles/${SEED.slug}`)) sawArticle();
  });
  // Hold the WASM back until the article has been asked for: only a request
  // made before the app runs can get through.
  await page.route('**/*.wasm', async (route) => {
    await articleRequested;
    await route.continue();
  });
  await page.goto(SEED_PATH);
  await expect(shell.heading).toHaveText(SEED.title);
  await expect(article.otherLinks.first()).toBeVisible();
  const count = (suffix) => seen.filter((u) => u.split('?')[0].endsWith(suffix)).length;
  expect(count('/config.json')).toBe(1);
  expect(count(`/api/articles/${SEED.slug}`)).toBe(1);
  expect(count(`/api/articles/${SEED.slug}/other`)).toBe(1);
  expect(count('/api/categories')).toBe(1);
});

test('a category page deep link is fetched early too', async ({ page }) => {
  const { list } = reader(page);
  const seen = [];
  page.on('request', (r) => seen.push(r.url()));
  await page.goto(`/danh-muc/${SEED.category.slug}?page=2`);
  await expect(list.currentPage).toHaveText('2');
  const lists = seen.filter((u) => u.includes('/api/articles?'));
  expect(lists).toEqual([`${API}/api/articles?page=2&per_page=10&category=${SEED.category.slug}`]);
});

test('hovering a link starts loading its article', async ({ page }) => {
  const { shell, list } = reader(page);
  await page.goto('/');
  const link = list.titles.nth(3);
  const slug = (await link.getAttribute('href')).split('/').pop();
  const title = await link.textContent();
  const prefetch = page.waitForResponse((r) => r.url().endsWith(`/api/articles/${slug}`));
  await link.hover();
  await prefetch;
  // From now on the backend never answers for it: the click can only show
  // the article from what the hover fetched.
  await faults([{ path_prefix: `/api/articles/${slug}`, action: { kind: 'hang' } }]);
  await link.click();
  await expect(shell.heading).toHaveText(title);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 });
  test('list thumbnails come in their small rendition, the featured story\'s in its large one', async ({ page }) => {
    const { list } = reader(page);
    await page.goto('/');
    const img = list.thumbnails.nth(1);
    await expect.poll(() => img.evaluate((i) => i.complete && i.currentSrc)).toMatch(/-320\.jpg$/);
    // The front page's featured story is the width of the screen.
    const featured = list.thumbnails.first();
    await expect.poll(() => featured.evaluate((i) => i.complete && i.currentSrc)).toMatch(/\/anh-\d+\.jpg$/);
  });
});

// The boot skeleton reserves the header's exact height at every width, so
// the page does not jump when the app replaces it (Lighthouse counted this
// jump as layout shift before the header had fixed-height rows).
for (const width of [320, 412, 700, 1024, 1440]) {
  test(`the content starts where the boot skeleton left it at ${width} px`, async ({ page }) => {
    const { shell } = reader(page);
    await page.setViewportSize({ width, height: 800 });
    let release;
    const held = new Promise((r) => (release = r));
    await page.route('**/*.wasm', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(SEED_PATH);
    const boot = await shell.bootMain.evaluate((e) => e.getBoundingClientRect().top);
    release();
    await expect(shell.heading).toHaveText(SEED.title);
    const app = await shell.main.evaluate((e) => e.getBoundingClientRect().top);
    expect(app).toBe(boot);
  });
}
