// Shared by the end-to-end specs: ports, the seed article, fault injection,
// starting and stopping extra backends, and a `test` whose pages fail on any
// panic or uncaught error. Page objects are in ./pages/.
import { test as base, expect } from '@playwright/test';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { xtask } from '../../scripts/build/rust.mjs';
import { ROOT, SEED, SEED_PATH } from '../../scripts/lib/seed.mjs';
import { statusOf, waitForDown, waitForUrl } from '../../scripts/lib/wait.mjs';

export { CHROMIUM_ARGS, CHROME_PATH } from '../../scripts/lib/chromium.mjs';
export { ROOT, SEED, SEED_PATH };

export const PORTS = {
  site: 18080,
  api: 18081,
  server: 18083,
  // The server as `./tasks serve` runs it: public/config.json (the API on
  // the portal's own origin, /api/ passed on to the demo backend).
  served: 18087,
  wordpressSite: 18090,
  wordpressServer: 18093,
  // scripts/nginx/setup.sh's sites, and the server behind the second.
  nginxStatic: 18100,
  nginxServer: 18101,
  nginxUpstream: 18102,
  nginxUpstream2: 18103,
  // scripts/nginx/setup.sh's third site: the server recipe in front of the
  // server on the test WordPress (wordpressServer).
  nginxWordpress: 18104,
};
export const API = `http://127.0.0.1:${PORTS.api}`;

/** The demo backend, built with the server (`./tasks` builds both in the
 * server profile: they share their dependencies). */
export function backendBin(root = ROOT) {
  return process.env.TINTUC_BACKEND || path.join(root, 'target/server/demo-backend');
}

/** The headers every server must send for the build in `dist` with
 * `config` (a file): what tintuc-headers, the one implementation, writes (xtask headers)
 * for nginx, read back from its files. `{ reader, embed, headers }`, the
 * last `{ name: value }` of what every answer carries. */
export function expectedHeaders(dist, config) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tintuc-headers-'));
  fs.copyFileSync(path.join(dist, 'index.html'), path.join(dir, 'index.html'));
  fs.mkdirSync(path.join(dir, 'tin-nhung'));
  fs.copyFileSync(path.join(dist, 'tin-nhung/index.html'), path.join(dir, 'tin-nhung/index.html'));
  xtask(['headers', dir, '--config', config]);
  const out = headersIn(path.join(dir, 'nginx'));
  fs.rmSync(dir, { recursive: true, force: true });
  return out;
}

/** The headers in a build's nginx includes (DIST/nginx/), as above. */
export function headersIn(dir) {
  const lines = (f) => [...fs.readFileSync(path.join(dir, f), 'utf8').matchAll(/^add_header ([\w-]+) "(.*)" always;$/gm)];
  const csp = (f) => lines(f)[0][2];
  return { reader: csp('reader.conf'), embed: csp('embed.conf'), headers: Object.fromEntries(lines('headers.conf').map((m) => [m[1].toLowerCase(), m[2]])) };
}

/** The server, as built for the tests (its speed is tested: the
 * `server` profile, optimised). */
export function serverBin(root = ROOT) {
  return process.env.TINTUC_SERVER || path.join(root, 'target/server/tintuc-server');
}

/** Installs fault rules on the API server (see demo-backend/src/faults.rs). */
export async function faults(rules, api = API) {
  const r = await fetch(`${api}/__control/faults`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ rules }),
  });
  if (r.status !== 204) throw new Error(`fault install failed: ${r.status} ${await r.text()}`);
}

/** Matches the backend request for the article `slug` (any article
 * without one), not its other news. */
export const articleRequest =
  (slug = '') =>
  (u) =>
    u.pathname.startsWith(`/api/articles/${slug}`) && !u.pathname.endsWith('/other');

/** Holds the page's requests that `match` (a URL), the first `times` of
 * them, until `release()`: whatever the machine's speed, what the page
 * shows meanwhile is what it shows without those answers. `asked()`: how
 * many were held. A request the page aborts meanwhile just ends. */
export async function holdRequests(page, match, { times = Infinity } = {}) {
  let release;
  const gate = new Promise((r) => (release = r));
  let asked = 0;
  await page.route(match, async (route) => {
    if (asked >= times) return route.continue().catch(() => {});
    asked += 1;
    await gate;
    await route.continue().catch(() => {});
  });
  return { release, asked: () => asked };
}

export async function clearFaults(api = API) {
  await fetch(`${api}/__control/faults`, { method: 'DELETE' });
}

/** Starts a demo backend; resolves once it answers `probe`. */
export async function startBackend(args, probe) {
  // A leftover server on the port would answer in its place.
  if ((await statusOf(probe)) !== 0) throw new Error(`${probe} answers before the backend started: a stale server holds the port`);
  const child = spawn(backendBin(ROOT), args, { cwd: ROOT, stdio: 'ignore' });
  await waitForUrl(probe);
  return child;
}

/** The release build the tests serve (playwright.config.mjs's). */
export const DIST = process.env.TINTUC_DIST || path.join(ROOT, 'target/dist-e2e');

/** Starts a tintuc-server of its own on `port` (the build above, the
 * server tests' config, `args` after); resolves once it answers. Stop it
 * with stopBackend(child, its probe). */
export async function startServer(port, args = []) {
  const probe = `http://127.0.0.1:${port}/config.json`;
  if ((await statusOf(probe)) !== 0) throw new Error(`${probe} answers before the server started: a stale server holds the port`);
  const argv = ['--dist', DIST, '--config', 'tests/e2e/config.server.json', '--port', String(port), ...args];
  const child = spawn(serverBin(ROOT), argv, { cwd: ROOT, stdio: 'ignore' });
  await waitForUrl(probe);
  return { child, probe };
}

export async function stopBackend(child, probe) {
  child.kill('SIGKILL');
  await waitForDown(probe, { timeout: 10_000 });
}

/** Content-Security-Policy violations and Permissions-Policy complaints
 * on `page` and in its frames, as they happen: each `securitypolicyviolation`
 * event, and Chromium's own console messages about either header. */
export async function watchPolicies(page) {
  const seen = [];
  page.on('console', (m) => {
    if (/Content Security Policy|Permissions[- ]Policy|^csp-violation /i.test(m.text())) seen.push(m.text());
  });
  await page.addInitScript(() =>
    document.addEventListener(
      'securitypolicyviolation',
      (e) => console.error(`csp-violation ${e.effectiveDirective} ${e.blockedURI || 'inline'} on ${location.href}`),
      true,
    ),
  );
  return seen;
}

/** `test` with a page that records console errors; a panic, an uncaught
 * error or a security-policy violation (every page is served with its
 * Content-Security-Policy) fails the test that caused it. A test that means
 * to trip a policy names what it expects: `test.use({ allowPolicy: [/frame-ancestors/] })`. */
export const test = base.extend({
  allowPolicy: [[], { option: true }],
  page: async ({ page, allowPolicy }, use, testInfo) => {
    const problems = [];
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    page.on('console', (m) => {
      if (/panicked at|unreachable|RuntimeError/.test(m.text())) problems.push(`console: ${m.text()}`);
    });
    const policy = await watchPolicies(page);
    await clearFaults();
    await use(page);
    await clearFaults();
    expect(problems, `${testInfo.title}: the page must never panic`).toEqual([]);
    const unexpected = policy.filter((m) => !allowPolicy.some((re) => re.test(m)));
    expect(unexpected, `${testInfo.title}: no Content-Security-Policy violation`).toEqual([]);
  },
});

export { expect };
