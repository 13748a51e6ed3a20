// Corrections and takedowns in WordPress reach readers within seconds: the
// purge plugin (deploy/wordpress/tintuc-purge.php, installed by
// scripts/wordpress/setup.sh) tells the server, which drops what it kept;
// nginx's micro-cache in front of it (deploy/nginx/tintuc-server.conf, as
// scripts/nginx/setup.sh serves it on 18104) keeps a page 2 s at most.
// Project `wordpress-server`: the real WordPress, edited as an editor would,
// through its own PHP API (scripts/wordpress/edit-post.php, as root).
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { test, expect, PORTS, ROOT } from './support.mjs';

const WORDPRESS = 'http://127.0.0.1:18400';
/** What the issue promises: an edit or a takedown shows within 5 s. */
const WITHIN_MS = 5_000;
const PORTALS = {
  server: `http://127.0.0.1:${PORTS.wordpressServer}`,
  nginx: `http://127.0.0.1:${PORTS.nginxWordpress}`,
};

function edit(...args) {
  return execFileSync('php', [path.join(ROOT, 'scripts/wordpress/edit-post.php'), WORDPRESS, ...args], { encoding: 'utf8' }).trim();
}

/** The article page's status and its `<h1>`'s text, as a crawler gets them. */
async function article(request, base, slug) {
  const r = await request.get(`${base}/tin-tuc/${slug}`, { maxRedirects: 0 });
  const html = await r.text();
  return {
    status: r.status(),
    title: html.match(/<h1[^>]*>([^<]*)</)?.[1] ?? null,
    // "Cập nhật lúc …" (WordPress's modified_gmt, after the publishing).
    updated: /class="tt-article__updated"[^>]*>Cập nhật lúc /.test(html),
  };
}

/** Polls every portal until `done` holds for each; the seconds each took. */
async function until(request, slug, done) {
  const start = Date.now();
  const seconds = {};
  await Promise.all(
    Object.entries(PORTALS).map(async ([name, base]) => {
      await expect
        .poll(async () => done(await article(request, base, slug)), { timeout: WITHIN_MS, intervals: [100] })
        .toBe(true);
      seconds[name] = (Date.now() - start) / 1000;
    }),
  );
  return seconds;
}

test('a corrected title shows within 5 s through the server and nginx; a trashed article answers 404', async ({ request }) => {
  const stamp = Date.now();
  const slug = `kiem-tra-sua-bai-${stamp}`;
  const id = edit('create', slug, `Bài kiểm tra ${stamp}`);
  try {
    // Both portals have the article, and keep it (the server its answers
    // and the page, nginx its copy).
    await until(request, slug, (a) => a.title === `Bài kiểm tra ${stamp}` && !a.updated);
    for (const base of Object.values(PORTALS)) await article(request, base, slug);

    edit('title', id, `Bài kiểm tra đã sửa ${stamp}`);
    const edited = await until(request, slug, (a) => a.status === 200 && a.title === `Bài kiểm tra đã sửa ${stamp}` && a.updated);
    test.info().annotations.push({ type: 'edit shown after (s)', description: JSON.stringify(edited) });

    edit('trash', id);
    const gone = await until(request, slug, (a) => a.status === 404);
    test.info().annotations.push({ type: 'takedown 404 after (s)', description: JSON.stringify(gone) });
    console.log(`purge: edit shown after ${JSON.stringify(edited)} s, takedown 404 after ${JSON.stringify(gone)} s`);
    // And it stays gone: nothing brings the old page back.
    for (let i = 0; i < 3; i++) {
      for (const base of Object.values(PORTALS)) expect((await article(request, base, slug)).status).toBe(404);
    }
  } finally {
    edit('delete', id);
  }
});
