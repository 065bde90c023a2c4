import { attentionListLimit, getAttention } from '../../attention/attention.ts';
import type { AttentionKind } from '../../attention/kinds.ts';
import { attentionUrl } from '../../present/urls.ts';
import type { AssuranceGraph } from '../../graph/assurance-graph.ts';
import { formatDate } from '../../present/format.ts';
import { perGraph } from '../../graph/memo.ts';
import type { LinkData, PageHeading, PageMeta, Stat } from '../parts.ts';

/** What needs attention, worked out once per graph: the attention page and each full list read it. */
const getSections = perGraph((graph) => getAttention(graph));

/** The kinds of problem too long for the attention page, each with its items, for the full lists' pages. */
export function getLongAttention(graph: AssuranceGraph) {
  return getSections(graph, '').filter((section) => section.items.length > attentionListLimit);
}

/** The attention page: a count of each kind of problem, then the first entries of each. */
export function getAttentionPage(graph: AssuranceGraph) {
  const sections = getSections(graph, '');
  const meta: PageMeta = {
    title: 'Needs attention',
    description:
      'What writers should update: expired, stale and expiring evidence, ' +
      'overdue editions and reviews, and evidence gaps.',
    section: 'attention/',
  };
  const header: PageHeading = {
    title: 'Needs attention',
    lead: `What to update to keep this site true, as of ${formatDate(graph.today)}. The build prints the same summary.`,
  };
  const stats: Stat[] = sections.map((section) => ({
    count: section.items.length,
    label: section.title.toLowerCase(),
    href: `#${section.kind}`,
  }));
  return {
    meta,
    header,
    stats,
    sections: sections.map((section) => ({
      kind: section.kind,
      title: `${section.title} (${section.items.length})`,
      description: section.description,
      items: section.items.slice(0, attentionListLimit),
      more:
        section.items.length > attentionListLimit
          ? [{ href: attentionUrl(section.kind), label: `See all ${section.items.length}` }]
          : [],
    })),
  };
}

/** The full list of one kind of problem; the page shows its share of the items. */
export function getAttentionListPage(graph: AssuranceGraph, kind: AttentionKind) {
  const section = getSections(graph, '').find((candidate) => candidate.kind === kind)!;
  const meta: PageMeta = { title: `Needs attention: ${section.title}`, section: 'attention/' };
  const header: PageHeading = { eyebrow: 'Needs attention', title: `${section.title} (${section.items.length})` };
  const links: LinkData[] = [{ href: attentionUrl(), label: 'Back to everything that needs attention' }];
  return { meta, header, links, description: section.description };
}
