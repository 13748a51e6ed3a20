// index.html of a release build, from the source index.html that Trunk
// reads in development: its `<link data-trunk …>` elements done as Trunk
// would (inline a file, copy a file or a directory), the reader's
// `rel="rust"` replaced by the module loader (web/loader.js, which starts
// the bundle web/boot.js picked), and the comments out.
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, put } from './util.mjs';

/** The attributes of a start tag's text. */
function attributes(tag) {
  const out = {};
  for (const m of tag.matchAll(/([a-zA-Z-]+)(?:="([^"]*)")?/g)) out[m[1]] = m[2] ?? '';
  return out;
}

/** Copies ROOT/`from` (a file or a directory) to DIST/`name`. */
function copy(from, dist, name) {
  const src = path.join(ROOT, from);
  if (!fs.existsSync(src)) throw new Error(`index.html copies ${from}, which is missing`);
  fs.cpSync(src, path.join(dist, name), { recursive: true });
}

/** What a `data-trunk` link becomes in a release page. */
function replace(tag, dist, loader) {
  const a = attributes(tag.slice(5));
  const file = a.href && path.join(ROOT, a.href);
  switch (a.rel) {
    case 'inline': {
      const text = fs.readFileSync(file, 'utf8').trim();
      if (a.type === 'js') return `<script>${text}</script>`;
      if (a.type === 'css') return `<style>${text}</style>`;
      if (a.type === 'html') return text;
      throw new Error(`index.html: inline of type ${a.type}`);
    }
    case 'copy-file':
      copy(a.href, dist, path.basename(a.href));
      return '';
    case 'copy-dir':
      copy(a.href, dist, path.basename(a.href));
      return '';
    case 'rust':
      return `<script type="module">${loader}</script>`;
    default:
      throw new Error(`index.html: a data-trunk link of rel ${a.rel}`);
  }
}

// The markers the server and the app find the page's parts by stay; so does
// everything inside <script>, <style> and <noscript>.
const KEEP = /^<!--\/?tt:[a-z]+-->$/;
const RAW = /<(script|style|noscript)\b[\s\S]*?<\/\1>/gi;

/** `html` without its comments (but the tt: markers): they explain the
 * source to its readers, and every visitor downloaded them. The blank lines
 * a removed comment leaves go too. */
export function stripComments(html) {
  const strip = (text) => text.replace(/<!--[\s\S]*?-->/g, (c) => (KEEP.test(c) ? c : '')).replace(/\n[ \t]*(?=\n)/g, '');
  let out = '';
  let last = 0;
  for (const m of html.matchAll(RAW)) {
    out += strip(html.slice(last, m.index)) + m[0];
    last = m.index + m[0].length;
  }
  return out + strip(html.slice(last));
}

/** Writes DIST/index.html (and what it copies); `loader` is the module
 * script that starts the reader. */
export function writePage(dist, loader) {
  const source = fs.readFileSync(path.join(ROOT, 'index.html'), 'utf8');
  // Comments first: a data-trunk link inside one is not the page's.
  const html = stripComments(source).replace(/<link data-trunk [^>]*>/g, (tag) => replace(tag, dist, loader));
  put(dist, 'index.html', html.replace(/\n[ \t]*(?=\n)/g, ''));
}
