// The partner widget, <tintuc-news>, whose parts live in its shadow root
// (Playwright's locators pierce it).

export class Widget {
  /** `host`: a locator of one <tintuc-news> element. */
  constructor(host) {
    this.host = host;
    this.root = host.locator('.tn');
    this.heading = host.getByRole('heading');
    this.items = host.locator('.tn__item');
    this.titles = host.locator('.tn__title');
    /** The items' links into the portal. */
    this.links = this.items.getByRole('link');
    this.thumbnails = host.locator('.tn__thumb');
    /** The items' publish times (<time datetime>). */
    this.times = host.locator('.tn__time');
    /** A misconfigured widget's message. */
    this.alert = host.getByRole('alert');
  }

  /** Every widget in `scope` (a page, a frame locator or a locator). */
  static all(scope) {
    return scope.locator('tintuc-news');
  }

  /** The widget at `index` in `scope`. */
  static nth(scope, index = 0) {
    return new Widget(Widget.all(scope).nth(index));
  }

  static last(scope) {
    return new Widget(Widget.all(scope).last());
  }
}
