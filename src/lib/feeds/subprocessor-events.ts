import type { AssuranceGraph } from '../graph/assurance-graph.ts';
import { derivedChangeLabels } from '../present/labels.ts';
import { entryUrl } from '../present/urls.ts';
import { getSubprocessorChanges } from '../subprocessors/changes.ts';
import type { ChangeEvent } from './events.ts';

/**
 * What the subprocessors imply: each one added on its `since` day and removed on its `until` day, so a change to
 * the list reaches the feeds without an update written for it. Changes announced ahead of their day wait for it.
 */
export function getSubprocessorEvents(graph: AssuranceGraph): ChangeEvent[] {
  const byId = new Map(graph.subprocessors.map((subprocessor) => [subprocessor.id, subprocessor.data]));
  return getSubprocessorChanges(graph).map(({ date, kind, id, name }) => {
    const data = byId.get(id)!;
    const summary =
      kind === 'added'
        ? `${name} (${data.legalEntity}) now processes customer data for ${graph.site.name}: ${data.purpose}`
        : `${name} (${data.legalEntity}) no longer processes customer data for ${graph.site.name}.`;
    return {
      key: `subprocessors/${id}/${kind}`,
      date,
      label: derivedChangeLabels[`subprocessor-${kind}`],
      title: kind === 'added' ? `${name} added as a subprocessor` : `${name} removed as a subprocessor`,
      summary,
      details: kind === 'added' ? [{ label: 'Locations', text: data.locations.join(', ') }] : [],
      href: entryUrl('subprocessors', id),
      frameworks: [],
      subjects: [`subprocessors/${id}`],
    };
  });
}
