// web/boot.js as the build bundles it (with its facts), run in Node: for
// every address, the boot script asks early for exactly what the route
// model says the app will ask for first (asked of the Rust side itself:
// `xtask needs`). `node --test tests/js/` (after `node scripts/build.mjs --facts`).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import vm from 'node:vm';
import { MAX_BODY_BYTES } from '../../target/gen/facts.js';
import { bootScript } from '../../scripts/build/web.mjs';
import { xtask } from '../../scripts/build/rust.mjs';

const boot = bootScript(null);
const CONFIG = { api_base: '/api/', page_size: 10, other_news_limit: 8, other_news_scope: 'category' };
/** Addresses of every kind, with odd params, encodings and lengths. */
const LOCATIONS = [
  '/',
  '/?page=3',
  '/?page=abc',
  '/danh-muc/thong-bao',
  '/danh-muc/thong-bao/?x=1&page=2',
  '/danh-muc/ho%C3%A0n%20ki%E1%BA%BFm',
  '/tin-tuc/a%2Fb',
  '/tin-tuc/quan-hoan-kiem',
  '/tim-kiem?q=h%C3%A0+n%E1%BB%99i',
  '/tim-kiem?q=%20x%20&page=2',
  '/tim-kiem?q=',
  '/nhung',
  '/bai-da-luu',
  '/tin-tuc/',
  '/khac/x',
  '/tim-kiem?q=%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0',
  '/tin-tuc/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',
  '/tin-tuc/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa'
];

/** The route model's first requests at each of `locations` under `config`. */
function modelNeeds(config, locations) {
  return JSON.parse(xtask(['needs', JSON.stringify(config), ...locations]));
}
const table = { config: CONFIG, cases: modelNeeds(CONFIG, LOCATIONS).map((urls, i) => ({ location: LOCATIONS[i], urls })) };

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

test("boot.js reads the config's limits and choices as the app does", async () => {
  // Another host, another page size, a limit past its cap, the other scope,
  // and defaults where the config says nothing.
  for (const config of [
    { api_base: 'https://api.example/v1', page_size: 25, other_news_limit: 99, other_news_scope: 'latest' },
    { api_base: '/api/', other_news_limit: 0 },
  ]) {
    const at = ['/', '/danh-muc/x?page=2', '/tin-tuc/y', '/tim-kiem?q=z'];
    const want = modelNeeds(config, at);
    for (const [i, location] of at.entries()) assert.deepEqual(await earlyRequests(location, config), want[i], `${location} ${JSON.stringify(config)}`);
  }
});

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

test(`boot.js stops reading an early answer past the app's cap (${MAX_BODY_BYTES} bytes), whatever its length says`, async () => {
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
  // (Without the cap the whole stream is read: it ends after 64 MiB.)
  const answer = await early;
  assert.equal(typeof answer, 'object', String(answer));
  assert.equal(answer.status, 200);
  assert.equal(answer.big, true, 'marked too large: the app reports it without asking again');
  assert.equal(answer.text, undefined);
  assert.ok(cancelled, 'the body is cancelled');
  // (The stream runs ahead of its reader; read to its end, it is pulled 65 times.)
  assert.ok(pulled <= 64, `read all ${pulled - 1} MiB`);
});

test('boot.js asks nothing when the server rendered the page (its data is in it)', async () => {
  assert.deepEqual(await earlyRequests('/tin-tuc/x', table.config, true), []);
});

test('boot.js replaces the page after a WASM trap, and only after one', () => {
  const listeners = {};
  const button = { onclick: null, textContent: '' };
  const p = { textContent: '' };
  const body = { innerHTML: 'Đang tải…', querySelector: (sel) => (sel === 'p' ? p : button) };
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
  assert.match(body.innerHTML, /role="alert"/);
  assert.match(p.textContent, /gặp lỗi/);
  assert.equal(button.textContent, 'Tải lại trang');
  button.onclick();
  assert.equal(reloaded, 1);
});
