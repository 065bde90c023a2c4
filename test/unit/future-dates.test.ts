import { describe, expect, test } from 'vitest';
import { getAttention } from '../../src/lib/attention/attention.ts';
import { artefact, buildTestGraph, control } from '../fixtures/graph-builder.ts';

describe('dates after the build date', () => {
  const graph = buildTestGraph({
    artefacts: {
      'issued-ahead': artefact('organisation', { title: 'Issued ahead', issued: '2027-06-12' }),
      'issued-today': artefact('organisation', { title: 'Issued today', issued: '2026-11-29' }),
      // Dates that may lie ahead by design are not listed.
      'valid-ahead': artefact('organisation', {
        title: 'Valid for years',
        issued: '2026-01-10',
        validUntil: '2029-01-09',
        nextExpected: '2027-01-10',
      }),
    },
    controls: {
      'reviewed-tomorrow': control('customer', { title: 'Reviewed tomorrow', lastReviewed: '2026-11-30' }),
      'reviewed-today': control('customer', { title: 'Reviewed today', lastReviewed: '2026-11-29' }),
    },
    updates: {
      'dated-ahead': { title: 'Dated ahead', date: '2026-12-24', kind: 'policy-change', summary: 'A change.' },
    },
  });
  const section = getAttention(graph).find((candidate) => candidate.kind === 'future-dated')!;

  test('lists each entry dated after the build date, the nearest first, from the day after it on', () => {
    expect(section.title).toBe('Dates after the build date');
    expect(section.items.map((item) => [item.collection, item.id, item.reason])).toEqual([
      ['controls', 'reviewed-tomorrow', 'Last reviewed 30 November 2026, 1 day after the build date.'],
      ['updates', 'dated-ahead', 'Dated 24 December 2026, 25 days after the build date.'],
      ['artefacts', 'issued-ahead', 'Issued 12 June 2027, 195 days after the build date.'],
    ]);
    expect(section.items[0]!.badge).toEqual({ value: 'expiring', label: 'Dated ahead' });
  });
});
