import type { AssuranceGraph } from '../graph/assurance-graph.ts';
import { formatDate } from '../present/format.ts';
import { updateKindLabels } from '../present/labels.ts';
import { entryUrl } from '../present/urls.ts';
import type { ChangeEvent } from './events.ts';

/** Every update as an event, with an incident's services, impact and resolution as details. */
export function getUpdateEvents(graph: AssuranceGraph): ChangeEvent[] {
  return graph.updates.map(({ id, data }) => {
    const { frameworks, artefacts, controls, services, docs } = data;
    const mentioned = [...frameworks, ...artefacts, ...controls, ...services, ...docs];
    return {
      key: `updates/${id}`,
      date: data.date,
      label: updateKindLabels[data.kind],
      title: data.title,
      summary: data.summary,
      details: data.kind === 'incident' ? getIncidentFacts(graph, data) : [],
      href: entryUrl('updates', id),
      frameworks: frameworks.map((reference) => reference.id),
      subjects: mentioned.map((reference) => `${reference.collection}/${reference.id}`),
      written: true,
    };
  });
}

/** An incident's facts, in the order a reader asks them: what was hit, what customers saw, what was done. */
export function getIncidentFacts(
  graph: AssuranceGraph,
  data: AssuranceGraph['updates'][number]['data'],
): { label: string; text: string }[] {
  const facts = [
    {
      label: 'Services affected',
      text: data.services.map((service) => graph.service(service.id).data.title).join(', '),
    },
    { label: 'Customer impact', text: data.impact },
    { label: 'Resolution', text: data.resolution },
    { label: 'Resolved', text: data.resolved ? formatDate(data.resolved) : 'Not yet resolved' },
  ];
  return facts.filter((fact): fact is { label: string; text: string } => fact.text !== undefined && fact.text !== '');
}
