// Waiting, failing, caching and layout: the behaviours around the journey.
import { test, expect, articleRequest, faults, holdRequests, SEED, SEED_PATH, API } from './support.mjs';
import { reader } from './pages/index.mjs';

const LIST = '/api/articles';
const ARTICLE = '/api/articles/';
const isList = (u) => u.pathname.endsWith(LIST) && u.search.includes('per_page');

test('first load shows a skeleton where the list will be', async ({ page }) => {
  const { shell, list } = reader(page);
  const answers = await holdRequests(page, isList);
  await page.goto('/');
  await expect(shell.skeleton).toBeVisible();
  answers.release();
  await expect(list.cards.first()).toBeVisible();
  await expect(shell.skeleton).toHaveCount(0);
});

test('a navigation shows the progress bar and keeps the old page until the new one is ready', async ({ page }) => {
  const { shell, list } = reader(page);
  await page.goto('/');
  const first = list.titles.first();
  const title = await first.textContent();
  const held = await holdRequests(page, articleRequest());
  await first.click();
  await expect(shell.loading).toBeVisible();
  await expect(shell.heading).toHaveText('Tin mới nhất'); // still the list
  held.release();
  await expect(shell.heading).toHaveText(title);
  await expect(shell.loading).toHaveCount(0);
});

test('a quick second click wins: the first request is aborted and never shown', async ({ page }) => {
  const { shell, list } = reader(page);
  await page.goto('/');
  const links = list.titles;
  const [slow, fast] = [await links.nth(0).getAttribute('href'), await links.nth(1).getAttribute('href')];
  const slowSlug = slow.split('/').pop();
  const fastTitle = await links.nth(1).textContent();
  // The first article's answer never comes: only the second click ends it.
  await holdRequests(page, articleRequest(slowSlug));
  const aborted = page.waitForEvent('requestfailed', (r) => r.url().endsWith(`/articles/${slowSlug}`));
  await links.nth(0).click();
  await expect(shell.loading).toBeVisible();
  await links.nth(1).click(); // the list is still on screen
  await expect(shell.heading).toHaveText(fastTitle);
  const req = await aborted;
  expect(req.failure().errorText).toContain('ABORTED');
  await expect(page).toHaveURL(fast);
  await expect(shell.heading).toHaveText(fastTitle);
});

test('pages seen in this visit come back at once from memory, then refresh in the background', async ({ page }) => {
  const { shell, list } = reader(page);
  await page.goto('/');
  const firstTitle = await list.titles.first().textContent();
  await list.titles.first().click();
  await expect(shell.heading).toHaveText(firstTitle);
  // The list endpoint now answers with changed data, and only when the test
  // lets it: whatever the machine's speed, the list shown meanwhile can only
  // be the one kept from before.
  const res = await fetch(`${API}/api/articles?page=1&per_page=10`);
  const changed = await res.json();
  changed.items[0].title = 'Tiêu đề đã được cập nhật';
  await faults([{ path_prefix: LIST, contains: 'page=1&per_page=10', action: { kind: 'body', body: JSON.stringify(changed) } }]);
  // (The latest news's list, not the front page's category sections'.)
  const refresh = await holdRequests(page, (u) => isList(u) && u.search.includes('page=1&per_page=10') && !u.search.includes('category='));
  await page.goBack();
  // At once: the cached list, not a skeleton, while the refresh is held.
  await expect(list.titles.first()).toHaveText(firstTitle);
  await expect(shell.skeleton).toHaveCount(0);
  await expect.poll(refresh.asked, { message: 'the list is asked again behind it' }).toBe(1);
  refresh.release();
  await expect(list.titles.first()).toHaveText('Tiêu đề đã được cập nhật');
});

test('a failure says so in Vietnamese and Thử lại recovers', async ({ page }) => {
  const { shell } = reader(page);
  await faults([{ path_prefix: `${ARTICLE}${SEED.slug}`, action: { kind: 'status', code: 500 }, times: 1 }]);
  await page.goto(SEED_PATH);
  const alert = shell.alert;
  await expect(alert).toContainText('Máy chủ gặp sự cố (mã lỗi 500)');
  await expect(shell.header).toBeVisible(); // the rest of the page stays
  await shell.retry.click();
  await expect(shell.heading).toHaveText(SEED.title);
  await expect(alert).toHaveCount(0);
});

test('unknown routes are a 404 page too', async ({ page }) => {
  const { shell } = reader(page);
  await page.goto('/khong/co/trang/nay');
  await expect(shell.heading).toHaveText('Không tìm thấy trang');
  await expect(page).toHaveTitle(/^Không tìm thấy trang/);
  await expect(page.locator('meta[name=robots]')).toHaveAttribute('content', 'noindex');
  await page.goto('/danh-muc/khong-co-danh-muc-nay');
  // The 404 page alone: one h1, its title.
  await expect(shell.heading).toHaveText('Không tìm thấy trang');
  await expect(page).toHaveTitle(/^Không tìm thấy trang/);
});

test('each page has its own title and description', async ({ page }) => {
  await page.goto(`/danh-muc/${SEED.category.slug}?page=2`);
  await expect(page).toHaveTitle(`${SEED.category.name} - Trang 2 - Mặt trận Tổ quốc quận Hoàn Kiếm`);
  await expect(page.locator('meta[name=description]').last()).toHaveAttribute('content', /Mặt trận|MTTQ/);
  await page.goto(SEED_PATH);
  // No summary in the seed: its body's opening words describe it.
  await expect(page.locator('meta[name=description]').last()).toHaveAttribute('content', /^Sáng ngày/);
  const content = await page.locator('meta[name=description]').last().getAttribute('content');
  expect(SEED.paragraphs[0].startsWith(content.replace(/…$/, ''))).toBe(true);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the category menu folds behind a button that the keyboard can work', async ({ page }) => {
    const { menu } = reader(page);
    await page.goto('/');
    const toggle = menu.toggle;
    const list = menu.list;
    await expect(list).toBeHidden();
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await toggle.focus();
    await page.keyboard.press('Enter');
    await expect(list).toBeVisible();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Escape');
    await expect(list).toBeHidden();
    await expect(toggle).toBeFocused();
  });

  test('other news comes after the body', async ({ page }) => {
    const { article } = reader(page);
    await page.goto(SEED_PATH);
    const body = await article.body.boundingBox();
    const aside = await article.other.boundingBox();
    expect(aside.y).toBeGreaterThan(body.y + body.height);
  });
});

test('on a wide screen other news is a sidebar beside the article', async ({ page }) => {
  const { article, menu } = reader(page);
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(SEED_PATH);
  await expect(menu.toggle).toBeHidden();
  const box = await article.article.boundingBox();
  const aside = await article.other.boundingBox();
  expect(aside.x).toBeGreaterThanOrEqual(box.x + box.width);
  expect(aside.y).toBeLessThan(box.y + 200);
});

test.describe('hostile bodies', () => {
  // The hostile article's event handlers are refused by the page's policy too
  // (a report each from its inert parse), besides the sanitizer dropping them.
  test.use({ allowPolicy: [/script-src-attr|inline event handler/] });

  for (const width of [320, 1440]) {
    test(`nothing overflows at ${width} px`, async ({ page }) => {
      const { shell } = reader(page);
      await page.setViewportSize({ width, height: 900 });
      for (const url of ['/', `/danh-muc/${SEED.category.slug}`, SEED_PATH, '/tin-tuc/thong-bao-to-chuc-le-hoi-trung-thu-pho-co-hang-ma-nam-2024']) {
        await page.goto(url);
        await expect(shell.heading).toBeVisible();
        await expect(shell.skeleton).toHaveCount(0);
        const overflow = await page.evaluate(() => {
          const w = document.documentElement.clientWidth;
          const wide = [...document.querySelectorAll('img, table, figure, p, h1, h2')]
            .filter((e) => e.getBoundingClientRect().right > w + 1 && !e.closest('table'))
            .map((e) => e.tagName + ':' + (e.textContent || e.getAttribute('src')).slice(0, 40));
          return { scroll: document.documentElement.scrollWidth, w, wide };
        });
        expect(overflow.wide, url).toEqual([]);
        expect(overflow.scroll, url).toBeLessThanOrEqual(overflow.w);
      }
    });
  }

  test('hostile markup in a body is neutralised on the real page', async ({ page }) => {
    const { shell, article } = reader(page);
    await page.addInitScript(() => {
      window.__alerts = 0;
      window.alert = () => { window.__alerts += 1; };
    });
    await page.goto('/tin-tuc/thong-bao-to-chuc-le-hoi-trung-thu-pho-co-hang-ma-nam-2024');
    await expect(shell.heading).toBeVisible();
    const body = article.body;
    await expect(body.locator('script, iframe, [onerror], [onclick], [style]')).toHaveCount(0);
    await expect(body.locator('a[href^="javascript"]')).toHaveCount(0);
    await expect(body.getByText('Xem chi tiết')).toBeVisible(); // the text stays, the link goes
    for (const img of await body.locator('img').all()) {
      await img.scrollIntoViewIfNeeded();
      await expect.poll(() => img.evaluate((i) => i.complete)).toBe(true);
    }
    expect(await page.evaluate(() => window.__alerts)).toBe(0);
  });
});
