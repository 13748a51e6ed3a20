// widget.js: what partner sites include. Defines <tintuc-news>, and loads
// the widget's WASM only when such an element is on the page (and near the
// viewport). Safe to include twice. The build (scripts/build-widget.mjs)
// fills in the hashed module beside it and the stylesheet's text.
(() => {
  if (window.customElements === undefined || customElements.get('tintuc-news')) return;
  const script = document.currentScript;
  const here = new URL(script && script.src ? script.src : location.href);
  const portal = new URL('./', here).href;
  let runtime;
  // One WASM instance for every widget on the page.
  // A failed load is forgotten, so the next render (a reconnect, an
  // attribute change) tries again instead of failing for good.
  const load = () =>
    (runtime ||= import(new URL('__GLUE__', here).href)
      .then(async (m) => {
        await m.default({ module_or_path: new URL('__WASM__', here).href });
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
