// web/boot.js, run in Node against the route model's table
// (tests/fixtures/routes.json, which tests/route.rs holds the Rust side to):
// for every address, the boot script asks early for exactly what the app
// will ask for first. `node --test tests/js/`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const boot = fs.readFileSync(path.join(root, 'web/boot.js'), 'utf8');
const table = JSON.parse(fs.readFileSync(path.join(root, 'tests/fixtures/routes.json'), 'utf8'));

/** Runs the boot script in a page at `location` whose `fetch` is `fetch`
 * (and that the server rendered, when `rendered`); resolves, once its
 * requests have settled, to the page's `window` and the script's context. */
async function runBoot(location, fetch, rendered = false) {
  const window = { addEventListener() {} };
  const context = vm.createContext({
    window,
    location: new URL(location, 'https://portal.example'),
    document: { documentElement: { dataset: {}, lang: 'vi' }, querySelector: (s) => (rendered && s.includes('tintuc-rendered') ? {} : null) },
    localStorage: { getItem: () => null },
    matchMedia: () => ({ matches: false }),
    fetch,
    AbortSignal: { timeout: () => undefined },
    URLSearchParams,
    TextEncoder,
    TextDecoder,
    Promise,
  });
  vm.runInContext(boot, context);
  // Let config.json's answer and the requests it starts settle.
  for (let i = 0; i < 10; i++) await new Promise((r) => setImmediate(r));
  return { window, context };
}

/** Runs the boot script at `location` with `config` as config.json; resolves
 * to the URLs it asked for besides config.json. */
async function earlyRequests(location, config, rendered = false) {
  const asked = [];
  const fetch = (u) => {
    asked.push(u);
    const text = u === '/config.json' ? JSON.stringify(config) : '{}';
    return Promise.resolve(new Response(text));
  };
  const { window, context } = await runBoot(location, fetch, rendered);
  assert.deepEqual(Object.keys(window.__tt.early), asked, 'each early answer is kept by its URL');
  assert.equal(context.document.documentElement.dataset.theme, 'light', 'the theme is applied either way');
  return asked.filter((u) => u !== '/config.json');
}

for (const { location, urls } of table.cases) {
  test(`boot.js asks early for what ${location.slice(0, 60)} needs`, async () => {
    assert.deepEqual(await earlyRequests(location, table.config), urls);
  });
}

test('boot.js asks nothing early of a WordPress backend or a broken config', async () => {
  assert.deepEqual(await earlyRequests('/', { ...table.config, backend: 'wordpress' }), []);
  assert.deepEqual(await earlyRequests('/', { api_base: 'ftp://x/' }), []);
  assert.deepEqual(await earlyRequests('/', { ...table.config, page_size: 0 }), []);
});

test('boot.js asks nothing early of an api_base that is another host', async () => {
  // As src/config.rs refuses them: `//host` and `/\\host` are other hosts
  // to the browser (tabs and newlines dropped, a backslash a slash).
  for (const api_base of ['//evil.example/api/', '/\\evil.example/api/', '/\t/evil.example/', ' //evil.example', 'https:///evil.example/', 'https://evil.example\\@x/', 'https://']) {
    assert.deepEqual(await earlyRequests('/', { ...table.config, api_base }), [], api_base);
  }
  assert.deepEqual(await earlyRequests('/', { ...table.config, api_base: '/api' }), ['/api/categories', '/api/articles?page=1&per_page=10']);
});

test('boot.js stops reading an early answer past 8 MiB, whatever its length says', async () => {
  // A chunked (or compressed) body has no Content-Length: this one is 64 MiB.
  let pulled = 0;
  let cancelled = false;
  const large = () =>
    new ReadableStream({
      pull(c) {
        pulled += 1;
        if (pulled > 64) c.close();
        else c.enqueue(new Uint8Array(1 << 20).fill(120));
      },
      cancel() {
        cancelled = true;
      },
    });
  const { window } = await runBoot('/', (u) =>
    Promise.resolve(u === '/config.json' ? new Response(JSON.stringify(table.config)) : new Response(large())),
  );
  const early = window.__tt.early['/api/categories'];
  assert.ok(early, 'asked early');
  const answer = await Promise.race([early, new Promise((r) => setTimeout(() => r('still reading after 2 s'), 2000))]);
  assert.equal(typeof answer, 'object', String(answer));
  assert.equal(answer.status, 200);
  assert.equal(answer.big, true, 'marked too large: the app reports it without asking again');
  assert.equal(answer.text, undefined);
  assert.ok(cancelled, 'the body is cancelled');
  // (The stream runs a little ahead of its reader.)
  assert.ok(pulled < 32, `read ${pulled} MiB of 64`);
});

test("boot.js's cap is the app's (MAX_BODY_BYTES)", () => {
  const rust = fs.readFileSync(path.join(root, 'src/api/transport/mod.rs'), 'utf8');
  const expr = rust.match(/pub const MAX_BODY_BYTES: u64 = ([0-9 *]+);/);
  assert.ok(expr, 'MAX_BODY_BYTES in src/api/transport/mod.rs');
  const bytes = expr[1].split('*').reduce((a, n) => a * Number(n.trim()), 1);
  assert.match(boot, new RegExp(`> ${bytes}\\)`));
});

test('boot.js asks nothing when the server rendered the page (its data is in it)', async () => {
  assert.deepEqual(await earlyRequests('/tin-tuc/x', table.config, true), []);
});

test('boot.js replaces the page after a WASM trap, and only after one', () => {
  const listeners = {};
  const button = { onclick: null };
  const body = { innerHTML: 'Đang tải…', querySelector: () => button };
  let reloaded = 0;
  class RuntimeError extends Error {}
  const context = vm.createContext({
    window: { addEventListener: (type, f) => (listeners[type] = f) },
    location: Object.assign(new URL('https://portal.example/'), { reload: () => (reloaded += 1) }),
    document: { documentElement: { dataset: {}, lang: 'vi' }, body, querySelector: () => null },
    localStorage: { getItem: () => null },
    matchMedia: () => ({ matches: false }),
    fetch: () => new Promise(() => {}),
    AbortSignal: { timeout: () => undefined },
    WebAssembly: { RuntimeError },
    URLSearchParams,
    TextEncoder,
    Promise,
  });
  vm.runInContext(boot, context);
  // A partner script's error, a rejected promise: nothing happens.
  listeners.error({ error: new TypeError('x is undefined') });
  listeners.unhandledrejection({ reason: new Error('network') });
  listeners.error({ error: null });
  assert.equal(body.innerHTML, 'Đang tải…');
  listeners.unhandledrejection({ reason: new RuntimeError('unreachable') });
  assert.match(body.innerHTML, /role="alert".*gặp lỗi.*Tải lại trang/);
  button.onclick();
  assert.equal(reloaded, 1);
});
