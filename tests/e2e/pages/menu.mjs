// The category menu ("danh mục tin tức"): a row on wide screens, behind a
// button on phones.

export class CategoryMenu {
  constructor(page) {
    this.page = page;
    this.nav = page.locator('nav.tt-menu');
    /** The phone's open/close button (hidden on wide screens). */
    this.toggle = this.nav.getByRole('button');
    this.openButton = this.nav.getByRole('button', { name: 'Mở danh mục tin tức' });
    this.list = this.nav.locator('.tt-menu__list');
    /** Trang chủ, then the categories. */
    this.links = this.nav.getByRole('link');
    /** The link of where the reader is (marked even while the list is folded). */
    this.current = this.nav.locator('.tt-menu__link--current');
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
