import { describe, expect, test } from 'vitest';
import { getObtainInstructions } from '../../src/lib/present/obtain.ts';
import { artefact, buildTestGraph, framework } from '../fixtures/graph-builder.ts';

const entries = {
  frameworks: { 'soc-2': framework([], { title: 'SOC 2 Type II', shortName: 'SOC 2' }) },
  artefacts: {
    'soc-2-2026': artefact('organisation', {
      title: 'Our SOC 2 report, 2026',
      type: 'audit-report',
      issuer: 'Audit LLP',
      issued: '2026-02-01',
      auditPeriod: { start: '2025-01-01', end: '2025-12-31' },
      frameworks: ['soc-2'],
      access: 'nda',
    }),
    'pen-test': artefact('organisation', {
      title: 'Pen test',
      type: 'pen-test-summary',
      issuer: 'Testers',
      issued: '2026-03-01',
      access: 'sign-in',
    }),
    'cloud-report': artefact('cloudco', { title: 'CloudCo report', access: 'nda' }),
    policy: artefact('organisation', { title: 'Policy', access: 'public' }),
  },
};

/** The action offered for each artefact, on a site with the given request settings. */
function actions(requestAccess: Record<string, unknown> = {}) {
  const graph = buildTestGraph(entries, '2026-11-29', { requestAccess });
  return Object.fromEntries(graph.artefacts.map((item) => [item.id, getObtainInstructions(graph, item).action]));
}

describe('requesting a gated artefact', () => {
  test('offers, by default, an email to the NDA contact with the subject and body written', () => {
    const action = actions()['soc-2-2026']!;
    expect(action.label).toBe('Request the SOC 2 audit report under NDA by email');
    expect(action.request).toBe(true);
    const url = new URL(action.href);
    expect(url.protocol + url.pathname).toBe('mailto:nda@example.com');
    // What paper prints in place of the filled-in mailto.
    expect(action.address).toBe('nda@example.com');
    expect(url.searchParams.get('subject')).toBe('NDA request: Our SOC 2 report, 2026 (soc-2-2026)');
    expect(url.searchParams.get('body')).toBe(
      [
        'Please send me Our SOC 2 report, 2026 (soc-2-2026), ' +
          'listed at https://trust.example.com/artefacts/soc-2-2026/.',
        '',
        'Company (legal name): ',
        'How we relate to Example Co (customer, prospect, partner, auditor of a customer): ',
        'Name and work email of each person who needs it: ',
      ].join('\r\n'),
    );
  });

  test("sends the reader to the organisation's own form, with the artefact's id, when the site names one", () => {
    const configured = actions({
      nda: { url: 'https://forms.example/nda?document={id}' },
      'sign-in': { url: 'https://app.example/documents/{id}' },
    });
    expect(configured['soc-2-2026']).toEqual({
      href: 'https://forms.example/nda?document=soc-2-2026',
      label: 'Request the SOC 2 audit report under NDA',
      request: true,
    });
    expect(configured['pen-test']).toEqual({
      href: 'https://app.example/documents/pen-test',
      label: 'Sign in to get the penetration test summary',
      request: true,
    });
  });

  test("keeps a provider's artefact at the provider's portal, and a public one's action a download or link", () => {
    const configured = actions({ nda: { url: 'https://forms.example/nda?document={id}' } });
    expect(configured['cloud-report']).toEqual({
      href: 'https://trust.cloudco.example/',
      label: 'Request it from CloudCo',
      request: true,
    });
    expect(configured.policy).toBeUndefined();
  });
});
