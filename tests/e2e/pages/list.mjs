// A list page: home, a category, search results. Cards, their titles (the
// links into articles), times, the pager.
import { Shell } from './shell.mjs';

export class ListPage extends Shell {
  constructor(page) {
    super(page);
    this.cards = page.locator('.tt-card');
    /** Each card's title link (the heading's link; the thumbnail's is hidden). */
    this.titles = this.cards.getByRole('heading').getByRole('link');
    this.times = this.cards.locator('time');
    this.thumbnails = this.cards.locator('.tt-card__thumb img');
    this.empty = page.locator('.tt-list__empty');
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
