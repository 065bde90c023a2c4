import {
  accessLabels,
  artefactTypeLabels,
  editionStateLabels,
  freshnessLabels,
  opinionLabels,
} from '../../present/labels.ts';
import { getAudience, isVisible, type Audience } from '../../build/audience.ts';
import { getPartyName } from '../../present/parties.ts';
import { formatFileSize, getPublishedFile } from '../../build/published-files.ts';
import { type ArtefactNode, type AssuranceGraph } from '../../graph/assurance-graph.ts';
import { formatDate, formatPeriod } from '../../present/format.ts';
import { catalogEntryUrl, entryUrl, fileUrl, sectionId } from '../../present/urls.ts';
import { artefactItem, controlItem } from '../../present/list-items.ts';
import { getReadableFindings } from '../../evidence/findings.ts';
import { getSubserviceItems } from '../../evidence/subservices.ts';
import { getObtainInstructions } from '../../present/obtain.ts';
import { getArtefactSearch } from '../../search/attributes.ts';
import {
  getRelationSection,
  type EntryBody,
  type Fact,
  type PageHeading,
  type PageMeta,
  type RelationSection,
} from '../parts.ts';
import { getEntryHistory } from '../../history/entry-history.ts';

/**
 * Everything an artefact's page shows: its state, facts, how to obtain it, its
 * other editions and what relies on it.
 */
export function getArtefactPage(graph: AssuranceGraph, id: string) {
  const artefact = graph.artefact(id);
  const { data } = artefact;
  const audience = getAudience();
  const visible = isVisible(data.access, audience);
  const published = getPublishedFile(graph, artefact.id);
  const meta: PageMeta = {
    history: getEntryHistory(graph, 'artefacts', id),
    draft: data.draft,
    // Worked out when read: the page reads it, its Markdown twin does not.
    get search() {
      return getArtefactSearch(graph, artefact);
    },
    title: data.title,
    description: data.summary,
    section: 'artefacts/',
  };
  const header: PageHeading = {
    exportHref: catalogEntryUrl('artefacts', id),
    aliases: data.aliases,
    eyebrow: artefactTypeLabels[data.type],
    title: data.title,
    lead: data.summary,
    badges: [
      { value: artefact.freshness, label: freshnessLabels[artefact.freshness], prefix: 'Status:' },
      { value: data.access, label: accessLabels[data.access], prefix: 'Access:' },
      ...(artefact.editionOverdue
        ? [{ value: 'edition-overdue', label: editionStateLabels.overdue, prefix: 'Edition:' }]
        : []),
    ],
  };
  const facts: Fact[] = [
    { label: 'ID', value: artefact.id, weight: 10 },
    { label: 'Published by', value: getPartyName(graph.site, data.publisher) },
    { label: 'Issued by', value: data.issuer },
    { label: 'Audit period', value: data.auditPeriod && formatPeriod(data.auditPeriod), indexed: false },
    { label: 'Issued', value: data.issued && formatDate(data.issued), indexed: false },
    { label: 'Valid until', value: data.validUntil && formatDate(data.validUntil), indexed: false },
    {
      label: artefact.editionOverdue ? editionStateLabels.overdue : editionStateLabels.expected,
      value: data.nextExpected && formatDate(data.nextExpected),
      indexed: false,
    },
    ...getWindowFacts(graph, artefact),
    ...getFindingFacts(artefact, audience),
    {
      label: 'Services in scope',
      value: data.services.map((service) => graph.service(service.id).data.title).join(', '),
      indexed: false,
    },
    // What a reader needs to verify a download: the published file, its size and its SHA-256 digest.
    { label: 'File', value: published?.file, href: published && fileUrl(published.file), indexed: false },
    { label: 'File size', value: published && formatFileSize(published.size), indexed: false },
    { label: 'SHA-256', value: published?.sha256, indexed: false },
  ];
  const body: EntryBody = {
    collection: 'artefacts',
    id: artefact.id,
    withheld: visible
      ? undefined
      : 'The contents of this document are available only to readers with the access described above.',
  };
  const editions = [
    ...(data.supersededBy
      ? [{ ...artefactItem(graph, graph.artefact(data.supersededBy.id)), meta: 'Replaces this one' }]
      : []),
    ...artefact.replaces.map((id) => ({ ...artefactItem(graph, graph.artefact(id)), meta: 'Replaced by this one' })),
  ];
  const cuecs: RelationSection = {
    id: sectionId('cuecs'),
    title: 'Complementary user entity controls',
    intro: 'What the report expects its customers to operate, each as the control on this site that does it.',
    items: data.cuecs.map((reference) => controlItem(graph.control(reference.id), graph)),
  };
  return {
    meta,
    header,
    facts,
    reliance: {
      subservices: { id: sectionId('subservice-organisations'), items: getSubserviceItems(graph, artefact) },
      cuecs: cuecs.items.length > 0 ? cuecs : undefined,
    },
    internalNote: data.internalNote,
    obtain: getObtainInstructions(graph, artefact, visible && data.file ? fileUrl(data.file) : undefined),
    body,
    editions:
      editions.length > 0
        ? { id: sectionId('editions'), title: 'Other editions', items: editions, indexed: true }
        : undefined,
    frameworks: getRelationSection(
      graph,
      'artefacts',
      artefact.id,
      'frameworks',
      'frameworks',
      'No framework relies on this artefact.',
    ),
    controls: getRelationSection(
      graph,
      'artefacts',
      artefact.id,
      'controls',
      'controls',
      'No control cites this artefact as evidence.',
    ),
  };
}

/**
 * What an audit report's window says, and what a bridge letter bridges: the day the
 * report is covered through, the days since then that nothing covers, and the letters.
 */
function getWindowFacts(graph: AssuranceGraph, artefact: ArtefactNode): Fact[] {
  const link = (id: string, label: string): Fact => ({
    label,
    value: graph.artefact(id).data.title,
    href: entryUrl('artefacts', id),
    indexed: false,
  });
  const { window, data } = artefact;
  if (data.type === 'bridge-letter') {
    return [
      ...data.bridges.map((report) => link(report.id, 'Bridges')),
      { label: 'Covers through', value: data.coversThrough && formatDate(data.coversThrough), indexed: false },
    ];
  }
  if (!window) return [];
  const days = window.uncoveredDays;
  return [
    { label: 'Covered through', value: formatDate(window.coveredThrough), indexed: false },
    ...window.bridgedBy.map((id) => link(id, 'Bridged by')),
    {
      label: 'Days not covered',
      value: days === 0 ? 'None' : `${days} ${days === 1 ? 'day' : 'days'} since then`,
      indexed: false,
    },
    { label: 'Relied on until', value: formatDate(window.reliedOnUntil), indexed: false },
  ];
}

/** The opinion, exceptions and score, only where the artefact itself may be read; the day a score was taken. */
function getFindingFacts(artefact: ArtefactNode, audience: Audience): Fact[] {
  const { opinion, exceptions, score } = getReadableFindings(artefact, audience);
  const { scoredOn } = artefact.data;
  return [
    { label: 'Opinion', value: opinion && opinionLabels[opinion], indexed: false },
    { label: 'Exceptions', value: exceptions === 0 ? 'None' : exceptions?.toString(), indexed: false },
    { label: 'Score', value: score === undefined ? undefined : `${score}%`, indexed: false },
    { label: 'Score taken', value: scoredOn && formatDate(scoredOn), indexed: false },
  ];
}
