import type { AssuranceGraph } from '../../graph/assurance-graph.ts';
import { compareHolders } from '../../graph/evidence-state.ts';
import { describeFrameworkStanding, frameworkItem, groupBy } from '../../present/list-items.ts';
import { searchUrl } from '../../present/urls.ts';
import { facetNames } from '../../search/attributes.ts';
import type { LinkData, PageHeading, PageMeta } from '../parts.ts';

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
    description:
      'The certifications, attestations, laws and regulations that concern us, held by us or by our providers, and ' +
      'the evidence for each.',
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
    industries: getIndustryLinks(graph),
    groups: groups.map((group) => ({ key: group.key, items: group.items.map((item) => frameworkItem(graph, item)) })),
  };
}

/**
 * The regulated industries frameworks name, each a link to the search page
 * showing the frameworks for that industry: `Healthcare (3)`.
 */
export function getIndustryLinks(graph: AssuranceGraph): LinkData[] {
  const counts = new Map<string, number>();
  for (const framework of graph.frameworks) {
    for (const industry of framework.data.industries) counts.set(industry, (counts.get(industry) ?? 0) + 1);
  }
  return [...counts]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([industry, count]) => ({
      href: searchUrl({ term: '', filters: { [facetNames.type]: ['Framework'], [facetNames.industry]: [industry] } }),
      label: `${industry} (${count})`,
    }));
}
