// The offline module's two lists (web/offline.js): the articles a reader
// saved and those read lately, in localStorage (tintuc.saved, tintuc.read:
// JSON arrays, capped). Every entry is checked on the way in and out: a
// storage that is full, forbidden or holds anything odd gives empty
// lists, never an error. Pure but for the storage it is given, so
// tests/js/offline.test.mjs runs it in Node.

export const SAVED = 'tintuc.saved';
export const READ = 'tintuc.read';
// Caps: the saved list (the worker keeps each one's answers and photos
// until removed) and the read list the offline pages show (the worker
// keeps more, evicting the oldest).
export const MAX_SAVED = 200;
export const MAX_READ = 20;
const MAX_TEXT = 1000;

/** An entry as the lists keep it, or null: a slug, a link of this site's
 * own (a path), a title; a display time and a photo URL (http(s) or a
 * path) when there are. */
export function entry(a) {
  const str = (v) => typeof v === 'string' && v.length <= MAX_TEXT;
  if (!a || !str(a.slug) || !a.slug || !str(a.title) || !str(a.href) || !/^\/(?![/\\])/.test(a.href)) return null;
  const e = { slug: a.slug, href: a.href, title: a.title };
  if (str(a.time) && a.time) e.time = a.time;
  if (str(a.img) && /^(https?:\/\/|\/(?![/\\]))/i.test(a.img)) e.img = a.img;
  return e;
}

/** The list under `key` (empty when there is none or it is unreadable). */
export function load(key, storage = localStorage) {
  try {
    const v = JSON.parse(storage.getItem(key));
    return Array.isArray(v) ? v.map(entry).filter(Boolean).slice(0, key === READ ? MAX_READ : MAX_SAVED) : [];
  } catch {
    return [];
  }
}

/** `e` first in the list under `key`, once, at most `max` (a full or
 * forbidden storage keeps nothing). Returns the list. */
export function putFirst(key, e, max, storage = localStorage) {
  const list = [e, ...load(key, storage).filter((a) => a.slug !== e.slug)].slice(0, max);
  store(key, list, storage);
  return list;
}

/** Writes the list under `key` (a full or forbidden storage keeps it as it was). */
export function store(key, list, storage = localStorage) {
  try {
    storage.setItem(key, JSON.stringify(list));
  } catch {
    // Full or forbidden: the list is as it was.
  }
}
