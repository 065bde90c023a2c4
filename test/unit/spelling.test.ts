import { describe, expect, test } from 'vitest';
import { allowedEdits, correctWord, countEdits } from '../../src/lib/search/spelling.ts';
import { getSearchVocabulary } from '../../src/lib/search/vocabulary.ts';
import { loadSampleGraph } from '../fixtures/export-graphs.ts';

describe('spelling corrections', () => {
  test('count an added, removed or changed letter, or two neighbours swapped, as one edit', () => {
    expect(countEdits('encryption', 'encryption', 2)).toBe(0);
    expect(countEdits('encyption', 'encryption', 2)).toBe(1);
    expect(countEdits('encrypption', 'encryption', 2)).toBe(1);
    expect(countEdits('encruption', 'encryption', 2)).toBe(1);
    expect(countEdits('gdrp', 'gdpr', 2)).toBe(1);
    expect(countEdits('ecnrpytion', 'encryption', 3)).toBe(2);
    // Beyond the limit, the count stops at one more than the limit.
    expect(countEdits('lockbox', 'encryption', 2)).toBe(3);
    expect(countEdits('abc', 'abcdefgh', 1)).toBe(2);
  });

  test('allow one edit up to seven letters, and two from eight', () => {
    expect(allowedEdits('gdrp')).toBe(1);
    expect(allowedEdits('lockbx')).toBe(1);
    expect(allowedEdits('encyption')).toBe(2);
  });

  test('correct to the nearest word, the more frequent of two as near, and leave short or known words alone', () => {
    const vocabulary = ['security', 'encryption', 'gdpr', 'residency', 'resiliency', 'lockbox'];
    expect(correctWord('encyption', vocabulary)).toBe('encryption');
    expect(correctWord('Encyption', vocabulary)).toBe('encryption');
    expect(correctWord('gdrp', vocabulary)).toBe('gdpr');
    expect(correctWord('residncy', vocabulary)).toBe('residency');
    // `resiliancy` is one edit from `resiliency` and more from `residency`: the nearer word wins.
    expect(correctWord('resiliancy', vocabulary)).toBe('resiliency');
    // Eight letters allow two edits.
    expect(correctWord('sekurety', vocabulary)).toBe('security');
    // Seven letters allow one edit; `lckbxo` is too far.
    expect(correctWord('lckbxo', vocabulary)).toBeUndefined();
    expect(correctWord('sso', ['ssoo'])).toBeUndefined();
    expect(correctWord('c5', vocabulary)).toBeUndefined();
    expect(correctWord('2026', ['2025'])).toBeUndefined();
    expect(correctWord('gdpr', vocabulary)).toBeUndefined();
    // A word the vocabulary begins with is one Pagefind finds; a misspelt beginning is corrected as a beginning.
    expect(correctWord('encrypt', vocabulary)).toBeUndefined();
    expect(correctWord('encrpyt', vocabulary)).toBe('encrypt');
    expect(correctWord('securty', vocabulary)).toBe('security');
    // A word of four letters is never compared by a beginning: `resj` is not the `resi` of `residency`.
    expect(correctWord('resj', vocabulary)).toBeUndefined();
    // Of two words one edit away, the one listed first, the more frequent, wins.
    expect(correctWord('cast', ['east', 'cost', 'case'])).toBe('east');
  });

  test("take the sample site's words from what its entries are called and about, the most frequent first", () => {
    const vocabulary = getSearchVocabulary(loadSampleGraph());
    expect(vocabulary).toEqual(expect.arrayContaining(['encryption', 'gdpr', 'lockbox', 'residency', 'subprocessors']));
    expect(vocabulary.every((word) => /^\p{Ll}{4,}$/u.test(word))).toBe(true);
    expect(new Set(vocabulary).size).toBe(vocabulary.length);
    // `microsoft` names many entries; `lockbox` a few.
    expect(vocabulary.indexOf('microsoft')).toBeLessThan(vocabulary.indexOf('lockbox'));
    expect(getSearchVocabulary(loadSampleGraph())).toEqual(vocabulary);
  });
});
