// The reader's journey through the release build: home → category → page 2
// → the seed article → an other-news link → back → reload → 404.
import { test, expect, SEED, SEED_PATH } from './support.mjs';
import { reader } from './pages/index.mjs';

const TIME_RE = /^\d{2}\/\d{2}\/\d{4} - \d{2}:\d{2} (AM|PM)$/;

test.use({ viewport: { width: 390, height: 844 } });

test('home → category → page 2 → seed article → other news → back → reload → 404', async ({ page }) => {
  const { shell, list, article, menu } = reader(page);
  // Home: the latest news, newest first, paginated.
  await page.goto('/');
  await expect(shell.heading).toHaveText('Tin mới nhất');
  await expect(page).toHaveTitle('Tin mới nhất - Mặt trận Tổ quốc quận Hoàn Kiếm');
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
  await expect(list.cards).toHaveCount(10);
  const times = await list.times.allTextContents();
  times.forEach((t) => expect(t).toMatch(TIME_RE));
  const stamps = await list.times.evaluateAll((els) => els.map((e) => Date.parse(e.getAttribute('datetime'))));
  expect([...stamps].sort((a, b) => b - a)).toEqual(stamps);
  await expect(list.currentPage).toHaveText('1');

  // The category menu, behind its button on a phone.
  await menu.open();
  await menu.link(SEED.category.name).click();
  await expect(page).toHaveURL(`/danh-muc/${SEED.category.slug}`);
  await expect(shell.heading).toHaveText(SEED.category.name);
  await expect(menu.current).toHaveText(SEED.category.name);
  await expect(menu.list).toBeHidden(); // closed by the navigation

  // Page 2 of the category holds the seed article.
  await list.nextPage.click();
  await expect(page).toHaveURL(`/danh-muc/${SEED.category.slug}?page=2`);
  await expect(list.currentPage).toHaveText('2');
  const seedTitle = list.title(SEED.title);
  // Scroll down the list, keeping the seed's card in view (it leads page 2).
  const cardTop = (await list.card(SEED.title).boundingBox()).y;
  await page.evaluate((y) => window.scrollTo(0, y), cardTop - 40);
  await expect(seedTitle).toBeInViewport();
  const listScroll = await page.evaluate(() => window.scrollY);
  expect(listScroll).toBeGreaterThan(100);
  await seedTitle.click();

  // The seed article, faithfully.
  await expect(page).toHaveURL(SEED_PATH);
  await expect(shell.heading).toHaveText(SEED.title);
  await expect(page).toHaveTitle(`${SEED.title} - Mặt trận Tổ quốc quận Hoàn Kiếm`);
  await expect(article.time).toHaveText(SEED.time);
  await expect(article.breadcrumb.last()).toHaveText(SEED.category.name);
  await expect(article.captions).toHaveText(SEED.captions);
  await expect(article.byline).toHaveText(SEED.byline);
  await expect(article.otherHeading).toHaveText(SEED.otherNewsHeading);
  expect(await page.evaluate(() => window.scrollY)).toBeLessThan(5); // a new page starts at the top

  // Down to the other news, and into one.
  const other = article.otherLink(SEED.otherTitle);
  await other.scrollIntoViewIfNeeded();
  const articleScroll = await page.evaluate(() => window.scrollY);
  expect(articleScroll).toBeGreaterThan(500);
  await other.click();
  await expect(shell.heading).toHaveText(SEED.otherTitle);
  await expect(article.body).not.toContainText(SEED.paragraphs[0].slice(0, 60));

  // Back: the seed article, where the reader was.
  await page.goBack();
  await expect(shell.heading).toHaveText(SEED.title);
  await expect(article.paragraphs.first()).toHaveText(SEED.paragraphs[0]);
  const again = await article.paragraphTexts();
  expect(again, 'the body is this article\'s, once').toEqual([...SEED.paragraphs, SEED.byline]);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(articleScroll - 3);
  expect(await page.evaluate(() => window.scrollY)).toBeLessThan(articleScroll + 3);

  // Back again: the list, scrolled to the card the reader chose.
  await page.goBack();
  await expect(shell.heading).toHaveText(SEED.category.name);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(listScroll - 3);
  expect(await page.evaluate(() => window.scrollY)).toBeLessThan(listScroll + 3);

  // Every page is a deep link that survives a reload.
  await page.reload();
  await expect(shell.heading).toHaveText(SEED.category.name);
  await expect(list.currentPage).toHaveText('2');
  await page.goto(SEED_PATH);
  await page.reload();
  await expect(article.time).toHaveText(SEED.time);

  // An unknown slug is a real 404 page with a way home.
  await page.goto('/tin-tuc/bai-viet-khong-ton-tai');
  await expect(shell.heading).toHaveText('Không tìm thấy trang');
  await expect(page).toHaveTitle(/^Không tìm thấy trang/);
  // Where to go from here: the search and the latest news.
  const more = page.locator('.tt-notfound__more');
  await expect(more.getByRole('search')).toBeVisible();
  await expect(more.getByRole('heading', { name: 'Tin mới nhất' })).toBeVisible();
  await expect(more.getByRole('link')).toHaveCount(5);
  await page.getByRole('link', { name: 'Về trang chủ' }).click();
  await expect(shell.heading).toHaveText('Tin mới nhất');
});

test('the seed article renders word for word, at 390 px and at 1280 px', async ({ page }, testInfo) => {
  const { article, menu } = reader(page);
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(SEED_PATH);
    await expect(article.title).toHaveText(SEED.title);
    await expect(article.paragraphs.first()).toHaveText(SEED.paragraphs[0]);
    // Body paragraphs in order, then the byline paragraph.
    expect(await article.paragraphTexts()).toEqual([...SEED.paragraphs, SEED.byline]);
    await expect(article.captions).toHaveText(SEED.captions);
    await expect(article.photos).toHaveCount(2);
    await expect(article.otherLink(SEED.otherTitle)).toBeVisible();
    await expect(menu.nav).toHaveAttribute('aria-label', SEED.menuLabel);
    // Both photos load (the second is lazy: bring it into view).
    for (const img of await article.images.all()) {
      await img.scrollIntoViewIfNeeded();
      await expect.poll(() => img.evaluate((i) => i.complete && i.naturalWidth)).toBeGreaterThan(0);
    }
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: testInfo.outputPath(`seed-article-${width}.png`), fullPage: true });
  }
});
