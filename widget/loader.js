// widget.js: what partner sites include. Defines <tintuc-news>, and loads
// the widget's WASM only when such an element is on the page (and near the
// viewport). Safe to include twice. The build (scripts/build-widget.mjs)
// fills in the hashed module beside it, their integrity and the
// stylesheet's text, and writes it twice: /widget.js (a stable URL, always
// the portal's latest) and /widget/widget-<hash>.js (one version, for
// snippets that pin it with Subresource Integrity). Either vouches for the
// glue and WASM it loads (their SHA-384), so a pinned snippet runs nothing
// its integrity does not cover.
(() => {
  if (window.customElements === undefined || customElements.get('tintuc-news')) return;
  const script = document.currentScript;
  const here = new URL(script && script.src ? script.src : location.href);
  // The portal, from where this file is: './' for /widget.js, '../' for
  // /widget/widget-<hash>.js; the glue and WASM are named from here too.
  const portal = new URL('__PORTAL__', here).href;
  const glue = new URL('__GLUE__', here).href;
  let runtime;
  // One WASM instance for every widget on the page.
  // A failed load is forgotten, so the next render (a reconnect, an
  // attribute change) tries again instead of failing for good.
  // The glue is preloaded with its integrity: import() then takes that
  // module, or fails with it (a module's fetch is kept by its URL).
  const load = () =>
    (runtime ||= new Promise((ok, fail) => {
      const l = document.createElement('link');
      // (A browser without modulepreload, Safari before 17, imports it unchecked.)
      if (!l.relList.supports('modulepreload')) return ok();
      Object.assign(l, { rel: 'modulepreload', href: glue, integrity: '__GLUE_SRI__', crossOrigin: 'anonymous', onload: ok, onerror: fail });
      document.head.append(l);
    })
      .then(() => import(glue))
      .then(async (m) => {
        await m.default({ module_or_path: fetch(new URL('__WASM__', here), { integrity: '__WASM_SRI__' }) });
        return m;
      })
      .catch((e) => {
        runtime = undefined;
        throw e;
      }));
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
      load()
        .then((m) => {
          if (!this.isConnected) return;
          if (this.widget !== undefined) m.unmount(this.widget);
          this.widget = m.mount(this, this.box, portal);
        })
        .catch((e) => {
          this.box.textContent = 'Không tải được tiện ích tin tức.';
          console.error('tintuc-news:', e);
        });
    }
    attributeChangedCallback(_name, before, after) {
      if (before !== after && this.seen && this.isConnected) this.render();
    }
    disconnectedCallback() {
      near.unobserve(this);
      if (this.widget !== undefined && runtime) {
        const id = this.widget;
        this.widget = undefined;
        runtime.then((m) => m.unmount(id));
      }
    }
  }
  customElements.define('tintuc-news', TintucNews);
  // For tests and the curious: how many widgets hold WASM state.
  window.__tintucNews = { mounted: () => (runtime ? runtime.then((m) => m.mounted()) : Promise.resolve(0)) };
})();
