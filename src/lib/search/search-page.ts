import {
  getSearchInstance,
  loadSearchComponents,
  readSearchState,
  searchSorts,
  writeSearchState,
} from './search-client.ts';
import { addResultTemplate } from './result-template.ts';

/**
 * The search page: shows the search components once they are loaded and
 * configured, and keeps words, filters and sort in the URL so a view can be shared.
 */
export class SearchPage extends HTMLElement {
  async connectedCallback() {
    const unavailable = this.querySelector<HTMLElement>('[data-search-unavailable]');
    try {
      await loadSearchComponents(this.dataset.bundle ?? '/pagefind/');
    } catch {
      if (unavailable) unavailable.hidden = false;
      return;
    }
    const template = this.querySelector<HTMLTemplateElement>('[data-search-template]');
    const root = this.querySelector('[data-search-root]');
    const instance = getSearchInstance();
    if (!template || !root || !instance) return;
    const state = readSearchState(location.search);
    const select = template.content.querySelector<HTMLSelectElement>('[data-search-sort]');
    if (select && state.sort) select.value = state.sort;
    instance.searchSort = state.sort ? searchSorts[state.sort]?.sort : undefined;
    template.content.querySelectorAll('pagefind-results').forEach(addResultTemplate);
    root.append(template.content.cloneNode(true));
    root.querySelector<HTMLSelectElement>('[data-search-sort]')?.addEventListener('change', (event) => {
      const value = (event.target as HTMLSelectElement).value;
      instance.searchSort = value ? searchSorts[value]?.sort : undefined;
      instance.triggerSearch(instance.searchTerm ?? '');
    });

    // When Pagefind finishes loading for an instance that browses by facet, it runs an empty search if
    // no search has got past the load yet, and that search would replace a shared one (an empty box,
    // `q` gone from the URL). So with a shared search, browsing is turned on after the load, and then
    // the shared search runs, or what the reader typed meanwhile.
    const shared = state.term !== '' || Object.keys(state.filters).length > 0;
    if (shared) await instance.triggerLoad();
    instance.faceted = true;
    if (shared) {
      const input = root.querySelector<HTMLInputElement>('pagefind-input input');
      instance.triggerSearchWithFilters(input?.value || state.term, state.filters);
    }

    instance.on('search', (term, filters) => {
      const sort = root.querySelector<HTMLSelectElement>('[data-search-sort]')?.value || undefined;
      const query = writeSearchState({ term: term ?? '', filters: filters ?? {}, sort });
      history.replaceState(null, '', `${location.pathname}${query}`);
    });
  }
}
