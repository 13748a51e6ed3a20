// embed.js: optional, for pages that embed the widget as an iframe
// (/tin-nhung/?…). Sizes each such iframe to its content, from the
// height the page inside reports. Only messages from the iframe's own
// origin and window are believed.
(() => {
  if (window.__tintucEmbed) return;
  window.__tintucEmbed = true;
  addEventListener('message', (e) => {
    const d = e.data;
    if (!d || d.type !== 'tintuc-embed-size' || typeof d.height !== 'number') return;
    for (const f of document.querySelectorAll('iframe[data-tintuc-embed]')) {
      if (f.contentWindow !== e.source) continue;
      if (new URL(f.src, location.href).origin !== e.origin) return;
      f.style.height = `${Math.max(80, Math.min(4000, Math.ceil(d.height)))}px`;
    }
  });
  // Iframes that reported their height before this script arrived (it is
  // loaded async) are asked again.
  for (const f of document.querySelectorAll('iframe[data-tintuc-embed]')) {
    try {
      f.contentWindow?.postMessage({ type: 'tintuc-embed-hello' }, new URL(f.src, location.href).origin);
    } catch {
      // An iframe without a usable src: nothing to ask.
    }
  }
})();
