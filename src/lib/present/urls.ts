import type { CollectionName } from '../../schemas/shared.ts';

/** Astro's `base`, which `astro.config.mjs` takes from `url` in `site.yaml` and writes in here. */
declare const __TRUST_CENTER_BASE__: string | undefined;

/**
 * The path every URL starts with, `/` outside a build (unit tests, the content check).
 * Not `import.meta.env.BASE_URL`: Astro lets an environment variable of that name, which
 * some CI services and test runners set, take its place in pages rendered on the server.
 */
const base = (typeof __TRUST_CENTER_BASE__ === 'string' ? __TRUST_CENTER_BASE__ : '/').replace(/\/?$/, '/');

/** The URL of a page of the site, from a path without leading slash: `frameworks/`. */
export function pageUrl(path = ''): string {
  return `${base}${path}`;
}

/**
 * The full address of a URL of the site, for what is read away from it: canonical links,
 * the sitemap's neighbours (`robots.txt`, `security.txt`) and exports. `href` is a URL this
 * module built, so it already starts with the base path: `https://trust.example.com/frameworks/`.
 */
export function absoluteUrl(href: string, siteUrl: string): string {
  return new URL(href, siteUrl).href;
}

/** The URL of the shared-responsibility matrix, or of its view of one framework or service: `/responsibility/frameworks/soc-2/`. */
export function matrixUrl(kind?: 'frameworks' | 'services', id?: string): string {
  return kind && id ? pageUrl(`responsibility/${kind}/${id}/`) : pageUrl('responsibility/');
}

/** The URL of an entry's page: `/frameworks/soc-2/`. */
export function entryUrl(collection: CollectionName, id: string): string {
  return pageUrl(`${collection}/${id}/`);
}

/** The URL of a collection's list page: `/frameworks/`. */
export function collectionUrl(collection: CollectionName): string {
  return pageUrl(`${collection}/`);
}

/**
 * The id of a part of a page that the page itself adds, such as `_evidence` for a section
 * or `_main` for the main content. Markdown gives the headings of an entry's body ids of
 * lowercase letters, digits and hyphens (`## Evidence` becomes `evidence`), and a body may
 * use any heading; the leading underscore keeps the page's own ids apart from them.
 */
export function sectionId(name: string): string {
  return `_${name}`;
}

/** The URL a published artefact file is served from: `/files/soc-2-2025.pdf`. */
export function fileUrl(file: string): string {
  return pageUrl(`files/${file}`);
}
