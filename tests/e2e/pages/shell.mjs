// What every page of the reader has: its heading, the header, the progress
// bar, skeletons, the offline banner, errors with their retry button.
// Names are the Vietnamese catalog's (src/i18n/vi.rs): the tests' browser
// is Vietnamese unless a test says otherwise.

export class Shell {
  constructor(page) {
    this.page = page;
    /** The page's one h1 (the list's name, the article's title, 404…). */
    this.heading = page.getByRole('heading', { level: 1 });
    this.header = page.locator('.tt-header');
    this.footer = page.locator('.tt-footer');
    /** The site name in the header: the way home. */
    this.brand = page.locator('.tt-header__brand');
    this.main = page.locator('#tt-main');
    /** index.html's skeleton, until the app replaces it. */
    this.boot = page.locator('#tt-boot');
    this.bootMain = page.locator('.tt-boot__main');
    this.progress = page.locator('.tt-progress');
    this.loading = page.locator('.tt-progress--active');
    this.skeleton = page.locator('.tt-skeleton');
    this.offline = page.locator('.tt-offline');
    this.alert = page.getByRole('alert');
    this.retry = page.getByRole('button', { name: 'Thử lại' });
    /** "Tự thử lại sau N giây": the wait a busy server asked for. */
    this.retryCountdown = page.locator('.tt-error__wait');
    /** The "copied" confirmation of the share bar and the snippet builder. */
    this.copied = page.locator('.tt-share .tt-status, .tt-embed .tt-status');
  }

  /** Back to the home page by the header's site name. */
  goHome() {
    return this.brand.click();
  }
}
