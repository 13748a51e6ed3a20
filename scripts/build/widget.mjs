// The partner widget's files, from its bundles (the table's `widget` rows,
// one per backend), into target/widget-dist/, which index.html copies into
// the portal's build:
//   widget.js                 the loader partners include (a stable URL):
//                             it reads the portal's config.json and loads
//                             the bundle its `backend` names
//   widget/<stem>-<hash>.*    each bundle's glue and WASM
//   widget/widget-<hash>.js   the same loader, one version (never changed
//                             once written), for snippets with Subresource
//                             Integrity; it vouches for the glue and WASM
//                             it loads by their SHA-384
//   widget.json               that file's path and integrity, for the
//                             snippet builder (/nhung)
//   embed.js                  the optional iframe auto-sizer
//   tin-nhung/index.html      the iframe embed page (not under /nhung, the
//                             builder's route: a directory there makes
//                             nginx's try_files answer /nhung with 403)
import { buildSync } from 'esbuild';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { bundle, minify } from './web.mjs';
import { ROOT, put, sha } from './util.mjs';

export const WIDGET_DIST = path.join(ROOT, 'target/widget-dist');

/** Subresource Integrity of `content`, as browsers check it. */
const integrity = (content) => `sha384-${crypto.createHash('sha384').update(content).digest('base64')}`;

/** Writes the widget's files for `built` (buildBundles's results of the
 * widget rows); returns their names. */
export function writeWidget(built) {
  const files = {};
  const builds = {};
  for (const { row, files: f, bytes } of built) {
    Object.assign(files, bytes);
    builds[row.backend] = f;
  }
  const css = buildSync({ entryPoints: [path.join(ROOT, 'widget/widget.css')], minify: true, write: false, logLevel: 'warning' }).outputFiles[0].text;
  const source = fs.readFileSync(path.join(ROOT, 'widget/loader.js'), 'utf8');
  // The loader for a file at `dir` ('' or 'widget/'): the builds named from
  // there; their integrity in the pinned copy only (the plain one comes
  // from the same portal as the files it loads).
  const loader = (dir) => {
    const from = (p) => (dir ? p.slice(dir.length) : p);
    const named = Object.fromEntries(
      Object.entries(builds).map(([b, f]) => [
        b,
        dir ? { js: from(f.js), wasm: from(f.wasm), jsSri: integrity(files[f.js]), wasmSri: integrity(files[f.wasm]) } : { js: f.js, wasm: f.wasm },
      ]),
    );
    const contents = source
      .replaceAll('__PORTAL__', dir ? '../' : './')
      .replaceAll('__PINNED__', dir ? 'true' : 'false')
      .replaceAll('__BUILDS__', () => JSON.stringify(named))
      // A function, so a `$` in the CSS is not read as a replacement pattern.
      .replaceAll('__CSS__', () => JSON.stringify(css.trim()));
    // Bundled with the facts it imports (its strings).
    return bundle(null, { stdin: { contents, resolveDir: path.join(ROOT, 'widget'), sourcefile: 'loader.js' }, format: 'iife' });
  };
  files['widget.js'] = loader('');
  const pinned = loader('widget/');
  const pinnedName = `widget/widget-${sha(pinned).slice(0, 16)}.js`;
  files[pinnedName] = pinned;
  files['widget.json'] = `${JSON.stringify({ src: pinnedName, integrity: integrity(pinned) })}\n`;
  files['embed.js'] = minify(fs.readFileSync(path.join(ROOT, 'widget/embed.js'), 'utf8'));
  files['tin-nhung/index.html'] = fs.readFileSync(path.join(ROOT, 'widget/embed.html'));
  fs.rmSync(WIDGET_DIST, { recursive: true, force: true });
  for (const [name, content] of Object.entries(files)) put(WIDGET_DIST, name, content);
  return Object.keys(files);
}
