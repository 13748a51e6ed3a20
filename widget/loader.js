// widget.js: what partner sites include. Defines <tintuc-news>, and loads
// the widget's WASM only when such an element is on the page (and near the
// viewport). Safe to include twice. The build (scripts/build/widget.mjs)
// fills in the hashed builds beside it, their integrity and the
// stylesheet's text, and writes it twice: /widget.js (a stable URL, always
// the portal's latest) and /widget/widget-<hash>.js (one version, for
// snippets that pin it with Subresource Integrity). Either vouches for the
// glue and WASM it loads (their SHA-384), so a pinned snippet runs nothing
// its integrity does not cover.
//
// The widget is built once per backend, as the reader is: before loading
// one, this reads the portal's config.json and loads the build its
// `backend` names (tintuc's contract when it names none, or when the config
// can't be read: that build then says what is wrong, inside the widget).
// The WASM is handed the config it read, so it is asked for once.
import { TEXT_WIDGET } from '../target/gen/facts.js';

(() => {
  if (window.customElements === undefined || customElements.get('tintuc-news')) return;
  const script = document.currentScript;
  const here = new URL(script && script.src ? script.src : location.href);
  // The portal, from where this file is: './' for /widget.js, '../' for
  // /widget/widget-<hash>.js; the builds are named from here too.
  const portal = new URL('__PORTAL__', here).href;
  // {tintuc: {js, wasm, jsSri?, wasmSri?}, wordpress: {…}}, paths from here;
  // the integrity in the pinned copy only.
  const BUILDS = __BUILDS__;
  // One WASM instance per build for every widget on the page. A failed load
  // is forgotten, so the next render (a reconnect, an attribute change)
  // tries again instead of failing for good. The glue is preloaded with its
  // integrity: import() then takes that module, or fails with it (a
  // module's fetch is kept by its URL).
  const runtimes = {};
  // What the host page's Content-Security-Policy blocked, from the start:
  // a load that fails for it says so instead of a bare failure (the WASM
  // watches its own requests the same way).
  const blocked = [];
  document.addEventListener('securitypolicyviolation', (e) => blocked.push(e.blockedURI));
  const load = (name) => {
    const b = BUILDS[name];
    const glue = new URL(b.js, here).href;
    // The plain widget.js names no integrity: it comes from the same portal
    // as what it loads, so only a pinned copy has something to vouch for
    // (__PINNED__ is a constant of each copy: the other branch is dropped).
    return (runtimes[name] ||= (
      __PINNED__
        ? new Promise((ok, fail) => {
            const l = document.createElement('link');
            // (A browser without modulepreload, Safari before 17, imports it unchecked.)
            if (!l.relList.supports('modulepreload')) return ok();
            Object.assign(l, { rel: 'modulepreload', href: glue, integrity: b.jsSri, crossOrigin: 'anonymous', onload: ok, onerror: fail });
            document.head.append(l);
          })
        : Promise.resolve()
    )
      .then(() => import(glue))
      .then(async (m) => {
        const wasm = new URL(b.wasm, here);
        await m.default({ module_or_path: __PINNED__ ? fetch(wasm, { integrity: b.wasmSri }) : wasm });
        return m;
      })
      .catch((e) => {
        delete runtimes[name];
        throw e;
      }));
  };
  // The portal a widget reads (its `portal` attribute, as the WASM reads
  // it), or null when that is not an http(s) address.
  const portalOf = (el) => {
    const p = (el.getAttribute('portal') || '').trim();
    if (!p) return portal;
    try {
      const u = new URL(p);
      if (u.protocol !== 'https:' && u.protocol !== 'http:') return null;
      u.search = u.hash = '';
      if (!u.pathname.endsWith('/')) u.pathname += '/';
      return u.href;
    } catch {
      return null;
    }
  };
  // A body's text, its bytes counted as they come (a chunked or compressed
  // answer has no Content-Length); null past 256 KiB, far more than any
  // config.json: the WASM then asks itself, and says what is wrong.
  const capped = async (r) => {
    const read = r.body.getReader();
    const td = new TextDecoder();
    let text = '';
    for (let n = 0, c; !(c = await read.read()).done; ) {
      if ((n += c.value.length) > 262144) {
        read.cancel();
        return null;
      }
      text += td.decode(c.value, { stream: true });
    }
    return text + td.decode();
  };
  // config.json of each portal, read once: {url, text} of a 200, or null
  // (not kept: the WASM asks again and reports the failure).
  const configs = {};
  const configOf = (base) => {
    const url = new URL('config.json', base).href;
    return (configs[url] ||= Promise.resolve()
      .then(() => fetch(url, { signal: AbortSignal.timeout ? AbortSignal.timeout(15000) : undefined }))
      .then((r) => (r.status === 200 ? capped(r).then((text) => text && { url, text }) : null))
      .catch(() => null)
      .then((c) => {
        if (!c) delete configs[url];
        return c;
      }));
  };
  const buildOf = (c) => {
    try {
      const b = JSON.parse(c.text).backend;
      return typeof b === 'string' && Object.hasOwn(BUILDS, b) ? b : 'tintuc';
    } catch {
      return 'tintuc';
    }
  };
  let sheet;
  const stylesheet = () => {
    if (!sheet) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(__CSS__);
    }
    return sheet;
  };
  const near = new IntersectionObserver(
    (entries) => {
      for (const e of entries) {
        if (e.isIntersecting) {
          near.unobserve(e.target);
          e.target.render();
        }
      }
    },
    { rootMargin: '400px' },
  );

  class TintucNews extends HTMLElement {
    static get observedAttributes() {
      return ['kind', 'category', 'limit', 'layout', 'theme', 'show-time', 'portal', 'target', 'lang', 'heading'];
    }
    connectedCallback() {
      if (!this.shadowRoot) {
        const root = this.attachShadow({ mode: 'open' });
        root.adoptedStyleSheets = [stylesheet()];
        this.box = document.createElement('div');
        root.append(this.box);
      }
      this.seen = false;
      near.observe(this);
    }
    render() {
      this.seen = true;
      const base = portalOf(this);
      (base ? configOf(base) : Promise.resolve(null))
        .then((c) =>
          load(c ? buildOf(c) : 'tintuc').then((m) => {
            if (c) m.keep(c.url, c.text);
            return m;
          }),
        )
        .then((m) => {
          if (!this.isConnected) return;
          this.release();
          this.runtime = m;
          this.widget = m.mount(this, this.box, portal);
        })
        .catch(async (e) => {
          // (A violation's event is a task of its own: a few turns of the
          // event loop for it.)
          const origin = new URL(portal).origin;
          let csp = false;
          for (let i = 0; i < 5 && !(csp = blocked.some((u) => u.startsWith(origin))); i++) await new Promise((r) => setTimeout(r, 10));
          const text = TEXT_WIDGET[(this.getAttribute('lang') || '').trim().toLowerCase().startsWith('en') ? 'en' : 'vi'];
          this.box.textContent = csp ? text.blocked : text.failed;
          console.error(
            csp
              ? `tintuc-news: this page's Content-Security-Policy blocks ${origin}: allow it in script-src (with 'wasm-unsafe-eval') and connect-src (${origin}/nhung lists the exact sources)`
              : 'tintuc-news:',
            e,
          );
        });
    }
    release() {
      if (this.widget !== undefined) this.runtime.unmount(this.widget);
      this.widget = undefined;
    }
    attributeChangedCallback(_name, before, after) {
      if (before !== after && this.seen && this.isConnected) this.render();
    }
    disconnectedCallback() {
      near.unobserve(this);
      this.release();
    }
  }
  customElements.define('tintuc-news', TintucNews);
  // For tests and the curious: how many widgets hold WASM state, and which
  // builds this page loaded.
  window.__tintucNews = {
    mounted: () => Promise.all(Object.values(runtimes).map((r) => r.then((m) => m.mounted(), () => 0))).then((n) => n.reduce((a, b) => a + b, 0)),
    builds: () => Object.keys(runtimes),
    // Whether the page's CSP blocked anything at `origin` (the WASM asks).
    blocked: (origin) => blocked.some((u) => u.startsWith(origin)),
  };
})();
