import type { AssuranceGraph } from '../../graph/assurance-graph.ts';
import { entryUrl } from '../../present/urls.ts';
import type { ListItem } from '../../present/list-items.ts';
import type { PageHeading, PageMeta } from '../parts.ts';

/** The list of scenarios, each with its question. */
export function getScenarioListPage(graph: AssuranceGraph) {
  const meta: PageMeta = {
    title: 'Scenarios',
    description: 'How to use the evidence: what to gather for due diligence, a regulator or an internal audit.',
    section: 'scenarios/',
  };
  const header: PageHeading = {
    title: 'Scenarios',
    lead: 'Common requests, and the evidence pack that answers each: which documents to gather, and how to get them.',
  };
  const items: ListItem[] = graph.scenarios.map((scenario) => ({
    href: entryUrl('scenarios', scenario.id),
    title: scenario.data.title,
    meta: `“${scenario.data.question}” ${scenario.data.summary}`,
  }));
  return { meta, header, items };
}
