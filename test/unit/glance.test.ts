import { describe, expect, test } from 'vitest';
import { getGlanceAnswers } from '../../src/lib/glance/answers.ts';
import { getKeyDocuments } from '../../src/lib/glance/documents.ts';
import { getFrameworkCards } from '../../src/lib/glance/frameworks.ts';
import { artefact, buildTestGraph, framework, service } from '../fixtures/graph-builder.ts';

const cert = { type: 'certificate', issuer: 'Cert Body', issued: '2026-01-01' };
const graph = buildTestGraph(
  {
    frameworks: {
      ours: framework([], { holder: 'organisation', shortName: 'OURS' }),
      lapsed: framework([], { holder: 'organisation', shortName: 'LAPSED' }),
      theirs: framework([], { holder: 'provider', shortName: 'THEIRS' }),
      unbridged: framework([], { holder: 'provider', shortName: 'UNBRIDGED' }),
      bridged: framework([], { holder: 'provider', shortName: 'BRIDGED' }),
      both: framework([], { holder: 'both', shortName: 'BOTH' }),
    },
    services: {
      app: service('organisation', 'App'),
      cloud: service('cloudco', 'Cloud'),
    },
    artefacts: {
      'our-cert': artefact('organisation', {
        ...cert,
        title: 'Our certificate',
        frameworks: ['ours'],
        validUntil: '2027-06-30',
      }),
      'old-cert': artefact('organisation', {
        ...cert,
        title: 'Old certificate',
        frameworks: ['lapsed'],
        validUntil: '2026-01-31',
      }),
      policy: artefact('organisation', { title: 'A policy', access: 'nda' }),
      'cloud-cert': artefact('cloudco', { ...cert, frameworks: ['theirs', 'both'], validUntil: '2027-01-31' }),
      'our-statement': artefact('organisation', { title: 'Our statement', frameworks: ['both'] }),
      'cloud-report': artefact('cloudco', {
        type: 'audit-report',
        issuer: 'Audit Firm',
        issued: '2026-05-01',
        auditPeriod: { start: '2025-04-01', end: '2026-03-31' },
        frameworks: ['unbridged'],
      }),
      'bridged-report': artefact('cloudco', {
        type: 'audit-report',
        issuer: 'Audit Firm',
        issued: '2026-05-01',
        auditPeriod: { start: '2025-04-01', end: '2026-03-31' },
        frameworks: ['bridged'],
      }),
      'bridge-letter': artefact('cloudco', {
        type: 'bridge-letter',
        issuer: 'CloudCo',
        issued: '2026-10-10',
        bridges: ['bridged-report'],
        coversThrough: '2026-09-30',
        frameworks: ['bridged'],
      }),
    },
  },
  '2026-11-29',
  { providers: [{ id: 'cloudco', name: 'CloudCo', portal: 'https://trust.cloudco.example/' }] },
);
const services = graph.services.map((item) =>
  item.id === 'app'
    ? {
        ...item,
        data: {
          ...item.data,
          dataLocations: [
            { geography: 'European Union', regions: [] },
            { geography: 'Japan', regions: [] },
          ],
        },
      }
    : item,
);

describe('the home page at a glance', () => {
  test('puts the frameworks the organisation holds apart from those inherited, with their newest evidence', () => {
    const { held, inherited } = getFrameworkCards(graph, graph.frameworks);
    // A framework held with a provider shows none of the provider's dates on the organisation's card.
    expect(held.map((card) => [card.name, card.validity])).toEqual([
      ['BOTH', 'Current evidence'],
      ['LAPSED', 'No current evidence'],
      ['OURS', 'Valid until 30 June 2027'],
    ]);
    expect(inherited.map((card) => [card.name, card.validity, card.renewal])).toEqual([
      // A bridge letter carries a report two months short of today: no renewal is due.
      ['BRIDGED', 'Audit period 1 April 2025 to 31 March 2026, bridged through 30 September 2026', undefined],
      // A certificate two months from its end says so beside the day.
      ['THEIRS', 'Valid until 31 January 2027', 'Expiring soon'],
      // Eight months after its period, a report no letter bridges says so beside its period.
      ['UNBRIDGED', 'Audit period 1 April 2025 to 31 March 2026', 'Bridge letter needed'],
    ]);
  });

  test('answers with the frameworks held and met, where data is stored and whom to write to', () => {
    const answers = getGlanceAnswers({ ...graph, services }, graph.frameworks);
    expect(answers.held.map((link) => link.label)).toEqual(['BOTH', 'OURS']);
    expect(answers.locations).toEqual({ text: 'European Union and Japan', href: '/services/app/#_data-location' });
    expect(answers.incidents).toBeUndefined();
    expect(answers.contacts.map((link) => link.href)).toEqual(['mailto:security@example.com']);
  });

  test("lists the organisation's own usable documents, certificates first, with a lock on gated ones", () => {
    expect(getKeyDocuments(graph).map((item) => [item.title, item.access, item.gated])).toEqual([
      ['Our certificate', 'Public', false],
      ['A policy', 'Under NDA', true],
      ['Our statement', 'Public', false],
    ]);
  });
});
