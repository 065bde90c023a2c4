import type { AssuranceGraph } from '../../graph/assurance-graph.ts';
import { formatFaqStructuredData } from '../../faq/structured-data.ts';
import { faqCategoryLabels } from '../../present/labels.ts';
import { groupBy } from '../../present/list-items.ts';
import { absoluteUrl, entryUrl, faqAnchorUrl, sectionId } from '../../present/urls.ts';
import type { EntryBody, PageHeading, PageMeta } from '../parts.ts';

/** Reads the HTML an entry's body was rendered to; the content layer's, passed in by the route. */
export type RenderedHtml = (collection: 'faq', id: string) => Promise<string | undefined>;

/** A question on the FAQ page: its anchor, its own page, and its answer. */
export interface FaqItem {
  /** The id of its heading, the anchor `faqAnchorUrl` links to. */
  anchor: string;
  question: string;
  href: string;
  body: EntryBody;
}

/**
 * The security FAQ: every question with its answer, grouped by category in the categories' order, each under
 * a stable anchor, and the whole as `FAQPage` structured data.
 */
export async function getFaqListPage(graph: AssuranceGraph, renderedHtml: RenderedHtml) {
  const lead =
    `Short answers to what customers' security and privacy reviewers ask ${graph.site.name} most often, ` +
    'each linked to the evidence behind it.';
  const meta: PageMeta = { title: 'Security FAQ', description: lead, section: 'faq/' };
  const header: PageHeading = { title: 'Security FAQ', lead };
  const groups = groupBy(graph.faq, (question) => question.data.category).map((group) => {
    const title = faqCategoryLabels[group.items[0]!.data.category];
    const items: FaqItem[] = group.items.map((question) => ({
      anchor: question.id,
      question: question.data.question,
      href: entryUrl('faq', question.id),
      body: { collection: 'faq', id: question.id },
    }));
    return { id: sectionId(group.key), title, items };
  });
  const answered = await Promise.all(
    graph.faq.map(async (question) => ({
      question: question.data.question,
      html: (await renderedHtml('faq', question.id)) ?? '',
      url: absoluteUrl(faqAnchorUrl(question.id), graph.site.url),
    })),
  );
  const contents = groups.map((group) => ({ href: `#${group.id}`, label: group.title }));
  // Without questions there is no FAQ to describe.
  const structuredData = answered.length > 0 ? formatFaqStructuredData(answered) : undefined;
  return { meta, header, contents, groups, structuredData };
}
