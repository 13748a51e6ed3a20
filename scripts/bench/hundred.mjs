// Render time of a 100-item list page, from the app's own measures.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { launchOptions } from '../lib/chromium.mjs';
import { waitForUrl } from '../lib/wait.mjs';
import { ListPage } from '../../tests/e2e/pages/index.mjs';
import { ROOT, median } from './util.mjs';

const ITEMS = 100;

/** A copy of the demo newsroom with at least `n` articles, so that a
 * 100-item page has a next page: each copy's title gains " (bản k)" (its
 * slug follows the backend's rule) and an older publish time. */
function newsroomOf(n) {
  const src = path.join(ROOT, 'data');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tintuc-newsroom-'));
  fs.mkdirSync(path.join(dir, 'articles'));
  fs.copyFileSync(path.join(src, 'categories.json'), path.join(dir, 'categories.json'));
  fs.symlinkSync(path.join(src, 'media'), path.join(dir, 'media'));
  const originals = fs.readdirSync(path.join(src, 'articles')).filter((f) => f.endsWith('.json'))
    .map((f) => JSON.parse(fs.readFileSync(path.join(src, 'articles', f), 'utf8')));
  let count = 0;
  for (let k = 1; count < n; k++) {
    for (const a of originals) {
      const copy = k === 1 ? a : {
        ...a,
        title: `${a.title} (bản ${k})`,
        slug: `${a.slug}-ban-${k}`,
        published_at: new Date(Date.parse(a.published_at) - k * 400 * 86400e3).toISOString().replace(/\.\d{3}Z$/, 'Z'),
      };
      fs.writeFileSync(path.join(dir, 'articles', `${copy.slug}.json`), JSON.stringify(copy));
      count++;
    }
  }
  return dir;
}

/** Render time of a 100-item list page (first load, then page 2 by a
 * click), from the app's `tt:list-render` measures, with the CPU slowed 4x
 * as on Lighthouse's mobile profile. */
export async function renderHundred(dist, port, runs) {
  const { chromium } = await import('@playwright/test');
  const cfg = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'tintuc-bench-')), 'config.json');
  fs.writeFileSync(cfg, JSON.stringify({ api_base: '/api/', page_size: ITEMS }));
  const bin = path.join(ROOT, 'target/server/demo-backend');
  const data = newsroomOf(ITEMS * 2 + 1);
  const server = spawn(bin, ['--port', String(port), '--static', dist, '--config', cfg, '--data', data], { cwd: ROOT, stdio: 'ignore' });
  await waitForUrl(`http://127.0.0.1:${port}/api/categories`);
  const browser = await chromium.launch(launchOptions());
  try {
    const firsts = [];
    const seconds = [];
    for (let i = 0; i < runs; i++) {
      // The portal's readers: a Vietnamese browser (the page objects' names are Vietnamese).
      const page = await browser.newPage({ viewport: { width: 390, height: 844 }, locale: 'vi-VN' });
      const list = new ListPage(page);
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      await page.goto(`http://127.0.0.1:${port}/`);
      // Builds from before the app marked its renders have nothing to read.
      const marked = await page
        .waitForFunction(() => performance.getEntriesByName('tt:list-render').length >= 1, null, { timeout: 15000 })
        .then(() => true, () => false);
      if (!marked) {
        await page.close();
        return null;
      }
      await list.cards.nth(ITEMS - 1).waitFor({ state: 'attached' });
      firsts.push(await page.evaluate(() => performance.getEntriesByName('tt:list-render')[0].duration));
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      await list.nextPage.click();
      await page.waitForFunction(() => performance.getEntriesByName('tt:list-render').length >= 2);
      seconds.push(await page.evaluate(() => performance.getEntriesByName('tt:list-render').at(-1).duration));
      await page.close();
    }
    return { items: ITEMS, first_load_ms: median(firsts), next_page_ms: median(seconds) };
  } finally {
    await browser.close();
    server.kill();
  }
}

