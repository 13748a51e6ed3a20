// Page objects: every selector of the reader's and the widget's markup that
// the end-to-end tests (and scripts/memory.mjs, scripts/bench.mjs) use.
import { ArticlePage } from './article.mjs';
import { ListPage } from './list.mjs';
import { CategoryMenu } from './menu.mjs';
import { Offline } from './offline.mjs';
import { Shell } from './shell.mjs';
import { Widget } from './widget.mjs';

export { ArticlePage, CategoryMenu, ListPage, Offline, Shell, Widget };

/** The reader's page objects on `page`. */
export function reader(page) {
  return { shell: new Shell(page), list: new ListPage(page), article: new ArticlePage(page), menu: new CategoryMenu(page), offline: new Offline(page) };
}
