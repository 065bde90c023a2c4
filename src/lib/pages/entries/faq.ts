import type { AssuranceGraph } from '../../graph/assurance-graph.ts';
import { getFaqQuestion } from '../../faq/questions.ts';
import { faqCategoryLabels } from '../../present/labels.ts';
import { artefactItem, controlItem, frameworkItem, type ListItem } from '../../present/list-items.ts';
import { catalogEntryUrl, entryUrl, faqAnchorUrl, sectionId } from '../../present/urls.ts';
import { getFaqSearch } from '../../search/attributes.ts';
import type { LinkData, PageHeading, PageMeta, RelationSection } from '../parts.ts';
import { getEntryHistory } from '../../history/entry-history.ts';

/** Everything a security FAQ question's page shows: the question, its answer and what backs it. */
export function getFaqPage(graph: AssuranceGraph, id: string) {
  const question = getFaqQuestion(graph, id);
  const { data } = question;
  const category = faqCategoryLabels[data.category];
  const meta: PageMeta = {
    history: getEntryHistory(graph, 'faq', id),
    draft: data.draft,
    search: getFaqSearch(graph, question),
    title: data.question,
    description: `${category}: a question from the ${graph.site.name} security FAQ, with its answer.`,
    section: 'faq/',
  };
  const header: PageHeading = {
    eyebrow: `Security FAQ · ${category}`,
    title: data.question,
    exportHref: catalogEntryUrl('faq', id),
  };
  const items: ListItem[] = [
    ...data.frameworks.map((reference) => frameworkItem(graph, graph.framework(reference.id))),
    ...data.controls.map((reference) => controlItem(graph.control(reference.id), graph)),
    ...data.artefacts.map((reference) => artefactItem(graph, graph.artefact(reference.id))),
    ...data.docs.map((reference) => ({
      href: entryUrl('docs', reference.id),
      title: graph.doc(reference.id).data.title,
      meta: 'Document',
    })),
  ];
  const backing: RelationSection | undefined =
    items.length > 0 ? { id: sectionId('backing'), title: 'What backs this answer', items } : undefined;
  const links: LinkData[] = [{ href: faqAnchorUrl(id), label: 'The whole security FAQ' }];
  return {
    meta,
    header,
    body: { collection: 'faq', id } as const,
    backing,
    internalNote: data.internalNote,
    links,
  };
}
