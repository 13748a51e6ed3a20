// Reader experience: search, two languages, themes, text size, focus and
// announcements, sharing and the page head, print, and axe-core on every
// kind of page in both themes.
import { test, expect, faults, API, SEED, SEED_PATH, ROOT } from './support.mjs';
import { reader } from './pages/index.mjs';
import path from 'node:path';

const AXE = path.join(ROOT, 'node_modules/axe-core/axe.min.js');

test.describe('search', () => {
  test('without diacritics, "hoan kiem" finds "Hoàn Kiếm", from the header box', async ({ page }) => {
    const { shell, list } = reader(page);
    await page.goto('/');
    await list.searchbox.fill('hoan kiem');
    await list.searchbox.press('Enter');
    await expect(page).toHaveURL('/tim-kiem?q=hoan%20kiem');
    await expect(shell.heading).toHaveText('Kết quả tìm kiếm cho “hoan kiem”');
    const count = await list.resultCount.textContent();
    expect(count).toMatch(/^\d+ kết quả$/);
    await expect(list.titles.first()).toContainText('Hoàn Kiếm');
    // With the diacritics, the same results.
    await page.goto('/tim-kiem?q=Ho%C3%A0n%20Ki%E1%BA%BFm');
    await expect(list.resultCount).toHaveText(count);
  });

  test('"đ" matches "d", results paginate and survive a reload', async ({ page }) => {
    const { list } = reader(page);
    await page.goto('/tim-kiem?q=dai%20doan%20ket');
    // Results with the words in their title or summary (with their "đ")
    // come first; those with them in the body alone after.
    await expect(list.cards.first()).toBeVisible();
    const cards = await list.cards.allTextContents();
    const inCard = cards.map((c) => /[Đđ]ại [Đđ]oàn kết/i.test(c));
    expect(inCard[0]).toBe(true);
    expect(inCard.slice(inCard.indexOf(false) >>> 0)).not.toContain(true);
    await page.goto('/tim-kiem?q=quan');
    await expect(list.pager).toBeVisible();
    await list.nextPage.click();
    await expect(page).toHaveURL('/tim-kiem?q=quan&page=2');
    await page.reload();
    await expect(list.currentPage).toHaveText('2');
  });

  test('an empty query and a query with no results each get a helpful page', async ({ page }) => {
    const { list } = reader(page);
    await page.goto('/tim-kiem');
    await expect(list.searchHint).toContainText('Nhập từ khóa');
    await page.goto('/tim-kiem?q=xyzzyqwv');
    await expect(list.noResults).toContainText('Không tìm thấy bài viết nào cho “xyzzyqwv”');
    await expect(list.noResults.getByRole('listitem')).toHaveCount(3);
  });

  test('a backend without the search capability hides the search box', async ({ page }) => {
    const { menu } = reader(page);
    const r = await fetch(`${API}/api/categories`);
    const body = await r.json();
    delete body.capabilities;
    await faults([{ path: '/api/categories', action: { kind: 'body', body: JSON.stringify(body) } }]);
    await page.goto('/');
    await expect(menu.links.nth(1)).toBeVisible();
    await expect(page.getByRole('search')).toHaveCount(0);
  });
});

test.describe('languages', () => {
  test('switching to English changes the UI, dates and <html lang>, and persists', async ({ page }) => {
    const { shell, list, article } = reader(page);
    await page.goto(SEED_PATH);
    await expect(article.time).toHaveText(SEED.time);
    await expect(article.readingTime).toHaveText(`${SEED.readingMinutes} phút đọc`);
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(article.time).toHaveText('Feb 5, 2021, 2:39 PM');
    await expect(article.readingTime).toHaveText(`${SEED.readingMinutes} min read`);
    await expect(article.otherHeading).toHaveText('Other news');
    // Article content stays as the newsroom wrote it.
    await expect(shell.heading).toHaveText(SEED.title);
    await page.reload();
    await expect(article.otherHeading).toHaveText('Other news');
    await page.getByRole('link', { name: 'Home' }).first().click();
    await expect(shell.heading).toHaveText('Latest news');
    await page.getByRole('button', { name: 'Chuyển sang tiếng Việt' }).click();
    await expect(shell.heading).toHaveText('Tin mới nhất');
    await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
    // The switch remounts the app: its links still work, without a reload.
    const link = list.titles.first();
    const title = (await link.textContent()).trim();
    await link.hover();
    await link.click();
    await expect(shell.heading).toHaveText(title);
  });

  test('what comes from the newsroom stays marked as Vietnamese when the reader picks English, and the pick is kept', async ({ page }) => {
    await page.goto(SEED_PATH);
    await page.getByRole('button', { name: /^EN/ }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveAttribute('lang', 'vi');
    await expect(page.locator('.tt-body')).toHaveAttribute('lang', 'vi');
    await expect(page.locator('.tt-other__link').first()).toHaveAttribute('lang', 'vi');
    await expect(page.locator('.tt-menu__link[lang=vi]').first()).toBeAttached();
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveAttribute('lang', 'vi');
  });

  // The portal's language is the newsroom's (config.json, default vi),
  // whatever the browser prefers; the reader may still switch.
  for (const locale of ['en-US', 'fr-FR', 'vi-VN']) {
    test.describe(`in a ${locale} browser`, () => {
      test.use({ locale });
      test('the first visit is in the portal’s language, its times in the portal’s format', async ({ page }) => {
        const { shell, list } = reader(page);
        await page.goto('/');
        await expect(shell.heading).toHaveText('Tin mới nhất');
        await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
        await expect(list.times.first()).toHaveText(/^\d{2}\/\d{2}\/\d{4} - \d{2}:\d{2} (AM|PM)$/);
      });
    });
  }
});

test.describe('comfort', () => {
  test('the dark theme switch persists across reloads', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('button', { name: 'Giao diện tối' }).click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    const bg = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(await bg()).toBe('rgb(18, 20, 22)');
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    expect(await bg()).toBe('rgb(18, 20, 22)');
    await page.getByRole('button', { name: 'Giao diện sáng' }).click();
    expect(await bg()).toBe('rgb(255, 255, 255)');
  });

  test.describe('with a dark system theme', () => {
    test.use({ colorScheme: 'dark' });
    test('the first visit is dark', async ({ page }) => {
      await page.goto('/');
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    });
  });

  test('text size steps up and down, within bounds, and persists', async ({ page }) => {
    const { article } = reader(page);
    await page.goto(SEED_PATH);
    const size = () => article.body.locator('p').first().evaluate((p) => parseFloat(getComputedStyle(p).fontSize));
    const base = await size();
    await page.getByRole('button', { name: 'Chữ lớn hơn' }).click();
    await page.getByRole('button', { name: 'Chữ lớn hơn' }).click();
    expect(await size()).toBeGreaterThan(base);
    await page.reload();
    expect(await size()).toBeGreaterThan(base);
    for (let i = 0; i < 6; i++) {
      const smaller = page.getByRole('button', { name: 'Chữ nhỏ hơn' });
      if (await smaller.isDisabled()) break;
      await smaller.click();
    }
    await expect(page.getByRole('button', { name: 'Chữ nhỏ hơn' })).toBeDisabled();
    expect(await size()).toBeLessThan(base);
  });

  test('reduced motion turns the progress bar animation off', async ({ page }) => {
    const { shell } = reader(page);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto('/');
    const transition = await shell.progress.evaluate((e) => getComputedStyle(e).transitionDuration);
    expect(transition.split(',').every((d) => parseFloat(d) === 0)).toBe(true);
  });

  test('at 200% zoom (640 px wide) nothing overflows', async ({ page }) => {
    const { shell } = reader(page);
    await page.setViewportSize({ width: 640, height: 800 });
    for (const url of ['/', SEED_PATH, '/tim-kiem?q=hoan']) {
      await page.goto(url);
      await expect(shell.heading).toBeVisible();
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    }
  });
});

for (const width of [1024, 1280]) {
  test.describe(`the category menu at ${width} px`, () => {
    test.use({ viewport: { width, height: 768 } });
    test('stays one row; what doesn\'t fit is under "Thêm", by mouse or keyboard', async ({ page }) => {
      const { list, menu, shell } = reader(page);
      await page.goto('/danh-muc/thong-bao');
      const row = menu.list;
      await expect(menu.current).toHaveText('Thông báo');
      await expect(menu.current).toHaveAttribute('aria-current', 'page');
      // Nothing scrolls or is cut: each link is whole in the row's line, or
      // (wrapped out of sight) under "Thêm".
      await expect(menu.more).toBeVisible();
      expect(await row.evaluate((e) => e.scrollWidth <= e.clientWidth)).toBe(true);
      const box = await row.boundingBox();
      const away = [];
      for (const link of await row.getByRole('link').all()) {
        const b = await link.boundingBox();
        if (b.y >= box.y + box.height) away.push((await link.textContent()).trim());
        else expect(b.x >= box.x && b.x + b.width <= box.x + box.width && b.y + b.height <= box.y + box.height).toBe(true);
      }
      expect(away).toContain('Thông báo');
      await menu.moreToggle.click();
      await expect(menu.moreLinks).toHaveText(away);
      await menu.moreToggle.click();
      await expect(menu.moreLinks).toHaveCount(0);
      // The current category is under it: "Thêm" is marked.
      await expect(menu.more).toHaveAttribute('data-current', '');
      await menu.moreToggle.focus();
      await page.keyboard.press('Enter');
      await expect(menu.moreLinks.filter({ hasText: 'Thông báo' })).toHaveAttribute('aria-current', 'page');
      await page.keyboard.press('Escape');
      await expect(menu.moreLinks).toHaveCount(0);
      await expect(menu.moreToggle).toBeFocused();
      // A click on one opens its page, and the panel closes.
      await menu.moreToggle.click();
      const first = menu.moreLinks.first();
      const name = (await first.textContent()).trim();
      await first.click();
      await expect(shell.heading).toHaveText(name);
      await expect(menu.moreLinks).toHaveCount(0);
      // Home is in the row, and "Thêm" no longer marked.
      await menu.links.first().click();
      await expect(menu.current).toHaveText('Trang chủ');
      await expect(menu.more).not.toHaveAttribute('data-current', '');
      // Search results are neither home nor a category.
      await page.goto('/tim-kiem?q=hoan');
      await expect(list.cards.first()).toBeVisible();
      await expect(menu.current).toHaveCount(0);
    });
  });
}

test.describe('keyboard and screen readers', () => {
  test('after a navigation focus is on the new heading and its title is announced', async ({ page }) => {
    const { shell, list } = reader(page);
    await page.goto('/');
    const link = list.titles.first();
    const title = (await link.textContent()).trim();
    await link.click();
    await expect(shell.heading).toHaveText(title);
    await expect(shell.heading).toBeFocused();
    await expect(page.locator('[role=status][aria-live=polite]').last()).toContainText(`Đã mở trang: ${title}`);
  });

  test('a skip link leads to the main content', async ({ page }) => {
    const { shell, list } = reader(page);
    await page.goto('/');
    await expect(list.cards.first()).toBeVisible();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Bỏ qua, đến nội dung chính' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(shell.main).toBeFocused();
  });

  test.describe('on a phone', () => {
    test.use({ viewport: { width: 390, height: 844 } });
    test('the category menu works with the keyboard alone', async ({ page }) => {
      const { shell, menu } = reader(page);
      await page.goto('/');
      const toggle = menu.toggle;
      await toggle.focus();
      await page.keyboard.press('Enter');
      await expect(toggle).toHaveAttribute('aria-expanded', 'true');
      // Tab through Trang chủ to the first category, and open it.
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      await expect(menu.links.nth(1)).toBeFocused();
      const name = await menu.links.nth(1).textContent();
      await page.keyboard.press('Enter');
      await expect(shell.heading).toHaveText(name);
      await expect(shell.heading).toBeFocused();
    });
  });
});

test.describe('sharing', () => {
  test('the seed article carries correct Open Graph, Twitter and JSON-LD tags', async ({ page, request }) => {
    const { shell } = reader(page);
    await page.goto(SEED_PATH);
    await expect(shell.heading).toHaveText(SEED.title);
    const origin = new URL(page.url()).origin;
    const url = `${origin}${SEED_PATH}`;
    const meta = (sel) => page.locator(sel).last().getAttribute('content');
    expect(await page.locator('link[rel=canonical]').last().getAttribute('href')).toBe(url);
    expect(await meta('meta[property="og:type"]')).toBe('article');
    expect(await meta('meta[property="og:title"]')).toBe(SEED.title);
    expect(await meta('meta[property="og:url"]')).toBe(url);
    // No summary: the body's opening words describe it.
    const description = await meta('meta[property="og:description"]');
    expect(SEED.paragraphs[0].startsWith(description.replace(/…$/, ''))).toBe(true);
    expect(description.length).toBeGreaterThan(100);
    expect(await meta('meta[property="og:image"]')).toBe(`${API}${SEED.thumbnail}`);
    expect(await meta('meta[property="article:published_time"]')).toBe(SEED.publishedAt);
    // Never changed after publishing: modified is published.
    expect(await meta('meta[property="article:modified_time"]')).toBe(SEED.publishedAt);
    expect(await meta('meta[name="twitter:card"]')).toBe('summary_large_image');
    // Structured data is the server's (server/src/structured.rs): the static
    // client's bundle carries none.
    const lds = page.locator('script[type="application/ld+json"]');
    if (test.info().project.name !== 'demo-server') {
      await expect(lds).toHaveCount(0);
      return;
    }
    const [ld, crumbs] = JSON.parse(await lds.textContent());
    expect(ld['@context']).toBe('https://schema.org');
    expect(ld['@type']).toBe('NewsArticle');
    // Google reads 110 characters of a headline: the seed's 125 are cut at a word.
    expect([...SEED.title].length).toBeGreaterThan(110);
    expect([...ld.headline].length).toBeLessThanOrEqual(110);
    expect(ld.headline).toMatch(/…$/);
    expect(SEED.title.startsWith(`${ld.headline.slice(0, -1)} `)).toBe(true);
    expect(ld.datePublished).toBe(SEED.publishedAt);
    expect(ld.dateModified).toBe(SEED.publishedAt);
    expect(ld.author).toEqual({ '@type': 'Person', name: SEED.author });
    // Every size the backend has of the lead photo, largest first.
    expect(ld.image).toEqual([`${API}${SEED.thumbnail}`, `${API}${SEED.thumbnail.replace(/\.jpg$/, '-320.jpg')}`]);
    expect(ld.publisher).toEqual({
      '@type': 'Organization',
      name: 'Mặt trận Tổ quốc quận Hoàn Kiếm',
      logo: { '@type': 'ImageObject', url: `${origin}/icon-512.png` },
    });
    expect((await request.get(ld.publisher.logo.url)).headers()['content-type']).toBe('image/png');
    expect(ld.mainEntityOfPage).toBe(url);
    expect(crumbs['@type']).toBe('BreadcrumbList');
    expect(crumbs.itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Trang chủ', item: `${origin}/` },
      { '@type': 'ListItem', position: 2, name: SEED.category.name, item: `${origin}/danh-muc/${SEED.category.slug}` },
      { '@type': 'ListItem', position: 3, name: SEED.title, item: url },
    ]);
    // It describes the server's page: gone once the app shows another.
    await page.getByRole('navigation', { name: 'Đường dẫn' }).getByRole('link', { name: SEED.category.name }).click();
    await expect(shell.heading).toHaveText(SEED.category.name);
    await expect(lds).toHaveCount(0);
  });

  test('an article changed after publishing says when, to readers and in its data', async ({ page }) => {
    await page.goto('/tin-tuc/lich-tiep-cong-dan-cua-ban-thuong-truc-uy-ban-mttq-viet-nam-quan-hoan-kiem-quy-iii-nam-2026');
    const meta = page.locator('.tt-article__meta');
    await expect(meta).toContainText('Cập nhật lúc 30/06/2026 - 09:15 AM');
    await expect(meta.locator('time.tt-article__updated')).toHaveAttribute('datetime', '2026-06-30T09:15:00+07:00');
    if (test.info().project.name === 'demo-server') {
      const [ld] = JSON.parse(await page.locator('script[type="application/ld+json"]').textContent());
      expect(ld.datePublished).toBe('2026-06-25T16:30:00+07:00');
      expect(ld.dateModified).toBe('2026-06-30T09:15:00+07:00');
    }
    expect(await page.locator('meta[property="article:modified_time"]').last().getAttribute('content')).toBe('2026-06-30T09:15:00+07:00');
    // The seed was never changed: no such line.
    await page.goto(SEED_PATH);
    await expect(page.locator('.tt-article__meta time')).toHaveText(SEED.time);
    await expect(page.locator('.tt-article__meta')).not.toContainText('Cập nhật');
  });

  test('a share click\'s tracking parameters leave the address bar, without a reload', async ({ page }) => {
    const { shell, article } = reader(page);
    const loads = [];
    page.on('load', () => loads.push(page.url()));
    await page.goto(`${SEED_PATH}?fbclid=IwAR0abc&utm_source=zalo&zarsrc=30#tt-main`);
    await expect(article.time).toHaveText(SEED.time);
    await expect(page).toHaveURL((u) => u.pathname === SEED_PATH && u.search === '' && u.hash === '#tt-main');
    expect(loads).toHaveLength(1);
    // A list keeps the parameters it reads.
    await page.goto(`/danh-muc/${SEED.category.slug}?page=2&fbclid=x`);
    await expect(shell.heading).toHaveText(SEED.category.name);
    await expect(page).toHaveURL((u) => u.search === '?page=2');
  });

  test('share links, and copying the link with a confirmation', async ({ page, context }) => {
    const { shell } = reader(page);
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(SEED_PATH);
    const url = encodeURIComponent(`${new URL(page.url()).origin}${SEED_PATH}`);
    await expect(page.getByRole('link', { name: 'Chia sẻ lên Facebook' })).toHaveAttribute('href', `https://www.facebook.com/sharer/sharer.php?u=${url}`);
    await expect(page.getByRole('link', { name: 'Chia sẻ lên Zalo' })).toHaveAttribute('href', new RegExp(`^https://sp\\.zalo\\.me/share\\?url=${url.replace(/[.%]/g, '\\$&')}`));
    await expect(page.getByRole('link', { name: 'Chia sẻ lên X' })).toHaveAttribute('href', new RegExp(`^https://x\\.com/intent/post\\?url=`));
    await page.getByRole('button', { name: 'Chép liên kết' }).click();
    await expect(shell.copied).toHaveText('Đã chép liên kết vào bộ nhớ tạm.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(decodeURIComponent(url));
  });

  test('without a clipboard (a portal on plain http) copying fails quietly, and the page goes on', async ({ page }) => {
    const { shell } = reader(page);
    await page.addInitScript(() => Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined }));
    await page.goto(SEED_PATH);
    await page.getByRole('button', { name: 'Chép liên kết' }).click();
    await expect(shell.copied).toBeEmpty();
    // Still a working reader (the fixture fails the test on any uncaught error).
    await shell.goHome();
    await expect(shell.heading).toHaveText('Tin mới nhất');
  });

  test('the print stylesheet keeps the article, its source and its links\' addresses', async ({ page }) => {
    const { shell, article, menu } = reader(page);
    await page.goto('/tin-tuc/quan-hoan-kiem-to-chuc-le-ky-niem-70-nam-ngay-giai-phong-thu-do-10-10-1954-10-10-2024');
    await expect(shell.heading).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    for (const part of [menu.nav, article.aside, article.share, shell.footer, article.textSize]) {
      await expect(part.first()).toBeHidden();
    }
    await expect(shell.heading).toBeVisible();
    // The source: the portal's name, the category, the date, the address.
    await expect(shell.brand).toBeVisible();
    // (Only the category: "Trang chủ" is no source.)
    await expect(article.breadcrumb).toHaveCount(1);
    await expect(article.breadcrumb).toBeVisible();
    await expect(article.time).toBeVisible();
    const source = await article.article.evaluate((a) => getComputedStyle(a, '::after').content);
    expect(source).toContain(`/tin-tuc/quan-hoan-kiem-to-chuc-le-ky-niem-70-nam-ngay-giai-phong-thu-do-10-10-1954-10-10-2024`);
    expect(source).toMatch(/^"https?:\/\//);
    const after = await article.body.locator('a[href^="http"]').first().evaluate((a) => getComputedStyle(a, '::after').content);
    expect(after).toContain('http');
  });
});

test.describe('axe-core: zero violations', () => {
  // axe-core goes in as an inline script, which the pages' policy refuses.
  test.use({ bypassCSP: true });
  const pages = [
    ['home', '/'],
    ['category', `/danh-muc/${SEED.category.slug}`],
    ['topic', `/chu-de/${SEED.topic.slug}`],
    ['article', SEED_PATH],
    ['search', '/tim-kiem?q=hoan%20kiem'],
    ['search in the body', '/tim-kiem?q=la%20van%20nho'],
    ['404', '/tin-tuc/khong-co-bai-nay'],
    ['error', SEED_PATH, [{ path: `/api/articles/${SEED.slug}`, action: { kind: 'status', code: 500 } }]],
  ];
  for (const theme of ['light', 'dark']) {
    for (const [name, url, rules] of pages) {
      test(`${name} page, ${theme} theme`, async ({ page }) => {
        const { shell } = reader(page);
        await page.addInitScript((th) => localStorage.setItem('tintuc.theme', th), theme);
        if (rules) await faults(rules);
        await page.goto(url);
        await expect(shell.heading.first()).toBeVisible();
        await expect(shell.skeleton).toHaveCount(0);
        await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
        await page.addScriptTag({ path: AXE });
        // Every rule axe has, its experimental ones too: the default run
        // leaves out label-content-name-mismatch (WCAG 2.5.3), which the
        // text-size buttons once failed unseen.
        const result = await page.evaluate(() =>
          window.axe.run(document, {
            resultTypes: ['violations'],
            rules: Object.fromEntries(window.axe.getRules(['experimental']).map((r) => [r.ruleId, { enabled: true }])),
          }),
        );
        const summary = result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
        expect(summary).toEqual([]);
      });
    }
  }
});
