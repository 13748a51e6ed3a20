// web/offline.js's lists, in Node (the module exports them; outside a page
// it does nothing else): what an entry may hold, the caps, and a storage
// that is full, forbidden or holds anything odd. The slots, the worker and
// the prompt are tests/e2e/offline.spec.mjs's.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { MAX_READ, MAX_SAVED, READ, SAVED, entry, load, putFirst } from '../../web/offline-lists.js';
import { TEXT } from '../../web/offline.js';

/** A localStorage of its own; `full`: every write refused (quota). */
function storage(items = {}, full = false) {
  const m = new Map(Object.entries(items));
  return {
    getItem: (k) => (m.has(k) ? m.get(k) : null),
    setItem: (k, v) => {
      if (full) throw new DOMException('quota', 'QuotaExceededError');
      m.set(k, String(v));
    },
  };
}

const a = (slug, extra = {}) => ({ slug, href: `/tin-tuc/${slug}`, title: `Bài ${slug}`, ...extra });

test("an entry's link is this site's own path; its photo http(s) or a path; anything else goes", () => {
  assert.deepEqual(entry(a('x', { time: '05/02/2021 - 02:39 PM', img: 'https://cdn.example/a.jpg', urls: 'u' })), {
    ...a('x'),
    time: '05/02/2021 - 02:39 PM',
    img: 'https://cdn.example/a.jpg',
  });
  for (const href of ['//evil.example/x', '/\\evil.example', 'javascript:alert(1)', 'https://evil.example/', '', 7])
    assert.equal(entry(a('x', { href })), null, `href ${href}`);
  for (const img of ['javascript:alert(1)', 'data:image/png;base64,AA', '//evil.example/a.jpg', 5])
    assert.equal(entry(a('x', { img })).img, undefined, `img ${img}`);
  assert.equal(entry({ href: '/a', title: 't' }), null, 'no slug');
  assert.equal(entry(a('x', { title: 'x'.repeat(1001) })), null, 'a title past the cap');
  assert.equal(entry(null), null);
});

test('putFirst: once, first, at most the cap', () => {
  const s = storage();
  putFirst(READ, entry(a('1')), MAX_READ, s);
  putFirst(READ, entry(a('2')), MAX_READ, s);
  assert.deepEqual(load(READ, s).map((e) => e.slug), ['2', '1']);
  putFirst(READ, entry(a('1')), MAX_READ, s);
  assert.deepEqual(load(READ, s).map((e) => e.slug), ['1', '2']);
  for (let i = 0; i < 50; i++) putFirst(READ, entry(a(`n${i}`)), MAX_READ, s);
  const read = load(READ, s);
  assert.equal(read.length, MAX_READ);
  assert.equal(read[0].slug, 'n49', 'the newest first');
  assert.ok(!read.some((e) => e.slug === '1'), 'the oldest went');
});

test('what storage holds is read defensively, and capped', () => {
  for (const v of ['not json', '{"items":[]}', 'null', '42', '[1, "x", null, {"slug": 3}]'])
    assert.deepEqual(load(SAVED, storage({ [SAVED]: v })), [], v);
  const many = JSON.stringify(Array.from({ length: MAX_SAVED + 5 }, (_, i) => a(`s${i}`)));
  assert.equal(load(SAVED, storage({ [SAVED]: many })).length, MAX_SAVED);
  const forbidden = {
    getItem() {
      throw new DOMException('denied', 'SecurityError');
    },
  };
  assert.deepEqual(load(SAVED, forbidden), []);
});

test('a full storage keeps the list as it was, without throwing', () => {
  const s = storage({ [SAVED]: JSON.stringify([a('old')]) }, true);
  assert.doesNotThrow(() => putFirst(SAVED, entry(a('new')), MAX_SAVED, s));
  assert.deepEqual(load(SAVED, s).map((e) => e.slug), ['old']);
});

test('both languages say everything', () => {
  assert.deepEqual(Object.keys(TEXT.en).sort(), Object.keys(TEXT.vi).sort());
  for (const lang of ['vi', 'en']) for (const [k, v] of Object.entries(TEXT[lang])) assert.ok(v.trim(), `${lang}.${k}`);
});
