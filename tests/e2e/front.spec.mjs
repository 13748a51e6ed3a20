// The front page's sections (issue #23): below the latest news on wide
// screens, each menu category's newest, each leading to its page (whose
// first page the section already asked for); on phones none, and not
// downloaded. Demo and demo-server projects, at 1280 and 390 px.
import fs from 'node:fs';
import path from 'node:path';
import { test, expect, ROOT } from './support.mjs';
import { reader } from './pages/index.mjs';

const CATEGORIES = JSON.parse(fs.readFileSync(path.join(ROOT, 'data/categories.json'), 'utf8'));

/** The category lists the page asks the backend for. */
function categoryRequests(page) {
  const asked = [];
  page.on('request', (r) => {
    if (/\/api\/articles\?.*category=/.test(r.url())) asked.push(r.url());
  });
  return asked;
}

test.describe('at 1280 px', () => {
  test.use({ viewport: { width: 1280, height: 900 } });

  test("each category's newest in a section below the latest, leading to its page", async ({ page }) => {
    const { list, shell } = reader(page);
    await page.goto('/');
    await expect(list.sectionLinks).toHaveText(CATEGORIES.map((c) => c.name));
    // Below the latest news and its pager.
    const [pager, first] = [await list.pager.boundingBox(), await list.sections.first().boundingBox()];
    expect(first.y).toBeGreaterThan(pager.y);
    // A few of each, its newest first: the category page's own first ones.
    const section = list.sections.nth(1);
    const titles = section.locator('.tt-card').getByRole('heading').getByRole('link');
    const count = await titles.count();
    expect(count).toBeGreaterThan(0);
    expect(count).toBeLessThanOrEqual(4);
    const shown = await titles.allTextContents();
    await list.sectionLinks.nth(1).click();
    await expect(page).toHaveURL(`/danh-muc/${CATEGORIES[1].slug}`);
    await expect(shell.heading).toHaveText(CATEGORIES[1].name);
    await expect(list.titles.first()).toBeVisible();
    expect((await list.titles.allTextContents()).slice(0, count).map((t) => t.trim())).toEqual(shown.map((t) => t.trim()));
  });

  test('sections only on the first page, asked after the latest news', async ({ page }) => {
    const { list } = reader(page);
    const asked = categoryRequests(page);
    await page.goto('/?page=2');
    await expect(list.titles.first()).toBeVisible();
    await expect(list.sections).toHaveCount(0);
    expect(asked).toEqual([]);
  });
});

test.describe('at 1280 px, empty categories', () => {
  test.use({ viewport: { width: 1280, height: 900 } });

  test('a category with nothing yet has no section', async ({ page }) => {
    const { list } = reader(page);
    const first = CATEGORIES[0].slug;
    // Every category's list is empty but the first's.
    await page.route(/\/api\/articles\?.*category=/, async (route) => {
      if (route.request().url().includes(`category=${first}`)) return route.fallback();
      await route.fulfill({ json: { items: [], page: 1, per_page: 10, total: 0 }, headers: { 'access-control-allow-origin': '*' } });
    });
    await page.goto('/');
    await expect(list.sections.filter({ visible: true }).locator('.tt-section__title')).toHaveText([CATEGORIES[0].name]);
    await expect(page.locator('.tt-sections .tt-list__empty')).toHaveCount(0);
  });
});

test.describe('at 390 px', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('a phone shows no sections and downloads none', async ({ page }) => {
    const { list } = reader(page);
    const asked = categoryRequests(page);
    await page.goto('/');
    await expect(list.titles.first()).toBeVisible();
    // The latest news's requests have all been made (the page is idle).
    await page.waitForLoadState('networkidle');
    await expect(list.sections).toHaveCount(0);
    expect(asked).toEqual([]);
  });
});
