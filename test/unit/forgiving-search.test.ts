import { describe, expect, test } from 'vitest';
import {
  describeSearchedInstead,
  getMeaningfulWords,
  searchForgivingly,
  spellApart,
  splitWords,
} from '../../src/lib/search/forgiving-search.ts';
import { spellOtherwise } from '../../src/lib/search/spelling.ts';

/** Pages by their words, and a search that finds the pages holding every word searched, as Pagefind does. */
const pages = [
  'security incident notification breach customers notify within 72 hours',
  'cyber insurance certificate',
  'backups kept 35 days',
  'quickly restore a region',
];
function fakeSearch(holding: readonly string[] = pages) {
  const searched: (string | null)[] = [];
  const search = async (term: string | null) => {
    searched.push(term);
    const words = splitWords(term ?? '');
    return { results: holding.filter((page) => words.every((word) => page.split(' ').includes(word))) };
  };
  return { search, searched };
}

describe('a search as readers type it', () => {
  test('keeps the words that carry meaning, without punctuation, or every word when none does', () => {
    expect(splitWords('Do you encrypt data at rest?')).toEqual(['do', 'you', 'encrypt', 'data', 'at', 'rest']);
    expect(getMeaningfulWords('Do you encrypt data at rest?')).toEqual(['encrypt', 'data', 'rest']);
    expect(getMeaningfulWords('Who are you')).toEqual(['who', 'are', 'you']);
    // What a reader asks to do with a document is not what the document says.
    expect(getMeaningfulWords('Where can I get your pentest report?')).toEqual(['pentest', 'report']);
    expect(getMeaningfulWords('I need to see the SOC 2 report')).toEqual(['soc', '2', 'report']);
  });

  test('searches meaningful words as typed, and a quoted phrase as typed', async () => {
    const { search, searched } = fakeSearch();
    expect((await searchForgivingly(search, 'cyber insurance')).results).toEqual(['cyber insurance certificate']);
    await searchForgivingly(search, '"notify within" of');
    expect(searched).toEqual(['cyber insurance', '"notify within" of']);
  });

  const forgivingSteps =
    'leaves out filler words, then words no page holds, then the first words, until a page holds them all';
  test(forgivingSteps, async () => {
    const { search, searched } = fakeSearch();
    expect((await searchForgivingly(search, 'Do you have cyber insurance?')).results).toEqual([
      'cyber insurance certificate',
    ]);
    expect(searched).toEqual(['cyber insurance']);
    searched.length = 0;
    // `zzqx` is on no page; `quickly` is, but not with the rest.
    const found = await searchForgivingly(search, 'How quickly will you notify us of a zzqx breach?');
    expect(found.results).toEqual([pages[0]]);
    expect(searched).toEqual([
      'quickly notify zzqx breach',
      'quickly',
      'notify',
      'zzqx',
      'breach',
      'quickly notify breach',
      'notify breach',
    ]);
  });

  test('leaves out of keywords a word no page holds, and of a question never keeps a number alone', async () => {
    const { search, searched } = fakeSearch();
    // A word no page holds is left out of keywords.
    expect((await searchForgivingly(search, 'zzqx insurance')).results).toEqual(['cyber insurance certificate']);
    searched.length = 0;
    // A question is loosened word by word, but not to a number alone.
    expect((await searchForgivingly(search, 'is it insurance for 35')).results).toEqual([]);
    expect(searched).toEqual(['insurance 35', 'insurance', '35', 'insurance 35']);
  });

  test('loosens keywords no page holds together to the words finding the most, or the rarest word', async () => {
    const { search, searched } = fakeSearch([...pages, 'cyber security insurance', 'security insurance policy']);
    // No page holds all four; of the ways to keep three, only `cyber insurance certificate` finds a page.
    const found = await searchForgivingly(search, 'cyber insurance certificate 35');
    expect(found).toMatchObject({ searchedFor: 'cyber insurance certificate', results: [pages[1]] });
    searched.length = 0;
    // `security insurance` finds two pages, `certificate insurance` one: the most win over the first words.
    const loosened = await searchForgivingly(search, 'certificate security insurance');
    expect(loosened).toMatchObject({
      searchedFor: 'security insurance',
      results: ['cyber security insurance', 'security insurance policy'],
    });
    expect(searched.slice(-3)).toEqual(['certificate security', 'certificate insurance', 'security insurance']);
    expect(describeSearchedInstead('certificate security insurance', loosened)).toBe(
      'No results for certificate security insurance. Showing 2 results for security insurance instead.',
    );
    // Two words are left out when leaving out one finds nothing; on a tie, the first words are kept.
    expect(await searchForgivingly(search, 'certificate cyber policy security')).toMatchObject({
      searchedFor: 'certificate cyber',
      results: [pages[1]],
    });
    expect(await searchForgivingly(search, 'policy security cyber certificate')).toMatchObject({
      searchedFor: 'policy security',
    });
    // Down to one word, the rarest a page holds wins, and a word only of four letters or more that is not a number.
    expect(await searchForgivingly(search, 'cyber policy')).toMatchObject({
      searchedFor: 'policy',
      results: ['security insurance policy'],
    });
    expect(await searchForgivingly(search, 'insurance 35')).toMatchObject({ searchedFor: 'insurance' });
    searched.length = 0;
    expect(await searchForgivingly(search, 'kept region 72')).toMatchObject({ searchedFor: 'kept' });
    expect(searched).toEqual([
      'kept region 72',
      'kept',
      'region',
      '72',
      'kept region',
      'kept 72',
      'region 72',
      'kept',
      'region',
    ]);
    const { search: searchSoc, searched: searchedSoc } = fakeSearch(['soc 1 report', 'iso 2 certificate']);
    expect((await searchForgivingly(searchSoc, 'soc 2')).results).toEqual([]);
    expect(searchedSoc).toEqual(['soc 2', 'soc', '2']);
  });

  test('returns the first search when nothing is found at all, and passes an empty search on as it is', async () => {
    const { search, searched } = fakeSearch();
    expect((await searchForgivingly(search, 'zzqx yyqx')).results).toEqual([]);
    expect(searched).toEqual(['zzqx yyqx', 'zzqx', 'yyqx']);
    searched.length = 0;
    await searchForgivingly(search, null);
    expect(searched).toEqual([null]);
  });
});

describe('a misspelt search', () => {
  const spelt = ['encryption of stored data', 'gdpr data processing agreement', 'customer lockbox'];
  const vocabulary = async () => ['data', 'encryption', 'gdpr', 'lockbox', 'stored', 'customer'];

  test('finds what the corrected words find, keeping the words pages hold', async () => {
    const { search, searched } = fakeSearch(spelt);
    expect(await searchForgivingly(search, 'encyption', undefined, vocabulary)).toEqual({
      results: [spelt[0]],
      searchedFor: 'encryption',
    });
    expect(searched).toEqual(['encyption', 'encryption']);
    searched.length = 0;
    expect((await searchForgivingly(search, 'gdrp data', undefined, vocabulary)).results).toEqual([spelt[1]]);
    expect(searched).toEqual(['gdrp data', 'gdrp', 'data', 'gdpr data']);
    searched.length = 0;
    const question = await searchForgivingly(search, 'Do you have a customer lockbx?', undefined, vocabulary);
    expect(question.results).toEqual([spelt[2]]);
    expect(searched).toEqual(['customer lockbx', 'customer', 'lockbx', 'customer lockbox']);
    expect(describeSearchedInstead('Do you have a customer lockbx? ', question)).toBe(
      'No results for Do you have a customer lockbx? Showing 1 result for customer lockbox instead.',
    );
  });

  test('marks only a search whose words are not those typed, which its summary then names', async () => {
    const { search } = fakeSearch(spelt);
    const asTyped = await searchForgivingly(search, 'customer lockbox', undefined, vocabulary);
    expect(asTyped).toEqual({ results: [spelt[2]] });
    expect(describeSearchedInstead('customer lockbox', asTyped)).toBeUndefined();
    // A question found without its filler words is found as asked.
    expect(await searchForgivingly(search, 'Do you have a customer lockbox?', undefined, vocabulary)).toEqual({
      results: [spelt[2]],
    });
    const nothing = await searchForgivingly(search, 'zzqx', undefined, vocabulary);
    expect(nothing).toEqual({ results: [] });
    const twoFound = { results: ['a', 'b'], searchedFor: 'gdpr data' };
    expect(describeSearchedInstead('gdrp data', twoFound)).toBe(
      'No results for gdrp data. Showing 2 results for gdpr data instead.',
    );
  });

  test('loads the vocabulary only when a search finds nothing or few pages; leaves out unknown words', async () => {
    const many = ['customer data', 'customer keys', 'customer lockbox', 'customer support'];
    let loads = 0;
    const counted = async () => {
      loads++;
      return vocabulary();
    };
    await searchForgivingly(fakeSearch(many).search, 'customer', undefined, counted);
    expect(loads).toBe(0);
    await searchForgivingly(fakeSearch(many).search, 'customer lockbox', undefined, counted);
    expect(loads).toBe(1);
    const { search, searched } = fakeSearch(spelt);
    expect((await searchForgivingly(search, 'zzqx lockbox', undefined, counted)).results).toEqual([spelt[2]]);
    searched.length = 0;
    expect((await searchForgivingly(search, 'zzqxy', undefined, counted)).results).toEqual([]);
    expect(searched).toEqual(['zzqxy']);
  });
});

describe('a search that finds a few pages', () => {
  const vocabulary = async () => ['report', 'soc', 'audit', 'lockbox'];

  test('is searched with misspelt words corrected as well, whose results come first when there are more', async () => {
    // Pagefind matches loosely: a page holding only some of the words typed may be found.
    const loose = ['soc 2 report', 'soc 2 bridge letter report', 'soc 2 audit'];
    const reports = [loose[0], loose[1]];
    const searched: string[] = [];
    const search = async (term: string | null) => {
      searched.push(term!);
      return { results: term === 'soc 2 reprot' ? [loose[2]] : term === 'soc 2 report' ? reports : [] };
    };
    const found = await searchForgivingly(search, 'soc 2 reprot', undefined, vocabulary);
    expect(found).toEqual({
      results: [loose[0], loose[1], loose[2]],
      searchedFor: 'soc 2 report',
      alsoFor: 'soc 2 reprot',
    });
    expect(searched).toEqual(['soc 2 reprot', 'soc 2 report']);
    expect(describeSearchedInstead('soc 2 reprot', found)).toBe('Showing 3 results for soc 2 report and soc 2 reprot.');
  });

  test('keeps the search as typed when its words are known, or the corrected words find no more', async () => {
    const { search, searched } = fakeSearch(['soc 2 report', 'audit reprot']);
    expect(await searchForgivingly(search, 'soc report', undefined, vocabulary)).toEqual({ results: ['soc 2 report'] });
    expect(searched).toEqual(['soc report']);
    searched.length = 0;
    // `reprot` corrects to `report`, which finds no more than the one page typed.
    expect(await searchForgivingly(search, 'audit reprot', undefined, vocabulary)).toEqual({
      results: ['audit reprot'],
    });
    expect(searched).toEqual(['audit reprot', 'audit report']);
  });
});

describe('a name typed with its number', () => {
  const written = ['soc 2 type 2 report', 'soc 2 bridge letter', 'soc2 at a glance', 'iso 27001 certificate'];

  test('is spelled apart as pages write it, and nothing else is', () => {
    expect(['soc2', 'iso27001', 'c5', 'soc', '27001', 'x2', '2fa', 'soc2x'].map(spellApart)).toEqual([
      'soc 2',
      'iso 27001',
      'c5',
      'soc',
      '27001',
      'x2',
      '2fa',
      'soc2x',
    ]);
  });

  test('finds the pages of both spellings, those spelled apart first, and says so', async () => {
    const { search, searched } = fakeSearch(written);
    const found = await searchForgivingly(search, 'SOC2');
    expect(found).toEqual({ results: [written[0], written[1], written[2]], searchedFor: 'soc 2', alsoFor: 'soc2' });
    expect(searched).toEqual(['SOC2', 'soc 2']);
    expect(describeSearchedInstead('SOC2', found)).toBe('Showing 3 results for soc 2 and soc2.');
    const asked = await searchForgivingly(search, 'Do you have a soc2 report?');
    expect(asked).toEqual({ results: [written[0]], searchedFor: 'soc 2 report' });
    expect(describeSearchedInstead('Do you have a soc2 report?', asked)).toBe(
      'No results for Do you have a soc2 report? Showing 1 result for soc 2 report instead.',
    );
    const glance = await searchForgivingly(search, 'Is there a soc2 glance?');
    expect(glance).toEqual({ results: [written[2]] });
  });

  test('says the words typed found nothing when only the name spelled apart finds pages', async () => {
    const { search } = fakeSearch(written);
    const found = await searchForgivingly(search, 'iso27001');
    expect(found).toEqual({ results: [written[3]], searchedFor: 'iso 27001' });
    expect(describeSearchedInstead('iso27001', found)).toBe(
      'No results for iso27001. Showing 1 result for iso 27001 instead.',
    );
  });

  test('keeps the search as typed when spelling the name apart finds nothing more', async () => {
    const { search, searched } = fakeSearch(['soc2 at a glance']);
    expect(await searchForgivingly(search, 'soc2')).toEqual({ results: ['soc2 at a glance'] });
    expect(searched).toEqual(['soc2', 'soc 2']);
    searched.length = 0;
    expect(await searchForgivingly(search, 'soc 2')).toEqual({ results: [] });
    expect(searched).toEqual(['soc 2', 'soc', '2']);
  });
});

describe('a word with a British and an American spelling', () => {
  test('is spelt the other way, with its plural or the endings of a verb, and no other word is', () => {
    const words = ['center', 'centres', 'organisation', 'authorized', 'analyse', 'color', 'licences', 'program'];
    expect(words.map(spellOtherwise)).toEqual([
      'centre',
      'centers',
      'organization',
      'authorised',
      'analyze',
      'colour',
      'licenses',
      'programme',
    ]);
    // Words that end as such verbs do but are spelt alike, or have no other spelling, stay as they are.
    const alike = ['promise', 'premises', 'exercise', 'otherwise', 'size', 'licensed', 'vendor', 'processor', 'data'];
    expect(alike.map(spellOtherwise)).toEqual(alike);
  });

  test('finds pages written either way, those of the other spelling first when more, and says so', async () => {
    const written = ['data centre locations', 'physical data centre access', 'data center tour'];
    const { search, searched } = fakeSearch(written);
    const found = await searchForgivingly(search, 'data center');
    expect(found).toEqual({
      results: [written[0], written[1], written[2]],
      searchedFor: 'data centre',
      alsoFor: 'data center',
    });
    expect(searched).toEqual(['data center', 'data centre']);
    expect(describeSearchedInstead('data center', found)).toBe('Showing 3 results for data centre and data center.');
    // Typed as the pages write it, the other spelling finds no more, and the search stays as typed.
    expect(await searchForgivingly(search, 'data centre')).toEqual({ results: [written[0], written[1]] });
  });
});
