// With the backend stopped, the reader sees an error and a retry that works
// once the backend is back.
import { test, expect, startBackend, stopBackend, SEED, SEED_PATH } from './support.mjs';
import fs from 'node:fs';
import path from 'node:path';
import os from 'node:os';

const SITE = 18082;
const API_PORT = 18083;
const probe = `http://127.0.0.1:${API_PORT}/api/categories`;

test('backend down → error view; back up → Thử lại recovers', async ({ page }) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tintuc-e2e-'));
  const config = path.join(dir, 'config.json');
  fs.writeFileSync(config, JSON.stringify({ api_base: `http://127.0.0.1:${API_PORT}/api/` }));
  const dist = process.env.TINTUC_DIST || 'target/dist-e2e';
  const site = await startBackend(['--no-api', '--port', `${SITE}`, '--static', dist, '--config', config], `http://127.0.0.1:${SITE}/config.json`);
  let api = await startBackend(['--port', `${API_PORT}`], probe);
  try {
    await page.goto(`http://127.0.0.1:${SITE}/`);
    await expect(page.locator('.tt-card').first()).toBeVisible();

    await stopBackend(api, probe);
    await page.locator('.tt-card__title a', { hasText: SEED.title }).or(page.locator('.tt-card__title a').first()).first().click();
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('Không kết nối được tới máy chủ');
    await expect(page.getByRole('button', { name: 'Thử lại' })).toBeVisible();
    // The page still works: the menu and other pages are reachable.
    await expect(page.locator('.tt-header__brand')).toBeVisible();

    api = await startBackend(['--port', `${API_PORT}`], probe);
    await page.getByRole('button', { name: 'Thử lại' }).click();
    await expect(alert).toHaveCount(0);
    await expect(page.locator('h1')).toBeVisible();
    await expect(page.locator('.tt-article__meta time')).toHaveText(/\d{2}\/\d{2}\/\d{4} - \d{2}:\d{2} [AP]M/);

    // And a deep link loaded while the backend is down also recovers.
    await stopBackend(api, probe);
    await page.goto(`http://127.0.0.1:${SITE}${SEED_PATH}`);
    await expect(page.getByRole('alert')).toContainText('Không kết nối được tới máy chủ');
    api = await startBackend(['--port', `${API_PORT}`], probe);
    await page.getByRole('button', { name: 'Thử lại' }).click();
    await expect(page.locator('h1')).toHaveText(SEED.title);
  } finally {
    api.kill('SIGKILL');
    site.kill('SIGKILL');
  }
});
