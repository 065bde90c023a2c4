import type { Update } from '../../schemas/updates.ts';
import type { AssuranceGraph } from '../graph/assurance-graph.ts';
import { formatDate } from './format.ts';

/** One fact of an incident, in plain text. */
export interface IncidentFact {
  label: string;
  text: string;
}

/**
 * An incident's facts, in the order a reader asks them: what was hit, what customers saw, what was done, and
 * when it ended. Empty for any other update.
 */
export function getIncidentFacts(graph: AssuranceGraph, update: Update): IncidentFact[] {
  if (update.kind !== 'incident') return [];
  const services = update.services.map((service) => graph.service(service.id).data.title).join(', ');
  return [
    { label: 'Services affected', text: services },
    { label: 'Customer impact', text: update.impact ?? '' },
    { label: 'Resolution', text: update.resolution ?? '' },
    { label: 'Resolved', text: update.resolved ? formatDate(update.resolved) : 'Not yet resolved' },
  ];
}
