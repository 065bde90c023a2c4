import { getReviewDue } from '../../graph/freshness.ts';
import type { AssuranceGraph } from '../../graph/assurance-graph.ts';
import {
  evidenceStateTones,
  getControlEvidence,
  type ControlEvidence,
  type EvidenceState,
} from '../../graph/evidence-state.ts';
import { evidenceStateLabels } from '../../present/labels.ts';
import { formatDate, possessive } from '../../present/format.ts';
import { catalogEntryUrl, sectionId } from '../../present/urls.ts';
import { artefactItem, overdueReviewBadge, responsibilityBadge } from '../../present/list-items.ts';
import { getMappingItems } from '../../present/requirements.ts';
import { describeResponsibility, getResponsibilityParts } from '../../present/parties.ts';
import { getControlLayer } from '../../responsibility/layers.ts';
import { getControlSearch } from '../../search/attributes.ts';
import { describeCuecReliance } from '../../evidence/cuecs.ts';
import { getRelationSection, type Fact, type PageHeading, type PageMeta, type RelationSection } from '../parts.ts';
import { getEntryHistory } from '../../history/entry-history.ts';

/** Everything a control's page shows: its facts, who does what, its framework mappings and its evidence. */
export function getControlPage(graph: AssuranceGraph, id: string) {
  const control = graph.control(id);
  const { data } = control;
  const layer = getControlLayer(graph, id);
  const responsibility = responsibilityBadge(graph, control);
  const evidence = getControlEvidence(graph, control);
  const review = getReviewDue(control, graph.today, graph.site.controlReviewDays);
  const meta: PageMeta = {
    history: getEntryHistory(graph, 'controls', id),
    draft: data.draft,
    // Worked out when read: the page reads it, its Markdown twin does not.
    get search() {
      return getControlSearch(graph, control);
    },
    title: data.title,
    description: `${data.title}: ${describeResponsibility(layer, data.responsibility)}.`,
    section: 'controls/',
  };
  const header: PageHeading = {
    exportHref: catalogEntryUrl('controls', id),
    aliases: data.aliases,
    eyebrow: `Control · ${data.domain}`,
    title: data.title,
    badges: [
      { ...responsibility, prefix: 'Responsibility:' },
      { value: evidenceStateTones[evidence.state], label: evidenceStateLabels[evidence.state] },
      ...(review.overdue ? [overdueReviewBadge(data.lastReviewed)] : []),
    ],
  };
  const facts: Fact[] = [
    { label: 'ID', value: control.id, weight: 10 },
    { label: 'Domain', value: data.domain },
    { label: 'Layer', value: `${layer.title}, on ${layer.services}`, indexed: false },
    { label: 'Owner', value: data.owner },
    { label: 'Last reviewed', value: data.lastReviewed && formatDate(data.lastReviewed), indexed: false },
    { label: 'Next review due', value: review.due && formatDate(review.due), indexed: false },
    {
      label: 'Services',
      value: data.services.map((service) => graph.service(service.id).data.title).join(', '),
      indexed: false,
    },
  ];
  return {
    meta,
    header,
    facts,
    reliedOnBy: getReliedOnBy(graph, control.id),
    internalNote: data.internalNote,
    parts: { about: layer.about, parts: getResponsibilityParts(layer, data) },
    body: { collection: 'controls', id: control.id } as const,
    mappings: getMappingItems(graph, control),
    // Like other lists of related entries, the evidence is left out of the search index: it names other pages.
    evidence: {
      id: sectionId('evidence'),
      title: 'Evidence',
      intro: describeControlEvidence(evidence, layer, graph.site.reviewHorizonDays),
      items: data.evidence.map((reference) => artefactItem(graph, graph.artefact(reference.id))),
      empty: 'No artefact evidences this control yet.',
    },
  };
}

/** The audit reports that rely on a control as a complementary user entity control; absent when none does. */
function getReliedOnBy(graph: AssuranceGraph, id: string): RelationSection | undefined {
  const section = getRelationSection(graph, 'controls', id, 'artefacts', 'relied-on-by', '');
  const total = section.more?.count ?? section.items.length;
  if (total === 0) return undefined;
  return {
    ...section,
    intro: describeCuecReliance(
      section.items.map((item) => item.title),
      total,
    ),
  };
}

export type ControlPage = ReturnType<typeof getControlPage>;

/**
 * One or two sentences on a control's evidence state, for its page: what the
 * state means and, for a control evidenced side by side, how each part stands.
 */
export function describeControlEvidence(
  evidence: ControlEvidence,
  parties: { provider: string; customer: string },
  horizonDays: number,
): string {
  const meaning: Record<EvidenceState, string> = {
    evidenced:
      evidence.sides.length > 0
        ? "Each party's part has a current artefact."
        : 'At least one artefact cited is current.',
    expiring: `The best evidence cited expires within ${horizonDays} days.`,
    'one-side': "Only one party's part has current or expiring evidence.",
    lapsed: 'Every artefact cited has expired, been superseded or been withdrawn.',
    none: 'No artefact is cited as evidence yet.',
  };
  const sides = evidence.sides.map(
    (side) => `${possessive(parties[side.party])} part: ${evidenceStateLabels[side.state].toLowerCase()}.`,
  );
  return [meaning[evidence.state], ...sides].join(' ');
}
