// Shared by the end-to-end specs: ports, the seed article, fault injection,
// starting and stopping extra backends, and a `test` whose pages fail on any
// panic or uncaught error. Page objects are in ./pages/.
import { test as base, expect } from '@playwright/test';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { ROOT, SEED, SEED_PATH } from '../../scripts/lib/seed.mjs';
import { statusOf, waitForDown, waitForUrl } from '../../scripts/lib/wait.mjs';

export { CHROMIUM_ARGS, CHROME_PATH } from '../../scripts/lib/chromium.mjs';
export { ROOT, SEED, SEED_PATH };

export const PORTS = {
  site: 18080,
  api: 18081,
  server: 18083,
  wordpressSite: 18090,
  wordpressServer: 18093,
  // scripts/nginx/setup.sh's sites, and the server behind the second.
  nginxStatic: 18100,
  nginxServer: 18101,
  nginxUpstream: 18102,
};
export const API = `http://127.0.0.1:${PORTS.api}`;

export function backendBin(root = ROOT) {
  return process.env.TINTUC_BACKEND || path.join(root, 'target/debug/demo-backend');
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
