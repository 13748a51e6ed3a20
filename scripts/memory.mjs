// Memory benchmark (not a test): 300 client-side navigations between list
// and article pages of the release build in headless Chromium; reports the
// WASM linear memory and the JS heap (after a forced GC) every 50.
//
//   ./tasks memory [--navigations N]
import fs from 'node:fs';
import path from 'node:path';
import { spawn, execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { launchOptions } from './lib/chromium.mjs';
import { waitForUrl } from './lib/wait.mjs';
import { reader } from '../tests/e2e/pages/index.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const total = Number(args.includes('--navigations') ? args[args.indexOf('--navigations') + 1] : 300);
const PORT = 18290;
const dist = path.join(ROOT, 'bench/build/memory');

const log = (...m) => console.error('[memory]', ...m);
const run = (cmd, argv) => execFileSync(cmd, argv, { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] });


async function main() {
  log('building the release and the demo backend');
  run('node', ['scripts/build.mjs', '--dist', dist]);
  const server = spawn(path.join(ROOT, 'target/server/demo-backend'), ['--port', String(PORT), '--static', dist], { stdio: 'ignore' });
  await waitForUrl(`http://127.0.0.1:${PORT}/api/categories`);
  const browser = await chromium.launch(launchOptions(['--enable-precise-memory-info']));
  const rows = [];
  try {
    // The portal's readers: a Vietnamese browser (the list's heading is waited for by name).
    const page = await browser.newPage({ viewport: { width: 390, height: 844 }, locale: 'vi-VN' });
    const { list, article } = reader(page);
    await page.addInitScript(() => addEventListener('TrunkApplicationStarted', (e) => (window.__wasmMemory = e.detail.wasm.memory)));
    const cdp = await page.context().newCDPSession(page);
    const sample = async (n) => {
      await cdp.send('HeapProfiler.collectGarbage');
      const heap = (await cdp.send('Runtime.getHeapUsage')).usedSize;
      const wasm = await page.evaluate(() => window.__wasmMemory.buffer.byteLength);
      const dom = await page.evaluate(() => document.getElementsByTagName('*').length);
      rows.push({ navigations: n, wasm_bytes: wasm, js_heap_bytes: heap, dom_nodes: dom });
      log(`${n} navigations: wasm ${(wasm / 1048576).toFixed(2)} MiB, js heap ${(heap / 1048576).toFixed(2)} MiB, ${dom} DOM nodes`);
    };
    await page.goto(`http://127.0.0.1:${PORT}/`);
    await list.cards.first().waitFor();
    await sample(0);
    let n = 0;
    let listPage = 1;
    let card = 0;
    while (n < total) {
      // List → article (a different one each time) → back to the list.
      const links = list.titles;
      const count = await links.count();
      const title = (await links.nth(card % count).textContent()).trim();
      await links.nth(card % count).click();
      await article.title.filter({ hasText: title.slice(0, 30) }).waitFor();
      await article.otherLinks.first().waitFor();
      n++;
      await page.goBack();
      await list.heading.filter({ hasText: 'Tin mới nhất' }).waitFor();
      n++;
      card++;
      if (card % count === 0) {
        // On to the next page of the list, or back to the first from the
        // last (client-side navigations too).
        const next = list.nextPage;
        if (await next.count()) {
          await next.click();
          listPage++;
        } else {
          await list.goHome();
          listPage = 1;
        }
        await page.waitForURL((u) => (listPage === 1 ? !u.search : u.search === `?page=${listPage}`));
        await list.cards.first().waitFor();
        n++;
      }
      if (n % 50 === 0 || (n > rows.at(-1).navigations + 50)) await sample(n);
    }
    if (rows.at(-1).navigations !== n) await sample(n);
  } finally {
    await browser.close();
    server.kill();
  }
  const warm = rows.find((r) => r.navigations >= 100) || rows[0];
  const last = rows.at(-1);
  const md = [
    `| navigations | WASM memory | JS heap (after GC) | DOM nodes |`,
    `|---:|---:|---:|---:|`,
    ...rows.map((r) => `| ${r.navigations} | ${(r.wasm_bytes / 1048576).toFixed(2)} MiB | ${(r.js_heap_bytes / 1048576).toFixed(2)} MiB | ${r.dom_nodes} |`),
    '',
    `Growth after warm-up (${warm.navigations} → ${last.navigations} navigations): WASM ${((last.wasm_bytes - warm.wasm_bytes) / 1024).toFixed(0)} KiB, JS heap ${((last.js_heap_bytes - warm.js_heap_bytes) / 1024).toFixed(0)} KiB.`,
  ].join('\n');
  fs.mkdirSync(path.join(ROOT, 'bench/results'), { recursive: true });
  fs.writeFileSync(path.join(ROOT, 'bench/results/memory.json'), JSON.stringify({ date: new Date().toISOString(), rows }, null, 2));
  fs.writeFileSync(path.join(ROOT, 'bench/results/memory.md'), md + '\n');
  console.log(md);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
