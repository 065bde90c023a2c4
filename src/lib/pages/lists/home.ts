import { getAudience, hasAttentionPages } from '../../build/audience.ts';
import type { AssuranceGraph } from '../../graph/assurance-graph.ts';
import { getActiveFrameworksSummary } from '../../graph/coverage.ts';
import { getSummaryLines } from '../../present/coverage.ts';
import { compareHolders } from '../../graph/evidence-state.ts';
import { sortStale } from '../../graph/freshness.ts';
import { getGlanceAnswers } from '../../glance/answers.ts';
import { getKeyDocuments } from '../../glance/documents.ts';
import { getFrameworkCards } from '../../glance/frameworks.ts';
import { attentionUrl, collectionUrl, matrixUrl } from '../../present/urls.ts';
import { artefactItem, updateItem } from '../../present/list-items.ts';
import { getSiteTitle } from '../../present/parties.ts';
import { formatDate, plural } from '../../present/format.ts';
import { getSubscribeSection } from '../../feeds/subscribe.ts';
import type { LinkData, PageMeta, RelationSection } from '../parts.ts';

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

/** The id of the key documents' section, which the first main action points to. */
const documentsId = 'documents';

/** The coverage section of a site that holds or inherits no framework yet: nothing to count, said in words. */
const noCoverage = {
  lines: [],
  id: 'coverage',
  title: 'Coverage',
  intro:
    'No framework is held or inherited yet, so there is no coverage to sum up. The frameworks page lists any in ' +
    'progress.',
};

/** The home page: the posture at a glance, where each reader starts, coverage, what needs attention, updates. */
export function getHomePage(graph: AssuranceGraph) {
  const posture = getPosture(graph);
  const title = getSiteTitle(graph.site);
  const meta: PageMeta = { title };
  const { site } = graph;
  const band = {
    title,
    promise: site.promise ?? site.description,
    asOf: { datetime: graph.today, label: formatDate(graph.today) },
    name: site.name,
    // The main actions: the organisation's own documents below, asking for the gated ones, and writing to security.
    actions: [
      { href: `#${documentsId}`, label: 'See the key documents' },
      { href: `mailto:${site.requestAccess.nda?.email ?? site.contacts.nda}`, label: 'Request gated documents' },
      { href: `mailto:${site.contacts.security}`, label: 'Contact security' },
    ],
    answers: getGlanceAnswers(graph, posture.activeFrameworks),
  };
  const coverage = getActiveFrameworksSummary(graph);
  const frameworkCards = getFrameworkCards(graph, posture.activeFrameworks);
  // The writers' to-do list is published only where the build has its pages.
  const attentionPages = hasAttentionPages(graph.site, getAudience());
  const cards = attentionPages ? [...readerCards, writersCard] : readerCards;
  const section = (id: string, title: string, rest: Omit<RelationSection, 'id' | 'title' | 'indexed'>) => ({
    id,
    title,
    indexed: true,
    ...rest,
  });
  const activeCoverage = {
    lines: getSummaryLines(coverage),
    id: 'coverage',
    intro:
      'Requirements add up across frameworks; each control and artefact counts once, and each layer of shared ' +
      "responsibility is counted apart. Each framework's page traces its own coverage.",
    // Inherited frameworks are the providers' to meet: the title counts them apart, as the framework cards do.
    title:
      `Coverage across ${plural(coverage.frameworks, 'framework')}: ` +
      `${frameworkCards.held.length} held by ${site.name}` +
      (site.providers.length > 0 ? `, ${frameworkCards.inherited.length} inherited from its providers` : ''),
  };
  return {
    meta,
    band,
    cards,
    frameworks: {
      ...frameworkCards,
      name: site.name,
      href: collectionUrl('frameworks'),
    },
    documents: { id: documentsId, items: getKeyDocuments(graph), href: collectionUrl('artefacts') },
    coverage: coverage.frameworks === 0 ? noCoverage : activeCoverage,
    attention: section('attention', 'Needs attention', {
      intro:
        `Artefacts that have expired or expire within ${graph.site.reviewHorizonDays} days, and audit reports that ` +
        'are stale or need a bridge letter.',
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
