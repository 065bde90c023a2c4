/**
 * The sitemap's `lastmod` of each entry page, when `site.yaml` names the repository: the day the entry's file last
 * changed in git, as its page says (the sitemap writes the day at midnight UTC). Pages that are not an entry's own
 * (lists, coverage, the home page) have none: no single file dates them.
 */
import type { SitemapItem } from '@astrojs/sitemap';
import { collectionNames } from '../../schemas/shared.ts';
import { findFileInHistory } from './git-log.ts';
import { awaitSharedHistory } from './shared-history.ts';

/** Dates the sitemap's items of a site published under `base` from the history the build reads of `dir`. */
export function dateSitemapItems(dir: string, base: string): (item: SitemapItem) => Promise<SitemapItem> {
  const collections: readonly string[] = collectionNames;
  return async (item) => {
    const history = await awaitSharedHistory(dir);
    if (history?.state !== 'full') return item;
    const [collection, ...id] = new URL(item.url).pathname.slice(base.length).split('/').filter(Boolean);
    if (!collection || !collections.includes(collection) || id.length === 0) return item;
    const file = findFileInHistory(history, collection, id.join('/'));
    const latest = file && history.files.get(file)?.[0];
    return latest ? { ...item, lastmod: latest.date } : item;
  };
}
