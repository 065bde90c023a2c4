import type { Framework } from '../../schemas/frameworks.ts';
import type { CollectionName } from '../../schemas/shared.ts';
import type { AttentionKind } from '../attention/kinds.ts';
import type { Item } from '../graph/assurance-graph.ts';
import { writeSearchState, type SearchState } from '../search/search-client.ts';

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

/** The URL of a collection's list page: `/frameworks/`. */
export function collectionUrl(collection: CollectionName): string {
  return pageUrl(`${collection}/`);
}

/**
 * The full address of a URL of the site, for what is read away from it: canonical links,
 * the sitemap's neighbours (`robots.txt`, `security.txt`) and exports. `href` is a URL this
 * module built, so it already starts with the base path: `https://trust.example.com/frameworks/`.
 */
export function absoluteUrl(href: string, siteUrl: string): string {
  // A path of plain characters needs no parsing: the site's origin and the path, as `new URL` would give them.
  // Exports and Markdown twins ask for thousands of addresses, and parsing each costs more than writing its page.
  if (/^\/[\w\-.~/]*$/.test(href)) return `${getOrigin(siteUrl)}${href}`;
  return new URL(href, siteUrl).href;
}

const origins = new Map<string, string>();

function getOrigin(siteUrl: string): string {
  let origin = origins.get(siteUrl);
  if (origin === undefined) origins.set(siteUrl, (origin = new URL(siteUrl).origin));
  return origin;
}

/** The URL of an entry's page: `/frameworks/soc-2/`. */
export function entryUrl(collection: CollectionName, id: string): string {
  return pageUrl(`${collection}/${id}/`);
}

/** The URL of the full list of one relation of an entry: `/artefacts/soc-2-2025/controls/`. */
export function relationUrl(collection: CollectionName, id: string, relation: string): string {
  return `${entryUrl(collection, id)}${relation}/`;
}

/**
 * The URL of the shared-responsibility matrix, or of its view of one framework
 * or service: `/responsibility/frameworks/soc-2/`.
 */
export function matrixUrl(kind?: 'frameworks' | 'services', id?: string): string {
  return kind && id ? pageUrl(`responsibility/${kind}/${id}/`) : pageUrl('responsibility/');
}

/** Requirements or controls per coverage page. */
export const coveragePageSize = 50;

/** The URL of a page of a framework's coverage: `/frameworks/soc-2/coverage/` or `…/coverage/2/`. */
export function coverageUrl(frameworkId: string, page = 1): string {
  return `${entryUrl('frameworks', frameworkId)}coverage/${page > 1 ? `${page}/` : ''}`;
}

/** The id of a requirement's row, on its framework's page and coverage pages: `req-cc6.1`. */
export function requirementAnchor(requirementId: string): string {
  return `req-${requirementId}`;
}

/** Where a requirement's row is: the coverage page it falls on, and its anchor. */
export function requirementUrl(framework: Item<Framework>, requirementId: string): string {
  const index = framework.data.requirements.findIndex((requirement) => requirement.id === requirementId);
  const page = Math.floor(Math.max(index, 0) / coveragePageSize) + 1;
  return `${coverageUrl(framework.id, page)}#${requirementAnchor(requirementId)}`;
}

/** The URL of the attention page, or of the full list of one kind: `/attention/expired/`. */
export function attentionUrl(kind?: AttentionKind, page = 1): string {
  if (!kind) return pageUrl('attention/');
  return pageUrl(`attention/${kind}/${page > 1 ? `${page}/` : ''}`);
}

/**
 * The URL of the search page with words or filters already chosen, in the form the page
 * reads and writes: `/search/?f=Industry%3AHealthcare&f=Type%3AFramework`.
 */
export function searchUrl(state: SearchState): string {
  return `${pageUrl('search/')}${writeSearchState(state)}`;
}

/** The URLs of a scenario's machine-readable manifests. */
export function packManifestUrl(scenarioId: string, format: 'json' | 'csv'): string {
  return pageUrl(`scenarios/${scenarioId}/evidence-pack.${format}`);
}

/** The URLs of the list of subprocessors as a download: `/subprocessors/subprocessors.csv`. */
export function subprocessorListUrl(format: 'json' | 'csv'): string {
  return pageUrl(`subprocessors/subprocessors.${format}`);
}

/**
 * Where a question stands on the security FAQ's page, which answers every question: `/faq/#data-encryption`.
 * The question's id is its anchor: stable while the file keeps its name, and apart from the page's own ids,
 * which start with `_` (see `sectionId`).
 */
export function faqAnchorUrl(id: string): string {
  return `${collectionUrl('faq')}#${id}`;
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

/**
 * The URL of a feed file: the site's changes (`/feeds/atom.xml`), or one framework's
 * (`/feeds/frameworks/soc-2/atom.xml`).
 */
export function feedUrl(file: string, frameworkId?: string): string {
  return pageUrl(`feeds/${frameworkId ? `frameworks/${frameworkId}/` : ''}${file}`);
}

/** The URL a published artefact file is served from: `/files/soc-2-2025.pdf`. */
export function fileUrl(file: string): string {
  return pageUrl(`files/${file}`);
}

/** The URL of the catalog export, every public entry with its links and states: `/catalog.json`. */
export function catalogUrl(): string {
  return pageUrl('catalog.json');
}

/**
 * The URL of an entry in the catalog export, its fragment a JSON Pointer (RFC 6901) to the entry:
 * `/catalog.json#/controls/mfa`.
 */
export function catalogEntryUrl(collection: CollectionName, id: string): string {
  const token = id.replaceAll('~', '~0').replaceAll('/', '~1');
  return `${catalogUrl()}#/${collection}/${encodeURIComponent(token)}`;
}

/** The URL of the JSON Schema of the catalog export: `/schemas/catalog.schema.json`. */
export function catalogSchemaUrl(): string {
  return pageUrl('schemas/catalog.schema.json');
}

/** The URL of one table of the catalog export as CSV: `/catalog/controls.csv`. */
export function catalogCsvUrl(table: string): string {
  return pageUrl(`catalog/${table}.csv`);
}

/** The URL of the OSCAL component definition: `/oscal/component-definition.json`. */
export function componentDefinitionUrl(): string {
  return pageUrl('oscal/component-definition.json');
}

/**
 * The URL of an entry page's Markdown twin, its address without the trailing slash and with `.md`:
 * `/controls/mfa.md`.
 */
export function markdownTwinUrl(collection: CollectionName, id: string): string {
  return pageUrl(`${collection}/${id}.md`);
}

/** The URL a brand file of the content folder (logo, favicon) is published at: `/brand/logo.svg`. */
export function brandFileUrl(file: string): string {
  return pageUrl(`brand/${file.slice(file.lastIndexOf('/') + 1)}`);
}

/** The URL of the social card, the image a link preview shows: a PNG, which every preview can show. */
export function socialCardUrl(): string {
  return pageUrl('social-card.png');
}
