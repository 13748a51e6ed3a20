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
    const b = BUNDLES[Object.hasOwn(BUNDLES, backend) ? backend : 'tintuc'];
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
  // The service worker (web/sw.js: offline reading, saved articles),
  // registered once the page has loaded and the browser is idle: never on
  // the first visit's way. Without service workers (some private modes,
  // old browsers) nothing here runs and the portal is as it always was.
  // tt.post sends the worker a message (the app saves articles with it);
  // a new release waiting to take over fires `tt-update` on window (the
  // app offers "Tải lại": tt.update).
  const sw = window.navigator?.serviceWorker;
  if (sw) {
    tt.post = (m) => sw.ready.then((r) => r.active && r.active.postMessage(m));
    // The first worker takes the page over: the app has it keep the page
    // (tt.claimed for an app that starts after it did).
    sw.addEventListener('controllerchange', () => {
      tt.claimed = 1;
      dispatchEvent(new Event('tt-controlled'));
    });
    tt.update = () => {
      sw.addEventListener('controllerchange', () => location.reload());
      tt.waiting.postMessage({ type: 'SKIP_WAITING' });
    };
    addEventListener('load', () =>
      (window.requestIdleCallback || setTimeout)(() =>
        sw.register('/sw.js').then(
          (r) => {
            if (!r) return;
            const ask = (w) => {
              tt.waiting = w;
              dispatchEvent(new Event('tt-update'));
            };
            const watch = (w) => w && w.addEventListener('statechange', () => w.state === 'installed' && sw.controller && ask(w));
            if (r.waiting && sw.controller) ask(r.waiting);
            watch(r.installing);
            r.addEventListener('updatefound', () => watch(r.installing));
            // A release deployed since the worker was installed: asked for
            // once per page load (sw.js is served no-cache: a 304 when it is
            // the same), and every hour for a reader who keeps it open.
            const check = () => r.update().catch(() => {});
            check();
            setInterval(check, 36e5);
          },
          () => {},
        ),
      ),
    );
  }
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
  const lang = saved('tintuc.lang');
  // (A rendered page is in the portal's language until the app runs.)
  if ((lang === 'vi' || lang === 'en') && !rendered) d.lang = lang;
  // Never rejects, nor throws (AbortSignal.timeout is missing before
  // Safari 16): a failure resolves to null and the app fetches again,
  // reporting the error itself.
  const get = (url, ms) =>
    Promise.resolve()
      .then(() => fetch(url, { headers: { Accept: 'application/json' }, signal: AbortSignal.timeout(ms) }))
      .then((r) =>
        r.text().then((text) => ({ status: r.status, text, retryAfter: r.headers.get('retry-after'), cachedAt: r.headers.get('x-tintuc-cached-at') })),
      )
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
    // As src/config.rs accepts it.
    if (!/^(https?:\/\/|\/)/i.test(base)) return;
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
    // As route::Page::parse: a slug is non-empty and at most 400 bytes.
    const slug = (raw) => {
      const s = dec(raw);
      return s && new TextEncoder().encode(s).length <= 400 ? enc(s) : null;
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
