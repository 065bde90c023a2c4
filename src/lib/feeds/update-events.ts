import type { AssuranceGraph } from '../graph/assurance-graph.ts';
import { getIncidentFacts } from '../present/incident.ts';
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
      details: getIncidentFacts(graph, data),
      href: entryUrl('updates', id),
      frameworks: frameworks.map((reference) => reference.id),
      subjects: mentioned.map((reference) => `${reference.collection}/${reference.id}`),
      written: true,
    };
  });
}
