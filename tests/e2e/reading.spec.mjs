// Reading on a phone and on a desktop (issue #23): the body's alignment
// and blank space, the reading time, the 404's ways on, tap targets, the
// phone menu's icon, no focus ring where nothing can be operated. At 390
// and 1280 px; the axe run of every page is reader.spec.mjs's.
import fs from 'node:fs';
import path from 'node:path';
import { test, expect, ROOT, SEED, SEED_PATH } from './support.mjs';
import { reader } from './pages/index.mjs';

// The demo newsroom's article whose CMS body has `<p>&nbsp;</p>` around
// its photos (data/articles/).
const BLANKS = '/tin-tuc/ban-thuong-truc-uy-ban-mttq-viet-nam-quan-hoan-kiem-gap-mat-bieu-duong-truong-ban-cong-tac-mat-tran-tieu-bieu-nam-2023';

// One whose photo (anh-14) is not in its body.
const LEAD = '/tin-tuc/phuong-dong-xuan-ra-mat-mo-hinh-to-lien-gia-an-toan-phong-chay-chua-chay-tai-khu-vuc-cho-dong-xuan';
// The demo newsroom's five most read (its articles' read counts, newest
// first among equals: the data is newest first by date).
const MOST_READ = fs
  .readdirSync(path.join(ROOT, 'data/articles'))
  .map((f) => JSON.parse(fs.readFileSync(path.join(ROOT, 'data/articles', f), 'utf8')))
  .sort((a, b) => b.views - a.views || Date.parse(b.published_at) - Date.parse(a.published_at))
  .slice(0, 5);
// Its caption and credit, as the newsroom wrote them.
const { caption, credit } = JSON.parse(fs.readFileSync(path.join(ROOT, `data/articles${LEAD.slice('/tin-tuc'.length)}.json`), 'utf8')).thumbnail;

const WIDTHS = [
  [390, 'start'],
  [1280, 'justify'],
];

for (const [width, align] of WIDTHS) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: 900 } });

    test(`the body's justified paragraphs read ${align}-aligned; no blank paragraphs`, async ({ page }) => {
      const { article } = reader(page);
      await page.goto(SEED_PATH);
      const justified = article.body.locator('p.tt-align-justify');
      await expect(justified.first()).toBeVisible();
      const aligns = await justified.evaluateAll((ps) => ps.map((p) => getComputedStyle(p).textAlign));
      expect(new Set(aligns)).toEqual(new Set([align]));
      await page.goto(BLANKS);
      await expect(article.paragraphs.first()).toBeVisible();
      const blank = await article.body.locator('p, div').evaluateAll((els) =>
        els.filter((e) => !e.querySelector('img, figure, table, ul, ol, hr') && e.textContent.replace(/[\s\u200b\ufeff]/g, '') === '').length,
      );
      expect(blank).toBe(0);
    });

    test('the lead photo under the title with its caption and credit, its box reserved, unless the body shows it', async ({ page }) => {
      const { article } = reader(page);
      await page.goto(LEAD);
      const { lead } = article;
      await expect(lead).toHaveAttribute('src', /\/media\/anh-14\.jpg$/);
      await expect(lead).toHaveAttribute('fetchpriority', 'high');
      await expect(lead).toHaveAttribute('width', /^\d+$/);
      await expect(lead).toHaveAttribute('height', /^\d+$/);
      await expect.poll(() => lead.evaluate((i) => i.complete && i.naturalWidth > 0)).toBe(true);
      const [title, photo] = [await article.title.boundingBox(), await lead.boundingBox()];
      expect(photo.y).toBeGreaterThan(title.y);
      // On the first screen, even on a phone.
      expect(photo.y).toBeLessThan(900);
      // Its caption and credit under it, as text.
      expect(caption && credit).toBeTruthy();
      await expect(article.leadCaption).toHaveText(`${caption} ${credit}`);
      const below = await article.leadCaption.boundingBox();
      expect(below.y).toBeGreaterThanOrEqual(photo.y + photo.height);
      // The seed's photo is in its body: not shown a second time.
      await page.goto(SEED_PATH);
      await expect(article.photos.first()).toBeVisible();
      await expect(page.locator('.tt-lead')).toHaveCount(0);
    });

    test('the most read under the other news, most read first', async ({ page }) => {
      const { article } = reader(page);
      await page.goto(LEAD);
      await expect(article.mostReadLinks).toHaveText(MOST_READ.map((a) => a.title));
      // Beside the body on wide screens, under it on phones: after the other news either way.
      const [other, most] = [await article.other.boundingBox(), await article.mostRead.boundingBox()];
      expect(most.y).toBeGreaterThan(other.y);
      await article.mostReadLinks.first().click();
      await expect(article.title).toHaveText(MOST_READ[0].title);
    });

    test('in English, "Most read"; the titles as the newsroom wrote them', async ({ page }) => {
      await page.addInitScript(() => localStorage.setItem('tintuc.lang', 'en'));
      await page.goto(LEAD);
      const most = page.getByRole('region', { name: 'Most read' });
      await expect(most.getByRole('link')).toHaveText(MOST_READ.map((a) => a.title));
    });

    test('the reading time beside the publish time', async ({ page }) => {
      const { article } = reader(page);
      await page.goto(SEED_PATH);
      await expect(article.readingTime).toHaveText(`${SEED.readingMinutes} phút đọc`);
      await expect(article.readingTime).toBeVisible();
    });

    test('a 404 offers the search and the latest news; the search leads to results', async ({ page }) => {
      const { shell } = reader(page);
      await page.goto('/tin-tuc/khong-co-bai-nay');
      await expect(shell.heading).toHaveText('Không tìm thấy trang');
      const more = page.locator('.tt-notfound__more');
      await expect(more.getByRole('heading', { name: 'Tin mới nhất' })).toBeVisible();
      await expect(more.getByRole('link')).toHaveCount(5);
      const box = more.getByRole('searchbox');
      await box.fill('hoan kiem');
      await box.press('Enter');
      await expect(shell.heading).toHaveText('Kết quả tìm kiếm cho “hoan kiem”');
      // Focused for screen readers, with no ring drawn around it.
      await expect(shell.heading).toBeFocused();
      expect(await shell.heading.evaluate((h) => getComputedStyle(h).outlineStyle)).toBe('none');
    });

    test('breadcrumb and footer links are targets of 24 px at least', async ({ page }) => {
      const { shell, article } = reader(page);
      await page.goto(SEED_PATH);
      await expect(article.time).toBeVisible();
      for (const link of [...(await article.breadcrumb.all()), ...(await shell.footer.getByRole('link').all())]) {
        const box = await link.boundingBox();
        expect(box.height, await link.textContent()).toBeGreaterThanOrEqual(24);
      }
    });
  });
}

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });
  test('at the largest text size its lines are too short to justify', async ({ page }) => {
    const { article } = reader(page);
    await page.addInitScript(() => localStorage.setItem('tintuc.text', '4'));
    await page.goto(SEED_PATH);
    await expect(page.locator('html')).toHaveAttribute('data-text', '4');
    const align = await article.body.locator('p.tt-align-justify').first().evaluate((p) => getComputedStyle(p).textAlign);
    // 34 em of 24 px text is 816 px: far wider than a phone.
    expect(align).toBe('start');
  });

  test("the menu's icon shows whether it is open", async ({ page }) => {
    const { menu } = reader(page);
    await page.goto('/');
    const icon = menu.toggle.locator('.tt-menu__icon');
    const bars = () => icon.evaluate((i) => [getComputedStyle(i).backgroundColor, getComputedStyle(i, '::before').transform]);
    const closed = await bars();
    expect(closed[1]).toBe('none');
    await menu.open();
    await expect(menu.toggle).toHaveAttribute('aria-expanded', 'true');
    const open = await bars();
    expect(open[0]).toBe('rgba(0, 0, 0, 0)');
    expect(open[1]).not.toBe('none');
    await page.keyboard.press('Escape');
    await expect(menu.toggle).toHaveAttribute('aria-expanded', 'false');
    expect(await bars()).toEqual(closed);
  });
});

for (const [width] of WIDTHS) {
  test.describe(`search at ${width} px`, () => {
    test.use({ viewport: { width, height: 900 } });

    test('search finds a name that only the body holds, with or without diacritics, and shows its sentence with the words marked', async ({ page }) => {
      const { shell, list } = reader(page);
      for (const q of ['Lã Văn Nho', 'la van nho']) {
        await page.goto(`/tim-kiem?q=${encodeURIComponent(q)}`);
        await expect(shell.heading).toHaveText(`Kết quả tìm kiếm cho “${q}”`);
        await expect(list.titles).toHaveText([SEED.title]);
        // The seed's sentence that names him (cut to about two lines).
        await expect(list.found).toHaveCount(1);
        await expect(list.found).toContainText('Lã Văn Nho – Chủ tịch Hội CCB quận');
        await expect(list.found).toBeVisible();
        // Each word wherever it is ("Vân", another name, folds as "Văn" does).
        expect((await list.found.locator('mark').allTextContents()).join(' ')).toContain('Lã Văn Nho');
      }
    });

    test("a title's match is marked where the words are, whatever the accents", async ({ page }) => {
      const { list } = reader(page);
      await page.goto('/tim-kiem?q=hoan%20kiem');
      const first = list.titles.first();
      await expect(first.locator('mark')).toHaveText(['Hoàn', 'Kiếm']);
      // Marks are text: the title reads as before.
      expect(await first.textContent()).toMatch(/Hoàn Kiếm/);
      // Found in titles and summaries: no sentence of the body.
      await expect(list.found).toHaveCount(0);
    });
  });
}
