// Runs in <head>, before the WASM has even started downloading: asks for
// config.json and then for the data of the page being opened, so the answers
// are (nearly) there when the app starts. The app takes them from
// window.__tt.early by URL (src/api/transport/browser.rs). Which page an
// address is and what it needs is the route model's (src/route.rs) and the
// contract's URLs are src/api/backend/tintuc.rs's: tests/js/boot.test.mjs and
// tests/route.rs hold both to one table, tests/fixtures/routes.json.
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
    // The page's own classes (an inline style would need the CSP's leave).
    b.innerHTML = '<main class="tt-main"><div class="tt-error" role="alert"><p>Rất tiếc, trang gặp lỗi và không thể tiếp tục.</p><button class="tt-button tt-button--primary" type="button">Tải lại trang</button></div></main>';
    b.querySelector('button').onclick = () => location.reload();
  };
  window.addEventListener('error', (e) => fatal(e.error));
  window.addEventListener('unhandledrejection', (e) => fatal(e.reason));
  // {tintuc: {js, wasm}, wordpress: {js, wasm}}, written in by the release
  // build (scripts/build-variants.mjs); a development build has one bundle
  // and loads it itself.
  const BUNDLES = '__TT_BUNDLES__';
  let pick;
  tt.bundle = new Promise((r) => (pick = r));
  const choose = (backend, preload) => {
    if (typeof BUNDLES !== 'object') return;
    const name = Object.hasOwn(BUNDLES, backend) ? backend : 'tintuc';
    // A page the service worker controls (not a first visit) runs the
    // bundle with offline reading, which the worker keeps.
    const b = (tt.sw && BUNDLES[name + '-offline']) || BUNDLES[name];
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
  const rendered = document.querySelector('meta[name="tintuc-rendered"]');
  // The reader's saved theme, text size and language, before the first paint.
  const d = document.documentElement;
  const saved = (k) => {
    try {
      return localStorage.getItem(k);
    } catch {
      return null; // storage can be forbidden: defaults then
    }
  };
  const th = saved('tintuc.theme');
  d.dataset.theme = th === 'dark' || th === 'light' ? th : matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
  const tx = saved('tintuc.text');
  if (/^[0-4]$/.test(tx || '')) d.dataset.text = tx;
  // Offline reading (web/offline.js: it registers the service worker,
  // web/sw.js, and owns "Lưu bài", the saved articles and the prompt of a
  // new release), loaded once the page has loaded and the browser is idle:
  // never on the first visit's way. Without service workers (some private
  // modes, old browsers) it never loads, and the portal is as it always
  // was. A page a worker already controls (tt.sw, for the app and the
  // bundle's choice) runs the bundle with offline reading and its
  // stylesheet; a first visit neither.
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
    addEventListener('load', () => (window.requestIdleCallback || setTimeout)(() => import('/offline.js').catch(() => {})));
  }
  const lang = saved('tintuc.lang');
  // (A rendered page is in the portal's language until the app runs.)
  if ((lang === 'vi' || lang === 'en') && !rendered) d.lang = lang;
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
        const a = { status: r.status, text: '', retryAfter: r.headers.get('retry-after'), cachedAt: r.headers.get('x-tintuc-cached-at') };
        const read = r.body && r.body.getReader();
        const td = new TextDecoder();
        for (let n = 0, c; read && !(c = await read.read()).done; ) {
          if ((n += c.value.length) > 8388608) {
            read.cancel();
            return { status: a.status, big: true };
          }
          a.text += td.decode(c.value, { stream: true });
        }
        a.text += td.decode();
        return a;
      })
      .catch(() => null);
  // As Rust's routes::encode_segment: unreserved bytes kept, the rest %XX.
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
  const clamp = (v, lo, hi, d) => (Number.isInteger(v) ? Math.min(hi, Math.max(lo, v)) : d);
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
      return choose('tintuc', true);
    }
    choose(c && c.backend, true);
    if (answer.status !== 200 || !c || typeof c.api_base !== 'string' || (c.backend ?? 'tintuc') !== 'tintuc') return;
    let base = c.api_base.trim();
    // As src/config.rs accepts it: an http(s) URL with a host, or a path
    // (`//host` and `/\host` are other hosts; the URL parser drops tabs and
    // newlines, and reads `\` as `/`).
    if (!/^(https?:\/\/[^/?#@]+([/?#]|$)|\/(?!\/))/i.test(base) || /[\\\s\0-\x1f\x7f]/.test(base)) return;
    if (!base.endsWith('/')) base += '/';
    const size = c.page_size ?? 10;
    if (!Number.isInteger(size) || size < 1 || size > 100) return;
    const scope = c.other_news_scope ?? 'category';
    if (scope !== 'category' && scope !== 'latest') return;
    const limit = clamp(c.other_news_limit, 1, 50, 8);
    const ms = clamp(c.request_timeout_ms, 1000, 120000, 15000);
    const raw = /^\s*\d+\s*$/.test(new URLSearchParams(location.search).get('page') || '') ? +new URLSearchParams(location.search).get('page') : 1;
    const page = raw >= 1 ? raw : 1;
    const seg = location.pathname.replace(/\/$/, '').split('/').slice(1);
    // As route::is_slug: non-empty, at most 400 bytes, not a dot segment.
    const slug = (raw) => {
      const s = dec(raw);
      return s && s !== '.' && s !== '..' && new TextEncoder().encode(s).length <= 400 ? enc(s) : null;
    };
    const urls = [`${base}categories`];
    if (!seg.length) urls.push(`${base}articles?page=${page}&per_page=${size}`);
    else if (seg.length === 2 && seg[0] === 'danh-muc' && slug(seg[1]))
      urls.push(`${base}articles?page=${page}&per_page=${size}&category=${slug(seg[1])}`);
    else if (seg.length === 1 && seg[0] === 'tim-kiem') {
      // As route::clean_query: trimmed, at most 200 characters.
      const q = Array.from((new URLSearchParams(location.search).get('q') || '').trim()).slice(0, 200).join('').trimEnd();
      if (q) urls.push(`${base}articles?page=${page}&per_page=${size}&q=${enc(q)}`);
    } else if (seg.length === 2 && seg[0] === 'tin-tuc' && slug(seg[1])) {
      const s = slug(seg[1]);
      urls.push(`${base}articles/${s}`, `${base}articles/${s}/other?limit=${limit}&scope=${scope}`);
    }
    for (const u of urls) tt.early[u] = get(u, ms);
  });
})();
