// An article page: breadcrumb, title, time, body (paragraphs, photos and
// their captions, the byline), other news.
import { Shell } from './shell.mjs';

export class ArticlePage extends Shell {
  constructor(page) {
    super(page);
    this.article = page.locator('article.tt-article');
    this.title = this.article.getByRole('heading', { level: 1 });
    this.breadcrumb = page.getByRole('navigation', { name: 'Đường dẫn' }).getByRole('link');
    this.time = page.locator('.tt-article__meta time.tt-time');
    /** "4 phút đọc". */
    this.readingTime = page.locator('.tt-article__reading');
    /** The text size buttons beside the time. */
    this.textSize = page.locator('.tt-textsize');
    /** The share links and the copy button. */
    this.share = page.locator('.tt-share');
    this.body = page.locator('.tt-body');
    /** The body's own paragraphs, in order (the byline's among them). */
    this.paragraphs = page.locator('.tt-body > p');
    this.captions = this.body.locator('figcaption');
    this.images = this.body.locator('img');
    this.photos = this.body.locator('figure img');
    this.byline = page.locator('.tt-byline');
    /** Other news: a sidebar on wide screens, a list under the body below. */
    this.other = page.locator('section.tt-other[aria-labelledby="tt-other-title"]');
    /** "Đọc nhiều" under it (where the backend has the most read), and its links. */
    this.mostRead = page.getByRole('region', { name: 'Đọc nhiều' });
    this.mostReadLinks = this.mostRead.getByRole('link');
    this.otherHeading = this.other.getByRole('heading');
    this.otherLinks = this.other.getByRole('link');
    this.aside = page.locator('.tt-article-layout__aside');
    /** The lead photo under the title, and its caption (with the credit). */
    this.lead = page.locator('.tt-lead img');
    this.leadCaption = page.locator('.tt-lead figcaption');
    /** The article's topics: one link per topic, under the body. */
    this.topics = page.getByRole('navigation', { name: 'Chủ đề của bài viết' }).getByRole('link');
    /** Other news's photos. */
    this.otherPhotos = this.other.locator('img');
  }

  /** The other-news link that reads `title`. */
  otherLink(title) {
    return this.otherLinks.filter({ hasText: title });
  }

  /** The body's non-empty paragraphs' text. */
  async paragraphTexts() {
    return (await this.paragraphs.allTextContents()).filter((t) => t.trim() !== '');
  }
}
