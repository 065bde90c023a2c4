import {
  getSearchInstance,
  highlightSearchTerms,
  isSearchShortcut,
  loadSearchComponents,
  writeSearchState,
} from './search-client.ts';
import { addResultTemplate } from './result-template.ts';

type SearchModal = HTMLElement & { open(): void };

/** Characters typed while search loads, and whether Esc asked to leave it closed. */
interface HeldTyping {
  release(): { typed: string; cancelled: boolean };
}

/**
 * Holds what is typed from the moment search is asked for until its box can take
 * it: Pagefind's components load only then, and a reader who presses Ctrl/⌘K and
 * types at once would otherwise lose the first letters. Backspace takes back the
 * last character; Esc cancels the search.
 */
export function holdTyping(): HeldTyping {
  let typed = '';
  let cancelled = false;
  const hold = (event: KeyboardEvent) => {
    if (event.isComposing || event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.key === 'Backspace') typed = typed.slice(0, -1);
    else if (event.key === 'Escape') cancelled = true;
    else if (event.key.length === 1) typed += event.key;
    else return;
    event.preventDefault();
  };
  document.addEventListener('keydown', hold, true);
  return {
    release() {
      document.removeEventListener('keydown', hold, true);
      return { typed, cancelled };
    },
  };
}

/**
 * Gives the dialog's box what was typed while it loaded, as if typed into it, so
 * it searches. With nothing typed, the words of the last search are selected, so
 * typing replaces them rather than adding to them.
 */
function handOver(input: HTMLInputElement, typed: string): void {
  input.focus();
  if (!typed) {
    input.select();
    return;
  }
  input.value = typed;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

/**
 * The search dialog, in the page: Pagefind's own parts, with results that show their badges. The dialog is added
 * empty and builds its parts itself; parts given to it beforehand would be moved into it once connected, and a
 * header moved that way sets itself up twice, with two close buttons on a phone.
 */
function addSearchModal(): SearchModal {
  const modal = document.createElement('pagefind-modal') as SearchModal;
  modal.setAttribute('reset-on-close', 'false');
  document.body.append(modal);
  const results = document.createElement('pagefind-results');
  addResultTemplate(results);
  modal.querySelector('pagefind-results')?.replaceWith(results);
  return modal;
}

/** The header's search entry: opens the search dialog on click or Ctrl/⌘K, and gives focus back when it closes. */
export class SearchTrigger extends HTMLElement {
  #bundle = this.dataset.bundle ?? '/pagefind/';

  connectedCallback() {
    const link = this.querySelector('a');
    const shortcut = this.querySelector('.shortcut');
    if (shortcut && /Mac|iPhone|iPad/.test(navigator.platform)) shortcut.textContent = '⌘ K';
    link?.addEventListener('click', (event) => {
      if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
      event.preventDefault();
      void this.open(link);
    });
    document.addEventListener('keydown', (event) => {
      if (!isSearchShortcut(event)) return;
      event.preventDefault();
      const pageInput = document.querySelector<HTMLInputElement>(
        'main pagefind-input input, main input[type="search"]',
      );
      if (pageInput) pageInput.focus();
      else
        void this.open(
          document.activeElement instanceof HTMLElement && document.activeElement !== document.body
            ? document.activeElement
            : link,
        );
    });
    highlightSearchTerms();
  }

  async open(returnFocusTo: HTMLElement | null) {
    const typing = holdTyping();
    try {
      await loadSearchComponents(this.#bundle);
    } catch {
      const { typed } = typing.release();
      location.href = `${this.querySelector('a')?.href ?? '/search/'}${writeSearchState({ term: typed, filters: {} })}`;
      return;
    }
    let modal = document.querySelector<SearchModal>('pagefind-modal');
    if (!modal) {
      await customElements.whenDefined('pagefind-modal');
      modal = addSearchModal();
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
    const { typed, cancelled } = typing.release();
    if (cancelled) return;
    const dialog = modal.querySelector('dialog');
    dialog?.addEventListener('close', () => returnFocusTo?.focus(), { once: true });
    modal.open();
    // The box takes focus as the dialog opens and registers its hint, `esc clear`, before the dialog
    // registers `esc close`; the footer shows the first. In the dialog Esc closes it, so the box's hint goes.
    const box = modal.querySelector('pagefind-input');
    if (box) getSearchInstance()?.deregisterShortcut('esc', box);
    const input = box?.querySelector('input');
    if (input) handOver(input, typed);
  }
}
