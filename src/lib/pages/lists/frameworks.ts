import type { AssuranceGraph } from '../../graph/assurance-graph.ts';
import { compareHolders } from '../../graph/evidence-state.ts';
import { describeFrameworkStanding, frameworkItem, groupBy } from '../../present/list-items.ts';
import type { PageHeading, PageMeta } from '../parts.ts';

/**
 * Every framework in list order: those met (held by the organisation, held with a
 * provider, then inherited), then those in progress, then those no longer held.
 */
export function getFrameworkListIds(graph: AssuranceGraph): string[] {
  const order = { active: 0, 'in-progress': 1, retired: 2 };
  return [...graph.frameworks]
    .sort(
      (a, b) => order[a.data.status] - order[b.data.status] || (a.data.status === 'active' ? compareHolders(a, b) : 0),
    )
    .map((framework) => framework.id);
}

/** One page of the framework list, grouped by standing and, for those met, by who holds them. */
export function getFrameworkListPage(graph: AssuranceGraph, ids: readonly string[]) {
  const meta: PageMeta = {
    title: 'Frameworks',
    description: 'The certifications, attestations, laws and regulations we meet, and the evidence for each.',
    section: 'frameworks/',
  };
  const header: PageHeading = {
    title: 'Frameworks',
    lead:
      'Certifications, attestations, laws and regulations, with who holds each and the evidence behind ' +
      'it. Frameworks we no longer hold stay listed, with the date they ended.',
  };
  const groups = groupBy(
    ids.map((id) => graph.framework(id)),
    (framework) => describeFrameworkStanding(graph, framework.id),
  );
  return {
    meta,
    header,
    groups: groups.map((group) => ({ key: group.key, items: group.items.map((item) => frameworkItem(graph, item)) })),
  };
}
