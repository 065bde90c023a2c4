import { describe, expect, test } from 'vitest';
import { getMatrixDomains, getMatrixViews, getViewLinks, viewLinkLimit } from '../../src/lib/graph/matrix.ts';
import { getPartyTotals } from '../../src/lib/graph/coverage.ts';
import { artefact, buildTestGraph, control, framework, service } from '../fixtures/graph-builder.ts';

const graph = buildTestGraph({
  services: {
    cloud: service('cloudco', 'Cloud'),
    app: service('organisation', 'App'),
    idle: service('cloudco', 'Idle'),
  },
  frameworks: { soc: framework([], { shortName: 'SOC' }), unused: framework() },
  artefacts: { report: artefact('cloudco') },
  controls: {
    'b-keys': control('shared', {
      title: 'Keys',
      domain: 'Data',
      services: ['cloud'],
      mappings: [{ framework: 'soc' }],
      evidence: ['report'],
    }),
    'a-backups': control('provider', { title: 'Backups', domain: 'Data', services: ['cloud'] }),
    mfa: control('customer', { title: 'MFA', domain: 'Access', services: ['cloud'], mappings: [{ framework: 'soc' }] }),
    sso: control('shared', { title: 'SSO', domain: 'Access', services: ['app'] }),
  },
});

describe('the shared-responsibility matrix', () => {
  const { all, views } = getMatrixViews(graph);

  test('orders controls by domain, then title, and groups them with each party named', () => {
    expect(all).toEqual(['mfa', 'sso', 'a-backups', 'b-keys']);
    const domains = getMatrixDomains(graph, all);
    expect(domains.map((group) => [group.domain, group.rows.map((row) => row.title)])).toEqual([
      ['Access', ['MFA', 'SSO']],
      ['Data', ['Backups', 'Keys']],
    ]);
    expect(domains[0]!.rows[1]).toEqual({
      href: '/controls/sso/',
      title: 'SSO',
      responsibility: 'shared',
      evidence: 'none',
      provider: { name: 'Example Co', part: 'The provider does this.' },
      customer: { name: 'Customers of Example Co', part: 'The customer does that.' },
    });
    expect(domains[1]!.rows[1]!.evidence).toBe('one-side');
  });

  test('totals each party with its share', () => {
    expect(getPartyTotals(graph, all)).toEqual({
      provider: { count: 1, percent: 25 },
      customer: { count: 1, percent: 25 },
      shared: { count: 2, percent: 50 },
    });
  });

  test('has a view for each framework and service with controls, and none for those without', () => {
    expect(views.map((view) => [view.kind, view.id, view.controls])).toEqual([
      ['frameworks', 'soc', ['mfa', 'b-keys']],
      ['services', 'app', ['sso']],
      ['services', 'cloud', ['mfa', 'a-backups', 'b-keys']],
    ]);
  });

  test('links the first views from the main page and the full list when there are more', () => {
    const many = Array.from({ length: viewLinkLimit + 5 }, (_, index) => ({
      kind: 'frameworks' as const,
      id: `f-${index}`,
      name: `F ${index}`,
      controls: ['mfa'],
    }));
    const links = getViewLinks(many);
    expect(links.frameworks.items).toHaveLength(viewLinkLimit);
    expect(links.frameworks.items[0]).toEqual({ href: '/responsibility/frameworks/f-0/', title: 'F 0' });
    expect(links.frameworks.moreHref).toBe('/frameworks/');
    expect(links.services).toEqual({ count: 0, items: [], moreHref: undefined });
  });
});
