// Trunk pre_build hook: bundles and minifies style/main.css and web/boot.js
// into target/gen/, which index.html inlines. (The partner widget is a hook
// of its own, scripts/build-widget.mjs, run beside this one.)
import { buildSync } from 'esbuild';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(root, 'target/gen');
buildSync({ entryPoints: [path.join(root, 'style/main.css')], bundle: true, minify: true, outfile: path.join(out, 'app.css'), logLevel: 'warning' });
buildSync({ entryPoints: [path.join(root, 'web/boot.js')], minify: true, target: 'es2020', outfile: path.join(out, 'boot.js'), logLevel: 'warning' });
