import { getAudience, hasAttentionPages } from '../../build/audience.ts';
import type { AssuranceGraph } from '../../graph/assurance-graph.ts';
import { getActiveFrameworksSummary, getLayerTotals, getSummaryLines } from '../../graph/coverage.ts';
import { getMatrixViews } from '../../graph/matrix.ts';
import { compareHolders } from '../../graph/evidence-state.ts';
import { isUsable, sortStale } from '../../graph/freshness.ts';
import { attentionUrl, collectionUrl, matrixUrl } from '../../present/urls.ts';
import { artefactItem, frameworkItem, groupBy, updateItem } from '../../present/list-items.ts';
import { describeHolding, getSiteTitle } from '../../present/parties.ts';
import { lowerFirst } from '../../present/format.ts';
import { getSubscribeSection } from '../../feeds/subscribe.ts';
import type { LinkData, PageHeading, PageMeta, RelationSection, Stat } from '../parts.ts';

/** A card of the home page, for one kind of reader. */
export interface AudienceCard {
  title: string;
  text: string;
  links: LinkData[];
}

const readerCards: AudienceCard[] = [
  {
    title: 'Customers',
    text: 'Certifications, reports to download, and how to request the gated ones.',
    links: [
      { href: collectionUrl('artefacts'), label: 'Browse artefacts' },
      { href: collectionUrl('scenarios'), label: 'Evidence packs' },
    ],
  },
  {
    title: 'Auditors',
    text: 'Trace each requirement to its control, the party responsible, and the evidence with its dates.',
    links: [
      { href: collectionUrl('frameworks'), label: 'Frameworks' },
      { href: matrixUrl(), label: 'Who does what' },
    ],
  },
];

/** How many expiring or expired artefacts and updates the home page lists. */
const homeListLimit = 10;

/** The organisation's posture at a glance. */
function getPosture(graph: AssuranceGraph) {
  return {
    // Those the organisation holds first, then those held with a provider, then those inherited.
    activeFrameworks: graph.frameworks.filter((framework) => framework.data.status === 'active').sort(compareHolders),
    usableArtefacts: graph.artefacts.filter((artefact) => isUsable(artefact.freshness)).length,
    // Each layer of shared responsibility is counted apart: its two parties are others than the next one's.
    layers: getLayerTotals(graph, getMatrixViews(graph).all),
    attention: sortStale(graph.artefacts).slice(0, homeListLimit),
    latestUpdates: graph.updates.slice(0, 3),
  };
}

/** The writers' card: only where the build publishes its to-do list. */
const writersCard: AudienceCard = {
  title: 'Writers',
  text: 'What needs attention: expiring artefacts, stale reports, overdue editions and reviews, and evidence gaps.',
  links: [
    { href: attentionUrl(), label: 'Needs attention' },
    { href: collectionUrl('updates'), label: 'Updates' },
  ],
};

/** The home page: the posture at a glance, where each reader starts, coverage, what needs attention, updates. */
export function getHomePage(graph: AssuranceGraph) {
  const posture = getPosture(graph);
  const title = getSiteTitle(graph.site);
  const meta: PageMeta = { title };
  const header: PageHeading = { title, lead: graph.site.description };
  // Frameworks met are counted by who holds them, so those only a provider holds are never counted as ours.
  const holdings = groupBy(posture.activeFrameworks, (framework) => describeHolding(graph, framework.id));
  const stats: Stat[] = [
    ...holdings.map((group) => ({ count: group.items.length, label: lowerFirst(group.key) })),
    { count: posture.usableArtefacts, label: 'current artefacts' },
    ...posture.layers.map((totals) => ({
      count: totals.total,
      label: `controls in the ${totals.layer.title} layer`,
      href: matrixUrl(),
    })),
  ];
  const coverage = getActiveFrameworksSummary(graph);
  // The writers' to-do list is published only where the build has its pages.
  const attentionPages = hasAttentionPages(graph.site, getAudience());
  const cards = attentionPages ? [...readerCards, writersCard] : readerCards;
  const section = (id: string, title: string, rest: Omit<RelationSection, 'id' | 'title' | 'indexed'>) => ({
    id,
    title,
    indexed: true,
    ...rest,
  });
  return {
    meta,
    header,
    stats,
    cards,
    frameworks: section('frameworks', 'Frameworks and their current evidence', {
      items: posture.activeFrameworks.map((framework) => frameworkItem(graph, framework)),
      links: [{ href: collectionUrl('frameworks'), label: 'All frameworks, including those in progress and dropped' }],
    }),
    coverage: {
      lines: getSummaryLines(coverage),
      id: 'coverage',
      title: `Coverage across the ${coverage.frameworks} frameworks we meet`,
    },
    horizonDays: graph.site.reviewHorizonDays,
    attention: section('attention', 'Needs attention', {
      items: posture.attention.map((artefact) => artefactItem(graph, artefact)),
      empty: 'Nothing expires soon, and every audit report is covered.',
      links: attentionPages
        ? [{ href: attentionUrl(), label: 'Everything that needs attention, with overdue reviews and evidence gaps' }]
        : [],
    }),
    updates: section('updates', 'Latest updates', {
      items: posture.latestUpdates.map(updateItem),
      empty: 'No updates yet.',
      links: [{ href: collectionUrl('updates'), label: 'All updates' }],
    }),
    subscribe: getSubscribeSection(graph),
  };
}
