// What crawlers and feed readers find on the server (robots.txt, the
// sitemaps, the RSS feeds and the pages' links to them), against the
// server as `./tasks serve` ships it (project `demo-served`:
// public/config.json, the demo backend) and in front of the real
// WordPress (project `wordpress-server`). XML is read by the browser's
// own parser.
import { test, expect, PORTS, SEED, SEED_PATH } from './support.mjs';

/** Where the project's server is. */
const portal = (testInfo) =>
  testInfo.project.name === 'demo-served' ? `http://127.0.0.1:${PORTS.served}` : testInfo.project.use.baseURL;

/** `xml` parsed by the page's DOMParser: the names and texts asked for. */
async function parse(page, xml, query) {
  return page.evaluate(
    ([text, q]) => {
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      if (doc.querySelector('parsererror')) return { error: doc.querySelector('parsererror').textContent };
      const all = (sel) => [...doc.getElementsByTagName(sel)].map((e) => e.textContent);
      return { root: doc.documentElement.localName, ...Object.fromEntries(q.map((s) => [s, all(s)])) };
    },
    [xml, query],
  );
}

test('robots.txt keeps crawlers on the pages and names the sitemaps', async ({ request }, testInfo) => {
  const base = portal(testInfo);
  const r = await request.get(`${base}/robots.txt`);
  expect(r.status()).toBe(200);
  expect(r.headers()['content-type']).toBe('text/plain; charset=utf-8');
  const lines = (await r.text()).split('\n');
  expect(lines).toContain('Disallow: /tim-kiem');
  expect(lines).toContain('Disallow: /api/');
  expect(lines).not.toContain('Disallow: /');
  expect(lines).toContain(`Sitemap: ${base}/sitemap.xml`);
});

test('the sitemaps list every article, the seed among them', async ({ page, request }, testInfo) => {
  const base = portal(testInfo);
  const index = await parse(page, await (await request.get(`${base}/sitemap.xml`)).text(), ['loc']);
  expect(index.error).toBeUndefined();
  expect(index.root).toBe('sitemapindex');
  expect(index.loc).toContain(`${base}/sitemaps/news.xml`);
  const articles = index.loc.filter((l) => /\/sitemaps\/articles-\d+\.xml$/.test(l));
  expect(articles.length).toBeGreaterThan(0);
  const locs = [];
  for (const url of articles) {
    const set = await parse(page, await (await request.get(url)).text(), ['loc', 'lastmod']);
    expect(set.error).toBeUndefined();
    expect(set.lastmod.length).toBe(set.loc.length);
    locs.push(...set.loc);
  }
  expect(locs.every((l) => l.startsWith(`${base}/tin-tuc/`))).toBe(true);
  if (testInfo.project.name === 'demo-served') expect(locs).toContain(`${base}${SEED_PATH}`);
  const pages = await parse(page, await (await request.get(`${base}/sitemaps/pages.xml`)).text(), ['loc']);
  expect(pages.loc[0]).toBe(`${base}/`);
  const news = await parse(page, await (await request.get(`${base}/sitemaps/news.xml`)).text(), ['loc']);
  expect(news.error).toBeUndefined();
  expect(news.root).toBe('urlset');
});

/** The feed a page's HTML, as the server sends it (what crawlers read),
 * links in its head: its href, or null. */
async function feedLink(page, request, url) {
  const html = await (await request.get(url)).text();
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'text/html');
    return doc.head.querySelector('link[rel="alternate"][type="application/rss+xml"]')?.getAttribute('href') ?? null;
  }, html);
}

test('home and category pages link their feeds, and the feeds are RSS 2.0', async ({ page, request }, testInfo) => {
  const base = portal(testInfo);
  await page.goto('about:blank');
  const href = new URL(await feedLink(page, request, `${base}/`), base).href;
  expect(href).toBe(`${base}/rss.xml`);
  const r = await request.get(href);
  expect(r.headers()['content-type']).toBe('application/rss+xml; charset=utf-8');
  const rss = await parse(page, await r.text(), ['item', 'pubDate', 'guid', 'link']);
  expect(rss.error).toBeUndefined();
  expect(rss.root).toBe('rss');
  expect(rss.item.length).toBeGreaterThan(0);
  expect(rss.item.length).toBeLessThanOrEqual(20);
  expect(rss.pubDate.every((d) => /^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} [+-]\d{4}$/.test(d))).toBe(true);
  expect(await feedLink(page, request, `${base}${SEED_PATH}`)).toBeNull();

  if (testInfo.project.name !== 'demo-served') return;
  const own = await feedLink(page, request, `${base}/danh-muc/${SEED.category.slug}`);
  expect(own).toBe(`/rss/${SEED.category.slug}.xml`);
  const cat = await parse(page, await (await request.get(`${base}${own}`)).text(), ['title']);
  expect(cat.error).toBeUndefined();
  expect(cat.title[0]).toContain(SEED.category.name);
});

test("a topic's page links its feed, named as the backend names the topic", async ({ page, request }, testInfo) => {
  const base = portal(testInfo);
  await page.goto('about:blank');
  const own = await feedLink(page, request, `${base}/chu-de/${SEED.topic.slug}`);
  expect(own).toBe(`/rss/chu-de/${SEED.topic.slug}.xml`);
  const r = await request.get(`${base}${own}`);
  expect(r.headers()['content-type']).toBe('application/rss+xml; charset=utf-8');
  const rss = await parse(page, await r.text(), ['title', 'link']);
  expect(rss.error).toBeUndefined();
  expect(rss.title[0]).toContain(SEED.topic.name);
  expect(rss.link).toContain(`${base}${SEED_PATH}`);
  expect((await request.get(`${base}/rss/chu-de/khong-co.xml`)).status()).toBe(404);
});

test("the seed article's structured data: a complete NewsArticle and its BreadcrumbList", async ({ request }, testInfo) => {
  const base = portal(testInfo);
  const html = await (await request.get(`${base}${SEED_PATH}`)).text();
  const script = html.match(/<script type="application\/ld\+json" id="tt-ld">([^<]*)<\/script>/);
  expect(script, 'the server writes the structured data into the page').not.toBeNull();
  const [ld, crumbs] = JSON.parse(script[1]);
  expect(ld['@type']).toBe('NewsArticle');
  expect([...ld.headline].length).toBeLessThanOrEqual(110);
  expect(SEED.title.startsWith(ld.headline.replace(/…$/, ''))).toBe(true);
  expect(ld.datePublished).toBe(SEED.publishedAt);
  expect(ld.dateModified).toBe(SEED.publishedAt);
  expect(ld.mainEntityOfPage).toBe(`${base}${SEED_PATH}`);
  expect(ld.author.name).toBe(SEED.author);
  // WordPress has an author page (its archive); the demo backend none.
  if (testInfo.project.name === 'wordpress-server') expect(ld.author.url).toBe('http://127.0.0.1:18400/author/bich-ngoc/');
  else expect(ld.author.url).toBeUndefined();
  // The lead photo in more than one size, each an absolute URL.
  expect(ld.image.length).toBeGreaterThan(1);
  for (const i of ld.image) expect(i).toMatch(/^https?:\/\//);
  expect(ld.publisher.name).toBeTruthy();
  expect(ld.publisher.logo.url).toBe(`${base}/icon-512.png`);
  expect((await request.get(ld.publisher.logo.url)).headers()['content-type']).toBe('image/png');
  expect(crumbs['@type']).toBe('BreadcrumbList');
  expect(crumbs.itemListElement.map((i) => [i.position, i.item])).toEqual([
    [1, `${base}/`],
    [2, `${base}/danh-muc/${SEED.category.slug}`],
    [3, `${base}${SEED_PATH}`],
  ]);
});
