import { describe, expect, test } from 'vitest';
import { getAttention } from '../../src/lib/attention/attention.ts';
import { getReviewDue } from '../../src/lib/graph/freshness.ts';
import { getDocPage } from '../../src/lib/pages/entries/doc.ts';
import { buildTestGraph } from '../fixtures/graph-builder.ts';

const doc = (title: string, extra: Record<string, unknown> = {}) => ({ title, description: 'A document.', ...extra });

const graph = buildTestGraph({
  docs: {
    confirmed: doc('Incident notification', { owner: 'Security operations', lastReviewed: '2026-03-02' }),
    'due-today': doc('Due today', { owner: 'Privacy office', lastReviewed: '2025-11-29' }),
    'overdue-by-a-day': doc('Data subject rights', { owner: 'Privacy office', lastReviewed: '2025-11-28' }),
    unconfirmed: doc('Unconfirmed', { owner: 'Legal' }),
    explainer: doc('How to read a SOC 2 report'),
  },
});

describe('document reviews', () => {
  test('follow the control review rule: due the configured number of days after the last review', () => {
    expect(getReviewDue(graph.doc('due-today'), '2026-11-29', 365)).toEqual({ overdue: false, due: '2026-11-29' });
    expect(getReviewDue(graph.doc('due-today'), '2026-11-30', 365)).toEqual({ overdue: true, due: '2026-11-29' });
  });

  test('list documents with an owner or review date that are overdue or never reviewed, oldest first', () => {
    const section = getAttention(graph).find((candidate) => candidate.kind === 'overdue-doc-reviews')!;
    expect(section.title).toBe('Overdue document reviews');
    expect(section.items.map((item) => [item.collection, item.id, item.reason, item.badge.label])).toEqual([
      ['docs', 'unconfirmed', 'No review recorded: `lastReviewed` is not set.', 'Never reviewed'],
      [
        'docs',
        'overdue-by-a-day',
        'Last reviewed 28 November 2025; the review was due 28 November 2026.',
        'Review overdue',
      ],
    ]);
  });

  test('show the owner and review dates on the document page, and flag an overdue review', () => {
    const page = getDocPage(graph, 'overdue-by-a-day');
    expect(page.facts.map((fact) => [fact.label, fact.value])).toEqual([
      ['Owner', 'Privacy office'],
      ['Last reviewed', '28 November 2025'],
      ['Next review due', '28 November 2026'],
    ]);
    expect(page.header.badges).toEqual([{ value: 'expired', label: 'Review overdue' }]);
    expect(getDocPage(graph, 'confirmed').header.badges).toBeUndefined();
  });

  test('leave a document without an owner or review date out of the review', () => {
    const page = getDocPage(graph, 'explainer');
    expect(page.facts.filter((fact) => fact.value)).toEqual([]);
    expect(page.header.badges).toBeUndefined();
  });
});
