import type { AssuranceGraph } from '../../graph/assurance-graph.ts';
import { docSectionLabels } from '../../present/labels.ts';
import { getDocSearch } from '../../search/attributes.ts';
import type { PageHeading, PageMeta } from '../parts.ts';

/** Everything a document's page shows: its section, title and text. */
export function getDocPage(graph: AssuranceGraph, id: string) {
  const doc = graph.doc(id);
  const { data } = doc;
  const meta: PageMeta = {
    search: getDocSearch(graph, doc),
    title: data.title,
    description: data.description,
    section: 'docs/',
  };
  const header: PageHeading = { eyebrow: docSectionLabels[data.section], title: data.title, lead: data.description };
  return { meta, header, body: { collection: 'docs', id: doc.id } as const };
}
