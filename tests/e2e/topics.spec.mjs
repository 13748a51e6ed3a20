// Topics (issue #23): the article's topics as links, each topic a list
// page at /chu-de/<slug> named as the backend names it, "Các tin tức
// khác" with photos and the articles of the same topic first; at 390 and
// 1280 px (the axe run of a topic page is reader.spec.mjs's).
import { test, expect, SEED, SEED_PATH } from './support.mjs';
import { reader } from './pages/index.mjs';

const TOPIC_PATH = `/chu-de/${SEED.topic.slug}`;

for (const width of [390, 1280]) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: 900 } });

    test("the article's topic leads to its list, and each of its articles carries it", async ({ page }) => {
      const { shell, article, list } = reader(page);
      await page.goto(SEED_PATH);
      await expect(article.topics).toHaveText([SEED.topic.name]);
      // Under the body, before the share buttons.
      const [body, topics] = [await article.body.boundingBox(), await article.topics.first().boundingBox()];
      expect(topics.y).toBeGreaterThan(body.y + body.height - 1);
      await article.topics.first().click();
      await expect(page).toHaveURL(new RegExp(`${TOPIC_PATH}$`));
      await expect(shell.heading).toHaveText(SEED.topic.name);
      // "Chủ đề" above the name (drawn from the attribute).
      await expect(shell.heading).toHaveAttribute('data-kicker', 'Chủ đề');
      await expect(page).toHaveTitle(new RegExp(`^${SEED.topic.name}`));
      // One public address, whatever spelling or tracking brought the reader.
      await expect(page.locator('link[rel=canonical]')).toHaveAttribute('href', new RegExp(`${TOPIC_PATH}$`));
      await expect(list.title(SEED.title)).toHaveCount(1);
      const count = await list.titles.count();
      expect(count).toBeGreaterThanOrEqual(3);
      // Another of the topic's articles names the same topic.
      const other = list.titles.filter({ hasNotText: SEED.title }).first();
      await other.click();
      await expect(article.title).toBeVisible();
      await expect(article.topics.filter({ hasText: SEED.topic.name })).toHaveCount(1);
    });

    test('"Các tin tức khác" shows photos and starts with the same topic', async ({ page }) => {
      const { article, list } = reader(page);
      await page.goto(TOPIC_PATH);
      await expect(list.title(SEED.title)).toBeVisible();
      const sameTopic = await list.titles.allTextContents();
      await page.goto(SEED_PATH);
      await expect(article.otherLinks.first()).toBeVisible();
      const first = (await article.otherLinks.allTextContents()).slice(0, 3);
      for (const title of first) expect(sameTopic.map((t) => t.trim())).toContain(title.trim());
      await expect(article.otherPhotos.first()).toHaveAttribute('srcset', /\d+w/);
      // Decorative: the link beside it names the article.
      await expect(article.otherPhotos.first()).toHaveAttribute('alt', '');
    });
  });
}

test('an unknown topic is the 404 page', async ({ page }) => {
  const { shell } = reader(page);
  await page.goto('/chu-de/khong-co-chu-de-nay');
  await expect(shell.heading).toHaveText('Không tìm thấy trang');
});

test('a topic page in English says so, the topic keeps its name', async ({ page }) => {
  const { shell } = reader(page);
  await page.addInitScript(() => localStorage.setItem('tintuc.lang', 'en'));
  await page.goto(TOPIC_PATH);
  await expect(shell.heading).toHaveText(SEED.topic.name);
  await expect(shell.heading).toHaveAttribute('data-kicker', 'Topic');
});
