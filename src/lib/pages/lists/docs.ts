import type { AssuranceGraph } from '../../graph/assurance-graph.ts';
import { entryUrl } from '../../present/urls.ts';
import { docSectionLabels } from '../../present/labels.ts';
import { groupBy } from '../../present/list-items.ts';
import type { PageHeading, PageMeta } from '../parts.ts';

/** The list of documents, grouped by section in the sections' order. */
export function getDocListPage(graph: AssuranceGraph) {
  const meta: PageMeta = {
    title: 'Documents',
    description: 'How data is located, accessed and protected, and how we work with our providers.',
    section: 'docs/',
  };
  const header: PageHeading = {
    title: 'Documents',
    lead:
      'How customer data is located, accessed and protected, how incidents are reported, and how to ' +
      'get the documents behind this site.',
  };
  const sections = Object.keys(docSectionLabels);
  const docs = [...graph.docs].sort((a, b) => sections.indexOf(a.data.section) - sections.indexOf(b.data.section));
  const groups = groupBy(docs, (doc) => docSectionLabels[doc.data.section]).map((group) => ({
    key: group.key,
    items: group.items.map((doc) => ({
      href: entryUrl('docs', doc.id),
      title: doc.data.title,
      meta: doc.data.description,
    })),
  }));
  return { meta, header, groups };
}
