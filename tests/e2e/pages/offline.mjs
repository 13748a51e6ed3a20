// Offline reading: a copy's age, "Lưu bài", the saved articles' menu link
// and page, the page of an article never kept, the prompt of a new release
// (most of them web/offline.js's, in the app's slots); and the service
// worker's side, seen from the page (its caches).

export class Offline {
  constructor(page) {
    this.page = page;
    /** "Cập nhật lúc 14:05": what is shown is a copy (the note is empty
     * while what is shown is live). */
    this.copyNote = page.locator('.tt-copy', { hasText: /\S/ });
    this.save = page.getByRole('button', { name: 'Lưu bài', exact: true });
    this.unsave = page.getByRole('button', { name: 'Bỏ lưu', exact: true });
    this.saved = page.locator('.tt-save__done');
    /** "Bài đã lưu (N)" at the end of the category menu, once something is
     * saved (on a phone the menu may be folded: not by its role). */
    this.savedLink = page.locator('nav.tt-menu li:not([hidden]) > a[href="/bai-da-luu"]');
    this.notAvailable = page.getByRole('heading', { level: 1, name: 'Bài này chưa đọc được khi ngoại tuyến' });
    this.toSaved = page.getByRole('link', { name: 'Xem bài đã lưu và đã đọc' });
    /** The saved articles' list (on their page), and the articles read
     * lately (there, and on the page of an article not kept). */
    this.savedList = page.locator('[data-tt-slot="saved"] > .tt-list');
    this.readList = page.locator('section.tt-kept', { has: page.getByRole('heading', { name: 'Đã đọc gần đây' }) });
    this.update = page.locator('.tt-update');
    this.reload = page.getByRole('button', { name: 'Tải lại', exact: true });
  }

  /** Waits until a service worker controls the page. */
  controlled() {
    return this.page.waitForFunction(() => !!navigator.serviceWorker?.controller, null, { timeout: 30_000 });
  }

  /** The URLs each of the worker's caches holds. */
  caches() {
    return this.page.evaluate(async () => {
      const out = {};
      for (const name of await caches.keys()) out[name] = (await (await caches.open(name)).keys()).map((r) => r.url);
      return out;
    });
  }

  /** The URLs in one cache. */
  async cached(name) {
    return (await this.caches())[name] || [];
  }
}
