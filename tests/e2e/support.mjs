// Shared by the end-to-end specs: ports, the seed article, fault injection,
// and a `test` whose pages fail on any panic or uncaught error.
import { test as base, expect } from '@playwright/test';
import { spawn } from 'node:child_process';
import path from 'node:path';
import fs from 'node:fs';

export const PORTS = { site: 18080, api: 18081, server: 18083, wordpressSite: 18090 };
export const API = `http://127.0.0.1:${PORTS.api}`;

export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run',
];

export function backendBin(root) {
  return process.env.TINTUC_BACKEND || path.join(root, 'target/debug/demo-backend');
}

/** The server, as built for the tests (release: its speed is tested). */
export function serverBin(root) {
  return process.env.TINTUC_SERVER || path.join(root, 'target/server/tintuc-server');
}

const here = path.dirname(new URL(import.meta.url).pathname);
export const ROOT = path.resolve(here, '../..');
const reference = fs.readFileSync(path.join(ROOT, 'tests/fixtures/seed-article.txt'), 'utf8').split('\n');

export const SEED = {
  slug: 'quan-hoan-kiem-tong-ket-chuong-trinh-phoi-hop-hoat-dong-nam-2020-va-ky-ket-chuong-trinh-phoi-hop-hoat-dong-trong-tam-nam-2021',
  title: reference[0],
  time: reference[2],
  paragraphs: [reference[3], reference[4], reference[8], reference[11]],
  captions: [reference[6], reference[10]],
  byline: reference[12].trim(),
  otherNewsHeading: reference[14],
  menuLabel: reference[15],
  otherTitle: reference[16],
  category: { slug: 'hoat-dong-mat-tran', name: 'Hoạt động Mặt trận' },
};
export const SEED_PATH = `/tin-tuc/${SEED.slug}`;

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
  const busy = await fetch(probe).then(() => true, () => false);
  if (busy) throw new Error(`${probe} answers before the backend started: a stale server holds the port`);
  const child = spawn(backendBin(ROOT), args, { cwd: ROOT, stdio: 'ignore' });
  await expect
    .poll(async () => {
      try {
        return (await fetch(probe)).status;
      } catch {
        return 0;
      }
    }, { timeout: 20_000 })
    .toBe(200);
  return child;
}

export async function stopBackend(child, probe) {
  child.kill('SIGKILL');
  await expect
    .poll(async () => {
      try {
        await fetch(probe);
        return 'up';
      } catch {
        return 'down';
      }
    })
    .toBe('down');
}

/** `test` with a page that records console errors; a panic or an uncaught
 * error fails the test that caused it. */
export const test = base.extend({
  page: async ({ page }, use, testInfo) => {
    const problems = [];
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    page.on('console', (m) => { if (process.env.DBG) console.log(m.text());
      if (/panicked at|unreachable|RuntimeError/.test(m.text())) problems.push(`console: ${m.text()}`);
    });
    await clearFaults();
    await use(page);
    await clearFaults();
    expect(problems, `${testInfo.title}: the page must never panic`).toEqual([]);
  },
});

export { expect };
