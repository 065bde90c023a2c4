import type { AssuranceGraph } from '../../graph/assurance-graph.ts';
import { formatDate } from '../../present/format.ts';
import { catalogEntryUrl, sectionId } from '../../present/urls.ts';
import { getAffectedItems } from '../../present/list-items.ts';
import { getIncidentFacts } from '../../present/incident.ts';
import { updateKindLabels } from '../../present/labels.ts';
import { getBasicSearch } from '../../search/attributes.ts';
import type { Fact, PageHeading, PageMeta, RelationSection } from '../parts.ts';
import { getEntryHistory } from '../../history/entry-history.ts';

/** Everything an update's page shows: its date, its text and the entries it affects. */
export function getUpdatePage(graph: AssuranceGraph, id: string) {
  const update = graph.update(id);
  const { data } = update;
  const meta: PageMeta = {
    history: getEntryHistory(graph, 'updates', id),
    draft: data.draft,
    search: getBasicSearch('Update', data.title),
    title: data.title,
    description: data.summary,
    section: 'updates/',
  };
  const header: PageHeading = {
    eyebrow: updateKindLabels[data.kind],
    title: data.title,
    lead: data.summary,
    exportHref: catalogEntryUrl('updates', id),
  };
  const affected: RelationSection = {
    id: sectionId('affected'),
    title: 'What it affects',
    items: getAffectedItems(graph, update),
    empty: 'No specific entry.',
  };
  // An incident's facts are read on its page; the index has its title, summary and text.
  const incident: Fact[] = getIncidentFacts(graph, data).map(({ label, text }) => ({ label, value: text }));
  return {
    meta,
    header,
    incident,
    date: { iso: data.date, text: formatDate(data.date) },
    body: { collection: 'updates', id: update.id } as const,
    affected,
  };
}
