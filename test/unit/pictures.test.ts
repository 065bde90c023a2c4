import { describe, expect, test } from 'vitest';
import { getFrameworkSummary } from '../../src/lib/graph/coverage.ts';
import { buildBar, getCoverageBar } from '../../src/lib/pictures/bars.ts';
import { getResponsibilityBars } from '../../src/lib/pictures/responsibility-bars.ts';
import { buildTestGraph, control, framework, service } from '../fixtures/graph-builder.ts';

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
