// The service worker's bookkeeping shared by its parts (web/sw.js,
// web/sw-pages.js): how a copy's size is noted, and the byte cap of a cache.
import { CACHED_AT } from '../target/gen/facts.js';

/** The header a copy carries its size in (with X-Tintuc-Cached-At). */
export const BYTES = 'x-tintuc-bytes';
export const DAY = 24 * 3600;
/** Copies are matched per URL, whatever the request's Vary said. */
export const ANY = { ignoreVary: true };

/** Holds a cache under `max` bytes: the oldest copies go first. (Workbox's
 * own expiration counts entries and ages, not bytes.) */
export function byteCap(cacheName, max) {
  let queue = Promise.resolve();
  const trim = async () => {
    const cache = await caches.open(cacheName);
    const rows = [];
    for (const key of await cache.keys()) {
      const r = await cache.match(key, ANY);
      if (!r) continue;
      rows.push({ key, at: +r.headers.get(CACHED_AT) || 0, bytes: +r.headers.get(BYTES) || 0 });
    }
    let total = rows.reduce((t, r) => t + r.bytes, 0);
    rows.sort((a, b) => a.at - b.at);
    for (const r of rows) {
      if (total <= max) break;
      await cache.delete(r.key, ANY);
      total -= r.bytes;
    }
  };
  return { cacheDidUpdate: () => (queue = queue.then(trim, trim).catch(() => {})) };
}
