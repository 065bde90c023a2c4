import {
  getSearchInstance,
  loadSearchComponents,
  readSearchState,
  searchSorts,
  writeSearchState,
} from './search-client.ts';

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
    instance.faceted = true;
    const state = readSearchState(location.search);
    const select = template.content.querySelector<HTMLSelectElement>('[data-search-sort]');
    if (select && state.sort) select.value = state.sort;
    instance.searchSort = state.sort ? searchSorts[state.sort]?.sort : undefined;
    root.append(template.content.cloneNode(true));

    const update = (term: string, filters: Record<string, string[]>) => {
      const sort = root.querySelector<HTMLSelectElement>('[data-search-sort]')?.value || undefined;
      history.replaceState(null, '', `${location.pathname}${writeSearchState({ term, filters, sort })}`);
    };
    instance.on('search', (term, filters) => update(term ?? '', filters ?? {}));
    root.querySelector<HTMLSelectElement>('[data-search-sort]')?.addEventListener('change', (event) => {
      const value = (event.target as HTMLSelectElement).value;
      instance.searchSort = value ? searchSorts[value]?.sort : undefined;
      instance.triggerSearch(instance.searchTerm ?? '');
    });
    if (Object.keys(state.filters).length > 0) instance.triggerFilters(state.filters);
    if (state.term) {
      const input = root.querySelector<HTMLInputElement>('pagefind-input input');
      if (input) input.value = state.term;
      instance.triggerSearch(state.term);
    }
  }
}
