// The seed article, from its one source: tests/fixtures/seed.json (its
// identity) and the page text that file points into (seed-article.txt).
// Read by the end-to-end tests (tests/e2e/support.mjs) and the benchmarks.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const FIXTURES = path.join(ROOT, 'tests/fixtures');
const raw = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'seed.json'), 'utf8'));
const lines = fs.readFileSync(path.join(FIXTURES, raw.text.file), 'utf8').split('\n');
/** Line `n` (from 1) of the page text. */
const line = (n) => lines[n - 1];

export const SEED = {
  slug: raw.slug,
  title: raw.title,
  publishedAt: raw.published_at,
  /** The publish time as the page shows it (Vietnamese format). */
  time: raw.shown_time,
  author: raw.author,
  /** "N phút đọc"'s N. */
  readingMinutes: raw.reading_minutes,
  category: raw.category,
  thumbnail: raw.thumbnail,
  /** Its one topic (tag): { slug, name }. */
  topic: raw.topic,
  other: raw.other_news,
  /** The other-news article's title, as the page lists it. */
  otherTitle: line(raw.text.other_news_title),
  /** Body paragraphs in order (the byline paragraph is apart). */
  paragraphs: raw.text.paragraphs.map(line),
  captions: raw.text.captions.map(line),
  /** The byline as its paragraph reads (the page text indents it). */
  byline: line(raw.text.byline).trim(),
  otherNewsHeading: line(raw.text.other_news_heading),
  menuLabel: line(raw.text.menu_label),
};
export const SEED_PATH = `/tin-tuc/${SEED.slug}`;
/** The seed's file in the demo newsroom. */
export const SEED_DATA_FILE = path.join(ROOT, 'data/articles', `${SEED.slug}.json`);
