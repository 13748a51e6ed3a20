// The service worker's pages (bundled into DIST/sw.js with web/sw.js):
// the network's (the server's page, or the static shell). A page the
// server rendered is kept as it came, under its canonical address: its
// data is in it, so the article a reader opened is readable offline from
// the moment it is on screen, before the app has asked for anything
// through the worker. Without a network: that page, marked as a copy
// (COPY_META, when it came: src/embed.rs reads it), else the shell, which
// starts the app from the cached config and answers.
import { CacheExpiration } from 'workbox-expiration';
import { matchPrecache } from 'workbox-precaching';
import { Strategy } from 'workbox-strategies';
import { CACHED_AT, COPY_META, RENDERED_META } from '../target/gen/facts.js';
import { ANY, DAY, byteCap, stamp } from './sw-caps.js';

/** The cache of the server's pages (a new release drops it: web/sw.js). */
export const PAGES = 'tintuc-pages';

/** The path and query a kept page answers (its canonical address's). */
const pageKey = (url) => {
  const u = new URL(url, location.origin);
  return location.origin + u.pathname + u.search;
};

/** The kept page at `url`, marked as a copy, or nothing. */
async function pageCopy(url) {
  const r = await caches.match(pageKey(url), { ...ANY, cacheName: PAGES });
  if (!r) return null;
  const at = +r.headers.get(CACHED_AT) || 0;
  const text = (await r.text()).replace(`<meta name="${RENDERED_META}"`, `<meta name="${COPY_META}" content="${at}"><meta name="${RENDERED_META}"`);
  return new Response(text, { status: 200, headers: r.headers });
}

/** Navigations: `caps` ({entries, bytes}) for the kept pages, and the
 * seconds a page may take before a copy or the shell is shown. */
export class Pages extends Strategy {
  constructor(caps, timeoutSeconds) {
    super({ cacheName: PAGES });
    this.timeout = timeoutSeconds * 1000;
    this.expiry = new CacheExpiration(PAGES, { maxEntries: caps.entries, maxAgeSeconds: 30 * DAY });
    this.bytes = byteCap(PAGES, caps.bytes);
  }

  async _handle(request, handler) {
    let timer;
    const late = new Promise((_, no) => (timer = setTimeout(() => no(new Error('no page in time')), this.timeout)));
    try {
      const response = await Promise.race([handler.fetch(request), late]);
      handler.waitUntil(this.keep(response.clone()).catch(() => {}));
      return response;
    } catch {
      return (await pageCopy(request.url)) || (await matchPrecache('/index.html')) || Response.error();
    } finally {
      clearTimeout(timer);
    }
  }

  /** Keeps `response` if it is a whole page the server rendered (with its
   * data) that has a canonical address. */
  async keep(response) {
    if (!/^text\/html/.test(response.headers.get('content-type') || '')) return;
    // Whole, within the cap, stamped as every copy is.
    const kept = await stamp.cacheWillUpdate({ response });
    if (!kept) return;
    const text = await kept.clone().text();
    if (!text.includes(`<meta name="${RENDERED_META}"`)) return;
    const link = text.match(/<link\b[^>]*\brel="canonical"[^>]*>/);
    const href = link && link[0].match(/\bhref="([^"]+)"/);
    if (!href) return;
    const key = pageKey(href[1].replaceAll('&amp;', '&'));
    await (await caches.open(PAGES)).put(key, kept);
    await this.expiry.updateTimestamp(key);
    await this.expiry.expireEntries();
    this.bytes.cacheDidUpdate();
  }
}
