// End-to-end tests: the release build and the demo backend, in Debian's
// Chromium. The client is served from one origin and the API from another,
// as a CDN-hosted deployment would be.
import { defineConfig } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { CHROMIUM_ARGS, CHROME_PATH, PORTS, backendBin, serverBin } from './support.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const dist = process.env.TINTUC_DIST || path.join(root, 'target/dist-e2e');

export default defineConfig({
  testDir: '.',
  outputDir: path.join(root, 'target/e2e-results'),
  timeout: 60_000,
  expect: { timeout: 10_000 },
  // One worker: tests share the fault-injecting backend.
  workers: 1,
  fullyParallel: false,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORTS.site}`,
    // The portal's readers: a Vietnamese browser (English is tested by choice).
    locale: 'vi-VN',
    launchOptions: { executablePath: CHROME_PATH, args: CHROMIUM_ARGS },
    screenshot: 'only-on-failure',
    // The service worker (offline reading) is off, so what the specs test is
    // the network's: offline.spec.mjs turns it on (and tests the portal with
    // it and without). A blocked registration is how a browser without
    // service workers behaves.
    serviceWorkers: 'block',
  },
  // `./tasks e2e` runs the demo projects, `./tasks nginx` nginx's (the
  // build through deploy/nginx/'s recipes, which scripts/nginx/setup.sh
  // serves), `./tasks wordpress` the others: the static build, the
  // reader's journeys again through the server, and the partner widget.
  projects: [
    { name: 'demo', testIgnore: /(wordpress|nginx|reach|purge)\.spec\.mjs$/ },
    {
      name: 'demo-server',
      testMatch: /(journey|reader|reading|topics|front|offline)\.spec\.mjs$/,
      use: { baseURL: `http://127.0.0.1:${PORTS.server}` },
    },
    // Partner widgets of a portal served as `./tasks serve` serves it.
    { name: 'demo-served', testMatch: /(widgets|reach)\.spec\.mjs$/, use: { portalName: 'served' } },
    { name: 'nginx', testMatch: /nginx\.spec\.mjs$/, use: { baseURL: `http://127.0.0.1:${PORTS.nginxStatic}` } },
    // The reader on the real WordPress, and the partner widget's tests
    // again for a portal on it (widgets.spec.mjs's option `backend`).
    { name: 'wordpress', testMatch: /(wordpress|widgets)\.spec\.mjs$/, use: { portalName: 'wordpress' } },
    {
      name: 'wordpress-server',
      testMatch: /(wordpress|reach|purge)\.spec\.mjs$/,
      use: { baseURL: `http://127.0.0.1:${PORTS.wordpressServer}` },
    },
  ],
  webServer: [
    {
      command: `${backendBin(root)} --port ${PORTS.api} --faults`,
      url: `http://127.0.0.1:${PORTS.api}/api/categories`,
      cwd: root,
      reuseExistingServer: false,
      stdout: 'ignore',
    },
    {
      command: `${backendBin(root)} --no-api --port ${PORTS.site} --static ${dist} --config tests/e2e/config.e2e.json`,
      url: `http://127.0.0.1:${PORTS.site}/config.json`,
      cwd: root,
      reuseExistingServer: false,
      stdout: 'ignore',
    },
    // The server (tintuc-server) rendering every page from the same backend,
    // with no cache of answers (faults must reach it at once).
    {
      command: `${serverBin(root)} --dist ${dist} --config tests/e2e/config.server.json --port ${PORTS.server} --site-url http://127.0.0.1:${PORTS.server} --no-cache`,
      url: `http://127.0.0.1:${PORTS.server}/config.json`,
      cwd: root,
      reuseExistingServer: false,
      stdout: 'ignore',
    },
    // The server as the README's `./tasks serve` ships it: the same
    // config.json, /api/ and /media/ passed on to the demo backend.
    {
      command: `${serverBin(root)} --dist ${dist} --config public/config.json --port ${PORTS.served} --backend http://127.0.0.1:${PORTS.api}`,
      url: `http://127.0.0.1:${PORTS.served}/config.json`,
      cwd: root,
      reuseExistingServer: false,
      stdout: 'ignore',
    },
    // The server in front of the real WordPress.
    {
      // Its purge secret is the one scripts/wordpress/setup.sh gives the
      // purge plugin.
      command: `${serverBin(root)} --dist ${dist} --config tests/e2e/config.wordpress.json --port ${PORTS.wordpressServer} --site-url http://127.0.0.1:${PORTS.wordpressServer} --purge-secret-file tests/fixtures/purge-secret.txt`,
      url: `http://127.0.0.1:${PORTS.wordpressServer}/config.json`,
      cwd: root,
      reuseExistingServer: false,
      stdout: 'ignore',
    },
    // The same release build, pointed at the real WordPress that
    // scripts/wordpress/setup.sh runs on 127.0.0.1:18400.
    {
      command: `${backendBin(root)} --no-api --port ${PORTS.wordpressSite} --static ${dist} --config tests/e2e/config.wordpress.json`,
      url: `http://127.0.0.1:${PORTS.wordpressSite}/config.json`,
      cwd: root,
      reuseExistingServer: false,
      stdout: 'ignore',
    },
  ],
});
