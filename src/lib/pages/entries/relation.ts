import type { AssuranceGraph } from '../../graph/assurance-graph.ts';
import { entryUrl } from '../../present/urls.ts';
import { getEntryTitle, relatedItem, relations, type LongRelation } from '../../present/relations.ts';
import type { LinkData, PageHeading, PageMeta } from '../parts.ts';

/** One page of the full list of an entry's relation, for relations too long for the entry page. */
export function getRelationPage(
  graph: AssuranceGraph,
  { owner, id, relation }: Pick<LongRelation, 'owner' | 'id' | 'relation'>,
  page: { data: readonly string[]; total: number },
) {
  const title = (relations[owner] as Record<string, { title: string }>)[relation]!.title;
  const ownerTitle = getEntryTitle(graph, owner, id);
  const meta: PageMeta = { title: `${title}: ${ownerTitle}`, section: `${owner}/` };
  const header: PageHeading = { eyebrow: ownerTitle, title: `${title} (${page.total})` };
  const links: LinkData[] = [{ href: entryUrl(owner, id), label: `Back to ${ownerTitle}` }];
  return { meta, header, links, items: page.data.map((related) => relatedItem(graph, relation, related)) };
}
