// A fatal error in the WASM must never leave the reader at an endless
// "Đang tải…": web/boot.js replaces the page with a message and a reload
// button. And the article body that used to make the sanitizer trap (DOM
// clobbering: form controls named after the properties the walk reads) now
// renders like any other.
import { test as plain } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import { test, expect, faults, clearFaults, ROOT, SEED, SEED_PATH } from './support.mjs';

const ARTICLE = `/api/articles/${SEED.slug}`;
const seed = JSON.parse(fs.readFileSync(path.join(ROOT, `data/articles/${SEED.slug}.json`), 'utf8'));
const CLOBBER = ['nodeType', 'firstChild', 'nextSibling', 'textContent', 'namespaceURI', 'localName', 'attributes', 'parentNode', 'body']
  .map((n) => `<form><input name="${n}"><img name="${n}"></form><img name="${n}" src="/media/x.jpg">`)
  .join('');

test('a body whose form controls clobber DOM properties renders, without a trap', async ({ page }) => {
  const body_html = `<p>Trước biểu mẫu.</p>${CLOBBER}<p>Sau biểu mẫu.</p>`;
  await faults([{ path: ARTICLE, action: { kind: 'body', body: JSON.stringify({ ...seed, body_html }) } }]);
  await page.goto(SEED_PATH);
  await expect(page.locator('h1')).toHaveText(SEED.title);
  await expect(page.locator('.tt-body')).toContainText('Trước biểu mẫu.');
  await expect(page.locator('.tt-body')).toContainText('Sau biểu mẫu.');
  await expect(page.locator('.tt-body form, .tt-body input')).toHaveCount(0);
});

// Not the panic-watching `test`: this one traps on purpose.
plain('after a WASM trap the page says so, and its button reloads a working page', async ({ page }) => {
  await clearFaults();
  // The app's own exports, as Trunk's loader announces them.
  await page.addInitScript(() => addEventListener('TrunkApplicationStarted', (e) => (window.__ttWasm = e.detail.wasm)));
  await page.goto(SEED_PATH);
  await expect(page.locator('h1')).toHaveText(SEED.title);
  // A real trap: the allocator asked for more than wasm32 can hold aborts
  // (panic = "abort": `unreachable`), from a task as the app's own code runs.
  await page.evaluate(() => setTimeout(() => window.__ttWasm.__wbindgen_malloc(0xfffffff0, 1)));
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Rất tiếc, trang gặp lỗi và không thể tiếp tục.');
  await expect(page.locator('h1')).toHaveCount(0);
  await page.getByRole('button', { name: 'Tải lại trang' }).click();
  await expect(page.locator('h1')).toHaveText(SEED.title);
  await expect(alert).toHaveCount(0);
});

plain("a partner script's ordinary error leaves the page alone", async ({ page }) => {
  await clearFaults();
  await page.goto(SEED_PATH);
  await expect(page.locator('h1')).toHaveText(SEED.title);
  // The page's own listeners (web/boot.js) run before these, added later:
  // once these have seen both, the page has had its say.
  await page.evaluate(() => {
    window.__seen = [];
    addEventListener('error', (e) => (window.__seen.push('error'), e.preventDefault()));
    addEventListener('unhandledrejection', (e) => (window.__seen.push('rejection'), e.preventDefault()));
    setTimeout(() => {
      throw new TypeError('partner widget failed');
    });
    Promise.reject(new Error('partner request failed'));
  });
  await page.waitForFunction(() => window.__seen.length === 2);
  await expect(page.locator('h1')).toHaveText(SEED.title);
  await expect(page.getByText('Rất tiếc')).toHaveCount(0);
});
