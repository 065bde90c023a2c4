import { describe, expect, test } from 'vitest';
import { getFrameworkSummary } from '../../src/lib/graph/coverage.ts';
import { buildBar, getCoverageBar } from '../../src/lib/pictures/bars.ts';
import { getResponsibilityBars } from '../../src/lib/pictures/responsibility-bars.ts';
import { buildTimeline, timelineRowLimit } from '../../src/lib/pictures/timeline.ts';
import { artefact, buildTestGraph, control, framework, service } from '../fixtures/graph-builder.ts';

const graph = buildTestGraph(
  {
    services: { cloud: service('cloudco', 'Cloud'), app: service('organisation', 'App') },
    frameworks: {
      soc: framework(['r1', 'r2', 'r3']),
      law: framework(),
    },
    controls: {
      mfa: control('customer', {
        services: ['cloud'],
        domain: 'Identity',
        mappings: [{ framework: 'soc', requirements: ['r1'] }],
      }),
      racks: control('provider', { services: ['cloud'], domain: 'Physical', mappings: [{ framework: 'law' }] }),
      keys: control('shared', { services: ['cloud'], domain: 'Identity' }),
      sso: control('shared', {
        services: ['app'],
        domain: 'Identity',
        mappings: [{ framework: 'soc', requirements: ['r2'] }],
      }),
    },
  },
  '2026-11-29',
  { providers: [{ id: 'cloudco', name: 'CloudCo', portal: 'https://trust.cloudco.example/' }] },
);

describe('a stacked bar', () => {
  test('lays its segments end to end, leaves empty parts out and says itself in a sentence', () => {
    const bar = buildBar('Sample', { one: 'item' }, [
      { key: 'a', label: 'done', count: 1, tone: 'current', pattern: 'solid' },
      { key: 'b', label: 'open', count: 0, tone: 'expiring', pattern: 'hatch' },
      { key: 'c', label: 'late', count: 2, tone: 'expired', pattern: 'dots' },
    ]);
    expect(bar.segments.map(({ key, x, width, share }) => ({ key, x, width, share }))).toEqual([
      { key: 'a', x: 0, width: 33.33, share: '33%' },
      { key: 'c', x: 33.33, width: 66.67, share: '67%' },
    ]);
    expect(bar.text).toBe('3 items: 1 done (33%), 2 late (67%).');
  });

  test('of nothing has no segments', () => {
    expect(buildBar('Empty', { one: 'item' }, []).text).toBe('0 items.');
  });
});

describe('the coverage bar of a framework', () => {
  test('splits its requirements by evidenced control, control without usable evidence and no control', () => {
    const bar = getCoverageBar('SOC', getFrameworkSummary(graph, 'soc'));
    expect(bar.total).toBe(3);
    expect(bar.segments.map((segment) => [segment.key, segment.count])).toEqual([
      ['unevidenced', 2],
      ['unmapped', 1],
    ]);
    expect(bar.text).toBe('3 requirements: 2 with controls but no usable evidence (67%), 1 without a control (33%).');
  });

  test('counts controls when the framework lists no requirements', () => {
    expect(getCoverageBar('Law', getFrameworkSummary(graph, 'law')).text).toBe(
      '1 control: 1 without usable evidence (100%).',
    );
  });
});

describe('the responsibility bars', () => {
  test('split each layer and each of its domains by party, naming the parties, never across layers', () => {
    const bars = getResponsibilityBars(graph, ['sso', 'mfa', 'racks', 'keys']);
    expect(bars.map((layer) => layer.bar.text)).toEqual([
      '3 controls: 1 by CloudCo (33%), 1 shared by CloudCo · Example Co (33%), 1 by Example Co (33%).',
      '1 control: 1 shared by Example Co · its customers (100%).',
    ]);
    expect(bars[0]!.domains.map((domain) => [domain.label, domain.segments.map((segment) => segment.key)])).toEqual([
      ['Identity', ['shared', 'customer']],
      ['Physical', ['provider']],
    ]);
  });
});

describe('the evidence timeline', () => {
  const audited = { issuer: 'Audit LLP', issued: '2026-01-15', frameworks: ['soc'], services: ['app'] };
  const reports = Object.fromEntries(
    Array.from({ length: 10 }, (_, index) => [
      `old-${index}`,
      artefact('organisation', {
        ...audited,
        title: `Old report ${index}`,
        type: 'audit-report',
        auditPeriod: { start: `${2010 + index}-01-01`, end: `${2010 + index}-12-31` },
      }),
    ]),
  );
  const timelineGraph = buildTestGraph(
    {
      services: { app: service('organisation', 'App') },
      frameworks: { soc: framework() },
      artefacts: {
        ...reports,
        report: artefact('organisation', {
          ...audited,
          title: 'Report',
          type: 'audit-report',
          auditPeriod: { start: '2025-01-01', end: '2025-12-31' },
        }),
        letter: artefact('organisation', {
          ...audited,
          title: 'Letter',
          type: 'bridge-letter',
          issued: '2026-04-01',
          bridges: ['report'],
          coversThrough: '2026-03-31',
        }),
        certificate: artefact('organisation', {
          ...audited,
          title: 'Certificate',
          type: 'certificate',
          validUntil: '2027-01-14',
        }),
      },
    },
    '2026-07-01',
  );

  test('draws each report with its period and bridge, each certificate with its validity, newest first', () => {
    const timeline = buildTimeline(
      timelineGraph,
      timelineGraph.artefacts.map((item) => item.id),
    );
    expect(timeline.rows.slice(0, 2).map((row) => [row.title, row.spans.map((span) => span.kind), row.text])).toEqual([
      ['Certificate', ['validity'], 'Certificate: valid 15 January 2026 to 14 January 2027.'],
      [
        'Report',
        ['period', 'bridge'],
        'Audit report: audit period 1 January 2025 to 31 December 2025; bridge letter to 31 March 2026.',
      ],
    ]);
  });

  test('draws at most a bounded number of rows, the newest, and counts the rest', () => {
    const timeline = buildTimeline(
      timelineGraph,
      timelineGraph.artefacts.map((item) => item.id),
    );
    expect(timeline.rows).toHaveLength(timelineRowLimit);
    expect(timeline.hidden).toBe(13 - 1 - timelineRowLimit);
    expect(timeline.rows.at(-1)!.title).toBe('Old report 6');
  });

  test('places today and the years on one axis from the first day shown to the last', () => {
    const timeline = buildTimeline(timelineGraph, ['report', 'certificate']);
    expect(timeline.ticks.map((tick) => tick.label)).toEqual(['2026', '2027']);
    expect(timeline.today.label).toBe('Today, 1 July 2026');
    expect(timeline.rows[1]!.spans[0]).toMatchObject({ x: 0, width: 48.99 });
    expect(timeline.today.x).toBeGreaterThan(70);
  });
});
