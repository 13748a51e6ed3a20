// Screenshots a page in Debian's Chromium: node scripts/shot.mjs URL OUT.png [width] [height]
// Prints the page's console messages and errors, so a dead page is obvious.
import { chromium } from '@playwright/test';

const [url, out, width = '390', height = '844'] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run'],
});
const page = await browser.newPage({ viewport: { width: +width, height: +height } });
page.on('console', (m) => console.log(`[console.${m.type()}] ${m.text()}`));
page.on('pageerror', (e) => console.log(`[pageerror] ${e.message}`));
await page.goto(url, { waitUntil: 'networkidle' });
await page.screenshot({ path: out, fullPage: process.env.FULL === '1' });
console.log(`title: ${await page.title()}`);
await browser.close();
