import { describe, expect, test } from 'vitest';
import { getFrameworkSummary } from '../../src/lib/graph/coverage.ts';
import { getSummaryLines } from '../../src/lib/present/coverage.ts';
import { getPartDoesLabel, getResponsibilityLabel } from '../../src/lib/present/labels.ts';
import { controlItem } from '../../src/lib/present/list-items.ts';
import { describeResponsibility } from '../../src/lib/present/parties.ts';
import { getControlLayer, getLayer, groupByLayer } from '../../src/lib/responsibility/layers.ts';
import { getControlSearch } from '../../src/lib/search/attributes.ts';
import { buildTestGraph, control, framework, service } from '../fixtures/graph-builder.ts';

const graph = buildTestGraph(
  {
    services: {
      cloud: service('cloudco', 'Cloud'),
      mail: service('cloudco', 'Mail'),
      hosting: service('hostco', 'Hosting'),
      app: service('organisation', 'App'),
    },
    frameworks: { soc: framework() },
    controls: {
      mfa: control('customer', { services: ['cloud', 'mail'], mappings: [{ framework: 'soc' }] }),
      datacentre: control('provider', { services: ['mail'], mappings: [{ framework: 'soc' }] }),
      racks: control('shared', { services: ['hosting'], mappings: [{ framework: 'soc' }] }),
      'app-sso': control('shared', { services: ['app'], mappings: [{ framework: 'soc' }] }),
      'app-testing': control('provider', { services: ['app'], mappings: [{ framework: 'soc' }] }),
      'app-users': control('customer', { services: ['app'] }),
    },
  },
  '2026-11-29',
  {
    providers: [
      { id: 'cloudco', name: 'CloudCo', portal: 'https://trust.cloudco.example/' },
      { id: 'hostco', name: 'HostCo', portal: 'https://trust.hostco.example/' },
    ],
  },
);

const label = (id: string) => getResponsibilityLabel(getControlLayer(graph, id), graph.control(id).data.responsibility);

describe('the layer of a control', () => {
  test("is the layer of its services' operator, naming both parties", () => {
    expect(getControlLayer(graph, 'mfa')).toEqual({
      operator: 'cloudco',
      provider: 'CloudCo',
      customer: 'Example Co',
      title: 'CloudCo · Example Co',
      services: "CloudCo's services",
      about: 'CloudCo runs these services, and Example Co uses them.',
    });
    expect(getControlLayer(graph, 'app-sso')).toEqual({
      operator: 'organisation',
      provider: 'Example Co',
      customer: 'Customers of Example Co',
      title: 'Example Co · its customers',
      services: "Example Co's own services",
      about: 'Example Co runs these services, and its customers use them.',
    });
  });

  test('names the services of a party whose name ends in s with an apostrophe alone', () => {
    const site = { ...graph.site, name: 'Nimbus Systems' };
    expect(getLayer(site, 'organisation').services).toBe("Nimbus Systems' own services");
    expect(getLayer({ ...site, providers: [{ id: 'aws', name: 'Amazon Web Services' }] }, 'aws').services).toBe(
      "Amazon Web Services' services",
    );
  });

  test('gives each provider a layer of its own, and orders layers as in site.yaml, the organisation last', () => {
    const ids = ['app-sso', 'racks', 'mfa', 'app-testing', 'datacentre'];
    expect(groupByLayer(graph, ids).map((group) => [group.layer.title, group.controls])).toEqual([
      ['CloudCo · Example Co', ['mfa', 'datacentre']],
      ['HostCo · Example Co', ['racks']],
      ['Example Co · its customers', ['app-sso', 'app-testing']],
    ]);
  });
});

describe('responsibility labels', () => {
  test('name the party alone, or both parties of the layer, never a bare provider or customer', () => {
    expect(['datacentre', 'mfa', 'racks', 'app-testing', 'app-users', 'app-sso'].map(label)).toEqual([
      'CloudCo',
      'Example Co',
      'HostCo · Example Co',
      'Example Co',
      'Customers of Example Co',
      'Example Co · its customers',
    ]);
  });

  test("head each party's part and say who carries a control out, by name", () => {
    const own = getControlLayer(graph, 'app-sso');
    const provider = getControlLayer(graph, 'mfa');
    expect([getPartDoesLabel(provider, 'provider'), getPartDoesLabel(provider, 'customer')]).toEqual([
      'CloudCo does',
      'Example Co does',
    ]);
    expect([getPartDoesLabel(own, 'provider'), getPartDoesLabel(own, 'customer')]).toEqual([
      'Example Co does',
      'Customers of Example Co do',
    ]);
    expect(describeResponsibility(provider, 'shared')).toBe('shared between CloudCo and Example Co');
    expect(describeResponsibility(own, 'shared')).toBe('shared between Example Co and its customers');
    expect(describeResponsibility(own, 'customer')).toBe('carried out by Customers of Example Co alone');
  });

  test('are what lists show as badges and what search offers as facet values', () => {
    expect(controlItem(graph.control('app-sso'), graph)).toMatchObject({
      meta: "Identity · on Example Co's own services",
      badges: [{ value: 'shared', label: 'Example Co · its customers' }, expect.anything()],
    });
    expect(getControlSearch(graph, graph.control('mfa')).filters.Responsibility).toEqual(['Example Co']);
  });
});

describe('coverage totals', () => {
  test('count each layer apart and never add layers together', () => {
    const summary = getFrameworkSummary(graph, 'soc');
    expect(summary.controls.total).toBe(5);
    expect(summary.controls.layers.map((layer) => [layer.layer.title, layer.total])).toEqual([
      ['CloudCo · Example Co', 2],
      ['HostCo · Example Co', 1],
      ['Example Co · its customers', 2],
    ]);
    const lines = getSummaryLines(summary).filter((line) => line.title.endsWith('by party'));
    expect(lines.map((line) => [line.title, line.parts.map((part) => `${part.count} ${part.label}`)])).toEqual([
      ['CloudCo · Example Co: controls by party', ['1 CloudCo', '1 Example Co', '0 CloudCo · Example Co']],
      ['HostCo · Example Co: controls by party', ['0 HostCo', '0 Example Co', '1 HostCo · Example Co']],
      [
        'Example Co · its customers: controls by party',
        ['1 Example Co', '0 Customers of Example Co', '1 Example Co · its customers'],
      ],
    ]);
  });
});
