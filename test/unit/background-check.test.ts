import { join } from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import { afterEach, describe, expect, test } from 'vitest';
import {
  checkedLoader,
  shareContentCheck,
  startContentCheck,
  type BackgroundCheckOutcome,
} from '../../src/lib/content/background-check.ts';
import { checkContent } from '../../src/lib/content/check.ts';
import { formatProblems } from '../../src/lib/content/problems.ts';
import { brokenContent, minimalContent } from '../fixtures/content-sets.ts';

describe('startContentCheck', () => {
  test('reports in a worker thread the same problems as the check itself', async () => {
    const content = brokenContent('several-errors');
    const root = join(content, '..');
    const outcome = await startContentCheck({ contentDir: content, root, today: '2026-11-29', audience: 'public' });
    expect(outcome.problems).toEqual(checkContent(content, root).problems);
    expect(outcome.problems).toHaveLength(9);
    expect(outcome.attention).toEqual([]);
  });

  test('counts the entries of valid content and works out its attention report on the build date', async () => {
    const outcome = await startContentCheck({
      contentDir: minimalContent,
      root: join(minimalContent, '..'),
      today: '2030-01-01',
      audience: 'internal',
    });
    expect(outcome.problems).toEqual([]);
    expect(outcome.entryCount).toBe(7);
    expect(outcome.attention).toEqual([
      'Needs attention: stale audit reports 1, overdue control reviews 1, controls without usable evidence 1, ' +
        'frameworks without a current artefact 1, frameworks claimed without evidence 1. ' +
        'The full lists are on the /attention/ page.',
      '  Stale audit reports: content/artefacts/soc-2-report.md: Covered through 31 December 2025, 1462 days ago; ' +
        'relied on until 31 December 2026, 1097 days ago.',
      '  Overdue control reviews: content/controls/mfa.md: Last reviewed 10 January 2026; ' +
        'the review was due 10 January 2027.',
      '  Controls without usable evidence: content/controls/mfa.md: 1 artefact cited: ' +
        'evidence expired, stale or superseded only.',
      '  Frameworks without a current artefact: content/frameworks/soc-2.md: 1 artefact names it: no current evidence.',
      '  Frameworks claimed without evidence: content/frameworks/soc-2.md: Held by Example Co, ' +
        'but no current artefact Example Co publishes names it.',
    ]);
  });
});

describe('checkedLoader', () => {
  const failing: Loader = {
    name: 'failing',
    load: async () => {
      throw new Error('The first invalid entry.');
    },
  };
  const context = {} as LoaderContext;
  const outcome = (problems: BackgroundCheckOutcome['problems']): Promise<BackgroundCheckOutcome> =>
    Promise.resolve({ problems, entryCount: 1, attention: [], drafts: [], milliseconds: 1 });

  afterEach(() => shareContentCheck(undefined));

  test('fails with the full report of the build’s check when loading fails', async () => {
    const problems = [
      {
        file: 'content/controls/a.md',
        line: 2,
        field: 'domain',
        message: '`domain` is missing. Add it: it takes text.',
      },
      { file: 'content/controls/b.md', field: '', message: 'The file has no front matter.' },
    ];
    shareContentCheck(outcome(problems));
    await expect(checkedLoader(failing).load(context)).rejects.toThrow(formatProblems(problems));
  });

  test('passes on the loader’s own error when the check found nothing, or when no build check runs', async () => {
    shareContentCheck(outcome([]));
    await expect(checkedLoader(failing).load(context)).rejects.toThrow('The first invalid entry.');
    shareContentCheck(undefined);
    await expect(checkedLoader(failing).load(context)).rejects.toThrow('The first invalid entry.');
  });
});
