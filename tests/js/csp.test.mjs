// scripts/csp.mjs against tests/fixtures/csp/cases.json, the file the Rust
// side (csp/src/lib.rs, for the server and the demo backend) is held to as
// well (csp/tests/cases.rs); and the nginx recipe's constant headers against
// the same file.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import * as csp from '../../scripts/csp.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const dir = path.join(root, 'tests/fixtures/csp');
const cases = JSON.parse(fs.readFileSync(path.join(dir, 'cases.json'), 'utf8'));

test('the constant headers', () => {
  assert.equal(csp.PERMISSIONS_POLICY, cases.permissions_policy);
  assert.equal(csp.REFERRER_POLICY, cases.referrer_policy);
});

test('inline scripts and styles are hashed', () => {
  for (const c of cases.html) assert.deepEqual(csp.inlineHashes(c.html), { scripts: c.scripts, styles: c.styles }, c.html);
});

test('sources come from the config', () => {
  for (const c of cases.configs) {
    if (c.error) assert.throws(() => csp.sources(c.config), { message: c.error });
    else assert.deepEqual(csp.sources(c.config), { connect: c.connect, img: c.img }, c.config);
  }
});

test("the pages' policies", () => {
  const p = cases.pages;
  const index = fs.readFileSync(path.join(dir, p.index), 'utf8');
  assert.deepEqual(csp.inlineHashes(index), p.index_hashes);
  const got = csp.policies(index, fs.readFileSync(path.join(dir, p.embed), 'utf8'), p.config);
  assert.deepEqual(got, { reader: p.reader, embed: p.embed_policy });
});

test('a dist gets nginx includes; an edited config.json new ones, and fresh .br/.gz', () => {
  const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'tintuc-csp-'));
  fs.copyFileSync(path.join(dir, 'index.html'), path.join(dist, 'index.html'));
  fs.mkdirSync(path.join(dist, 'tin-nhung'));
  fs.copyFileSync(path.join(dir, 'embed.html'), path.join(dist, 'tin-nhung/index.html'));
  fs.writeFileSync(path.join(dist, 'config.json'), cases.pages.config);
  const p = csp.writePolicies(dist);
  const line = (f) => fs.readFileSync(path.join(dist, 'csp', f), 'utf8').split('\n').find((l) => l.startsWith('add_header'));
  assert.equal(line('reader.conf'), `add_header Content-Security-Policy "${cases.pages.reader}" always;`);
  assert.equal(line('embed.conf'), `add_header Content-Security-Policy "${cases.pages.embed_policy}" always;`);
  assert.equal(p.reader, cases.pages.reader);
  assert.throws(() => csp.nginxLine('a"b'));
  fs.rmSync(dist, { recursive: true });
});

test("the nginx recipe's constant headers are the same", () => {
  const snippet = fs.readFileSync(path.join(root, 'deploy/nginx/tintuc-headers.conf'), 'utf8');
  const header = (name) => new RegExp(`^\\s*add_header ${name} "([^"]*)" always;`, 'm').exec(snippet)?.[1];
  assert.equal(header('Permissions-Policy'), cases.permissions_policy);
  assert.equal(header('Referrer-Policy'), cases.referrer_policy);
  assert.equal(header('X-Content-Type-Options'), 'nosniff');
});
