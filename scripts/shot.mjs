// Screenshots a page in Debian's Chromium: node scripts/shot.mjs URL OUT.png [width] [height]
// Prints the page's console messages and errors, so a dead page is obvious.
import { chromium } from '@playwright/test';
import { launchOptions } from './lib/chromium.mjs';

const [url, out, width = '390', height = '844'] = process.argv.slice(2);
const browser = await chromium.launch(launchOptions());
const page = await browser.newPage({ viewport: { width: +width, height: +height } });
page.on('console', (m) => console.log(`[console.${m.type()}] ${m.text()}`));
page.on('pageerror', (e) => console.log(`[pageerror] ${e.message}`));
await page.goto(url, { waitUntil: 'networkidle' });
await page.screenshot({ path: out, fullPage: process.env.FULL === '1' });
console.log(`title: ${await page.title()}`);
await browser.close();
