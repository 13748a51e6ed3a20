// The service worker's bookkeeping shared by its parts (web/sw.js,
// web/sw-pages.js): what a copy may be and how it is stamped, and the byte
// cap of a cache.
import { CACHED_AT, MAX_BODY_BYTES } from '../target/gen/facts.js';

/** The header a copy carries its size in (with X-Tintuc-Cached-At). */
export const BYTES = 'x-tintuc-bytes';
export const DAY = 24 * 3600;
/** Copies are matched per URL, whatever the request's Vary said. */
export const ANY = { ignoreVary: true };

/** Holds a cache under `max` bytes: the oldest copies go first. (Workbox's
 * own expiration counts entries and ages, not bytes.) */
/** Stores only whole answers the page could read (its own origin's, or
 * CORS-readable: an opaque one hides its status and its size, and the
 * browser counts it padded to megabytes), within the app's body cap, each
 * stamped with when it came and its size. */
export const stamp = {
  cacheWillUpdate: async ({ response }) => {
    if (response.status !== 200 || !['basic', 'cors', 'default'].includes(response.type)) return null;
    if (+response.headers.get('content-length') > MAX_BODY_BYTES) return null;
    const body = await response.blob();
    if (body.size > MAX_BODY_BYTES) return null;
    const headers = new Headers(response.headers);
    headers.set(CACHED_AT, String(Date.now()));
    headers.set(BYTES, String(body.size));
    // Readable by the page whatever the API's origin (X-WP-Total too).
    headers.set('access-control-expose-headers', '*');
    headers.set('access-control-allow-origin', '*');
    // Kept per URL whatever the request's Origin (images are asked both ways).
    headers.delete('vary');
    return new Response(body, { status: 200, statusText: response.statusText, headers });
  },
};

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
