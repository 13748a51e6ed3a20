// Builds the partner widget (widget/): its own WASM bundle, without the
// reader's router and pages, into target/widget-dist/, which index.html
// copies into the portal's dist:
//   widget.js                      the loader partners include (stable URL)
//   widget/tintuc-widget-<hash>.js the wasm-bindgen glue, minified
//   widget/tintuc-widget-<hash>_bg.wasm
//   embed.js                       optional iframe auto-sizer
//   tin-nhung/index.html           the iframe embed page (not under /nhung,
//                                  the builder's route: a directory there
//                                  makes nginx's try_files answer /nhung with 403)
// Run by scripts/prebuild.mjs (so by every trunk build).
import { buildSync, transformSync } from 'esbuild';
import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const target = process.env.CARGO_TARGET_DIR || path.join(root, 'target');
const pkg = path.join(target, 'widget-pkg');
const out = path.join(target, 'widget-dist');
const run = (cmd, args) => execFileSync(cmd, args, { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
const bin = (name) => {
  const local = path.join(root, 'node_modules/.bin', name);
  return fs.existsSync(local) ? local : name;
};

run('cargo', ['build', '-p', 'tintuc-widget', '--release', '--target', 'wasm32-unknown-unknown']);
fs.rmSync(pkg, { recursive: true, force: true });
run('wasm-bindgen', [path.join(target, 'wasm32-unknown-unknown/release/tintuc_widget.wasm'), '--target', 'web', '--out-dir', pkg, '--out-name', 'tintuc-widget', '--no-typescript']);
run(bin('wasm-opt'), ['-Oz', path.join(pkg, 'tintuc-widget_bg.wasm'), '-o', path.join(pkg, 'tintuc-widget_bg.wasm')]);

const wasm = fs.readFileSync(path.join(pkg, 'tintuc-widget_bg.wasm'));
const glue = transformSync(fs.readFileSync(path.join(pkg, 'tintuc-widget.js'), 'utf8'), { minify: true, format: 'esm', target: 'es2020' }).code;
const hash = crypto.createHash('sha256').update(wasm).update(glue).digest('hex').slice(0, 16);

fs.rmSync(out, { recursive: true, force: true });
fs.mkdirSync(path.join(out, 'widget'), { recursive: true });
fs.mkdirSync(path.join(out, 'tin-nhung'), { recursive: true });
fs.writeFileSync(path.join(out, `widget/tintuc-widget-${hash}_bg.wasm`), wasm);
fs.writeFileSync(path.join(out, `widget/tintuc-widget-${hash}.js`), glue);

const css = buildSync({ entryPoints: [path.join(root, 'widget/widget.css')], minify: true, write: false, logLevel: 'warning' }).outputFiles[0].text;
const loader = fs
  .readFileSync(path.join(root, 'widget/loader.js'), 'utf8')
  .replaceAll('__GLUE__', `widget/tintuc-widget-${hash}.js`)
  .replaceAll('__WASM__', `widget/tintuc-widget-${hash}_bg.wasm`)
  // A function, so a `$` in the CSS is not read as a replacement pattern.
  .replaceAll('__CSS__', () => JSON.stringify(css.trim()));
fs.writeFileSync(path.join(out, 'widget.js'), transformSync(loader, { minify: true, target: 'es2020' }).code);
fs.writeFileSync(path.join(out, 'embed.js'), transformSync(fs.readFileSync(path.join(root, 'widget/embed.js'), 'utf8'), { minify: true, target: 'es2020' }).code);
fs.copyFileSync(path.join(root, 'widget/embed.html'), path.join(out, 'tin-nhung/index.html'));
