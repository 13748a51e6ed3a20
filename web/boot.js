// Runs in <head>, before the WASM has even started downloading: asks for
// config.json and then for the data of the page being opened, so the answers
// are (nearly) there when the app starts. The app takes them from
// window.__tt.early by URL (src/api/transport/browser.rs). Which page an
// address is and what it needs is the route model's (src/route.rs), and the
// URLs are the contract's (src/api/backend/tintuc.rs): the build writes both
// as a table into the facts this script imports (xtask/src/routes.rs), with
// the config's limits, the storage keys and the strings below. The build
// bundles and inlines it (scripts/build/web.mjs).
import { BUILDER_PAGE, CACHED_AT, CHOICES, KEYS, MAX_BODY_BYTES, OTHER_NEWS_LIMIT, PAGE_SIZE, RENDERED_META, REQUEST_TIMEOUT_MS, ROUTES, ROUTE_LIMITS, TEXT_FATAL, TEXT_STEPS } from '../target/gen/facts.js';

//
// It also picks the reader's bundle for the portal's backend (the build
// makes one per backend; web/loader.js loads the one picked) and starts its
// download at once.
(() => {
  const tt = (window.__tt = { early: {} });
  // A trap in the WASM (a Rust panic aborts into `unreachable`; a bad memory
  // access) kills the app: say so and offer a reload instead of an endless
  // "Đang tải…". Only WebAssembly.RuntimeError: a partner script's ordinary
  // error is none of this page's business.
  const fatal = (e) => {
    if (!(e instanceof WebAssembly.RuntimeError) || tt.dead) return;
    tt.dead = 1;
    const b = document.body;
    // The page's own classes (an inline style would need the CSP's leave);
    // the text as text.
    const t = TEXT_FATAL[document.documentElement.lang] || TEXT_FATAL.vi;
    b.innerHTML = '<main class="tt-main"><div class="tt-error" role="alert"><p></p><button class="tt-button tt-button--primary" type="button"></button></div></main>';
    b.querySelector('p').textContent = t.fatal;
    const button = b.querySelector('button');
    button.textContent = t.reload;
    button.onclick = () => location.reload();
  };
  window.addEventListener('error', (e) => fatal(e.error));
  window.addEventListener('unhandledrejection', (e) => fatal(e.reason));
  // {tintuc: {js, wasm}, wordpress: {js, wasm}, …}, written in by the
  // release build (scripts/build/web.mjs); a development build (Trunk) has
  // none: it has one bundle and loads it itself.
  const BUNDLES = __TT_BUNDLES__;
  let pick;
  tt.bundle = new Promise((r) => (pick = r));
  const choose = (backend, preload) => {
    if (!BUNDLES) return;
    const name = Object.hasOwn(BUNDLES, backend) ? backend : CHOICES.backend[0];
    // The snippet builder's page runs the bundle that has it (the readers
    // don't); every other page the one reader, a first visit's and the
    // service worker's alike (it keeps that same file).
    const builder = location.pathname.replace(/(.)\/$/, '$1') === BUILDER_PAGE && BUNDLES[name + '-builder'];
    const b = builder || BUNDLES[name];
    if (preload) {
      for (const [rel, href, as] of [['modulepreload', b.js], ['preload', b.wasm, 'fetch']]) {
        const l = document.createElement('link');
        Object.assign(l, { rel, href, crossOrigin: 'anonymous' });
        if (as) (l.as = as), (l.type = 'application/wasm');
        document.head.append(l);
      }
    }
    pick(b);
  };
  // A page the server rendered says its backend, and carries its config
  // and data (src/embed.rs): nothing to ask for early; the server put the
  // bundle's preloads in the page itself.
  const rendered = document.querySelector(`meta[name="${RENDERED_META}"]`);
  // The reader's saved theme, text size and language, before the first paint.
  const d = document.documentElement;
  const saved = (k) => {
    try {
      return localStorage.getItem(k);
    } catch {
      return null; // storage can be forbidden: defaults then
    }
  };
  const th = saved(KEYS.theme);
  d.dataset.theme = th === 'dark' || th === 'light' ? th : matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
  const tx = saved(KEYS.text);
  if (/^\d$/.test(tx || '') && +tx < TEXT_STEPS) d.dataset.text = tx;
  // Offline reading (web/offline.js: it registers the service worker,
  // web/sw.js, and owns "Lưu bài", the saved articles and the prompt of a
  // new release), loaded once the page has loaded and the browser is idle:
  // never on the first visit's way. Without service workers (some private
  // modes, old browsers) it never loads, and the portal is as it always
  // was. A page a worker already controls (tt.sw) has its stylesheet from
  // the first paint; on a first visit the module links it once the worker
  // takes the page over.
  const sw = window.navigator?.serviceWorker;
  if (sw) {
    if (sw.controller) {
      tt.sw = 1;
      // Its stylesheet, from the worker's precache, before the first paint.
      const l = document.createElement('link');
      Object.assign(l, { rel: 'stylesheet', href: '/offline.css' });
      l.setAttribute('blocking', 'render');
      document.head.append(l);
    }
    // (Named by a variable: a module of the portal's, not one to bundle.)
    const offline = '/offline.js';
    addEventListener('load', () => (window.requestIdleCallback || setTimeout)(() => import(offline).catch(() => {})));
  }
  const lang = saved(KEYS.lang);
  // (A rendered page is in the language the server rendered it in: the
  // reader's, which the app tells it in a cookie, src/prefs.rs.)
  if (CHOICES.language.includes(lang) && !rendered) d.lang = lang;
  // Never rejects, nor throws (AbortSignal.timeout is missing before
  // Safari 16): a failure resolves to null and the app fetches again,
  // reporting the error itself. The body's bytes are counted as they come
  // (a chunked, compressed or HTTP/2 answer has no Content-Length): past
  // MAX_BODY_BYTES (src/api/transport/mod.rs) reading stops, and the answer
  // says so (`big`): the app reports it as unreadable, without asking again.
  const get = (url, ms) =>
    Promise.resolve()
      .then(() => fetch(url, { headers: { Accept: 'application/json' }, signal: AbortSignal.timeout(ms) }))
      .then(async (r) => {
        const a = { status: r.status, text: '', retryAfter: r.headers.get('retry-after'), cachedAt: r.headers.get(CACHED_AT) };
        const read = r.body && r.body.getReader();
        const td = new TextDecoder();
        for (let n = 0, c; read && !(c = await read.read()).done; ) {
          if ((n += c.value.length) > MAX_BODY_BYTES) {
            read.cancel();
            return { status: a.status, big: true };
          }
          a.text += td.decode(c.value, { stream: true });
        }
        a.text += td.decode();
        return a;
      })
      .catch(() => null);
  // As Rust's percent::encode: unreserved bytes kept, the rest %XX.
  const enc = (s) =>
    Array.from(new TextEncoder().encode(s), (b) =>
      /[A-Za-z0-9\-_.~]/.test(String.fromCharCode(b)) ? String.fromCharCode(b) : '%' + b.toString(16).toUpperCase().padStart(2, '0'),
    ).join('');
  const dec = (s) => {
    try {
      return decodeURIComponent(s);
    } catch {
      return s;
    }
  };
  // A number config.json may set, as src/config/limits.rs reads it: its
  // default when absent, held to its range (or, where the app refuses it,
  // null: no early requests then).
  const LIMITS = { page_size: PAGE_SIZE, other_news_limit: OTHER_NEWS_LIMIT, request_timeout_ms: REQUEST_TIMEOUT_MS };
  const limit = (c, key) => {
    const l = LIMITS[key];
    const v = c[key] ?? l.default;
    if (!Number.isInteger(v)) return null;
    if (l.clamped) return Math.min(l.max, Math.max(l.min, v));
    return v >= l.min && v <= l.max ? v : null;
  };
  const choice = (c, key) => {
    const v = c[key] ?? CHOICES[key][0];
    return CHOICES[key].includes(v) ? v : null;
  };
  if (rendered) return choose(rendered.content, false);
  const config = (tt.early['/config.json'] = get('/config.json', 10000));
  // The config is the backend's to break: anything odd means no early
  // requests (the app then reports the problem itself), never an exception.
  config.then((answer) => {
    let c;
    try {
      c = JSON.parse(answer.text);
    } catch {
      // No usable config: the default bundle, which says what is wrong.
      return choose(CHOICES.backend[0], true);
    }
    choose(c && c.backend, true);
    // Early requests speak tintuc's contract (the route table's URLs).
    if (answer.status !== 200 || !c || typeof c.api_base !== 'string' || choice(c, 'backend') !== CHOICES.backend[0]) return;
    let base = c.api_base.trim();
    // As src/config/urls.rs accepts it: an http(s) URL with a host, or a
    // path (`//host` and `/\host` are other hosts; the URL parser drops
    // tabs and newlines, and reads `\` as `/`).
    if (!/^(https?:\/\/[^/?#@]+([/?#]|$)|\/(?!\/))/i.test(base) || /[\\\s\0-\x1f\x7f]/.test(base)) return;
    if (!base.endsWith('/')) base += '/';
    const values = {
      base,
      page_size: limit(c, 'page_size'),
      other_news_limit: limit(c, 'other_news_limit'),
      other_news_scope: choice(c, 'other_news_scope'),
    };
    const ms = limit(c, 'request_timeout_ms');
    if (Object.values(values).includes(null) || ms === null) return;
    // The address's params, as the route model reads them.
    const query = new URLSearchParams(location.search);
    const param = {
      // As pagination::parse_page: a whole number from 1 (u32), else 1.
      page: (v) => (/^\s*\+?\d+\s*$/.test(v) && +v >= 1 && +v <= 4294967295 ? String(+v) : '1'),
      // As route::clean_query: trimmed, at most so many characters.
      q: (v) => enc(Array.from(v.trim()).slice(0, ROUTE_LIMITS.query_chars).join('').trimEnd()),
    };
    // As route::is_slug: non-empty, capped in bytes, not a dot segment.
    const slug = (raw) => {
      const s = dec(raw);
      return s && s !== '.' && s !== '..' && new TextEncoder().encode(s).length <= ROUTE_LIMITS.slug_bytes ? enc(s) : null;
    };
    // The route table (src/route.rs, as `xtask facts` writes it): the
    // first route whose segments match, its params from the address.
    const seg = location.pathname.replace(/\/$/, '').split('/').slice(1);
    const route = ROUTES.routes.find((r) => {
      if (r.path.length !== seg.length) return false;
      const found = {};
      for (const [i, p] of r.path.entries()) {
        if (p === '{slug}') {
          if (!(found.slug = slug(seg[i]))) return false;
        } else if (p !== seg[i]) return false;
      }
      for (const [name, p] of Object.entries(r.query)) found[p.slice(1, -1)] = param[name]((query.get(name) || '').replace(/\+/g, ' '));
      Object.assign(values, found);
      return true;
    });
    const fill = (t) => t.replace(/\{(\w+)\}/g, (_, k) => values[k]);
    // A need whose param is empty is not asked (a search without words).
    const needs = [...ROUTES.app, ...(route ? route.needs : ROUTES.unknown)].filter((t) => !/\{(\w+)\}/.test(t) || [...t.matchAll(/\{(\w+)\}/g)].every(([, k]) => values[k] !== ''));
    for (const u of needs.map(fill)) tt.early[u] = get(u, ms);
  });
})();
