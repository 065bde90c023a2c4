import { describe, expect, test } from 'vitest';
import { addMonths } from '../../src/lib/graph/dates.ts';
import { getAttention } from '../../src/lib/attention/attention.ts';
import { getControlEvidenceState } from '../../src/lib/graph/evidence-state.ts';
import { getReportWindow, isEditionOverdue } from '../../src/lib/graph/report-window.ts';
import { artefact, buildTestGraph, control, framework, service } from '../fixtures/graph-builder.ts';

const limits = { windowMonths: 12, bridgeAfterMonths: 3 };
const periodEnd = '2026-03-31';
const state = (today: string, bridges: { id: string; coversThrough: string }[] = []) =>
  getReportWindow(periodEnd, bridges, limits, today).state;

describe('addMonths', () => {
  test('keeps the day of the month, or the last day of a shorter month', () => {
    expect(addMonths('2026-03-31', 3)).toBe('2026-06-30');
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonths('2025-11-28', 12)).toBe('2026-11-28');
  });
});

describe('getReportWindow', () => {
  test('is current up to the day the bridge limit falls, and needs a bridge the day after', () => {
    expect(state('2026-06-29')).toBe('current');
    expect(state('2026-06-30')).toBe('current');
    expect(state('2026-07-01')).toBe('bridge-needed');
  });

  test('needs a bridge up to the last day of its window, and is stale the day after', () => {
    expect(state('2027-03-30')).toBe('bridge-needed');
    expect(state('2027-03-31')).toBe('bridge-needed');
    expect(state('2027-04-01')).toBe('stale');
  });

  test('a bridge letter extends the day covered through, and the bridge limit counts from it', () => {
    const bridge = [{ id: 'letter', coversThrough: '2026-09-30' }];
    expect(state('2026-12-29', bridge)).toBe('current');
    expect(state('2026-12-30', bridge)).toBe('current');
    expect(state('2026-12-31', bridge)).toBe('bridge-needed');
    expect(getReportWindow(periodEnd, bridge, limits, '2026-11-29')).toEqual({
      state: 'current',
      coveredThrough: '2026-09-30',
      uncoveredDays: 60,
      bridgeDue: '2026-12-30',
      reliedOnUntil: '2027-03-31',
      bridgedBy: ['letter'],
    });
  });

  test('a bridge letter does not extend the window: past it the report is stale', () => {
    const bridge = [{ id: 'letter', coversThrough: '2027-03-31' }];
    expect(state('2027-03-31', bridge)).toBe('current');
    expect(state('2027-04-01', bridge)).toBe('stale');
  });

  test('the latest bridge letter counts, and one covering nothing after the period is ignored', () => {
    const window = getReportWindow(
      periodEnd,
      [
        { id: 'early', coversThrough: '2026-03-01' },
        { id: 'june', coversThrough: '2026-06-30' },
        { id: 'september', coversThrough: '2026-09-30' },
      ],
      limits,
      '2026-10-01',
    );
    expect(window.coveredThrough).toBe('2026-09-30');
    expect(window.bridgedBy).toEqual(['june', 'september']);
  });

  test('counts the days since the last day covered that nothing covers', () => {
    expect(getReportWindow(periodEnd, [], limits, '2026-03-30').uncoveredDays).toBe(0);
    expect(getReportWindow(periodEnd, [], limits, '2026-03-31').uncoveredDays).toBe(0);
    expect(getReportWindow(periodEnd, [], limits, '2026-04-01').uncoveredDays).toBe(1);
  });

  test('follows the limits it is given', () => {
    const short = { windowMonths: 6, bridgeAfterMonths: 1 };
    expect(getReportWindow(periodEnd, [], short, '2026-04-30').state).toBe('current');
    expect(getReportWindow(periodEnd, [], short, '2026-05-01').state).toBe('bridge-needed');
    expect(getReportWindow(periodEnd, [], short, '2026-09-30').state).toBe('bridge-needed');
    expect(getReportWindow(periodEnd, [], short, '2026-10-01').state).toBe('stale');
  });
});

describe('isEditionOverdue', () => {
  const artefact = { status: 'current' as const, nextExpected: '2026-11-28' };

  test('is overdue the day after the next edition was expected, not on the day', () => {
    expect(isEditionOverdue(artefact, false, '2026-11-27')).toBe(false);
    expect(isEditionOverdue(artefact, false, '2026-11-28')).toBe(false);
    expect(isEditionOverdue(artefact, false, '2026-11-29')).toBe(true);
  });

  test('is not overdue once a newer edition replaces it, or when it is not current', () => {
    expect(isEditionOverdue(artefact, true, '2026-11-29')).toBe(false);
    expect(isEditionOverdue({ ...artefact, status: 'withdrawn' }, false, '2026-11-29')).toBe(false);
    expect(isEditionOverdue({ status: 'current' }, false, '2026-11-29')).toBe(false);
  });
});

describe('report windows in the graph', () => {
  const report = (end: string, extra: Record<string, unknown> = {}) =>
    artefact('cloudco', {
      type: 'audit-report',
      issuer: 'Audit LLP',
      auditPeriod: { start: addMonths(end, -12), end },
      issued: end,
      ...extra,
    });
  const letter = (bridges: string[], coversThrough: string, extra: Record<string, unknown> = {}) =>
    artefact('cloudco', { type: 'bridge-letter', issued: coversThrough, bridges, coversThrough, ...extra });
  const graph = (site: Record<string, unknown> = {}) =>
    buildTestGraph(
      {
        services: { cloud: service('cloudco') },
        frameworks: { soc: framework() },
        artefacts: {
          bridged: report('2026-03-31', { frameworks: ['soc'] }),
          unbridged: report('2026-03-31'),
          'withdrawn-letter-only': report('2026-03-31'),
          'long-window': report('2025-09-30', { reportWindowMonths: 18 }),
          old: report('2025-09-30'),
          letter: letter(['bridged'], '2026-09-30'),
          'withdrawn-letter': letter(['withdrawn-letter-only'], '2026-09-30', { status: 'withdrawn' }),
          'next-due': artefact('cloudco', { nextExpected: '2026-11-28' }),
          'next-due-replaced': artefact('cloudco', {
            nextExpected: '2026-11-28',
            status: 'superseded',
            supersededBy: 'new',
          }),
          'next-due-with-successor': artefact('cloudco', { nextExpected: '2026-11-28' }),
          new: artefact('cloudco', { supersedes: 'next-due-with-successor' }),
        },
        controls: {
          'on-stale': control('provider', { services: ['cloud'], evidence: ['old'] }),
          'on-unbridged': control('provider', { services: ['cloud'], evidence: ['unbridged'] }),
        },
      },
      '2026-11-29',
      site,
    );
  const freshness = (g: ReturnType<typeof graph>, id: string) => g.artefact(id).freshness;

  test('a current bridge letter keeps its report current; a withdrawn one does not', () => {
    const g = graph();
    expect(freshness(g, 'bridged')).toBe('current');
    expect(g.artefact('bridged').window?.bridgedBy).toEqual(['letter']);
    expect(freshness(g, 'unbridged')).toBe('bridge-needed');
    expect(freshness(g, 'withdrawn-letter-only')).toBe('bridge-needed');
  });

  test('a report past its window is stale, unless it sets a longer window', () => {
    const g = graph();
    expect(freshness(g, 'old')).toBe('stale');
    expect(freshness(g, 'long-window')).toBe('bridge-needed');
  });

  test('follows the windows set in the site settings', () => {
    const g = graph({ reportWindowMonths: 24, bridgeAfterMonths: 9 });
    expect(freshness(g, 'old')).toBe('bridge-needed');
    expect(freshness(g, 'unbridged')).toBe('current');
  });

  test('a stale report is not usable evidence; a report needing a bridge is flagged like expiring', () => {
    const g = graph();
    expect(getControlEvidenceState(g, 'on-stale')).toBe('lapsed');
    expect(getControlEvidenceState(g, 'on-unbridged')).toBe('expiring');
  });

  test('an edition is overdue only while nothing replaces it', () => {
    const g = graph();
    expect(g.artefact('next-due').editionOverdue).toBe(true);
    expect(g.artefact('next-due-replaced').editionOverdue).toBe(false);
    expect(g.artefact('next-due-with-successor').editionOverdue).toBe(false);
  });

  test('lists stale reports, reports needing a bridge and overdue editions on the attention lists', () => {
    const sections = getAttention(graph());
    const items = (kind: string) => sections.find((section) => section.kind === kind)!.items.map((item) => item.id);
    expect(items('stale')).toEqual(['old']);
    expect(items('bridge-needed')).toEqual(['long-window', 'unbridged', 'withdrawn-letter-only']);
    expect(items('edition-overdue')).toEqual(['next-due']);
    const reasons = sections.flatMap((section) => section.items.map((item) => `${item.id}: ${item.reason}`));
    expect(reasons.filter((reason) => /^(old|unbridged|next-due):/.test(reason))).toEqual([
      'old: Covered through 30 September 2025, 425 days ago; relied on until 30 September 2026, 60 days ago.',
      'unbridged: Covered through 31 March 2026, 243 days ago; a bridge letter was due after 30 June 2026.',
      'next-due: Next edition expected 28 November 2026, 1 day ago.',
    ]);
  });
});
