// The shell side of the tasks, with fake system commands first on PATH: who
// may install Debian packages, and what a user who may not is told.
// `node --test tests/js/` (part of `./tasks lint`). Nothing is installed:
// the fake apt-get only records that it was called.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const articleFiles = fs.readdirSync(path.join(root, 'data/articles')).filter((f) => f.endsWith('.json'));
const articles = articleFiles.length;
/** The demo newsroom's distinct topics (tags). */
const topics = new Set(
  articleFiles.flatMap((f) => (JSON.parse(fs.readFileSync(path.join(root, 'data/articles', f), 'utf8')).tags ?? []).map((t) => t.slug)),
).size;

/** A directory of fake commands; `uid` is what `id -u` says. */
function fakes({ uid, missingDebs = [], wordpress = null }) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tintuc-fakes-'));
  const write = (name, body) => fs.writeFileSync(path.join(dir, name), `#!/bin/sh\n${body}\n`, { mode: 0o755 });
  write('id', `[ "$1" = -u ] && { echo ${uid}; exit 0; }; exec /usr/bin/id "$@"`);
  write('apt-get', `echo "apt-get $*" >> "${dir}/apt.log"; exit 0`);
  write('chromium', 'echo "Chromium 1.0"');
  write('chromedriver', 'echo "ChromeDriver 1.0"');
  // dpkg-query -W -f='${Status}' PKG
  write('dpkg-query', `for p in ${missingDebs.join(' ')}; do [ "$3" = "$p" ] && exit 1; done; printf 'install ok installed'`);
  // The seed's slug, or (asked with data/articles) how many topics it has.
  write('php', `case "$*" in *data/articles*) echo ${topics} ;; *) echo seed-slug ;; esac`);
  if (wordpress === null) write('curl', 'exit 7');
  else {
    write('curl', `case "$*" in
  *" -D "*tags*) printf 'HTTP/1.1 200 OK\\r\\nX-WP-Total: ${wordpress.tags ?? topics}\\r\\n\\r\\n' ;;
  *" -D "*) printf 'HTTP/1.1 200 OK\\r\\nX-WP-Total: ${wordpress.total}\\r\\n\\r\\n' ;;
  *slug=seed-slug*) printf '${wordpress.seed ? '[{"id":7}]' : '[]'}' ;;
  *) exit 7 ;;
esac`);
  }
  return dir;
}

function run(cmd, args, dir, env = {}) {
  const r = spawnSync(cmd, args, {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, PATH: `${dir}:${process.env.PATH}`, CHROME_PATH: path.join(dir, 'chromium'), CHROMEDRIVER: path.join(dir, 'chromedriver'), ...env },
  });
  const apt = fs.existsSync(path.join(dir, 'apt.log')) ? fs.readFileSync(path.join(dir, 'apt.log'), 'utf8') : '';
  return { code: r.status, err: r.stderr, out: r.stdout, apt };
}

const installTools = (dir, parts, env) => run('bash', [path.join(root, 'scripts/install-tools.sh'), ...parts], dir, env);
const gone = { CHROME_PATH: '/nonexistent/chromium', CHROMEDRIVER: '/nonexistent/chromedriver' };

test('not root, Chromium missing: names the packages and the command, installs nothing, fails', () => {
  const r = installTools(fakes({ uid: 1000 }), ['browser'], gone);
  assert.equal(r.code, 1);
  assert.match(r.err, /missing Debian packages: chromium chromium-driver/);
  assert.match(r.err, /sudo \.\/tasks setup --system/);
  assert.match(r.err, /sudo apt-get install --no-install-recommends chromium chromium-driver/);
  assert.equal(r.apt, '');
});

test('not root, everything there: nothing to do', () => {
  const r = installTools(fakes({ uid: 1000 }), ['browser', 'compress']);
  assert.equal(r.code, 0, r.err);
  assert.match(r.err, /ready \(browser compress\): Chromium 1\.0/);
  assert.equal(r.apt, '');
});

test('root (CI on a fresh machine): installs what is missing with apt-get', () => {
  const r = installTools(fakes({ uid: 0 }), ['browser'], gone);
  assert.equal(r.code, 0, r.err);
  assert.match(r.apt, /apt-get update/);
  assert.match(r.apt, /apt-get install -y -qq --no-install-recommends chromium chromium-driver/);
});

test('an unknown part is refused', () => {
  const r = installTools(fakes({ uid: 1000 }), ['browsers']);
  assert.equal(r.code, 2);
  assert.match(r.err, /unknown part 'browsers'/);
});

const wordpressSetup = (dir) => run('bash', [path.join(root, 'scripts/wordpress/setup.sh')], dir);

test("WordPress, not root, packages missing: names them and the command, fails", () => {
  const r = wordpressSetup(fakes({ uid: 1000, missingDebs: ['mariadb-server', 'php-fpm'] }));
  assert.equal(r.code, 1);
  assert.match(r.err, /missing Debian packages: php-fpm mariadb-server/);
  assert.match(r.err, /sudo \.\/tasks setup --system/);
  assert.equal(r.apt, '');
});

test('WordPress, not root, installed but not running: says that starting it needs root, fails', () => {
  const r = wordpressSetup(fakes({ uid: 1000 }));
  assert.equal(r.code, 1);
  assert.match(r.err, /does not answer/);
  assert.match(r.err, /sudo bash scripts\/wordpress\/setup\.sh/);
});

test('WordPress, not root, running with another newsroom: fails', () => {
  const r = wordpressSetup(fakes({ uid: 1000, wordpress: { total: articles - 1, seed: true } }));
  assert.equal(r.code, 1);
  assert.match(r.err, new RegExp(`has ${articles - 1} posts, not the ${articles} of data/`));
});

test('WordPress, not root, seeded before the topics: fails, naming the tags', () => {
  const r = wordpressSetup(fakes({ uid: 1000, wordpress: { total: articles, seed: true, tags: 0 } }));
  assert.equal(r.code, 1);
  assert.match(r.err, new RegExp(`has 0 tags, not the ${topics} topics of data/`));
});

test('WordPress, not root, running and seeded: goes on without changing anything', () => {
  const r = wordpressSetup(fakes({ uid: 1000, wordpress: { total: articles, seed: true } }));
  assert.equal(r.code, 0, r.err);
  assert.match(r.out, /wordpress ready/);
  assert.equal(r.apt, '');
});

const nginxSetup = (dir, ...args) => run('bash', [path.join(root, 'scripts/nginx/setup.sh'), ...args], dir);

test("nginx, not root, the brotli module missing: names it and the command, installs nothing, fails", () => {
  const r = nginxSetup(fakes({ uid: 1000, missingDebs: ['libnginx-mod-http-brotli-static'] }));
  assert.equal(r.code, 1);
  assert.match(r.err, /missing Debian packages: libnginx-mod-http-brotli-static/);
  assert.match(r.err, /sudo bash scripts\/nginx\/setup\.sh/);
  assert.equal(r.apt, '');
});

test('nginx, root, packages missing: installs them with apt-get (--install-only stops there)', () => {
  const r = nginxSetup(fakes({ uid: 0, missingDebs: ['nginx', 'libnginx-mod-http-brotli-static'] }), '--install-only');
  assert.equal(r.code, 0, r.err);
  assert.match(r.apt, /apt-get install -y -qq --no-install-recommends nginx libnginx-mod-http-brotli-static/);
});

test('./tasks: help lists every task; an unknown one fails; setup --system wants root', () => {
  const dir = fakes({ uid: 1000 });
  const help = run(path.join(root, 'tasks'), ['help'], dir);
  assert.equal(help.code, 0);
  for (const t of ['serve', 'test', 'lint', 'unit', 'wasm', 'build', 'e2e', 'nginx', 'wordpress', 'csp', 'bench', 'memory', 'setup']) {
    assert.match(help.out, new RegExp(`^ +${t}\\b`, 'm'), t);
  }
  assert.equal(run(path.join(root, 'tasks'), ['nope'], dir).code, 2);
  const system = run(path.join(root, 'tasks'), ['setup', '--system'], dir);
  assert.equal(system.code, 1);
  assert.match(system.err, /run it as root/);
  assert.equal(system.apt, '');
});
