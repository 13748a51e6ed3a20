import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
page.on('console', (m) => console.log(`[console] ${m.text()}`));
await page.goto('http://127.0.0.1:8092/danh-muc/hoat-dong-mat-tran?page=2');
await page.locator('.tt-card').first().waitFor();
await page.evaluate(() => window.scrollTo(0, 162));
await page.waitForTimeout(200);
await page.evaluate(() => { window.__log=[]; addEventListener('scroll', () => __log.push(['scroll', scrollY, location.pathname.slice(0,30)+location.search])); addEventListener('popstate', () => __log.push(['pop', scrollY, location.pathname.slice(0,30)])); });
await page.locator('.tt-card__title a').first().click();
await page.waitForFunction(() => document.querySelector('h1').textContent.startsWith('Quận'));
console.log('after click', await page.evaluate(() => scrollY));
await page.goBack();
await page.waitForFunction(() => document.querySelector('h1').textContent.startsWith('Hoạt'));
for (let i=0;i<3;i++){ await page.waitForTimeout(200); console.log('after back', await page.evaluate(() => scrollY)); }
console.log(JSON.stringify(await page.evaluate(() => __log)));
await browser.close();
