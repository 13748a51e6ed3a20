// The security headers of a build's pages: the Content-Security-Policy of
// the reader (index.html) and of the iframe embed page (tin-nhung/), with a
// SHA-256 hash for every inline <script> and <style> the build wrote, and
// the API's origin (and image_origins) from the deployment's config.json.
// The build's side (run by scripts/postbuild.mjs in release builds); the
// Rust side (the server, the demo backend) is csp/src/lib.rs, and both are
// held to tests/fixtures/csp/cases.json.
//
//   node scripts/csp.mjs DIST [--config FILE]     (./tasks csp [DIST])
//
// Writes DIST/csp/reader.conf and DIST/csp/embed.conf (one nginx
// `add_header Content-Security-Policy "…" always;` line each, for
// deploy/nginx/tintuc-static.conf to include), prints both policies, and
// refreshes config.json's .br/.gz siblings. Run it again after editing
// DIST/config.json, then reload nginx (`nginx -s reload`).
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export const PERMISSIONS_POLICY =
  'accelerometer=(), autoplay=(), browsing-topics=(), camera=(), display-capture=(), geolocation=(), gyroscope=(), hid=(), idle-detection=(), interest-cohort=(), magnetometer=(), microphone=(), midi=(), payment=(), serial=(), usb=(), xr-spatial-tracking=()';
export const REFERRER_POLICY = 'strict-origin-when-cross-origin';
export const EMBED_DIR = '/tin-nhung/';

const lower = (s) => s.replace(/[A-Z]/g, (c) => c.toLowerCase());

/** `'sha256-<base64>'` of an inline element's text (CR LF and CR as LF,
 * as the HTML parser leaves them). */
export function hashSource(text) {
  const t = text.replace(/\r\n/g, '\n').replace(/\r/g, '\n');
  return `'sha256-${crypto.createHash('sha256').update(t, 'utf8').digest('base64')}'`;
}

/** Hashes of every inline <script> (no src attribute, any type) and every
 * <style> of `html`, in document order, each once; comments skipped. */
export function inlineHashes(html) {
  const low = lower(html);
  const out = { scripts: [], styles: [] };
  let i = 0;
  scan: while (i < html.length) {
    if (html[i] !== '<') {
      i++;
      continue;
    }
    if (html.startsWith('<!--', i)) {
      const j = html.indexOf('-->', i + 4);
      i = j < 0 ? html.length : j + 3;
      continue;
    }
    for (const tag of ['script', 'style']) {
      const after = i + 1 + tag.length;
      if (low.slice(i + 1, after) !== tag) continue;
      if (after < html.length && !/[ \t\n\r\f>/]/.test(html[after])) continue;
      const openEnd = html.indexOf('>', after);
      if (openEnd < 0) break scan;
      let close = low.indexOf(`</${tag}`, openEnd + 1);
      if (close < 0) close = html.length;
      const list = tag === 'script' ? (hasSrc(html.slice(after, openEnd)) ? null : out.scripts) : out.styles;
      if (list) {
        const h = hashSource(html.slice(openEnd + 1, close));
        if (!list.includes(h)) list.push(h);
      }
      i = close + 2 + tag.length;
      continue scan;
    }
    i++;
  }
  return out;
}

const hasSrc = (attrs) => /(^|\s)src(?=[\s=/>]|$)/i.test(attrs);

/** `scheme://host[:port]` of an http(s) URL, lower-cased. */
function origin(url) {
  const m = /^([^:/?#]+):\/\/([^/?#]*)/.exec(url.trim());
  if (!m) return null;
  const scheme = lower(m[1]);
  if ((scheme !== 'http' && scheme !== 'https') || !m[2] || m[2].includes('@')) return null;
  return `${scheme}://${lower(m[2])}`;
}

/** An image_origins entry as a CSP source: `https:`, `https://host[:port]`
 * or `https://*.host`, lower-cased, no path. */
function imageSource(s) {
  const v = lower(s.trim().replace(/\/+$/, ''));
  if (v === 'https:' || v === 'http:') return v;
  return /^https?:\/\/(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)*(:[0-9]{1,5})?$/.test(v) ? v : null;
}

/** Where pages may fetch and load images from: `{ connect, img }`.
 * Throws with the key's name. */
export function sources(configText) {
  let c;
  try {
    c = JSON.parse(configText);
  } catch (e) {
    throw new Error(`config.json: ${e.message}`);
  }
  if (!c || typeof c.api_base !== 'string') throw new Error('config.json: api_base is missing');
  const base = c.api_base.trim();
  let api = null;
  if (!base.startsWith('/')) {
    api = origin(base);
    if (!api) throw new Error(`config.json: api_base must be an http(s) URL or an absolute path, got "${base}"`);
  }
  const connect = ["'self'"];
  const img = ["'self'", 'data:'];
  if (api) connect.push(api), img.push(api);
  const extra = c.image_origins;
  if (extra !== undefined && extra !== null) {
    if (!Array.isArray(extra)) throw new Error('config.json: image_origins must be a list of strings');
    for (const item of extra) {
      if (typeof item !== 'string') throw new Error('config.json: image_origins must be a list of strings');
      const s = imageSource(item);
      if (!s) throw new Error(`config.json: image_origins: "${item}" is not an origin like https://img.example or https:`);
      if (!img.includes(s)) img.push(s);
    }
  }
  return { connect, img };
}

/** The policy of a page with these hashes; `page`: 'reader' or 'embed'.
 * The reader's: no framing, and style attributes allowed (its sanitizer
 * parses article bodies, editors' style attributes and all, in an inert
 * document, and Chromium checks each against the page's policy, though it
 * applies none and the sanitizer drops them all); style elements only by
 * hash. The iframe embed page's: any site may frame it. */
export function policy(inline, src, page) {
  const d = [
    "default-src 'self'",
    ["script-src 'self' 'wasm-unsafe-eval'", ...inline.scripts].join(' '),
    ["style-src 'self'", ...inline.styles].join(' '),
    ...(page === 'reader' ? ["style-src-attr 'unsafe-inline'"] : []),
    `img-src ${src.img.join(' ')}`,
    `connect-src ${src.connect.join(' ')}`,
    "font-src 'self'",
    // The service worker (/sw.js) and the web app manifest: the portal's own.
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ];
  if (page === 'reader') d.push("frame-ancestors 'none'");
  return d.join('; ');
}

/** `{ reader, embed }` for a shell, an embed page (or null) and a config. */
export function policies(indexHtml, embedHtml, configText) {
  const src = sources(configText);
  return {
    reader: policy(inlineHashes(indexHtml), src, 'reader'),
    embed: policy(inlineHashes(embedHtml || ''), src, 'embed'),
  };
}

/** The policies of a dist directory, with its own config.json or `config`. */
export function policiesOf(dist, config = path.join(dist, 'config.json')) {
  const embed = path.join(dist, 'tin-nhung/index.html');
  return policies(
    fs.readFileSync(path.join(dist, 'index.html'), 'utf8'),
    fs.existsSync(embed) ? fs.readFileSync(embed, 'utf8') : null,
    fs.readFileSync(config, 'utf8'),
  );
}

/** The nginx include for one policy. */
export function nginxLine(value) {
  if (/["\\$]/.test(value)) throw new Error(`a policy nginx cannot quote: ${value}`);
  return `add_header Content-Security-Policy "${value}" always;\n`;
}

/** Writes DIST/csp/{reader,embed}.conf; returns the policies. */
export function writePolicies(dist, config) {
  const p = policiesOf(dist, config);
  const dir = path.join(dist, 'csp');
  fs.mkdirSync(dir, { recursive: true });
  const head = (what) =>
    `# ${what}: written by scripts/csp.mjs from this build's inline scripts and styles and its\n` +
    `# config.json. Do not edit: after changing config.json run \`node scripts/csp.mjs DIST\`\n` +
    `# (./tasks csp DIST), then reload nginx.\n`;
  fs.writeFileSync(path.join(dir, 'reader.conf'), head('Reader pages (index.html)') + nginxLine(p.reader));
  fs.writeFileSync(path.join(dir, 'embed.conf'), head('The iframe embed page (tin-nhung/)') + nginxLine(p.embed));
  return p;
}

export function print(p, log = console.log) {
  log(`Content-Security-Policy of the reader's pages:\n  ${p.reader}`);
  log(`Content-Security-Policy of the iframe embed page (${EMBED_DIR}):\n  ${p.embed}`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const dist = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--config');
  const config = args.includes('--config') ? args[args.indexOf('--config') + 1] : undefined;
  if (!dist) {
    console.error('usage: node scripts/csp.mjs DIST [--config FILE]');
    process.exit(2);
  }
  try {
    const p = writePolicies(dist, config);
    print(p);
    console.log(`written to ${path.join(dist, 'csp')}/{reader,embed}.conf: reload nginx to apply them`);
    // An edited config.json must not hide behind its old precompressed copies.
    const cfg = path.join(dist, 'config.json');
    if (!config && (fs.existsSync(`${cfg}.br`) || fs.existsSync(`${cfg}.gz`))) {
      const { precompressFile } = await import('./sizes.mjs');
      precompressFile(cfg);
    }
  } catch (e) {
    console.error(`csp: ${e.message}`);
    process.exit(1);
  }
}
