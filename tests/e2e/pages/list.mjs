// A list page: home, a category, search results. Cards, their titles (the
// links into articles), times, the pager.
import { Shell } from './shell.mjs';

export class ListPage extends Shell {
  constructor(page) {
    super(page);
    /** The page's own list's cards (not the front page's sections'). */
    this.cards = page.locator('.tt-page .tt-card');
    /** Each card's title link (the heading's link; the thumbnail's is hidden). */
    this.titles = this.cards.getByRole('heading').getByRole('link');
    this.times = this.cards.locator('time');
    this.thumbnails = this.cards.locator('.tt-card__thumb img');
    /** A search result's sentence of the body that holds the words. */
    this.found = this.cards.locator('.tt-card__found');
    /** The words searched for, marked in titles, summaries and sentences. */
    this.marks = this.cards.locator('mark');
    this.empty = page.locator('.tt-page .tt-list__empty');
    this.pager = page.getByRole('navigation', { name: 'Phân trang' });
    /** The current page's number in the pager. */
    this.currentPage = this.pager.locator('[aria-current=page]');
    this.nextPage = this.pager.getByRole('link', { name: 'Trang sau' });
    /** "Trang 2/2", shown when the total is known only roughly. */
    this.pagerStatus = this.pager.locator('.tt-pager__status');
    this.searchbox = page.getByRole('searchbox', { name: 'Tìm kiếm' });
    this.resultCount = page.locator('.tt-search__count');
    this.searchHint = page.locator('.tt-search__hint');
    this.noResults = page.locator('.tt-search__none');
    /** The front page's sections (wide screens): each a category's newest under its name's link. */
    this.sections = page.locator('.tt-section');
    this.sectionLinks = this.sections.locator('.tt-section__title').getByRole('link');
  }

  /** The card whose text has `text` (its title, usually). */
  card(text) {
    return this.cards.filter({ hasText: text });
  }

  /** The title link that reads `text`. */
  title(text) {
    return this.titles.filter({ hasText: text });
  }
}
