// A release index.html without its comments: they explain the source to
// its readers, and every visitor downloaded them (~1.2 KB raw). Kept: the
// markers the server and the app find the page's parts by (<!--tt:meta-->,
// <!--/tt:app-->, …), and everything inside <script>, <style> and
// <noscript>, which are not HTML comments there or are read as they are.
// The blank lines a removed comment leaves go too.

const KEEP = /^<!--\/?tt:[a-z]+-->$/;
const RAW = /<(script|style|noscript)\b[\s\S]*?<\/\1>/gi;

/** `html` without its comments (but the tt: markers). */
export function stripComments(html) {
  let out = '';
  let last = 0;
  for (const m of html.matchAll(RAW)) {
    out += strip(html.slice(last, m.index)) + m[0];
    last = m.index + m[0].length;
  }
  return out + strip(html.slice(last));
}

function strip(text) {
  return text.replace(/<!--[\s\S]*?-->/g, (c) => (KEEP.test(c) ? c : '')).replace(/\n[ \t]*(?=\n)/g, '');
}
