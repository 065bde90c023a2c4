import type { AssuranceGraph } from '../../graph/assurance-graph.ts';
import { getMatrixDomains, getMatrixViews } from '../../graph/matrix.ts';
import { getLayerTotals } from '../../graph/coverage.ts';
import { getPartyLine } from '../../present/coverage.ts';
import { matrixUrl, entryUrl } from '../../present/urls.ts';
import type { LinkData, PageHeading, PageMeta } from '../parts.ts';

/** One page of the matrix of a framework's or a service's controls. */
export function getMatrixViewPage(
  graph: AssuranceGraph,
  kind: 'frameworks' | 'services',
  id: string,
  ids: readonly string[],
) {
  const view = getMatrixViews(graph).views.find((candidate) => candidate.kind === kind && candidate.id === id)!;
  const about =
    view.kind === 'frameworks' ? `the controls mapped to ${view.name}` : `the controls that apply to ${view.name}`;
  const meta: PageMeta = {
    title: `Shared responsibility: ${view.name}`,
    description: `Who does what for ${about}.`,
    section: 'responsibility/',
  };
  const header: PageHeading = {
    eyebrow: 'Shared responsibility',
    title: view.name,
    lead: `Who does what for ${about}, in each layer of shared responsibility, each party by name.`,
  };
  const links: LinkData[] = [
    { href: entryUrl(view.kind, view.id), label: `About ${view.name}` },
    { href: matrixUrl(), label: 'All controls' },
  ];
  return {
    meta,
    header,
    links,
    domains: getMatrixDomains(graph, ids),
    totals: getLayerTotals(graph, view.controls).map(getPartyLine),
  };
}
