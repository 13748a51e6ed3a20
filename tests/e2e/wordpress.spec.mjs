// The reader's journey against a real WordPress (scripts/wordpress/setup.sh):
// the same release build, with "backend": "wordpress" in its config.json.
import { test, expect, SEED, SEED_PATH, PORTS } from './support.mjs';
import { reader } from './pages/index.mjs';
import fs from 'node:fs';

const SITE = `http://127.0.0.1:${PORTS.wordpressSite}`;

test.use({ viewport: { width: 390, height: 844 } });

test('WordPress: home → category → page 2 → the seed article → other news → back → 404', async ({ page }) => {
  const { shell, list, article, menu } = reader(page);
  const wpRequests = [];
  page.on('request', (r) => r.url().includes('/wp-json/') && wpRequests.push(r.url()));
  await page.goto(`${SITE}/`);
  await expect(shell.heading).toHaveText('Tin mới nhất');
  await expect(list.cards).toHaveCount(10);
  await expect(list.currentPage).toHaveText('1');
  // The menu: the site's categories, empty ones hidden.
  await menu.open();
  await expect(menu.link('Chuyên mục trống')).toHaveCount(0);
  await menu.link(SEED.category.name).click();
  await expect(page).toHaveURL(`${SITE}/danh-muc/${SEED.category.slug}`);
  await expect(shell.heading).toHaveText(SEED.category.name);
  // Page 2, from X-WP-Total.
  await list.nextPage.click();
  await expect(page).toHaveURL(`${SITE}/danh-muc/${SEED.category.slug}?page=2`);
  await expect(list.pagerStatus).toHaveText('Trang 2/2');
  // Cards whose summary is WordPress's automatic excerpt (the seed article's)
  // show it without its "[…]".
  const summaries = await list.cards.locator('.tt-card__summary').allTextContents();
  expect(summaries.length).toBeGreaterThan(0);
  for (const s of summaries) expect(s).not.toMatch(/\[(…|\.\.\.|&hellip;)\]/);
  await list.title(SEED.title).click();
  // The seed article, from WordPress.
  await expect(page).toHaveURL(`${SITE}${SEED_PATH}`);
  await expect(shell.heading).toHaveText(SEED.title);
  await expect(article.time).toHaveText(SEED.time);
  await expect(article.captions).toHaveText(SEED.captions);
  await expect(article.byline).toHaveText(SEED.byline);
  // No bold lead above the body: the summary is the automatic excerpt, the
  // body's own opening (shown once, as the body).
  await expect(article.body).toBeVisible();
  await expect(page.locator('.tt-article__summary')).toHaveCount(0);
  await expect(article.images.first()).toHaveAttribute('src', /^http:\/\/127\.0\.0\.1:18400\/wp-content\/uploads\//);
  // Other news: the same category, never this article.
  const others = article.otherLinks;
  await expect(others.first()).toBeVisible();
  expect(await others.allTextContents()).not.toContain(SEED.title);
  const otherTitle = (await others.first().textContent()).trim();
  await others.first().click();
  await expect(shell.heading).toHaveText(otherTitle);
  await page.goBack();
  await expect(shell.heading).toHaveText(SEED.title);
  await page.goBack();
  await expect(shell.heading).toHaveText(SEED.category.name);
  // Its topic: a WordPress tag, the topic's page its posts.
  await page.goto(`${SITE}${SEED_PATH}`);
  await expect(article.topics).toHaveText([SEED.topic.name]);
  await article.topics.first().click();
  await expect(page).toHaveURL(`${SITE}/chu-de/${SEED.topic.slug}`);
  await expect(shell.heading).toHaveText(SEED.topic.name);
  await expect(list.title(SEED.title)).toHaveCount(1);
  // A featured image's caption (the attachment's) and credit (its image_meta).
  await page.goto(`${SITE}/tin-tuc/phuong-dong-xuan-ra-mat-mo-hinh-to-lien-gia-an-toan-phong-chay-chua-chay-tai-khu-vuc-cho-dong-xuan`);
  await expect(article.lead).toBeVisible();
  await expect(article.leadCaption).toHaveText(/^\S.+ Ảnh: \S/);
  // No WordPress Popular Posts on the test site: no most read, none asked for.
  await expect(article.other).toBeVisible();
  await expect(article.mostRead).toHaveCount(0);
  expect(wpRequests.filter((u) => u.includes('popular-posts'))).toEqual([]);
  await page.goto(`${SITE}/chu-de/khong-co-chu-de-nay`);
  await expect(shell.heading).toHaveText('Không tìm thấy trang');
  // An unknown slug: WordPress answers an empty list; the reader sees a 404.
  await page.goto(`${SITE}/tin-tuc/khong-co-bai-nay`);
  await expect(shell.heading).toHaveText('Không tìm thấy trang');
  // Lists ask for what they show: no post bodies in list requests (a
  // search's do: its results show the sentence that holds the words).
  const lists = wpRequests.filter((u) => u.includes('/wp/v2/posts?page=') && !u.includes('search='));
  expect(lists.length).toBeGreaterThan(0);
  for (const u of lists) expect(decodeURIComponent(u)).not.toContain('content');
});

test.describe(() => {
  // The hostile post's event handlers are refused by the page's policy too
  // (a report each from the sanitizer's inert parse).
  test.use({ allowPolicy: [/script-src-attr|inline event handler/] });

  test('WordPress: hostile post content is sanitized, search works', async ({ page }) => {
    const { shell, list, article } = reader(page);
    await page.addInitScript(() => {
      window.__alerts = 0;
      window.alert = () => (window.__alerts += 1);
    });
    await page.goto(`${SITE}/tin-tuc/thong-bao-to-chuc-le-hoi-trung-thu-pho-co-hang-ma-nam-2024`);
    await expect(shell.heading).toBeVisible();
    await expect(article.body.locator('script, iframe, [onerror]')).toHaveCount(0);
    expect(await page.evaluate(() => window.__alerts)).toBe(0);
    await page.goto(`${SITE}/tim-kiem?q=Ho%C3%A0n%20Ki%E1%BA%BFm`);
    await expect(list.resultCount).toHaveText(/^\d+ kết quả$/);
    await expect(list.cards.first()).toBeVisible();
    await expect(list.titles.first().locator('mark').first()).toBeVisible();
    // A name only the seed's body holds, as a phrase (WordPress's quotes;
    // unquoted, it finds every post with the three syllables anywhere):
    // WordPress searches bodies, the reader shows the sentence that names
    // him, the words marked.
    await page.goto(`${SITE}/tim-kiem?q=${encodeURIComponent('"Lã Văn Nho"')}`);
    await expect(list.title(SEED.title)).toHaveCount(1);
    const marks = await list.card(SEED.title).locator('.tt-card__found mark').allTextContents();
    expect(marks.join(' ')).toContain('Lã Văn Nho');
  });
});

test('the test WordPress has no well-known admin password: a random one, in a file only root reads', async ({ request }) => {
  const WP = 'http://127.0.0.1:18400';
  const logIn = async (pwd) => {
    const r = await request.post(`${WP}/wp-login.php`, {
      form: { log: 'admin', pwd, 'wp-submit': 'Log In', testcookie: '1' },
      headers: { cookie: 'wordpress_test_cookie=WP%20Cookie%20check' },
      maxRedirects: 0,
    });
    return r.headersArray().some((h) => h.name.toLowerCase() === 'set-cookie' && h.value.startsWith('wordpress_logged_in_'));
  };
  expect(await logIn('tintuc-admin'), 'the old fixed password').toBe(false);
  const file = '/etc/wordpress/tintuc-admin-password';
  const st = fs.statSync(file);
  expect(st.mode & 0o077, `${file} is for root only`).toBe(0);
  expect(st.uid).toBe(0);
  let password;
  try {
    password = fs.readFileSync(file, 'utf8').trim();
  } catch {
    return; // not root: the file's mode is what can be checked
  }
  expect(password.length).toBeGreaterThanOrEqual(24);
  expect(await logIn(password), 'the password in the file is the admin’s').toBe(true);
});
