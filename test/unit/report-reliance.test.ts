import { afterEach, describe, expect, test } from 'vitest';
import { describeCuecReliance } from '../../src/lib/evidence/cuecs.ts';
import { getCatalogEntries } from '../../src/lib/export/catalog.ts';
import { getArtefactPage } from '../../src/lib/pages/entries/artefact.ts';
import { getControlPage } from '../../src/lib/pages/entries/control.ts';
import { getLongRelations } from '../../src/lib/present/relations.ts';
import { artefact, buildTestGraph, control, framework, service } from '../fixtures/graph-builder.ts';

const auditReport = (publisher: string, extra: Record<string, unknown> = {}) =>
  artefact(publisher, {
    type: 'audit-report',
    issuer: 'Audit LLP',
    auditPeriod: { start: '2025-10-01', end: '2026-09-30' },
    issued: '2026-11-01',
    ...extra,
  });

/** Reports that each rely on the control `mfa`, enough to need a page of their own. */
const manyReports = Object.fromEntries(
  Array.from({ length: 13 }, (_, index) => [
    `report-${String(index + 1).padStart(2, '0')}`,
    auditReport('cloudco', { title: `Report ${String(index + 1).padStart(2, '0')}`, cuecs: ['many'] }),
  ]),
);

const graph = buildTestGraph({
  services: { cloud: service('cloudco', 'Cloud') },
  controls: {
    mfa: control('customer', { title: 'MFA', services: ['cloud'] }),
    reviews: control('shared', { title: 'Access reviews', services: ['cloud'] }),
    many: control('customer', { title: 'Many', services: ['cloud'] }),
    alone: control('customer', { title: 'Alone', services: ['cloud'] }),
  },
  artefacts: {
    'cloud-soc': auditReport('cloudco', {
      title: 'CloudCo SOC 2 report, 2026',
      opinion: 'unqualified',
      exceptions: 0,
      cuecs: ['mfa', 'reviews'],
    }),
    'cloud-soc-old': auditReport('cloudco', { title: 'CloudCo SOC 2 report, 2025', cuecs: ['reviews'] }),
    'our-soc': auditReport('organisation', {
      title: 'Our SOC 2 report',
      access: 'nda',
      opinion: 'qualified',
      exceptions: 2,
      subserviceOrganisations: [
        { provider: 'cloudco', method: 'carved-out', reports: ['cloud-soc'] },
        { name: 'A colocation provider', method: 'inclusive' },
      ],
    }),
    'our-score': artefact('organisation', {
      title: 'Secure Score snapshot',
      type: 'assessment',
      access: 'sign-in',
      score: 71,
      scoredOn: '2026-11-20',
    }),
    ...manyReports,
  },
});

const fact = (page: { facts: { label: string; value?: string | undefined }[] }, label: string) =>
  page.facts.find((item) => item.label === label)?.value;

describe('what an artefact page says an auditor concluded', () => {
  afterEach(() => {
    delete process.env.TRUST_CENTER_AUDIENCE;
  });

  test('a public report shows its opinion and exceptions in the public build', () => {
    const page = getArtefactPage(graph, 'cloud-soc');
    expect(fact(page, 'Opinion')).toBe('Unqualified opinion');
    expect(fact(page, 'Exceptions')).toBe('None');
  });

  test('a gated report shows its opinion and exceptions, an assessment its score, in the internal build only', () => {
    expect([
      fact(getArtefactPage(graph, 'our-soc'), 'Opinion'),
      fact(getArtefactPage(graph, 'our-soc'), 'Exceptions'),
    ]).toEqual([undefined, undefined]);
    expect(fact(getArtefactPage(graph, 'our-score'), 'Score')).toBeUndefined();
    expect(fact(getArtefactPage(graph, 'our-score'), 'Score taken')).toBe('20 November 2026');
    process.env.TRUST_CENTER_AUDIENCE = 'internal';
    expect(fact(getArtefactPage(graph, 'our-soc'), 'Opinion')).toBe('Qualified opinion');
    expect(fact(getArtefactPage(graph, 'our-soc'), 'Exceptions')).toBe('2');
    expect(fact(getArtefactPage(graph, 'our-score'), 'Score')).toBe('71%');
  });

  test('a report lists its subservice organisations, each with how it is treated and its own reports', () => {
    expect(getArtefactPage(graph, 'our-soc').reliance.subservices.items).toEqual([
      {
        name: 'CloudCo',
        method: 'Carved out: its controls are left to its own reports',
        reports: [expect.objectContaining({ href: '/artefacts/cloud-soc/', title: 'CloudCo SOC 2 report, 2026' })],
      },
      { name: 'A colocation provider', method: 'Inclusive: its controls are tested in this report', reports: [] },
    ]);
  });

  const latestReports =
    'a provider named without reports is linked to its audit reports on the same frameworks, latest editions';
  test(latestReports, () => {
    const reportOn = (frameworks: string[], extra: Record<string, unknown> = {}) =>
      auditReport('cloudco', { frameworks, ...extra });
    const carvedOut = { provider: 'cloudco', method: 'carved-out' };
    const site = buildTestGraph({
      frameworks: { soc: framework(), iso: framework() },
      artefacts: {
        'cloud-soc-2026': reportOn(['soc'], { supersedes: 'cloud-soc-2025' }),
        'cloud-soc-2025': reportOn(['soc'], { status: 'superseded', supersededBy: 'cloud-soc-2026' }),
        'cloud-iso': reportOn(['iso']),
        'cloud-policy': artefact('cloudco', { frameworks: ['soc'] }),
        'our-soc': auditReport('organisation', { frameworks: ['soc'], subserviceOrganisations: [carvedOut] }),
        'our-pci': auditReport('organisation', { subserviceOrganisations: [carvedOut] }),
      },
    });
    const reports = (id: string) =>
      getArtefactPage(site, id).reliance.subservices.items[0]!.reports.map((item) => item.href);
    expect(reports('our-soc')).toEqual(['/artefacts/cloud-soc-2026/']);
    expect(reports('our-pci')).toEqual(['/artefacts/cloud-iso/', '/artefacts/cloud-soc-2026/']);
    const exported = getCatalogEntries(site, 'public', 'artefacts') as {
      id: string;
      subserviceOrganisations: object[];
    }[];
    expect(exported.find((entry) => entry.id === 'our-soc')?.subserviceOrganisations).toEqual([
      { provider: 'cloudco', method: 'carved-out', reports: ['cloud-soc-2026'] },
    ]);
  });

  test('a report lists its complementary user entity controls as links to the controls', () => {
    const { cuecs } = getArtefactPage(graph, 'cloud-soc').reliance;
    expect(cuecs?.items.map((item) => item.href)).toEqual(['/controls/mfa/', '/controls/reviews/']);
    expect(getArtefactPage(graph, 'our-soc').reliance.cuecs).toBeUndefined();
  });
});

describe('what a control page says of the reports relying on it', () => {
  test('names the one report that relies on it as a complementary user entity control', () => {
    const relied = getControlPage(graph, 'mfa').reliedOnBy;
    expect(relied?.intro).toBe('Relied on by the CloudCo SOC 2 report, 2026, as a complementary user entity control.');
    expect(relied?.items.map((item) => item.href)).toEqual(['/artefacts/cloud-soc/']);
  });

  test('counts several reports, and links to the full list when there are more than a page shows', () => {
    expect(getControlPage(graph, 'reviews').reliedOnBy?.intro).toBe(
      'Relied on by 2 audit reports as a complementary user entity control.',
    );
    const many = getControlPage(graph, 'many').reliedOnBy!;
    expect(many.items).toHaveLength(12);
    expect(many.more).toEqual({ count: 13, href: '/controls/many/artefacts/' });
    expect(getLongRelations(graph).map(({ owner, id, relation }) => `${owner}/${id}/${relation}`)).toContain(
      'controls/many/artefacts',
    );
  });

  test('says nothing when no report relies on it', () => {
    expect(getControlPage(graph, 'alone').reliedOnBy).toBeUndefined();
    expect(describeCuecReliance([], 0)).toBeUndefined();
    expect(describeCuecReliance(['Example SOC 2 report'], 1)).toBe(
      'Relied on by the Example SOC 2 report as a complementary user entity control.',
    );
  });
});
