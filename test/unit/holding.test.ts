import { describe, expect, test } from 'vitest';
import { getAttention } from '../../src/lib/attention/attention.ts';
import { getFrameworkHolding, isClaimedWithoutEvidence } from '../../src/lib/graph/evidence-state.ts';
import { describeFrameworkStanding } from '../../src/lib/present/list-items.ts';
import { describeFrameworkHolder, describeHolding } from '../../src/lib/present/parties.ts';
import { artefact, buildTestGraph, control, framework, service } from '../fixtures/graph-builder.ts';

const providers = [
  { id: 'cloudco', name: 'CloudCo', portal: 'https://trust.cloudco.example/', portalAccess: 'Sign in.' },
  { id: 'skyco', name: 'SkyCo', portal: 'https://trust.skyco.example/', portalAccess: 'Sign in.' },
];

const graph = buildTestGraph(
  {
    frameworks: {
      ours: framework([], { holder: 'organisation' }),
      shared: framework([], { holder: 'both' }),
      inherited: framework([], { holder: 'provider' }),
      'inherited-by-service': framework([], { holder: 'provider' }),
      'inherited-unnamed': framework([], { holder: 'provider' }),
      'claimed-lapsed': framework([], { holder: 'both' }),
      'claimed-planned': framework([], { holder: 'organisation', status: 'in-progress' }),
      dropped: framework([], { holder: 'organisation', status: 'retired', until: '2025-06-30' }),
    },
    services: { sky: service('skyco', 'Sky compute'), app: service('organisation', 'Our app') },
    controls: {
      'on-sky': control('shared', { services: ['sky'], mappings: [{ framework: 'inherited-by-service' }] }),
    },
    artefacts: {
      'our-cert': artefact('organisation', { frameworks: ['ours', 'shared'], validUntil: '2027-06-30' }),
      'cloud-report': artefact('cloudco', { frameworks: ['shared', 'inherited', 'claimed-lapsed'] }),
      'our-old-cert': artefact('organisation', { frameworks: ['claimed-lapsed'], validUntil: '2026-01-31' }),
    },
  },
  '2026-11-29',
  { providers },
);

describe('who holds a framework', () => {
  test('names the organisation, the providers who publish its artefacts, or both', () => {
    expect(describeHolding(graph, 'ours')).toBe('Held by Example Co');
    expect(describeHolding(graph, 'inherited')).toBe('Inherited from CloudCo');
    expect(describeHolding(graph, 'shared')).toBe('Held by Example Co and by CloudCo');
  });

  test('names the operators of the services its controls run on', () => {
    expect(getFrameworkHolding(graph, 'inherited-by-service')).toEqual({ organisation: false, providers: ['skyco'] });
    expect(describeHolding(graph, 'inherited-by-service')).toBe('Inherited from SkyCo');
  });

  test('falls back to every provider of the site when nothing names one', () => {
    expect(describeHolding(graph, 'inherited-unnamed')).toBe('Inherited from CloudCo and SkyCo');
  });

  test('never says a framework in progress or retired is held', () => {
    expect(describeFrameworkHolder(graph, 'claimed-planned')).toBe('Not held yet: Example Co is working towards it');
    expect(describeFrameworkHolder(graph, 'dropped')).toBe('No longer held: held by Example Co until 30 June 2025');
    expect(describeFrameworkHolder(graph, 'shared')).toBe('Held by Example Co and by CloudCo');
  });

  test('says who holds a framework, and what is wrong when its evidence does not bear it out', () => {
    expect(describeFrameworkStanding(graph, 'inherited')).toBe('Inherited from CloudCo');
    expect(describeFrameworkStanding(graph, 'claimed-planned')).toBe('In progress');
    expect(describeFrameworkStanding(graph, 'inherited-unnamed')).toBe(
      'Inherited from CloudCo and SkyCo: not evidenced',
    );
  });
});

describe('frameworks claimed without evidence', () => {
  test('flags a framework the organisation holds with no current artefact of its own', () => {
    expect(isClaimedWithoutEvidence(graph, 'claimed-lapsed')).toBe(true);
    expect(isClaimedWithoutEvidence(graph, 'shared')).toBe(false);
    expect(isClaimedWithoutEvidence(graph, 'inherited-unnamed')).toBe(false);
    expect(isClaimedWithoutEvidence(graph, 'claimed-planned')).toBe(false);
  });

  test('lists them on the attention page with who the site says holds them', () => {
    const section = getAttention(graph).find((candidate) => candidate.kind === 'claimed-without-evidence')!;
    expect(section.title).toBe('Frameworks claimed without evidence');
    expect(section.items.map((item) => [item.id, item.reason, item.badge.label])).toEqual([
      [
        'claimed-lapsed',
        'Held by Example Co and by CloudCo, but no current artefact Example Co publishes names it.',
        'Claimed without evidence',
      ],
    ]);
  });
});
