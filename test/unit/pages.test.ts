import { describe, expect, test } from 'vitest';
import { getArtefactPage } from '../../src/lib/pages/entries/artefact.ts';
import { getControlPage } from '../../src/lib/pages/entries/control.ts';
import { getCoveragePage } from '../../src/lib/pages/entries/coverage.ts';
import { getRelationPage } from '../../src/lib/pages/entries/relation.ts';
import { getArtefactListIds } from '../../src/lib/pages/lists/artefacts.ts';
import { getHomePage } from '../../src/lib/pages/lists/home.ts';
import { getMatrixPage } from '../../src/lib/pages/lists/responsibility.ts';
import { getCoverageItems } from '../../src/lib/graph/coverage-rows.ts';
import { artefact, buildTestGraph, control, framework, service } from '../fixtures/graph-builder.ts';

const graph = buildTestGraph({
  services: { cloud: service('cloudco', 'Cloud') },
  frameworks: { soc: framework(['cc1', 'cc2']) },
  artefacts: {
    'cloud-report': artefact('cloudco', { frameworks: ['soc'] }),
    'our-policy': artefact('organisation', { title: 'Our policy', access: 'nda' }),
  },
  controls: {
    keys: control('shared', {
      title: 'Keys',
      services: ['cloud'],
      mappings: [{ framework: 'soc', requirements: ['cc1'] }],
      evidence: ['cloud-report'],
    }),
    stale: control('provider', { title: 'Stale', services: ['cloud'], lastReviewed: '2020-01-01' }),
  },
});

describe('entry pages', () => {
  test('a control page flags a review that is overdue, after its responsibility and evidence state', () => {
    const labels = getControlPage(graph, 'stale').header.badges?.map((badge) => badge.label);
    expect(labels).toEqual(['CloudCo', 'No evidence', 'Review overdue']);
    expect(getControlPage(graph, 'keys').header.badges).toHaveLength(2);
  });

  test('a control page lists its framework requirements and its evidence', () => {
    const page = getControlPage(graph, 'keys');
    expect(page.mappings).toEqual([
      { href: '/frameworks/soc/', name: 'Framework', requirements: [expect.objectContaining({ label: 'CC1' })] },
    ]);
    expect(page.evidence.items.map((item) => item.title)).toEqual(['Artefact by cloudco']);
  });

  test('an artefact page withholds the body the audience may not read and says how to ask for it', () => {
    const page = getArtefactPage(graph, 'our-policy');
    expect(page.body.withheld).toBe(
      'The contents of this document are available only to readers with the access described above.',
    );
    expect(page.obtain.action?.href).toMatch(/^mailto:nda@example\.com\?subject=NDA%20request%3A%20Our%20policy%20/);
    expect(getArtefactPage(graph, 'cloud-report').body.withheld).toBeUndefined();
  });

  test('a coverage page after the first links to the gaps instead of listing them', () => {
    const data = getCoverageItems(graph, 'soc');
    const first = getCoveragePage(graph, 'soc', { currentPage: 1, lastPage: 2, data });
    const second = getCoveragePage(graph, 'soc', { currentPage: 2, lastPage: 2, data });
    expect(first.gaps).toBeDefined();
    expect(first.gapsLinks).toEqual([]);
    expect(second.gaps).toBeUndefined();
    expect(second.gapsLinks).toEqual([{ href: '/frameworks/soc/coverage/#gaps', label: 'Gaps in Framework coverage' }]);
    expect(second.trace.heading).toBe('Requirements, page 2 of 2');
  });

  test('a relation page is titled with the relation and the length of the whole list', () => {
    const page = getRelationPage(
      graph,
      { owner: 'frameworks', id: 'soc', relation: 'artefacts' },
      { data: ['cloud-report'], total: 60 },
    );
    expect(page.header).toEqual({ eyebrow: 'Framework', title: 'Evidence (60)' });
    expect(page.links).toEqual([{ href: '/frameworks/soc/', label: 'Back to Framework' }]);
  });
});

describe('list pages', () => {
  test("the artefact list puts the organisation's own artefacts first", () => {
    expect(getArtefactListIds(graph)).toEqual(['our-policy', 'cloud-report']);
  });

  const noProviderYet =
    'the home and matrix pages of an organisation on no cloud provider, with no framework yet, say so plainly';
  test(noProviderYet, () => {
    const alone = buildTestGraph({ frameworks: { soc: framework([], { status: 'in-progress' }) } }, '2026-11-29', {
      providers: [],
    });
    expect(getMatrixPage(alone, []).header.lead).toBe(
      'Our product runs under a shared responsibility model: we secure the infrastructure and run the service, ' +
        'and our customers manage their users and settings. Here is the split, control by control.',
    );
    expect(getMatrixPage(graph, []).header.lead).toMatch(
      /^Cloud services run under a shared responsibility model, in layers\./,
    );
    const home = getHomePage(alone);
    expect(home.coverage).toMatchObject({
      title: 'Coverage',
      lines: [],
      intro:
        'No framework is held or inherited yet, so there is no coverage to sum up. The frameworks page lists any in ' +
        'progress.',
    });
    expect(home.band.answers.noneHeld).toBe('None yet.');
    expect(getHomePage(graph).band.answers.noneHeld).toBe(
      'None held by Example Co itself; those it inherits are listed below.',
    );
  });

  test('the home page counts one framework in the singular', () => {
    expect(getHomePage(graph).coverage.title).toBe(
      'Coverage across 1 framework: 1 held by Example Co, 0 inherited from its providers',
    );
  });
});
