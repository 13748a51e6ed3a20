// A hostile backend and a bad network: for each fault the reader gets a
// clear Vietnamese message naming the problem, a retry that works once the
// fault is lifted, a page that still responds, and never a panic (the
// `test` fixture fails on any panic or uncaught error).
import { test, expect, articleRequest, faults, clearFaults, holdRequests, SEED, SEED_PATH } from './support.mjs';
import { reader } from './pages/index.mjs';

const ARTICLE = `/api/articles/${SEED.slug}`;
const LIST = '/api/articles';

const MESSAGES = {
  busy: 'Máy chủ đang bận',
  server: 'Máy chủ gặp sự cố',
  unreadable: 'Không đọc được nội dung máy chủ trả về',
  offline: 'Không kết nối được tới máy chủ',
  timeout: 'Máy chủ phản hồi quá lâu',
};

/** The page still works: it answers, and the menu leads to another page. */
async function stillUsable(page) {
  const { shell } = reader(page);
  expect(await page.evaluate(() => 1 + 1)).toBe(2);
  await shell.goHome();
  await expect(shell.heading).toHaveText('Tin mới nhất');
}

const ARTICLE_FAULTS = [
  ['HTTP 500 with a JSON body', { kind: 'status', code: 500, json: { error: { code: 'boom', message: 'x' } } }, 'server'],
  ['HTTP 502 without a body', { kind: 'status', code: 502 }, 'busy'],
  ['HTTP 429', { kind: 'status', code: 429 }, 'busy'],
  ["a proxy's HTML error page instead of JSON", { kind: 'body', body: '<html><body><h1>502 Bad Gateway</h1></body></html>', content_type: 'text/html' }, 'unreadable'],
  ['a body cut off mid-JSON', { kind: 'truncate', bytes: 300 }, 'unreadable'],
  ['a string where a number is', { kind: 'body', body: JSON.stringify({ slug: 'x', title: 'T', published_at: 12, body_html: '' }) }, 'unreadable'],
  ['null where an object is', { kind: 'body', body: 'null' }, 'unreadable'],
  ['an array where an article is', { kind: 'body', body: '[1, 2, 3]' }, 'unreadable'],
  ['a 10 MB body', { kind: 'huge', bytes: 10_000_000 }, 'unreadable'],
  ['a dropped connection', { kind: 'drop' }, 'offline'],
];

for (const [name, action, kind] of ARTICLE_FAULTS) {
  test(`article: ${name} → "${MESSAGES[kind]}", and Thử lại recovers`, async ({ page }) => {
    const { shell } = reader(page);
    await faults([{ path: ARTICLE, action }]);
    await page.goto(SEED_PATH);
    const alert = shell.alert;
    await expect(alert).toContainText(MESSAGES[kind]);
    await expect(alert).toHaveAttribute('data-kind', kind);
    await clearFaults();
    await shell.retry.click();
    await expect(shell.heading).toHaveText(SEED.title);
    await expect(alert).toHaveCount(0);
    await stillUsable(page);
  });
}

// A valid answer padded past the 8 MiB cap and sent chunked, without
// Content-Length (as a compressed or HTTP/2 answer may come): the bytes are
// counted as they arrive, whoever reads them.
const STREAMED = { kind: 'stream', bytes: 12 * 1024 * 1024 };

test('the early fetch (boot.js): an answer past the cap without a length is "unreadable", not asked again', async ({ page }) => {
  const { shell } = reader(page);
  await faults([{ path: ARTICLE, action: STREAMED }]);
  let asked = 0;
  page.on('request', (r) => { if (new URL(r.url()).pathname === ARTICLE) asked += 1; });
  await page.goto(SEED_PATH);
  await expect(shell.alert).toContainText(MESSAGES.unreadable);
  await expect(shell.alert).toHaveAttribute('data-kind', 'unreadable');
  expect(asked, 'the early answer was the one refused').toBe(1);
  await clearFaults();
  await shell.retry.click();
  await expect(shell.heading).toHaveText(SEED.title);
});

test('the app: an answer past the cap without a length is "unreadable"', async ({ page }) => {
  const { shell, list } = reader(page);
  await page.goto('/');
  await expect(list.cards.first()).toBeVisible();
  await faults([{ path_prefix: '/api/articles/', action: STREAMED }]);
  await list.titles.first().click();
  await expect(shell.alert).toContainText(MESSAGES.unreadable);
  await expect(shell.alert).toHaveAttribute('data-kind', 'unreadable');
  await clearFaults();
  await shell.retry.click();
  await expect(shell.alert).toHaveCount(0);
  await stillUsable(page);
});

test('503 with Retry-After: the page waits as told, then tries again by itself', async ({ page }) => {
  const { shell } = reader(page);
  await faults([{ path: ARTICLE, action: { kind: 'status', code: 503, retry_after: 2 }, times: 1 }]);
  await page.goto(SEED_PATH);
  const alert = shell.alert;
  await expect(alert).toContainText(MESSAGES.busy);
  await expect(shell.retryCountdown).toContainText('Tự thử lại sau');
  // The countdown is not part of the alert: it would be read out every second.
  await expect(alert).not.toContainText('Tự thử lại sau');
  await expect(shell.retry).toBeDisabled();
  // No click: the countdown retries, and the fault was for one answer only.
  await expect(shell.heading).toHaveText(SEED.title, { timeout: 6000 });
});

// The countdown is a timer of the page's: a view that goes must stop it,
// whatever the page's timers are (this clock numbers them from 10^12, past
// what an i32 holds: a truncated id cleared nothing, and the next tick read
// a value that was gone: a panic).
test('a Retry-After countdown stops when its page goes', async ({ page }) => {
  const { shell } = reader(page);
  await faults([{ path: ARTICLE, action: { kind: 'status', code: 503, retry_after: 30 }, times: 1 }]);
  await page.clock.install();
  await page.goto(SEED_PATH);
  await expect(shell.retryCountdown).toContainText('Tự thử lại sau');
  await shell.goHome();
  await expect(shell.heading).toHaveText('Tin mới nhất');
  // Past the wait: nothing ticks, nothing retries (the fixture fails the
  // test on a panic).
  await page.clock.runFor(40_000);
  await expect(shell.heading).toHaveText('Tin mới nhất');
});

test('after the Retry-After wait the page tries once by itself, then leaves it to the reader', async ({ page }) => {
  const { shell } = reader(page);
  // Two busy answers: the automatic retry gets the second one.
  await faults([{ path: ARTICLE, action: { kind: 'status', code: 503, retry_after: 1 }, times: 2 }]);
  let asked = 0;
  let answered = 0;
  page.on('request', (r) => { if (new URL(r.url()).pathname === ARTICLE) asked += 1; });
  // Answers, not finished requests: the app leaves error bodies unread.
  page.on('response', (r) => { if (new URL(r.url()).pathname === ARTICLE) answered += 1; });
  await page.clock.install();
  await page.goto(SEED_PATH);
  const retry = shell.retry;
  await expect(retry).toBeDisabled();
  await page.clock.runFor(1500);
  await expect(retry).toBeEnabled();
  await expect.poll(() => answered).toBe(2);
  // Ten seconds later, still two: no retry storm against a busy server.
  // (Steps shorter than the 3 s request timeout of config.e2e.json.)
  for (let i = 0; i < 5; i++) await page.clock.runFor(2000);
  expect(asked).toBe(2);
  await expect(shell.alert).toContainText(MESSAGES.busy);
  await retry.click();
  await expect(shell.heading).toHaveText(SEED.title);
  expect(asked).toBe(3);
});

test('a category menu that failed to load comes back on the next navigation', async ({ page }) => {
  const { list, article, menu } = reader(page);
  await faults([{ path: '/api/categories', action: { kind: 'status', code: 503 }, times: 1 }]);
  await page.goto('/');
  await expect(list.cards.first()).toBeVisible();
  await expect(menu.links).toHaveCount(1); // Trang chủ alone
  await list.titles.first().click();
  await expect(article.title).toBeVisible();
  await expect(menu.links.nth(1)).toBeVisible();
});

test('a slow answer shows the skeleton, then the page', async ({ page }) => {
  const { shell } = reader(page);
  const held = await holdRequests(page, articleRequest(SEED.slug));
  await page.goto(SEED_PATH);
  await expect(shell.skeleton.first()).toBeVisible();
  held.release();
  await expect(shell.heading).toHaveText(SEED.title);
});

for (const [name, rule] of [
  ['a 10 s answer', { delay_ms: 10_000 }],
  ['no answer at all', { action: { kind: 'hang' } }],
]) {
  test(`${name} times out (3 s in this config) with a message, and retry recovers`, async ({ page }) => {
    const { shell } = reader(page);
    await faults([{ path: ARTICLE, ...rule }]);
    await page.goto(SEED_PATH);
    const alert = shell.alert;
    // (The config's 3 s, then as long as any other wait.)
    await expect(alert).toContainText(MESSAGES.timeout);
    await expect(alert).toHaveAttribute('data-kind', 'timeout');
    await clearFaults();
    await shell.retry.click();
    await expect(shell.heading).toHaveText(SEED.title);
    await stillUsable(page);
  });
}

async function listWith(items, extra = {}) {
  return JSON.stringify({ items, page: 1, per_page: 10, total: items.length, ...extra });
}

function item(i, over = {}) {
  return {
    slug: `bai-${i}`,
    title: `Bài số ${i}`,
    published_at: '2024-01-01T08:00:00+07:00',
    category: { slug: 'thong-bao', name: 'Thông báo' },
    ...over,
  };
}

test('an empty list says there is nothing yet', async ({ page }) => {
  const { list } = reader(page);
  await faults([{ path: LIST, action: { kind: 'body', body: await listWith([]) } }]);
  await page.goto('/');
  await expect(list.empty).toHaveText('Chưa có bài viết nào.');
  await clearFaults();
  await stillUsable(page);
});

test('a list of 1,000 items stays usable (at most 100 cards are drawn)', async ({ page }) => {
  const { list } = reader(page);
  const items = Array.from({ length: 1000 }, (_, i) => item(i));
  await faults([{ path: LIST, contains: 'per_page=10', action: { kind: 'body', body: await listWith(items, { total: 1000 }) } }]);
  await page.goto('/');
  await expect(list.cards.first()).toBeVisible();
  await expect(list.cards).toHaveCount(100);
  await clearFaults();
  await stillUsable(page);
});

test('hostile titles and slugs are shown as text and lead nowhere dangerous', async ({ page }) => {
  const { shell, list } = reader(page);
  const long = 'Đ'.repeat(5000);
  const items = [
    item(1, { slug: 'a</script><script>alert(1)</script>', title: '</script><script>alert(1)</script> tiêu đề' }),
    item(2, { slug: 'rtl-\u202e-mark', title: 'Phường \u202eHàng Bạc\u202c và \u200f tin mới' }),
    item(3, { slug: 'emoji-🎉', title: '🎉🇻🇳 Chúc mừng năm mới 👨‍👩‍👧' }),
    item(4, { slug: `dai-${'x'.repeat(300)}`, title: long, summary: long }),
  ];
  await page.addInitScript(() => {
    window.__alerts = 0;
    window.alert = () => (window.__alerts += 1);
  });
  await faults([{ path: LIST, contains: 'per_page=10', action: { kind: 'body', body: await listWith(items) } }]);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/');
  const titles = list.titles;
  await expect(titles).toHaveCount(4);
  await expect(titles.nth(0)).toHaveText(items[0].title);
  await expect(titles.nth(2)).toHaveText(items[2].title);
  expect(await page.locator('script:not([type]), script[type=module]').count()).toBeLessThanOrEqual(2); // only the app's own
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  // The </script> slug is one encoded path segment; the backend doesn't know it.
  await titles.nth(0).click();
  await expect(page).toHaveURL(/\/tin-tuc\/a%3C%2Fscript%3E/);
  await expect(shell.heading).toHaveText('Không tìm thấy trang');
  expect(await page.evaluate(() => window.__alerts)).toBe(0);
});

test('offline: a banner, a clear message, and the page comes back by itself', async ({ page, context }) => {
  const { shell, list, article } = reader(page);
  await page.goto('/');
  await expect(list.cards.first()).toBeVisible();
  await context.setOffline(true);
  await expect(shell.offline).toBeVisible();
  await list.titles.nth(2).click();
  const alert = shell.alert;
  await expect(alert).toContainText('Bạn đang ngoại tuyến');
  await context.setOffline(false);
  await expect(shell.offline).toHaveCount(0);
  // No click: the failed article is asked for again when the network returns.
  await expect(alert).toHaveCount(0);
  await expect(article.time).toBeVisible();
});

test.describe('races', () => {
  test('ten quick clicks end on the last one, and the others are aborted', async ({ page }) => {
    const { shell, list, article } = reader(page);
    await page.goto('/');
    const links = list.titles;
    await expect(links).toHaveCount(10);
    const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    const lastTitle = await links.nth(9).textContent();
    // The first nine articles never answer (the app aborts them); the last
    // one does: whatever the machine's speed, only it can be shown.
    await holdRequests(page, articleRequest(), { times: 9 });
    const aborted = [];
    page.on('requestfailed', (r) => r.failure()?.errorText.includes('ABORTED') && aborted.push(r.url()));
    const shown = [];
    await page.exposeFunction('__h1', (t) => shown.push(t));
    await page.evaluate(() => new MutationObserver(() => window.__h1(document.querySelector('h1')?.textContent)).observe(document.body, { childList: true, subtree: true }));
    for (let i = 0; i < 10; i++) await links.nth(i).click({ noWaitAfter: true });
    await expect(page).toHaveURL(hrefs[9]);
    await expect(shell.heading).toHaveText(lastTitle);
    // Never a flash of another article.
    expect(shown.filter((t) => t && t !== 'Tin mới nhất' && t !== lastTitle)).toEqual([]);
    expect(aborted.filter((u) => !u.includes('/other')).length).toBeGreaterThanOrEqual(8);
  });

  test('back while a page is loading lands on the page before, and stays', async ({ page }) => {
    const { shell, list } = reader(page);
    await page.goto('/');
    await shell.brand.waitFor();
    await page.goto(`/danh-muc/${SEED.category.slug}`);
    await expect(shell.heading).toHaveText(SEED.category.name);
    const link = list.titles.first();
    const slug = (await link.getAttribute('href')).split('/').pop();
    const held = await holdRequests(page, articleRequest(slug));
    const answered = page.waitForEvent('requestfinished', (r) => r.url().endsWith(`/articles/${slug}`)).catch(() => null);
    const failed = page.waitForEvent('requestfailed', (r) => r.url().endsWith(`/articles/${slug}`)).catch(() => null);
    await link.click();
    await expect(shell.loading).toBeVisible();
    await page.goBack();
    await expect(shell.heading).toHaveText('Tin mới nhất');
    held.release();
    await Promise.race([answered, failed]);
    await expect(page).toHaveURL('/');
    await expect(shell.heading).toHaveText('Tin mới nhất');
  });

  test('forward and back through loaded pages land right', async ({ page }) => {
    const { shell, list, article } = reader(page);
    await page.goto('/');
    // Names read from the links, and each page waited for: the old page
    // stays on screen while the next one loads.
    const link = list.titles.first();
    const first = (await link.textContent()).trim();
    await link.click();
    await expect(shell.heading).toHaveText(first);
    const crumb = article.breadcrumb.last();
    const category = (await crumb.textContent()).trim();
    await crumb.click();
    await expect(shell.heading).toHaveText(category);
    await page.goBack();
    await expect(shell.heading).toHaveText(first);
    await page.goBack();
    await expect(shell.heading).toHaveText('Tin mới nhất');
    await page.goForward();
    await expect(shell.heading).toHaveText(first);
    await page.goForward();
    await expect(shell.heading).toHaveText(category);
  });

  test('two tabs read independently', async ({ context }) => {
    const [a, b] = [await context.newPage(), await context.newPage()];
    const [readerA, readerB] = [reader(a), reader(b)];
    await Promise.all([a.goto(SEED_PATH), b.goto(`/danh-muc/${SEED.category.slug}?page=2`)]);
    await expect(readerA.shell.heading).toHaveText(SEED.title);
    await expect(readerB.list.currentPage).toHaveText('2');
    await readerB.list.titles.first().click();
    await expect(readerB.article.time).toBeVisible();
    await expect(readerA.shell.heading).toHaveText(SEED.title);
  });

  test('a reload in the middle of a load shows the page', async ({ page }) => {
    const { shell } = reader(page);
    // The first load's article never answers; the reload's does.
    await holdRequests(page, articleRequest(SEED.slug), { times: 1 });
    await page.goto(SEED_PATH);
    await expect(shell.skeleton.first()).toBeVisible();
    await page.reload();
    await expect(shell.heading).toHaveText(SEED.title);
  });
});
