import { describe, expect, test } from 'vitest';
import { formatAttentionReport } from '../../src/lib/build/attention-summary.ts';
import { getAttention } from '../../src/lib/attention/attention.ts';
import type { AttentionKind } from '../../src/lib/attention/kinds.ts';
import { getReviewDue } from '../../src/lib/graph/freshness.ts';
import { artefact, buildTestGraph, control, framework, service } from '../fixtures/graph-builder.ts';

const graph = buildTestGraph({
  services: { cloud: service('cloudco') },
  frameworks: {
    met: framework([], { title: 'Met framework' }),
    'met-without-evidence': framework([], { title: 'Framework without evidence' }),
    'met-on-expired-evidence': framework([], { title: 'Framework on expired evidence' }),
    planned: framework([], { title: 'Planned framework', status: 'in-progress' }),
  },
  artefacts: {
    'long-expired': artefact('cloudco', {
      title: 'Long expired',
      validUntil: '2026-01-31',
      frameworks: ['met-on-expired-evidence'],
    }),
    'just-expired': artefact('cloudco', {
      title: 'Just expired',
      validUntil: '2026-11-28',
      nextExpected: '2027-01-10',
    }),
    'expires-today': artefact('cloudco', { title: 'Expires today', validUntil: '2026-11-29' }),
    'expires-later': artefact('cloudco', { title: 'Expires later', validUntil: '2027-02-01' }),
    'current-one': artefact('organisation', { title: 'Current one', validUntil: '2028-01-01', frameworks: ['met'] }),
    'old-edition': artefact('organisation', {
      title: 'Old edition',
      validUntil: '2025-01-01',
      status: 'superseded',
      supersededBy: 'current-one',
    }),
  },
  controls: {
    reviewed: control('customer', { title: 'Reviewed', services: ['cloud'], evidence: ['current-one'] }),
    'never-reviewed': control('customer', {
      title: 'Never reviewed',
      services: ['cloud'],
      evidence: ['current-one'],
      lastReviewed: undefined,
    }),
    'reviewed-long-ago': control('customer', {
      title: 'Reviewed long ago',
      services: ['cloud'],
      evidence: ['current-one'],
      lastReviewed: '2025-11-28',
    }),
    'reviewed-a-year-ago': control('customer', {
      title: 'Reviewed a year ago',
      services: ['cloud'],
      evidence: ['current-one'],
      lastReviewed: '2025-11-29',
    }),
    'on-old-edition': control('customer', {
      title: 'On the old edition',
      services: ['cloud'],
      evidence: ['old-edition'],
    }),
    unevidenced: control('provider', { title: 'Unevidenced', services: ['cloud'] }),
    'one-sided': control('shared', { title: 'One-sided', services: ['cloud'], evidence: ['current-one'] }),
  },
});
const sections = getAttention(graph);
const titles = (kind: AttentionKind) =>
  sections.find((section) => section.kind === kind)!.items.map((item) => item.title);

describe('getAttention', () => {
  test('lists expired artefacts, the longest expired first, but not superseded ones', () => {
    expect(titles('expired')).toEqual(['Long expired', 'Just expired']);
  });

  test('lists artefacts expiring within the horizon, the soonest first', () => {
    expect(titles('expiring')).toEqual(['Expires today', 'Expires later']);
  });

  test('gives the dates that matter in each reason', () => {
    const [longExpired, justExpired] = sections.find((section) => section.kind === 'expired')!.items;
    expect(longExpired!.reason).toBe('Valid until 31 January 2026, 302 days ago.');
    expect(justExpired!.reason).toBe('Valid until 28 November 2026, 1 day ago. Next edition expected 10 January 2027.');
    expect(sections.find((section) => section.kind === 'expiring')!.items[0]!.reason).toBe(
      'Valid until 29 November 2026, today.',
    );
  });

  test('lists overdue reviews, never-reviewed controls first, a review exactly a year old not yet overdue', () => {
    expect(titles('overdue-reviews')).toEqual(['Never reviewed', 'Reviewed long ago']);
    expect(sections.find((section) => section.kind === 'overdue-reviews')!.items.map((item) => item.reason)).toEqual([
      'No review recorded: `lastReviewed` is not set.',
      'Last reviewed 28 November 2025; the review was due 28 November 2026.',
    ]);
  });

  test('lists controls without usable evidence, worst first, with shared controls evidenced on one side', () => {
    expect(titles('unevidenced-controls')).toEqual(['Unevidenced', 'On the old edition', 'One-sided']);
  });

  test('lists frameworks met without a current artefact, not those in progress', () => {
    expect(titles('unevidenced-frameworks')).toEqual(['Framework on expired evidence', 'Framework without evidence']);
  });
});

describe('getReviewDue', () => {
  test('is due the configured number of days after the last review', () => {
    expect(getReviewDue(graph.control('reviewed'), '2026-11-29', 365)).toEqual({ overdue: false, due: '2027-06-01' });
    expect(getReviewDue(graph.control('reviewed'), '2027-06-02', 365)).toEqual({ overdue: true, due: '2027-06-01' });
    expect(getReviewDue(graph.control('never-reviewed'), '2026-11-29', 365)).toEqual({ overdue: true });
  });
});

describe('formatAttentionReport', () => {
  test('prints the counts, then the first few entries of each kind with the file to edit', () => {
    const files = new Map([['artefacts/long-expired', 'content/artefacts/long-expired.md']]);
    expect(formatAttentionReport(sections, files, { hasPages: true, sample: 1 })).toEqual([
      'Needs attention: expired artefacts 2, artefacts expiring soon 2, overdue control reviews 2, ' +
        'controls without usable evidence 3, frameworks without a current artefact 2, ' +
        'frameworks claimed without evidence 2. The full lists are on the /attention/ page.',
      '  Expired artefacts: content/artefacts/long-expired.md: Valid until 31 January 2026, 302 days ago.',
      '  Expired artefacts: and 1 more.',
      '  Artefacts expiring soon: artefacts/expires-today: Valid until 29 November 2026, today.',
      '  Artefacts expiring soon: and 1 more.',
      '  Overdue control reviews: controls/never-reviewed: No review recorded: `lastReviewed` is not set.',
      '  Overdue control reviews: and 1 more.',
      '  Controls without usable evidence: controls/unevidenced: No artefact is cited.',
      '  Controls without usable evidence: and 2 more.',
      '  Frameworks without a current artefact: frameworks/met-on-expired-evidence: ' +
        '1 artefact names it: no current evidence.',
      '  Frameworks without a current artefact: and 1 more.',
      '  Frameworks claimed without evidence: frameworks/met-on-expired-evidence: ' +
        'Held by Example Co, but no current artefact Example Co publishes names it.',
      '  Frameworks claimed without evidence: and 1 more.',
    ]);
  });

  test('points to the internal build when this build has no attention pages', () => {
    expect(formatAttentionReport(sections, new Map(), { hasPages: false })[0]).toMatch(
      /\. The full lists are on the \/attention\/ page of the internal build\.$/,
    );
  });

  test('says so when nothing needs attention', () => {
    expect(formatAttentionReport(getAttention(buildTestGraph({})), new Map(), { hasPages: true })).toEqual([
      'Nothing needs attention: no expired, stale or expiring evidence, overdue editions or reviews, evidence gaps ' +
        'or dates after the build date.',
    ]);
  });
});
