import { getReviewDue } from '../../graph/freshness.ts';
import type { AssuranceGraph } from '../../graph/assurance-graph.ts';
import { describeControlEvidence, evidenceStateTones, getControlEvidence } from '../../graph/evidence-state.ts';
import { evidenceStateLabels, responsibilityLabels } from '../../present/labels.ts';
import { formatDate } from '../../present/format.ts';
import { sectionId } from '../../present/urls.ts';
import { artefactItem, overdueReviewBadge } from '../../present/list-items.ts';
import { getMappingItems } from '../../present/requirements.ts';
import { getParties } from '../../present/parties.ts';
import { getControlSearch } from '../../search/attributes.ts';
import type { Fact, PageHeading, PageMeta } from '../parts.ts';

/** Everything a control's page shows: its facts, who does what, its framework mappings and its evidence. */
export function getControlPage(graph: AssuranceGraph, id: string) {
  const control = graph.control(id);
  const { data } = control;
  const parties = getParties(graph, control);
  const evidence = getControlEvidence(graph, control);
  const review = getReviewDue(control, graph.today, graph.site.controlReviewDays);
  const meta: PageMeta = {
    // Worked out when read: the page reads it, its Markdown twin does not.
    get search() {
      return getControlSearch(graph, control);
    },
    title: data.title,
    description: `${responsibilityLabels[data.responsibility]} control: ${data.title}`,
    section: 'controls/',
  };
  const header: PageHeading = {
    aliases: data.aliases,
    eyebrow: `Control · ${data.domain}`,
    title: data.title,
    badges: [
      { value: data.responsibility, label: `${responsibilityLabels[data.responsibility]} responsibility` },
      { value: evidenceStateTones[evidence.state], label: evidenceStateLabels[evidence.state] },
      ...(review.overdue ? [overdueReviewBadge(data.lastReviewed)] : []),
    ],
  };
  const facts: Fact[] = [
    { label: 'ID', value: control.id, weight: 10 },
    { label: 'Domain', value: data.domain },
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
    internalNote: data.internalNote,
    parts: {
      providerName: parties.provider,
      customerName: parties.customer,
      providerPart: data.providerPart,
      customerPart: data.customerPart,
    },
    body: { collection: 'controls', id: control.id } as const,
    mappings: getMappingItems(graph, control),
    // Like other lists of related entries, the evidence is left out of the search index: it names other pages.
    evidence: {
      id: sectionId('evidence'),
      title: 'Evidence',
      summary: describeControlEvidence(evidence, parties, graph.site.reviewHorizonDays),
      items: data.evidence.map((reference) => artefactItem(graph, graph.artefact(reference.id))),
      empty: 'No artefact evidences this control yet.',
    },
  };
}

export type ControlPage = ReturnType<typeof getControlPage>;
