// Debian's Chromium, with the one flag list: webdriver.json's, which
// wasm-bindgen-test-runner hands to chromedriver for the browser tests, and
// which Playwright (tests/e2e), Lighthouse (bench), memory.mjs and shot.mjs
// read here. Add or remove a flag in webdriver.json only.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

const options = JSON.parse(fs.readFileSync(path.join(ROOT, 'webdriver.json'), 'utf8'))['goog:chromeOptions'];

/** The browser binary: $CHROME_PATH, else webdriver.json's. */
export const CHROME_PATH = process.env.CHROME_PATH || options.binary;

/** Every flag, --headless=new included (for Lighthouse's own launcher). */
export const CHROMIUM_FLAGS = options.args;

/** The flags for Playwright's launch(), which chooses headless itself. */
export const CHROMIUM_ARGS = options.args.filter((f) => !f.startsWith('--headless'));

/** Playwright launch options for Debian's Chromium; `extra` flags appended. */
export function launchOptions(extra = []) {
  return { executablePath: CHROME_PATH, args: [...CHROMIUM_ARGS, ...extra] };
}
