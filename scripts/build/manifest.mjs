// The web app manifest and its icons, so "Add to Home screen" gives the
// portal a proper icon and a window of its own (a stage of every build, the
// development one's too, and again after config.json is edited, since the
// name is the config's: scripts/build.mjs --reconfigure DIST).
//
// Writes DIST/manifest.webmanifest (name and short name from config.json's
// site_name, or its optional short_name; the portal's colours from
// style/tokens.css) and, unless they exist, DIST/icon-192.png,
// DIST/icon-512.png, DIST/icon-maskable-512.png and
// DIST/apple-touch-icon.png: a newspaper page drawn in the portal's colours,
// encoded here (zlib), so nothing is downloaded to make them.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { DEFAULT_SITE_NAME } from '../../target/gen/facts.js';
import { ROOT as root } from './util.mjs';

/** Home screens show about 12 characters: the longest run of the name's
 * last words that fits, else its first 12 characters. */
export function shortName(name) {
  const chars = (s) => Array.from(s).length;
  if (chars(name) <= 12) return name;
  const words = name.trim().split(/\s+/);
  let best = '';
  for (let i = words.length - 1; i >= 0; i--) {
    const s = words.slice(i).join(' ');
    if (chars(s) > 12) break;
    best = s;
  }
  return best || Array.from(name).slice(0, 12).join('').trim();
}

/** The light theme's colours (`--tt-color-*` in style/tokens.css). */
export function colours(css = fs.readFileSync(path.join(root, 'style/tokens.css'), 'utf8')) {
  const light = css.slice(0, css.indexOf('}'));
  const get = (name) => {
    const m = light.match(new RegExp(`--tt-color-${name}:\\s*#([0-9a-fA-F]{6}|[0-9a-fA-F]{3})\\s*;`));
    if (!m) throw new Error(`style/tokens.css: no --tt-color-${name} (#rgb or #rrggbb)`);
    const hex = m[1].toLowerCase();
    return '#' + (hex.length === 3 ? [...hex].map((d) => d + d).join('') : hex);
  };
  return { brand: get('brand'), strong: get('brand-strong'), onBrand: get('on-brand'), bg: get('bg') };
}

const CRC = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = CRC[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};

/** An RGB PNG of `size`² pixels, `pixel(x, y)` giving [r, g, b]. */
export function png(size, pixel) {
  const rows = Buffer.alloc(size * (1 + size * 3));
  for (let y = 0; y < size; y++) {
    const o = y * (1 + size * 3);
    for (let x = 0; x < size; x++) rows.set(pixel(x, y), o + 1 + x * 3);
  }
  const chunk = (type, data) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([len, body, crc]);
  };
  const head = Buffer.alloc(13);
  head.writeUInt32BE(size, 0);
  head.writeUInt32BE(size, 4);
  head.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', head),
    chunk('IDAT', zlib.deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const rgb = (hex) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));

/** A newspaper page (a headline, then lines of text) on the brand colour;
 * `scale` is the page's share of the icon (smaller for a maskable icon,
 * whose corners a platform may cut). */
export function icon(size, c, scale) {
  const [bg, page, head, line] = [c.brand, c.onBrand, c.brand, c.strong].map(rgb);
  const w = size * scale * 0.82;
  const h = size * scale;
  const x0 = (size - w) / 2;
  const y0 = (size - h) / 2;
  const pad = w * 0.14;
  const bars = [
    [0.12, 0.26, head],
    [0.36, 0.43, line],
    [0.5, 0.57, line],
    [0.64, 0.71, line],
    [0.78, 0.85, line],
  ];
  return png(size, (x, y) => {
    const u = (x - x0) / w;
    const v = (y - y0) / h;
    if (u < 0 || u >= 1 || v < 0 || v >= 1) return bg;
    const inText = x >= x0 + pad && x < x0 + w - pad - (v > 0.74 ? w * 0.25 : 0);
    for (const [a, b, colour] of bars) if (v >= a && v < b && inText) return colour;
    return page;
  });
}

export const ICONS = [
  { file: 'icon-192.png', size: 192, purpose: 'any', scale: 0.7 },
  { file: 'icon-512.png', size: 512, purpose: 'any', scale: 0.7 },
  { file: 'icon-maskable-512.png', size: 512, purpose: 'maskable', scale: 0.56 },
  // iOS's home screen reads <link rel="apple-touch-icon"> (index.html).
  { file: 'apple-touch-icon.png', size: 180, purpose: null, scale: 0.7 },
];

/** The manifest for a config.json's text. */
export function manifest(configText, c = colours()) {
  let cfg = {};
  try {
    cfg = JSON.parse(configText) || {};
  } catch {}
  const name = (typeof cfg.site_name === 'string' && cfg.site_name.trim()) || DEFAULT_SITE_NAME;
  const short = (typeof cfg.short_name === 'string' && cfg.short_name.trim()) || shortName(name);
  return {
    name,
    short_name: short,
    lang: cfg.language === 'en' ? 'en' : 'vi',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    theme_color: c.brand,
    background_color: c.bg,
    icons: ICONS.filter((i) => i.purpose).map((i) => ({ src: `/${i.file}`, sizes: `${i.size}x${i.size}`, type: 'image/png', purpose: i.purpose })),
  };
}

/** Writes DIST's manifest (and its icons, when missing); returns it. */
export function writeManifest(dist, config = path.join(dist, 'config.json')) {
  const c = colours();
  for (const i of ICONS) {
    const file = path.join(dist, i.file);
    if (!fs.existsSync(file)) fs.writeFileSync(file, icon(i.size, c, i.scale));
  }
  const m = manifest(fs.existsSync(config) ? fs.readFileSync(config, 'utf8') : '{}', c);
  fs.writeFileSync(path.join(dist, 'manifest.webmanifest'), JSON.stringify(m, null, 2) + '\n');
  return m;
}
