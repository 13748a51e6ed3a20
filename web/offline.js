// The offline module: what offline reading adds to the page, loaded by
// web/boot.js once a page has loaded and the browser is idle, where service
// workers exist (never on the first visit's way; precached by the worker,
// so it runs offline too). Built into DIST/offline.js by
// scripts/build/offline.mjs.
//
// It registers the service worker (web/sw.js), offers a new release ("Có
// phiên bản mới – Tải lại"), and, on a page the worker controls, fills
// the slots the app's views leave for it (src/components/offline.rs:
// elements marked data-tt-slot, which the app renders empty and never
// updates inside):
//   save        "Lưu bài" / "Bỏ lưu" in an article; the article is also
//               noted as read. Its data-* say what a list shows of it;
//               which backend answers it was read from, the app says when
//               asked (the event tt-sources, src/shell.rs)
//   saved       the saved articles' page: them, then those read lately
//   read        those read lately (an article not kept, offline)
//   saved-link  the menu's "Bài đã lưu (N)", shown once N > 0, marked as
//               the current page on that page
// These are JavaScript rather than Rust because, in the app's WASM, they
// made the first visit 11 KB (brotli) heavier; here they cost nothing
// until the page is idle.
//
// The lists live in localStorage (web/offline-lists.js); the worker
// keeps the saved articles' answers and photos (messages tt-save,
// tt-keep). Everything is written as text or as properties, never as
// markup.
// (Outside a page, as in tests/js/offline.test.mjs, only the exports.) Its
// strings are the catalog's (src/i18n/script.rs), through the build's facts.
import { TEXT_OFFLINE } from '../target/gen/facts.js';
import { MAX_READ, MAX_SAVED, READ, SAVED, entry, load, putFirst, store } from './offline-lists.js';

const d = globalThis.document?.documentElement;
const sw = globalThis.navigator?.serviceWorker;
const tt = globalThis.window ? (window.__tt ||= {}) : {};

export const TEXT = TEXT_OFFLINE;
const t = () => TEXT[d.lang === 'en' ? 'en' : 'vi'];

const post = (m) => sw.ready.then((r) => r.active && r.active.postMessage(m));

/** Posts `m` to the worker; resolves to what it answered ({ok}), or
 * {ok: false} when no worker answers within a minute. */
const askWorker = (m) =>
  sw.ready.then(
    (r) =>
      new Promise((done) => {
        if (!r.active) return done({ ok: false });
        const ch = new MessageChannel();
        ch.port1.onmessage = (e) => done(e.data || { ok: false });
        r.active.postMessage(m, [ch.port2]);
        setTimeout(() => done({ ok: false }), 60_000);
      }),
  );

const el = (tag, cls, parent) => {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  parent?.append(e);
  return e;
};

/** A card as the app's ArticleCard draws one (src/components/article_card.rs). */
function card(a) {
  const art = el('article', 'tt-card');
  if (a.img) {
    const th = el('a', 'tt-card__thumb', art);
    Object.assign(th, { href: a.href, tabIndex: -1 });
    th.setAttribute('aria-hidden', 'true');
    Object.assign(el('img', '', th), { src: a.img, alt: '', width: 960, height: 640, loading: 'lazy', decoding: 'async' });
  }
  const body = el('div', 'tt-card__body', art);
  Object.assign(el('a', '', el('h2', 'tt-card__title', body)), { href: a.href, textContent: a.title });
  if (a.time) el('span', 'tt-time', el('p', 'tt-card__meta', body)).textContent = a.time;
  return art;
}

function cards(items, parent) {
  const box = el('div', 'tt-list__items', el('div', 'tt-list', parent));
  for (const a of items) box.append(card(a));
}

/** The articles read lately, under their heading, when there are any. */
function readList(slot) {
  const items = load(READ);
  if (!items.length) return;
  const part = el('section', 'tt-kept', slot);
  el('h2', 'tt-kept__title', part).textContent = t().read;
  cards(items, part);
}

const fillers = {
  save(slot) {
    const a = entry(slot.dataset);
    if (!a) return;
    putFirst(READ, a, MAX_READ);
    const button = Object.assign(el('button', 'tt-button tt-button--link', slot), { type: 'button' });
    const done = el('p', 'tt-save__done tt-status', slot);
    done.setAttribute('role', 'status');
    const isSaved = () => load(SAVED).some((s) => s.slug === a.slug);
    const label = () => (button.textContent = isSaved() ? t().unsave : t().save);
    label();
    button.onclick = () => {
      if (isSaved()) {
        const left = load(SAVED).filter((s) => s.slug !== a.slug);
        store(SAVED, left);
        post({ type: 'tt-keep', slugs: left.map((s) => s.slug) });
        done.textContent = '';
      } else {
        putFirst(SAVED, a, MAX_SAVED);
        // Its photos as the browser chose them (srcset), and its thumbnail.
        const photos = [...document.querySelectorAll('.tt-article img')].map((i) => i.currentSrc || i.getAttribute('src'));
        const ask = {};
        dispatchEvent(new CustomEvent('tt-sources', { detail: ask }));
        const urls = String(ask.urls || '').split(' ').filter(Boolean);
        done.textContent = '';
        button.disabled = true;
        askWorker({ type: 'tt-save', slug: a.slug, urls, images: [...photos, a.img].filter(Boolean) }).then(({ ok }) => {
          button.disabled = false;
          // Not kept: off the list again, and the reader is told.
          if (!ok) store(SAVED, load(SAVED).filter((s) => s.slug !== a.slug));
          done.textContent = ok ? t().saved : t().save_failed;
          label();
          counts();
        });
      }
      label();
      counts();
    };
  },
  saved(slot) {
    const items = load(SAVED);
    if (items.length) cards(items, slot);
    else el('p', 'tt-list__empty', slot).textContent = t().empty;
    readList(slot);
  },
  read: readList,
};

/** "Bài đã lưu (N)" in the menu, hidden while N is 0; the current page's
 * link on that page (as the app marks the others). */
function counts() {
  const n = load(SAVED).length;
  for (const li of document.querySelectorAll('[data-tt-slot="saved-link"]')) {
    li.hidden = !n;
    const a = li.firstElementChild;
    if (!a) continue;
    // Written only when it changes: writing is a mutation fill() observes.
    const count = a.querySelector('.tt-menu__count') || el('span', 'tt-menu__count', a);
    if (count.textContent !== ` (${n})`) count.textContent = ` (${n})`;
    const here = location.pathname === a.getAttribute('href');
    a.classList.toggle('tt-menu__link--current', here);
    if (here) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  }
}

/** Fills the slots not filled yet (the app makes new ones as pages change),
 * and keeps the menu's count and mark (a navigation changes the page). */
const filled = new WeakSet();
function fill() {
  counts();
  for (const slot of document.querySelectorAll('[data-tt-slot]:not([data-tt-slot=""])')) {
    if (filled.has(slot)) continue;
    filled.add(slot);
    fillers[slot.dataset.ttSlot]?.(slot);
  }
}

/** "Có phiên bản mới – Tải lại": `worker` waits to take over. */
function offerUpdate(worker) {
  if (document.querySelector('.tt-update')) return;
  const bar = el('div', 'tt-update', document.body);
  bar.setAttribute('role', 'status');
  el('p', 'tt-update__text', bar).textContent = t().update;
  const b = Object.assign(el('button', 'tt-button tt-button--primary', bar), { type: 'button', textContent: t().reload });
  b.onclick = () => {
    sw.addEventListener('controllerchange', () => location.reload());
    worker.postMessage({ type: 'SKIP_WAITING' });
  };
}

/** Fills the slots from now on: the module's stylesheet (boot.js linked it
 * before the first paint of a page the worker controlled from its load),
 * then the slots there and those the app makes. On a first visit the
 * worker takes the page over while it is read: the slots already there
 * stay hidden (given room now, they would move the page under the
 * reader), and the next page the app shows has "Lưu bài". */
function start(late) {
  if (tt.filling) return;
  tt.filling = 1;
  if (late) {
    for (const slot of document.querySelectorAll('[data-tt-slot="save"]')) slot.hidden = true;
    const l = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: '/offline.css' });
    document.head.append(l);
  }
  new MutationObserver(fill).observe(document.body, { childList: true, subtree: true });
  fill();
}

if (sw && d && !tt.offline) {
  tt.offline = 1;
  // The first worker takes the page over: the app has it keep what the
  // page shows (src/shell.rs; tt.claimed for an app that starts later),
  // and from then on the slots are filled.
  sw.addEventListener('controllerchange', () => {
    tt.claimed = 1;
    dispatchEvent(new Event('tt-controlled'));
    start(!tt.sw);
  });
  sw.register('/sw.js').then(
    (r) => {
      // (Nothing when service workers are blocked: Playwright's, some
      // enterprise policies.)
      if (!r) return;
      const ask = (w) => sw.controller && offerUpdate(w);
      const watch = (w) => w?.addEventListener('statechange', () => w.state === 'installed' && ask(w));
      if (r.waiting) ask(r.waiting);
      watch(r.installing);
      r.addEventListener('updatefound', () => watch(r.installing));
      // A release deployed since the worker was installed: asked for once
      // per page load (sw.js is served no-cache: a 304 when it is the
      // same), and every hour for a reader who keeps the page open.
      const check = () => r.update().catch(() => {});
      check();
      setInterval(check, 36e5);
    },
    () => {},
  );
  // A page the worker controls from its load: its slots now.
  if (tt.sw) start(false);
}
