/**
 * Search that answers questions as readers type them. Pagefind finds the pages that hold every word
 * searched, so `how quickly will you notify us of a breach` finds nothing: no page says all of it.
 * A reader's question is searched without its filler words (`how`, `do`, `you`, `the` …), and
 * when the words left still find nothing, fewer of them are searched, until some page holds them
 * all. A search of keywords alone is searched as typed, correcting the misspelt words no page holds
 * and leaving out the others; keywords no page holds together are searched with fewer of them, down
 * to the rarest word that stands alone. A quoted phrase always is searched as typed. A name typed with its
 * number (`soc2`, `iso27001`) is also searched as pages write it (`soc 2`, `iso 27001`), and a word with a British
 * and an American spelling in its other spelling (`data center` as `data centre`).
 */

import { plural } from '../present/format.ts';
import { correctWord, spellOtherwise } from './spelling.ts';

/** Words that carry no meaning of their own in a reader's question. */
const fillerWords = new Set(
  (
    'a about an and any are as at be been can could did do does find for from get had has have how i if in is it its ' +
    'me my need of on or our please see should so tell that the their there they this to us want was we what when ' +
    'where which who why will with would you your'
  ).split(' '),
);

/** The words of a search, lowercase, without the punctuation of a question: `Do you encrypt?` → `do you encrypt`. */
export function splitWords(term: string): string[] {
  return term
    .toLowerCase()
    .split(/\s+/)
    .map((word) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter(Boolean);
}

/** The words of a search that carry its meaning; all of them when every word is a filler word. */
export function getMeaningfulWords(term: string): string[] {
  const words = splitWords(term);
  const meaningful = words.filter((word) => !fillerWords.has(word));
  return meaningful.length > 0 ? meaningful : words;
}

interface SearchResponse {
  results: unknown[];
  /** The words searched instead of those typed, or as well as them, when these found more. */
  searchedFor?: string;
  /** The words typed, when the results hold what they found as well as what `searchedFor` found. */
  alsoFor?: string;
}

/** Pagefind's own search, as its component UI calls it. */
type Search = (term: string | null, options?: object) => Promise<SearchResponse>;

/** Whether words are worth searching alone: not a single short word or number, which most pages hold. */
const isSpecific = (words: readonly string[]) =>
  words.length > 1 || (words.length === 1 && words[0]!.length >= 3 && !/^\d+$/.test(words[0]!));

/** A word of letters typed with its number, as `soc2` or `iso27001`, spelled apart as pages write it: `soc 2`. */
export function spellApart(word: string): string {
  return word.replace(/^(\p{L}{2,})(\d+)$/u, '$1 $2');
}

/** The results of two searches, those of the first first, each result once. */
function mergeResults(first: readonly unknown[], second: readonly unknown[]): unknown[] {
  const key = (result: unknown) => (result && typeof result === 'object' && 'id' in result ? result.id : result);
  const seen = new Set(first.map(key));
  return [...first, ...second.filter((result) => !seen.has(key(result)))];
}

/**
 * Searches other words as well as those typed: a name spelled apart, words in their other spelling, or misspelt words
 * corrected. The results of both, those of the other words first, when the other words find more than the words
 * typed; otherwise `undefined`.
 */
async function searchAsWell(
  search: Search,
  words: readonly string[],
  other: string,
  typed: SearchResponse,
  options: object | undefined,
) {
  if (other === words.join(' ')) return undefined;
  const response = await search(other, options);
  if (response.results.length <= typed.results.length) return undefined;
  const results = mergeResults(response.results, typed.results);
  return Object.assign(
    response,
    { results, searchedFor: other },
    typed.results.length > 0 ? { alsoFor: words.join(' ') } : {},
  );
}

/** The words a misspelt word is corrected to, most frequent first (see `spelling.ts`), loaded when first needed. */
export type Vocabulary = () => Promise<readonly string[]>;

/** How few results make a search worth trying with its misspelt words corrected. */
const fewResults = 3;

/**
 * The words typed with the misspelt ones corrected, when they find only a few pages, which Pagefind can match loosely
 * on the words spelt right (`soc 2 reprot` finds one page that says neither `report` nor `reprot`); otherwise the
 * words typed.
 */
async function correctFewFound(words: readonly string[], typed: SearchResponse, vocabulary: Vocabulary) {
  if (typed.results.length === 0 || typed.results.length > fewResults) return words.join(' ');
  const known = await vocabulary();
  return words.map((word) => correctWord(word, known) ?? word).join(' ');
}

/**
 * Searches as typed, or without its filler words when it has any. When that finds nothing, corrects the words no
 * page holds to the nearest words of the vocabulary (`encyption` → `encryption`), and leaves out those it cannot
 * correct; and for a question, the first words one by one, as its subject tends to come last (`quickly notify …
 * breach`). Keywords no page holds together are searched with fewer of them (see `searchFewerWords`).
 * Returns the first search that finds something, marked with the words it searched when they are not those typed,
 * or the first search.
 */
export async function searchForgivingly(
  search: Search,
  term: string | null,
  options?: object,
  vocabulary: Vocabulary = async () => [],
) {
  if (!term || term.includes('"')) return search(term, options);
  const typed = splitWords(term);
  const words = getMeaningfulWords(term);
  const question = words.length < typed.length;
  const first = await search(question ? words.join(' ') : term, options);
  const apart = words.map(spellApart).join(' ');
  const otherwise = words.map(spellOtherwise).join(' ');
  const asWell =
    (await searchAsWell(search, words, apart, first, options)) ??
    (await searchAsWell(search, words, otherwise, first, options)) ??
    (await searchAsWell(search, words, await correctFewFound(words, first, vocabulary), first, options));
  if (asWell) return asWell;
  if (first.results.length > 0 || words.length === 0) return first;
  const found =
    words.length === 1
      ? [false]
      : await Promise.all(words.map(async (word) => (await search(word)).results.length > 0));
  const known = found.every(Boolean) ? [] : await vocabulary();
  let kept = words.flatMap((word, index) => (found[index] ? [word] : (correctWord(word, known) ?? [])));
  if (question) {
    while (isSpecific(kept)) {
      const response = await searchInstead(search, kept, options);
      if (response) return response;
      kept = kept.slice(1);
    }
    return first;
  }
  const corrected = kept.join(' ') !== words.join(' ') && isSpecific(kept);
  return (
    (corrected ? await searchInstead(search, kept, options) : undefined) ??
    (await searchFewerWords(search, kept, options)) ??
    first
  );
}

/** What other words than those typed find, marked with those words; `undefined` when they find nothing. */
async function searchInstead(search: Search, words: readonly string[], options: object | undefined) {
  const response = await search(words.join(' '), options);
  return response.results.length > 0 ? Object.assign(response, { searchedFor: words.join(' ') }) : undefined;
}

/** The most searches a keyword search is loosened by: the two to four words of most searches are far within it. */
const maxFewerWordSearches = 20;

/** The ways to keep `size` of some words, in their order; those keeping the first words first. */
function keepSome(words: readonly string[], size: number): string[][] {
  if (size === 0) return [[]];
  if (words.length < size) return [];
  const [head, ...tail] = words;
  return [...keepSome(tail, size - 1).map((rest) => [head!, ...rest]), ...keepSome(tail, size)];
}

/** Whether a word may be searched alone in place of keywords: four letters or more, not a number (`soc`, `35`). */
const standsAlone = (word: string) => word.length >= 4 && !/^\d+$/.test(word);

/**
 * Keywords no page holds together (`vendor oversight program`), with a word left out, then two, and so on: of the
 * words kept, those that find the most pages, the first words on a tie. Down to one word, the rarest word a page
 * holds wins, as it says most of what is looked for (`employee offboarding` is `offboarding`), and only a word that
 * stands alone: `SOC 2` among controls is never `soc` or `2`.
 */
async function searchFewerWords(search: Search, words: readonly string[], options: object | undefined) {
  let searches = 0;
  for (let size = words.length - 1; size >= 1; size--) {
    const candidates = keepSome(words, size).filter((kept) => size > 1 || standsAlone(kept[0]!));
    searches += candidates.length;
    if (searches > maxFewerWordSearches) return undefined;
    const responses = await Promise.all(candidates.map((kept) => search(kept.join(' '), options)));
    const found = responses.filter((response) => response.results.length > 0);
    if (found.length === 0) continue;
    const count = (response: SearchResponse) => (size > 1 ? response.results.length : -response.results.length);
    const best = found.reduce((chosen, response) => (count(response) > count(chosen) ? response : chosen));
    return Object.assign(best, { searchedFor: candidates[responses.indexOf(best)]!.join(' ') });
  }
  return undefined;
}

/**
 * What a search's summary says when other words than those typed were searched, or `undefined`: instead of them,
 * `No results for gdrp. Showing 25 results for gdpr instead.`, or as well as them, `Showing 84 results for soc 2
 * and soc2.`
 */
export function describeSearchedInstead(typed: string, response: SearchResponse): string | undefined {
  if (!response.searchedFor) return undefined;
  const asked = typed.trim();
  const found = plural(response.results.length, 'result');
  if (response.alsoFor) return `Showing ${found} for ${response.searchedFor} and ${response.alsoFor}.`;
  const stop = /[.?!]$/.test(asked) ? '' : '.';
  return `No results for ${asked}${stop} Showing ${found} for ${response.searchedFor} instead.`;
}

/**
 * Makes a component UI instance search forgivingly: Pagefind is wrapped the moment the instance
 * loads it, so every box and dialog the instance drives searches the same way. The component UI
 * keeps Pagefind in its `__pagefind__` field (Pagefind 1.6, pinned); the browser test of questions
 * typed as sentences fails if a new version keeps it elsewhere.
 */
export function searchInstanceForgivingly(instance: object, vocabulary?: Vocabulary): void {
  let pagefind: { search: Search } | undefined;
  Object.defineProperty(instance, '__pagefind__', {
    configurable: true,
    get: () => pagefind,
    set(loaded: { search: Search } | undefined) {
      if (loaded) {
        const search = loaded.search.bind(loaded);
        loaded.search = (term, options) => searchForgivingly(search, term, options, vocabulary);
      }
      pagefind = loaded;
    },
  });
}
