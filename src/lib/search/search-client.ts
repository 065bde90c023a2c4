/**
 * Browser side of search: loads Pagefind's component UI only when a reader asks
 * for search (Ctrl/⌘K or the header link), keeps the search page's query and
 * filters in its URL, and highlights the terms on a page reached from a result.
 * Everything here is a progressive enhancement over plain links.
 */

import { describeSearchedInstead, searchInstanceForgivingly } from './forgiving-search.ts';

interface PagefindInstance {
  on(event: 'search', callback: (term: string, filters: Record<string, string[]>) => void): void;
  on(event: 'results', callback: (response: { results: unknown[]; searchedFor?: string }) => void): void;
  /** Says a text through the instance's live regions, to screen readers. */
  announceRaw(text: string, politeness?: 'polite' | 'assertive'): void;
  triggerSearch(term: string): void;
  triggerFilters(filters: Record<string, string[]>): void;
  triggerSearchWithFilters(term: string, filters: Record<string, string[]>): void;
  /** Loads Pagefind itself, which the components otherwise do on the first search. */
  triggerLoad(): Promise<void>;
  /** Withdraws a keyboard hint a component registered, such as the box's `esc`. */
  deregisterShortcut(label: string, owner: Element): void;
  searchTerm?: string;
  searchSort?: Record<string, 'asc' | 'desc'> | undefined;
  /** When set, an empty query with filters lists every matching page, for browsing by facet. */
  faceted?: boolean;
}

interface PagefindComponents {
  getInstanceManager(): { getInstance(name?: string): PagefindInstance };
  configureInstance(name: string, options: Record<string, unknown>): PagefindInstance;
}

declare global {
  interface Window {
    PagefindComponents?: PagefindComponents;
  }
}

/** The URL parameter Pagefind adds to result links, and the highlighter reads. */
export const highlightParam = 'highlight';

let loading: Promise<void> | undefined;

/**
 * How results are ranked. Without a length penalty an entry's own short page
 * outranks the long pages that mention it often. A framework's names, carried
 * as the `names` metadata of its page, add to the score when the query names
 * it, so `HIPAA` or `C5` finds the framework before the reports named after it,
 * while `C5 attestation` still finds the report first. The `current` metadata,
 * an in-force entry's title or names, puts `SOC 2`'s current reports above the
 * superseded one, and the `own` metadata, the title of the organisation's own
 * current artefacts, puts its own reports above its providers' of the same name;
 * the values that colour badges are not searched.
 */
export const searchRanking = {
  pageLength: 0,
  metaWeights: { names: 5, current: 2, own: 2, statusTone: 0, accessTone: 0 },
};

/** The ways results can be sorted, besides relevance: Pagefind sort keys and directions. */
export const searchSorts: Record<string, { label: string; sort: Record<string, 'asc' | 'desc'> }> = {
  'issued:desc': { label: 'Issued, newest first', sort: { issued: 'desc' } },
  'validUntil:asc': { label: 'Valid until, soonest first', sort: { validUntil: 'asc' } },
  'title:asc': { label: 'Title, A to Z', sort: { title: 'asc' } },
};

/**
 * The address of the search vocabulary (see `vocabulary.ts`), beside the search bundle under the site's base:
 * `/search/words.json` for `/pagefind/`, as `searchWordsUrl` builds it.
 */
export function getWordsUrl(bundlePath: string): string {
  return bundlePath.replace(/pagefind\/$/, 'search/words.json');
}

/**
 * Makes every summary of an instance's search say so when other words were searched than those typed (a word
 * corrected, or left out), and screen readers too. The summary and the results write and announce their own text on
 * the same results, so this one is written after theirs.
 */
function sayWhatWasSearched(instance: PagefindInstance): void {
  instance.on('results', (response) =>
    queueMicrotask(() => {
      const text = describeSearchedInstead(instance.searchTerm ?? '', response);
      if (!text) return;
      for (const summary of document.querySelectorAll('pagefind-summary .pf-summary')) summary.textContent = text;
      instance.announceRaw(text);
    }),
  );
}

/** Fetches the search vocabulary once, on the first word that finds nothing; none when it cannot be had. */
function fetchOnce(wordsUrl: string): () => Promise<readonly string[]> {
  let words: Promise<readonly string[]> | undefined;
  return () =>
    (words ??= fetch(wordsUrl)
      .then((response) => (response.ok ? (response.json() as Promise<string[]>) : []))
      .catch(() => []));
}

/**
 * Loads the component UI's stylesheet and script once and configures the shared
 * instance before any search element exists, so the options take effect. A word
 * no page holds is corrected to the nearest word of the search vocabulary.
 */
export function loadSearchComponents(bundlePath: string): Promise<void> {
  loading ??= new Promise((resolve, reject) => {
    const style = document.createElement('link');
    style.rel = 'stylesheet';
    style.href = `${bundlePath}pagefind-component-ui.css`;
    document.head.append(style);
    const script = document.createElement('script');
    script.src = `${bundlePath}pagefind-component-ui.js`;
    script.addEventListener('load', () => {
      // Searching on the page's own thread spares the first search the download of Pagefind's worker script.
      const instance = window.PagefindComponents?.configureInstance('default', {
        bundlePath,
        highlightParam,
        ranking: searchRanking,
        noWorker: true,
      });
      if (instance) {
        searchInstanceForgivingly(instance, fetchOnce(getWordsUrl(bundlePath)));
        sayWhatWasSearched(instance);
      }
      resolve();
    });
    script.addEventListener('error', () => reject(new Error('The search index could not be loaded.')));
    document.head.append(script);
  });
  return loading;
}

/** Whether a key press is the search shortcut: Ctrl+K, or ⌘K on a Mac, with no other modifier. */
export function isSearchShortcut(event: KeyboardEvent): boolean {
  return event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey;
}

/** A search as the URL shares it: words, filters, and an optional sort key from `searchSorts`. */
export interface SearchState {
  term: string;
  filters: Record<string, string[]>;
  sort?: string | undefined;
}

/** Reads a shared search from the URL: `?q=soc&f=Type:Artefact&f=Access:Public&sort=issued:desc`. */
export function readSearchState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const filters: Record<string, string[]> = {};
  for (const value of params.getAll('f')) {
    const separator = value.indexOf(':');
    if (separator <= 0) continue;
    const name = value.slice(0, separator);
    (filters[name] ??= []).push(value.slice(separator + 1));
  }
  const sort = params.get('sort') ?? undefined;
  return { term: params.get('q') ?? '', filters, sort: sort && sort in searchSorts ? sort : undefined };
}

/** Writes a search into URL parameters, the inverse of `readSearchState`. */
export function writeSearchState({ term, filters, sort }: SearchState): string {
  const params = new URLSearchParams();
  if (term) params.set('q', term);
  for (const [name, values] of Object.entries(filters).sort(([a], [b]) => a.localeCompare(b))) {
    for (const value of [...values].sort()) params.append('f', `${name}:${value}`);
  }
  if (sort) params.set('sort', sort);
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** The default Pagefind instance the components share. */
export function getSearchInstance(): PagefindInstance | undefined {
  return window.PagefindComponents?.getInstanceManager().getInstance('default');
}

/**
 * Highlights the searched words on a page opened from a search result, by
 * wrapping them in `<mark>` inside the main content. Written here rather than
 * loaded from Pagefind so it needs no inline styles under the site's CSP.
 */
export function highlightSearchTerms(root: ParentNode | null = document.querySelector('main')): number {
  const terms = new URLSearchParams(location.search)
    .getAll(highlightParam)
    .map((term) => term.trim())
    .filter((term) => term.length > 1);
  if (!root || terms.length === 0) return 0;
  const pattern = new RegExp(terms.map((term) => term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'gi');
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.parentElement?.closest('script, style, mark, [hidden], [data-pagefind-ignore]')
        ? NodeFilter.FILTER_REJECT
        : NodeFilter.FILTER_ACCEPT,
  });
  const nodes: Text[] = [];
  while (walker.nextNode()) nodes.push(walker.currentNode as Text);
  let count = 0;
  for (const node of nodes) {
    const text = node.data;
    pattern.lastIndex = 0;
    if (!pattern.test(text)) continue;
    pattern.lastIndex = 0;
    const fragment = document.createDocumentFragment();
    let last = 0;
    for (const match of text.matchAll(pattern)) {
      fragment.append(text.slice(last, match.index));
      const mark = document.createElement('mark');
      mark.className = 'search-highlight';
      mark.textContent = match[0];
      fragment.append(mark);
      last = match.index + match[0].length;
      count += 1;
    }
    fragment.append(text.slice(last));
    node.replaceWith(fragment);
  }
  return count;
}
