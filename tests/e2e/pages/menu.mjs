// The category menu ("danh mục tin tức"): a row on wide screens (what
// doesn't fit under "Thêm"), behind a button on phones.

export class CategoryMenu {
  constructor(page) {
    this.page = page;
    this.nav = page.locator('nav.tt-menu');
    /** The phone's open/close button (hidden on wide screens). */
    this.toggle = this.nav.getByRole('button');
    this.openButton = this.nav.getByRole('button', { name: 'Mở danh mục tin tức' });
    this.list = this.nav.locator('.tt-menu__list');
    /** Trang chủ, then the categories (and, while "Thêm" is open, its copies of those that don't fit). */
    this.links = this.nav.getByRole('link');
    /** The link of where the reader is (marked even while the list is folded, or out of the row's sight). */
    this.current = this.list.locator('.tt-menu__link--current');
    /** "Thêm" (wide screens), its toggle, and the links under it. */
    this.more = this.nav.locator('details.tt-menu__more');
    this.moreToggle = this.more.locator('summary');
    this.moreLinks = this.more.getByRole('link');
  }

  /** The link that reads `name`. */
  link(name) {
    return this.links.filter({ hasText: name });
  }

  /** Unfolds the menu on a phone. */
  open() {
    return this.openButton.click();
  }
}
