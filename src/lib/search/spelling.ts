/**
 * Spelling corrections for search. Pagefind finds words as they are written, so `encyption` or `gdrp` finds
 * nothing. A word no page holds is matched against the site's search vocabulary (see `vocabulary.ts`): the
 * nearest word within one edit, or two for a long word, where an edit adds, removes or changes a letter, or swaps
 * two letters side by side. Words shorter than four letters are never corrected: too many words lie one edit away.
 */

/** The shortest word corrected. */
const shortestCorrected = 4;

/** How many edits a word may be from its correction: one, or two from eight letters on. */
export function allowedEdits(word: string): number {
  return word.length >= 8 ? 2 : 1;
}

/**
 * The number of edits between two words (optimal string alignment distance: a swap of two neighbouring letters is
 * one edit), or `limit + 1` as soon as it is sure to be more than `limit`.
 */
export function countEdits(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let beforeLast: number[] = [];
  let last = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let rowBest = i;
    for (let j = 1; j <= b.length; j++) {
      const change = a[i - 1] === b[j - 1] ? 0 : 1;
      let edits = Math.min(last[j]! + 1, row[j - 1]! + 1, last[j - 1]! + change);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        edits = Math.min(edits, beforeLast[j - 2]! + 1);
      row.push(edits);
      rowBest = Math.min(rowBest, edits);
    }
    if (rowBest > limit) return limit + 1;
    beforeLast = last;
    last = row;
  }
  return Math.min(last[b.length]!, limit + 1);
}

/**
 * The word of the vocabulary nearest to a misspelt one, or `undefined` when none is near enough, the word is too
 * short to correct, or the vocabulary holds it. A longer word of the vocabulary is also compared by its beginning,
 * as Pagefind finds a word by its beginning: `encrpyt` becomes `encrypt`, which finds `encryption`. The vocabulary
 * lists its most frequent words first, and of two words as near, the more frequent wins.
 */
export function correctWord(word: string, vocabulary: readonly string[]): string | undefined {
  const typed = word.toLowerCase();
  if (typed.length < shortestCorrected || !/^\p{L}+$/u.test(typed)) return undefined;
  let best: string | undefined;
  let bestEdits = allowedEdits(typed) + 1;
  const consider = (form: string) => {
    const edits = countEdits(typed, form, bestEdits - 1);
    if (edits < bestEdits) {
      best = form;
      bestEdits = edits;
    }
  };
  for (const candidate of vocabulary) {
    if (candidate.startsWith(typed)) return undefined;
    consider(candidate);
    if (typed.length > shortestCorrected && candidate.length > typed.length + 1)
      consider(candidate.slice(0, typed.length));
  }
  return best;
}

/** Words spelt one way in British English and another in American English, British first. */
const spellingPairs: readonly (readonly [string, string])[] = [
  ['centre', 'center'],
  ['fibre', 'fiber'],
  ['behaviour', 'behavior'],
  ['colour', 'color'],
  ['favour', 'favor'],
  ['honour', 'honor'],
  ['labour', 'labor'],
  ['neighbour', 'neighbor'],
  ['licence', 'license'],
  ['defence', 'defense'],
  ['offence', 'offense'],
  ['programme', 'program'],
  ['catalogue', 'catalog'],
  ['labelled', 'labeled'],
  ['labelling', 'labeling'],
  ['modelling', 'modeling'],
  ['cancelled', 'canceled'],
  ['travelling', 'traveling'],
];
const otherSpelling = new Map(
  spellingPairs.flatMap(([british, american]) => [
    [british, american],
    [american, british],
  ]),
);

/** Words ending in `-ise` that are spelt so in American English as well. */
const alwaysIse = new Set(
  (
    'advise compromise comprise concise despise devise disguise enterprise exercise expertise franchise merchandise ' +
    'otherwise paradise precise premise promise revise supervise surprise televise'
  ).split(' '),
);

/**
 * A word in the other of British and American spelling (`centre` ↔ `center`, `authorisation` ↔ `authorization`,
 * `analyse` ↔ `analyze`, plurals and the endings of `-ise` verbs included); the word itself when it has no other
 * spelling. Search also searches the other spelling, so a reader finds pages written in either.
 */
export function spellOtherwise(word: string): string {
  const typed = word.toLowerCase();
  const plural = typed.endsWith('s') && otherSpelling.has(typed.slice(0, -1));
  const other = otherSpelling.get(plural ? typed.slice(0, -1) : typed);
  if (other) return plural ? `${other}s` : other;
  const verb = /^(\p{L}{3,})(is|iz|ys|yz)(e|es|ed|ing|ation|ations|er|ers)$/u.exec(typed);
  if (!verb || alwaysIse.has(`${verb[1]}${verb[2]}e`)) return typed;
  const swapped = { is: 'iz', iz: 'is', ys: 'yz', yz: 'ys' }[verb[2] as 'is' | 'iz' | 'ys' | 'yz'];
  return `${verb[1]}${swapped}${verb[3]}`;
}
