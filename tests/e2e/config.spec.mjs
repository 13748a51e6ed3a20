// A missing or broken config.json gives a clear error page, not a blank one.
import { test, expect, startBackend } from './support.mjs';
import { reader } from './pages/index.mjs';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const SITE = 18084;

for (const [name, content] of [
  ['missing', null],
  ['not JSON', '{ "api_base": '],
  ['without api_base', '{ "site_name": "X" }'],
  // The API the fixed file names: a page's Content-Security-Policy is the
  // one it loaded with, so a retry reaches only the origins it allowed.
  ['with a bad time zone', '{ "api_base": "http://127.0.0.1:18081/api/", "time_zone": "Asia/Saigon" }'],
]) {
  test(`config.json ${name} → a clear error page`, async ({ page }) => {
    const { shell } = reader(page);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tintuc-cfg-'));
    const file = path.join(dir, 'config.json');
    if (content !== null) fs.writeFileSync(file, content);
    const dist = process.env.TINTUC_DIST || 'target/dist-e2e';
    const site = await startBackend(['--no-api', '--port', `${SITE}`, '--static', dist, '--config', file], `http://127.0.0.1:${SITE}/`);
    try {
      await page.goto(`http://127.0.0.1:${SITE}/`);
      const alert = shell.alert;
      await expect(alert).toContainText('config.json');
      await expect(alert).toHaveAttribute('data-kind', 'config');
      await expect(page).toHaveTitle('Không tải được nội dung');
      await expect(shell.boot).toHaveCount(0);
      // Fixing the file and retrying starts the reader.
      fs.writeFileSync(file, JSON.stringify({ api_base: 'http://127.0.0.1:18081/api/' }));
      // A later mtime, so the revalidation cannot answer 304 within the second.
      const later = new Date(Date.now() + 5000);
      fs.utimesSync(file, later, later);
      await shell.retry.click();
      await expect(shell.heading).toHaveText('Tin mới nhất');
    } finally {
      site.kill('SIGKILL');
    }
  });
}
