import { describe, expect, test } from 'vitest';
import { coverageUrl, requirementUrl } from '../../src/lib/present/urls.ts';
import { getControlEvidence, getFrameworkEvidenceState, getPoolState } from '../../src/lib/graph/evidence-state.ts';
import { describeControlEvidence } from '../../src/lib/pages/entries/control.ts';
import { getActiveFrameworksSummary, getFrameworkSummary } from '../../src/lib/graph/coverage.ts';
import { getFrameworkGaps, getSummaryLines } from '../../src/lib/present/coverage.ts';
import { getCoverageItems, getCoverageRows } from '../../src/lib/graph/coverage-rows.ts';
import { getCoverageState } from '../../src/lib/graph/gaps.ts';
import { artefact, buildTestGraph, control, framework, service } from '../fixtures/graph-builder.ts';

const services = { cloud: service('cloudco', 'Cloud'), app: service('organisation', 'App') };
const current = { validUntil: '2028-01-01' };
const expiring = { validUntil: '2027-01-15' };
const expired = { validUntil: '2026-10-31' };

describe('getPoolState', () => {
  test('takes the best state among artefacts', () => {
    expect(getPoolState(['expired', 'current', 'expiring'])).toBe('evidenced');
    expect(getPoolState(['expired', 'expiring'])).toBe('expiring');
    expect(getPoolState(['expired', 'superseded', 'withdrawn'])).toBe('lapsed');
    expect(getPoolState([])).toBe('none');
  });
});

describe('getControlEvidence', () => {
  const graph = buildTestGraph({
    services,
    artefacts: {
      'provider-report': artefact('cloudco', current),
      'own-policy': artefact('organisation', current),
      'own-expiring': artefact('organisation', expiring),
      'old-report': artefact('cloudco', { ...current, status: 'superseded', supersededBy: 'new-report' }),
      'new-report': artefact('cloudco', { ...expired, supersedes: 'old-report' }),
    },
    controls: {
      evidenced: control('customer', { services: ['cloud'], evidence: ['own-policy'] }),
      'expiring-only': control('customer', { services: ['cloud'], evidence: ['own-expiring'] }),
      'superseded-by-expired': control('provider', { services: ['cloud'], evidence: ['old-report', 'new-report'] }),
      'without-evidence': control('provider', { services: ['cloud'] }),
      'shared-provider-side-only': control('shared', { services: ['cloud'], evidence: ['provider-report'] }),
      'shared-customer-side-only': control('shared', { services: ['cloud'], evidence: ['own-policy', 'new-report'] }),
      'shared-both-sides': control('shared', { services: ['cloud'], evidence: ['provider-report', 'own-expiring'] }),
      'shared-on-own-service': control('shared', { services: ['app'], evidence: ['own-policy'] }),
    },
  });
  const state = (id: string) => getControlEvidence(graph, graph.control(id)).state;

  test('is evidenced by a current artefact, expiring when the best one expires within the horizon', () => {
    expect(state('evidenced')).toBe('evidenced');
    expect(state('expiring-only')).toBe('expiring');
  });

  test('is lapsed when an artefact is superseded by one that has itself expired', () => {
    expect(graph.artefact('old-report').freshness).toBe('superseded');
    expect(graph.artefact('new-report').freshness).toBe('expired');
    expect(state('superseded-by-expired')).toBe('lapsed');
  });

  test('has no evidence when no artefact is cited', () => {
    expect(state('without-evidence')).toBe('none');
  });

  test('flags a shared control evidenced on one side only, whichever side it is', () => {
    expect(getControlEvidence(graph, graph.control('shared-provider-side-only'))).toEqual({
      state: 'one-side',
      sides: [
        { party: 'provider', state: 'evidenced', artefacts: ['provider-report'] },
        { party: 'customer', state: 'none', artefacts: [] },
      ],
    });
    expect(getControlEvidence(graph, graph.control('shared-customer-side-only')).sides).toEqual([
      { party: 'provider', state: 'lapsed', artefacts: ['new-report'] },
      { party: 'customer', state: 'evidenced', artefacts: ['own-policy'] },
    ]);
    expect(state('shared-customer-side-only')).toBe('one-side');
  });

  test('takes the weaker side of a shared control evidenced on both', () => {
    expect(state('shared-both-sides')).toBe('expiring');
  });

  test('uses one pool for a shared control on the organisation own service, whose customers do their part', () => {
    expect(getControlEvidence(graph, graph.control('shared-on-own-service'))).toEqual({
      state: 'evidenced',
      sides: [],
    });
  });

  test('describes the state and each side in words', () => {
    const evidence = getControlEvidence(graph, graph.control('shared-provider-side-only'));
    expect(describeControlEvidence(evidence, { provider: 'CloudCo', customer: 'Example Co' }, 90)).toBe(
      "Only one party's part has current or expiring evidence. CloudCo's part: evidenced. " +
        "Example Co's part: no evidence.",
    );
  });
});

describe('framework coverage', () => {
  const graph = buildTestGraph({
    services,
    frameworks: {
      listed: framework(['r-1', 'r-2', 'r-3']),
      unlisted: framework(),
      lapsed: framework([], { status: 'active' }),
      retired: framework([], { status: 'retired', until: '2025-01-01' }),
    },
    artefacts: {
      'current-report': artefact('cloudco', { ...current, frameworks: ['listed', 'unlisted'] }),
      'expiring-cert': artefact('organisation', { ...expiring, frameworks: ['listed'] }),
      'expired-cert': artefact('organisation', { ...expired, frameworks: ['lapsed', 'retired'] }),
    },
    controls: {
      'provider-control': control('provider', {
        services: ['cloud'],
        evidence: ['current-report'],
        mappings: [{ framework: 'listed', requirements: ['r-1'] }],
      }),
      'customer-control': control('customer', {
        services: ['cloud'],
        evidence: ['expired-cert'],
        mappings: [{ framework: 'listed', requirements: ['r-1', 'r-2'] }],
      }),
      'shared-control': control('shared', {
        services: ['cloud'],
        evidence: ['current-report', 'expiring-cert'],
        mappings: [{ framework: 'unlisted' }, { framework: 'listed', requirements: ['r-2'] }],
      }),
    },
  });

  test('counts requirements, controls by party and evidence, and artefacts by state', () => {
    const summary = getFrameworkSummary(graph, 'listed');
    expect(summary.requirements).toEqual({
      total: 3,
      mapped: { count: 2, percent: 67 },
      unmapped: { count: 1, percent: 33 },
      evidenced: { count: 2, percent: 67 },
    });
    const [layer, ...others] = summary.controls.layers;
    expect(others).toEqual([]);
    expect(layer!.layer.title).toBe('CloudCo · Example Co');
    expect(layer!.byParty).toEqual({
      provider: { count: 1, percent: 33 },
      customer: { count: 1, percent: 33 },
      shared: { count: 1, percent: 33 },
    });
    expect(layer!.byState.evidenced.count).toBe(1);
    expect(layer!.byState.expiring.count).toBe(1);
    expect(layer!.byState.lapsed.count).toBe(1);
    expect(summary.artefacts.total).toBe(3);
    expect(summary.artefacts.byFreshness.expired).toEqual({ count: 1, percent: 33 });
  });

  test('leaves out the requirement line when none are listed, and the layer lines when no control is mapped', () => {
    expect(getSummaryLines(getFrameworkSummary(graph, 'unlisted')).map((line) => line.title)).toEqual([
      'CloudCo · Example Co: controls by party',
      'CloudCo · Example Co: controls by evidence',
      'Artefacts relied on',
    ]);
    const summary = getFrameworkSummary(graph, 'retired');
    expect(summary.controls.layers).toEqual([]);
    expect(getSummaryLines(summary).map((line) => line.title)).toEqual(['Artefacts relied on']);
  });

  test('sums requirements over active frameworks and counts each control once', () => {
    const summary = getActiveFrameworksSummary(graph);
    expect(summary.frameworks).toBe(3);
    expect(summary.requirements.total).toBe(3);
    expect(summary.controls.total).toBe(3);
  });

  test('lists the gaps: requirements not soundly evidenced, controls without usable evidence, stale evidence', () => {
    const gaps = getFrameworkGaps(graph, 'listed');
    expect(gaps.requirements.count).toBe(3);
    expect(gaps.requirements.items[2]).toEqual({
      href: '/frameworks/listed/coverage/#req-r-3',
      title: 'R-3 Requirement r-3',
      badge: { value: 'expired', label: 'No control' },
    });
    expect(gaps.unevidencedControls.items.map((gap) => [gap.href, gap.badge.label])).toEqual([
      ['/controls/customer-control/', 'Evidence expired, stale or superseded only'],
    ]);
    expect(gaps.staleEvidence.items.map((gap) => [gap.href, gap.badge.label])).toEqual([
      ['/artefacts/expired-cert/', 'Expired'],
      ['/artefacts/expiring-cert/', 'Expiring soon'],
    ]);
  });

  test('flags a framework whose artefacts have all expired, and one no artefact names', () => {
    expect(getFrameworkEvidenceState(graph, 'listed')).toBe('evidenced');
    expect(getFrameworkEvidenceState(graph, 'lapsed')).toBe('lapsed');
    expect(getFrameworkEvidenceState(graph, 'nothing-names-it')).toBe('none');
  });

  test('traces each requirement to its controls, their party and their evidence', () => {
    const rows = getCoverageRows(graph, getCoverageItems(graph, 'listed'));
    expect(
      rows.map((row) => [
        row.requirement?.label,
        row.controls.map((item) => `${item.title} (${item.responsibility.label}, ${item.state})`),
      ]),
    ).toEqual([
      ['R-1', ['A customer control (Example Co, lapsed)', 'A provider control (CloudCo, evidenced)']],
      ['R-2', ['A customer control (Example Co, lapsed)', 'A shared control (CloudCo · Example Co, expiring)']],
      ['R-3', []],
    ]);
    expect(rows[0]!.controls[0]!.evidence).toEqual([
      {
        href: '/artefacts/expired-cert/',
        title: 'Artefact by organisation',
        freshness: 'expired',
        period: 'Valid until 31 October 2026',
      },
    ]);
  });

  test('shows one control a row when the framework lists no requirements', () => {
    expect(getCoverageItems(graph, 'unlisted')).toEqual([{ controls: ['shared-control'] }]);
  });
});

describe('coverage gaps', () => {
  const graph = buildTestGraph({
    services,
    frameworks: {
      audited: framework(['clean', 'old', 'pulled', 'lapsed', 'unmapped', 'bare']),
      sound: framework(['clean']),
      renewing: framework(['soon']),
    },
    artefacts: {
      report: artefact('cloudco', {
        ...current,
        auditPeriod: { start: '2025-04-01', end: '2026-03-31' },
        frameworks: ['audited', 'sound'],
      }),
      'old-report': artefact('cloudco', { ...current, status: 'superseded', supersededBy: 'report' }),
      'pulled-report': artefact('cloudco', { ...current, status: 'withdrawn' }),
      'expired-cert': artefact('organisation', expired),
      'expiring-cert': artefact('organisation', { ...expiring, frameworks: ['renewing'] }),
    },
    controls: {
      clean: control('provider', {
        services: ['cloud'],
        evidence: ['report'],
        mappings: [
          { framework: 'audited', requirements: ['clean'] },
          { framework: 'sound', requirements: ['clean'] },
        ],
      }),
      'cites-old': control('provider', {
        services: ['cloud'],
        evidence: ['report', 'old-report'],
        mappings: [{ framework: 'audited', requirements: ['old'] }],
      }),
      'cites-pulled': control('provider', {
        services: ['cloud'],
        evidence: ['report', 'pulled-report'],
        mappings: [{ framework: 'audited', requirements: ['pulled'] }],
      }),
      'cites-expired': control('customer', {
        services: ['cloud'],
        evidence: ['report', 'expired-cert'],
        mappings: [{ framework: 'audited', requirements: ['lapsed'] }],
      }),
      bare: control('customer', { services: ['cloud'], mappings: [{ framework: 'audited', requirements: ['bare'] }] }),
      soon: control('customer', {
        services: ['cloud'],
        evidence: ['expiring-cert'],
        mappings: [{ framework: 'renewing', requirements: ['soon'] }],
      }),
    },
  });

  test('counts every requirement with no control, no usable evidence or lapsed evidence as a gap', () => {
    const gaps = getFrameworkGaps(graph, 'audited');
    expect(gaps.requirements.items.map((gap) => [gap.href, gap.title, gap.badge.label])).toEqual([
      ['/frameworks/audited/coverage/#req-old', 'OLD Requirement old', 'Cites superseded evidence'],
      ['/frameworks/audited/coverage/#req-pulled', 'PULLED Requirement pulled', 'Cites withdrawn evidence'],
      ['/frameworks/audited/coverage/#req-lapsed', 'LAPSED Requirement lapsed', 'Cites expired evidence'],
      ['/frameworks/audited/coverage/#req-unmapped', 'UNMAPPED Requirement unmapped', 'No control'],
      ['/frameworks/audited/coverage/#req-bare', 'BARE Requirement bare', 'A control has no usable evidence'],
    ]);
  });

  test('lists expired, superseded and withdrawn evidence with expiring evidence', () => {
    const gaps = getFrameworkGaps(graph, 'audited');
    expect(gaps.staleEvidence.items.map((gap) => [gap.href, gap.badge.label])).toEqual([
      ['/artefacts/expired-cert/', 'Expired'],
      ['/artefacts/old-report/', 'Superseded'],
      ['/artefacts/pulled-report/', 'Withdrawn'],
    ]);
  });

  test('shows the audit period of each piece of evidence, or its validity when it has none', () => {
    const [row] = getCoverageRows(graph, getCoverageItems(graph, 'sound'));
    expect(row!.controls[0]!.evidence[0]!.period).toBe('Audit period 1 April 2025 to 31 March 2026');
  });

  test('states a framework with gaps as having gaps, never as current', () => {
    expect(getCoverageState(graph, 'audited')).toBe('gaps');
    expect(getCoverageState(graph, 'sound')).toBe('evidenced');
    expect(getCoverageState(graph, 'renewing')).toBe('expiring');
  });
});

describe('coverage URLs', () => {
  test('point a requirement at the coverage page it falls on', () => {
    const ids = Array.from({ length: 120 }, (_, index) => `r-${index + 1}`);
    const graph = buildTestGraph({ frameworks: { big: framework(ids) } });
    const big = graph.framework('big');
    expect(requirementUrl(big, 'r-1')).toBe('/frameworks/big/coverage/#req-r-1');
    expect(requirementUrl(big, 'r-50')).toBe('/frameworks/big/coverage/#req-r-50');
    expect(requirementUrl(big, 'r-51')).toBe('/frameworks/big/coverage/2/#req-r-51');
    expect(requirementUrl(big, 'r-120')).toBe('/frameworks/big/coverage/3/#req-r-120');
    expect(coverageUrl('big', 1)).toBe('/frameworks/big/coverage/');
  });
});
