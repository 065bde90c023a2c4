import { getReviewDue, isUnderReview } from '../../graph/freshness.ts';
import type { AssuranceGraph } from '../../graph/assurance-graph.ts';
import { formatDate } from '../../present/format.ts';
import { overdueReviewBadge } from '../../present/list-items.ts';
import { docSectionLabels } from '../../present/labels.ts';
import { getDocSearch } from '../../search/attributes.ts';
import type { Fact, PageHeading, PageMeta } from '../parts.ts';
import { catalogEntryUrl } from '../../present/urls.ts';
import { getEntryHistory } from '../../history/entry-history.ts';

/** Everything a document's page shows: its section, title, owner and review dates, and text. */
export function getDocPage(graph: AssuranceGraph, id: string) {
  const doc = graph.doc(id);
  const { data } = doc;
  const meta: PageMeta = {
    history: getEntryHistory(graph, 'docs', id),
    draft: data.draft,
    search: getDocSearch(graph, doc),
    title: data.title,
    description: data.description,
    section: 'docs/',
  };
  const review = isUnderReview(doc) ? getReviewDue(doc, graph.today, graph.site.controlReviewDays) : undefined;
  const header: PageHeading = {
    exportHref: catalogEntryUrl('docs', id),
    eyebrow: docSectionLabels[data.section],
    title: data.title,
    lead: data.description,
    badges: review?.overdue ? [overdueReviewBadge(data.lastReviewed)] : undefined,
  };
  const facts: Fact[] = [
    { label: 'Owner', value: data.owner },
    { label: 'Last reviewed', value: data.lastReviewed && formatDate(data.lastReviewed), indexed: false },
    { label: 'Next review due', value: review?.due && formatDate(review.due), indexed: false },
  ];
  return { meta, header, facts, body: { collection: 'docs', id: doc.id } as const };
}
