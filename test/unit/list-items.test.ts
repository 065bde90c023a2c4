import { describe, expect, test } from 'vitest';
import { frameworkItem } from '../../src/lib/present/list-items.ts';
import { getIndustryLinks } from '../../src/lib/pages/lists/frameworks.ts';
import { getFrameworkSearch } from '../../src/lib/search/attributes.ts';
import { readSearchState } from '../../src/lib/search/search-client.ts';
import { artefact, buildTestGraph, framework } from '../fixtures/graph-builder.ts';

describe('a framework in lists', () => {
  const graph = buildTestGraph({
    frameworks: {
      held: framework(),
      lapsed: framework(),
      stale: framework(),
      'stale-and-expired': framework(),
      unevidenced: framework(),
      planned: framework([], { status: 'in-progress' }),
    },
    artefacts: {
      certificate: artefact('organisation', { validUntil: '2028-01-01', frameworks: ['held'] }),
      'old-certificate': artefact('organisation', {
        validUntil: '2026-10-31',
        frameworks: ['lapsed', 'stale-and-expired'],
      }),
      // Its period ended 12 months and a day before the build date: past the window it is relied on for.
      'old-report': artefact('organisation', {
        type: 'audit-report',
        issuer: 'Audit LLP',
        auditPeriod: { start: '2024-11-29', end: '2025-11-28' },
        issued: '2026-01-15',
        frameworks: ['stale', 'stale-and-expired'],
      }),
    },
  });
  const standing = (id: string) => frameworkItem(graph, graph.framework(id)).badges![0];

  test('is met only while a current artefact names it, and then says who holds it', () => {
    expect(standing('held')).toEqual({ value: 'active', label: 'Held by Example Co' });
    expect(standing('lapsed')).toEqual({ value: 'expired', label: 'Held by Example Co: lapsed' });
    expect(standing('stale')).toEqual({ value: 'stale', label: 'Held by Example Co: evidence stale' });
    expect(standing('stale-and-expired')).toEqual({ value: 'expired', label: 'Held by Example Co: lapsed' });
    expect(standing('unevidenced')).toEqual({ value: 'expiring', label: 'Held by Example Co: not evidenced' });
    expect(standing('planned')).toEqual({ value: 'in-progress', label: 'In progress' });
  });

  test('is found in search under the same state', () => {
    expect(getFrameworkSearch(graph, graph.framework('lapsed')).filters).toMatchObject({
      Status: ['Held by Example Co: lapsed'],
    });
    expect(getFrameworkSearch(graph, graph.framework('held')).filters).toMatchObject({
      Status: ['Held by Example Co'],
    });
  });
});

describe('regulated industries', () => {
  const graph = buildTestGraph({
    frameworks: {
      hipaa: framework([], { industries: ['Healthcare'] }),
      c5: framework([], { industries: ['Government', 'Healthcare'] }),
      'soc-2': framework(),
    },
  });

  test('are a search facet of each framework that names them', () => {
    expect(getFrameworkSearch(graph, graph.framework('c5')).filters).toMatchObject({
      Industry: ['Government', 'Healthcare'],
    });
    expect(getFrameworkSearch(graph, graph.framework('soc-2')).filters).not.toHaveProperty('Industry');
  });

  test('filter the framework list by linking to the search page with the facet chosen', () => {
    expect(getIndustryLinks(graph)).toEqual([
      { href: '/search/?f=Industry%3AGovernment&f=Type%3AFramework', label: 'Government (1)' },
      { href: '/search/?f=Industry%3AHealthcare&f=Type%3AFramework', label: 'Healthcare (2)' },
    ]);
    expect(readSearchState(getIndustryLinks(graph)[1]!.href.split('?')[1]!).filters).toEqual({
      Industry: ['Healthcare'],
      Type: ['Framework'],
    });
  });
});
