import { describe, expect, test } from 'vitest';
import { getMatrixDomains, getMatrixViews, getViewLinks, viewLinkLimit } from '../../src/lib/graph/matrix.ts';
import { getLayerTotals } from '../../src/lib/graph/coverage.ts';
import { getPartyLine } from '../../src/lib/present/coverage.ts';
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

  test("orders controls by layer, the provider's first, then by domain and title, with each party named", () => {
    expect(all).toEqual(['mfa', 'a-backups', 'b-keys', 'sso']);
    const domains = getMatrixDomains(graph, all);
    expect(domains.map((group) => [group.layer.title, group.domain, group.rows.map((row) => row.title)])).toEqual([
      ['CloudCo · Example Co', 'Access', ['MFA']],
      ['CloudCo · Example Co', 'Data', ['Backups', 'Keys']],
      ['Example Co · its customers', 'Access', ['SSO']],
    ]);
    expect(domains[2]!.columns).toEqual({ provider: 'Example Co does', customer: 'Customers of Example Co do' });
    expect(domains[2]!.rows[0]).toEqual({
      href: '/controls/sso/',
      title: 'SSO',
      responsibility: 'shared',
      responsibilityLabel: 'Example Co · its customers',
      evidence: 'none',
      provider: { part: 'The provider does this.' },
      customer: { part: 'The customer does that.' },
    });
    expect(domains[0]!.columns).toEqual({ provider: 'CloudCo does', customer: 'Example Co does' });
    expect(domains[0]!.rows.map((row) => row.responsibilityLabel)).toEqual(['Example Co']);
    expect(domains[1]!.rows.map((row) => row.responsibilityLabel)).toEqual(['CloudCo', 'CloudCo · Example Co']);
    expect(domains[1]!.rows[1]!.evidence).toBe('one-side');
  });

  test('totals each party with its share within each layer, never across layers', () => {
    expect(getLayerTotals(graph, all).map(getPartyLine)).toEqual([
      {
        title: 'CloudCo · Example Co: controls by party',
        total: 3,
        parts: [
          { label: 'CloudCo', count: 1, share: '33%', tone: 'provider' },
          { label: 'Example Co', count: 1, share: '33%', tone: 'customer' },
          { label: 'CloudCo · Example Co', count: 1, share: '33%', tone: 'shared' },
        ],
      },
      {
        title: 'Example Co · its customers: controls by party',
        total: 1,
        parts: [
          { label: 'Example Co', count: 0, share: '0%', tone: 'provider' },
          { label: 'Customers of Example Co', count: 0, share: '0%', tone: 'customer' },
          { label: 'Example Co · its customers', count: 1, share: '100%', tone: 'shared' },
        ],
      },
    ]);
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
