// With the backend stopped, the reader sees an error and a retry that works
// once the backend is back.
import { test, expect, startBackend, stopBackend, SEED, SEED_PATH } from './support.mjs';
import { reader } from './pages/index.mjs';
import fs from 'node:fs';
import path from 'node:path';
import os from 'node:os';

const SITE = 18082;
// (18083 is the server's: support.mjs's PORTS.)
const API_PORT = 18085;
const probe = `http://127.0.0.1:${API_PORT}/api/categories`;

test('backend down → error view; back up → Thử lại recovers', async ({ page }) => {
  const { shell, list, article } = reader(page);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tintuc-e2e-'));
  const config = path.join(dir, 'config.json');
  fs.writeFileSync(config, JSON.stringify({ api_base: `http://127.0.0.1:${API_PORT}/api/` }));
  const dist = process.env.TINTUC_DIST || 'target/dist-e2e';
  const site = await startBackend(['--no-api', '--port', `${SITE}`, '--static', dist, '--config', config], `http://127.0.0.1:${SITE}/config.json`);
  let api = await startBackend(['--port', `${API_PORT}`], probe);
  try {
    await page.goto(`http://127.0.0.1:${SITE}/`);
    await expect(list.cards.first()).toBeVisible();

    await stopBackend(api, probe);
    await list.title(SEED.title).or(list.titles.first()).first().click();
    const alert = shell.alert;
    await expect(alert).toContainText('Không kết nối được tới máy chủ');
    await expect(shell.retry).toBeVisible();
    // The page still works: the menu and other pages are reachable.
    await expect(shell.brand).toBeVisible();

    api = await startBackend(['--port', `${API_PORT}`], probe);
    await shell.retry.click();
    await expect(alert).toHaveCount(0);
    await expect(shell.heading).toBeVisible();
    await expect(article.time).toHaveText(/\d{2}\/\d{2}\/\d{4} - \d{2}:\d{2} [AP]M/);

    // And a deep link loaded while the backend is down also recovers.
    await stopBackend(api, probe);
    await page.goto(`http://127.0.0.1:${SITE}${SEED_PATH}`);
    await expect(shell.alert).toContainText('Không kết nối được tới máy chủ');
    api = await startBackend(['--port', `${API_PORT}`], probe);
    await shell.retry.click();
    await expect(shell.heading).toHaveText(SEED.title);
  } finally {
    api.kill('SIGKILL');
    site.kill('SIGKILL');
  }
});
