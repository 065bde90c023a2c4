import type { AssuranceGraph } from '../../graph/assurance-graph.ts';
import { perGraph } from '../../graph/memo.ts';
import { getSubscribeSection } from '../../feeds/subscribe.ts';
import { updateItem } from '../../present/list-items.ts';
import type { PageHeading, PageMeta } from '../parts.ts';

const lead = 'New reports, certifications added and removed, policy changes and incidents, newest first.';

/** The updates by id, indexed once per graph. */
const getUpdatesById = perGraph((graph) => new Map(graph.updates.map((update) => [update.id, update])));

/** Every update, newest first. */
export function getUpdateListIds(graph: AssuranceGraph): string[] {
  return graph.updates.map((update) => update.id);
}

/** One page of the list of updates. */
export function getUpdateListPage(graph: AssuranceGraph, ids: readonly string[]) {
  const meta: PageMeta = { title: 'Updates', description: lead, section: 'updates/' };
  const header: PageHeading = { title: 'Updates', lead };
  const updates = getUpdatesById(graph, '');
  return {
    meta,
    header,
    subscribe: getSubscribeSection(graph),
    items: ids.map((id) => updateItem(updates.get(id)!)),
  };
}
