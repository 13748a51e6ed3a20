// The benchmark: bytes of each bundle and what goes with it; Lighthouse
// (mobile) on the home page, a category page and the seed article, the
// static client's and the server's, against a floor (the seed article as
// one plain HTML page); a 100-item list's render time; the server under
// load. Measurements, not tests: other machines are slower.
//
//   ./tasks bench [--baseline <git-ref>] [--runs N] [--throttling simulate,devtools] [--no-load]
//
// Writes bench/results/<label>.{json,md}; with --baseline, builds and
// measures both in this one run and prints them side by side.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { measureBuild as measureSizes } from './build/sizes.mjs';
import { precompress } from './build/compress.mjs';
import { renderHundred } from './bench/hundred.mjs';
import { lab } from './bench/lab.mjs';
import { loadMarkdown, loadTest } from './bench/load.mjs';
import { markdown } from './bench/report.mjs';
import { peersMarkdown, peersTest } from './bench/peers.mjs';
import { sitemapsMarkdown, sitemapsTest } from './bench/sitemaps.mjs';
import { buildRust } from './build/rust.mjs';
import { ROOT, log, run } from './bench/util.mjs';

const OUT = path.join(ROOT, 'bench/results');
const args = process.argv.slice(2);
const opt = (name, dflt) => (args.includes(name) ? args[args.indexOf(name) + 1] : dflt);
const runs = Number(opt('--runs', '3'));
const methods = opt('--throttling', 'simulate,devtools').split(',');
const baseline = opt('--baseline', null);

/** Builds the release of the working tree or of a git ref, as that tree
 * builds itself (scripts/build.mjs; before it, Trunk and its hooks). */
function build(ref) {
  const label = ref || 'current';
  const dist = path.join(ROOT, 'bench/build', label.replace(/[^\w.-]/g, '_'));
  fs.rmSync(dist, { recursive: true, force: true });
  let src = ROOT;
  if (ref) {
    src = fs.mkdtempSync(path.join(os.tmpdir(), 'tintuc-baseline-'));
    run('git', ['worktree', 'add', '--detach', src, ref]);
  }
  try {
    log(`building ${label}`);
    // One target dir for both builds: the baseline reuses compiled deps.
    const env = { CARGO_TARGET_DIR: path.join(ROOT, 'target') };
    if (fs.existsSync(path.join(src, 'scripts/build.mjs'))) run('node', ['scripts/build.mjs', '--dist', dist], src, env);
    else {
      run('trunk', ['build', '--release', '--dist', dist], src, env);
      // Older revisions ran the post-build step by hand; later ones as
      // Trunk's hook (running it twice fails: it rewrites index.html).
      const hooked = fs.readFileSync(path.join(src, 'Trunk.toml'), 'utf8').includes('postbuild.mjs');
      if (!hooked && fs.existsSync(path.join(src, 'scripts/postbuild.mjs'))) run('node', [path.join(src, 'scripts/postbuild.mjs'), dist], src);
    }
  } finally {
    if (ref) run('git', ['worktree', 'remove', '--force', src]);
  }
  return { label, dist };
}

async function measure({ label, dist }, port) {
  const sizes = measureSizes(dist);
  precompress(dist);
  const { byMethod, html } = await lab(dist, port, methods, runs, label);
  const hundred = await renderHundred(dist, port + 50, runs);
  if (hundred) log(`${label} 100-item list: ${hundred.first_load_ms.toFixed(1)} ms first, ${hundred.next_page_ms.toFixed(1)} ms next page`);
  return { label, sizes, pages: byMethod[methods[0]], byMethod, hundred, html };
}

async function main() {
  fs.mkdirSync(OUT, { recursive: true });
  log('the server and the demo backend');
  buildRust();
  const builds = [build(null)];
  if (baseline) builds.unshift(build(baseline));
  const results = [];
  let port = 18180;
  for (const b of builds) results.push(await measure(b, port++));
  let md = markdown(results, methods, runs);
  if (!args.includes('--no-load')) {
    log('the server under load (wrk)');
    const load = await loadTest({ dist: builds.at(-1).dist });
    results.at(-1).load = load;
    md += `\n\n${loadMarkdown(load)}`;
    log('two copies of the server behind nginx, one killed');
    const peers = await peersTest({ dist: builds.at(-1).dist });
    results.at(-1).peers = peers;
    md += `\n\n${peersMarkdown(peers)}`;
    log('the sitemaps of 200,000 articles');
    const sitemaps = await sitemapsTest({ dist: builds.at(-1).dist });
    results.at(-1).sitemaps = sitemaps;
    md += `\n\n${sitemapsMarkdown(sitemaps)}`;
  }
  const name = results.map((r) => r.label.replace(/[^\w.-]/g, '_')).join('-vs-');
  fs.writeFileSync(path.join(OUT, `${name}.json`), JSON.stringify({ date: new Date().toISOString(), runs, results }, null, 2));
  fs.writeFileSync(path.join(OUT, `${name}.md`), md + '\n');
  console.log(md);
  log(`wrote bench/results/${name}.json and .md`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
