import type { CollectionName } from '../schemas/shared.ts';

const base = (import.meta.env?.BASE_URL ?? '/').replace(/\/?$/, '/');

/** The URL of a page of the site, from a path without leading slash: `frameworks/`. */
export function pageUrl(path = ''): string {
  return `${base}${path}`;
}

/** The URL of an entry's page: `/frameworks/soc-2/`. */
export function entryUrl(collection: CollectionName, id: string): string {
  return pageUrl(`${collection}/${id}/`);
}

/** The URL of a collection's list page: `/frameworks/`. */
export function collectionUrl(collection: CollectionName): string {
  return pageUrl(`${collection}/`);
}

/** The URL a published artefact file is served from: `/files/soc-2-2025.pdf`. */
export function fileUrl(file: string): string {
  return pageUrl(`files/${file}`);
}
