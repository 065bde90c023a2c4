import type { ArtefactNode, AssuranceGraph } from '../graph/assurance-graph.ts';
import { addDays } from '../graph/dates.ts';
import { formatDate, lowerFirst } from '../present/format.ts';
import { accessLabels, artefactTypeLabels, derivedChangeLabels } from '../present/labels.ts';
import { getPartyName } from '../present/parties.ts';
import { entryUrl } from '../present/urls.ts';
import type { ChangeEvent } from './events.ts';

type ArtefactChange = 'published' | 'superseded' | 'expired' | 'withdrawn';

/**
 * What the artefacts imply: each one published on its `issued` day, superseded on the day its successor was
 * issued, expired the day after `validUntil` while nothing replaced it, and withdrawn on its `withdrawn` day.
 * An artefact without the day is left out of that event.
 */
export function getArtefactEvents(graph: AssuranceGraph): ChangeEvent[] {
  return graph.artefacts.flatMap((artefact) => {
    const { issued, validUntil, status, supersededBy, withdrawn } = artefact.data;
    const successor = supersededBy && graph.artefact(supersededBy.id);
    const changes: [ArtefactChange, string | undefined, string][] = [
      ['published', issued, describePublication(graph, artefact)],
      [
        'superseded',
        status === 'superseded' ? successor?.data.issued : undefined,
        `Replaced by ${successor?.data.title}; use the newer edition from now on.`,
      ],
      [
        'expired',
        artefact.freshness === 'expired' && validUntil ? addDays(validUntil, 1) : undefined,
        `It was valid until ${validUntil && formatDate(validUntil)}, and no newer edition has replaced it yet.`,
      ],
      [
        'withdrawn',
        status === 'withdrawn' ? withdrawn : undefined,
        'It no longer applies and should not be relied on.',
      ],
    ];
    return changes.flatMap(([change, date, summary]) => (date ? [artefactEvent(artefact, change, date, summary)] : []));
  });
}

function artefactEvent(artefact: ArtefactNode, change: ArtefactChange, date: string, summary: string): ChangeEvent {
  return {
    key: `artefacts/${artefact.id}/${change}`,
    date,
    label: derivedChangeLabels[`artefact-${change}`],
    title: `${artefact.data.title} ${change}`,
    summary,
    details: [],
    href: entryUrl('artefacts', artefact.id),
    frameworks: artefact.data.frameworks.map((reference) => reference.id),
    subjects: [`artefacts/${artefact.id}`],
  };
}

/** What a newly published artefact is, who publishes it, who may read it, and its own summary. */
function describePublication(graph: AssuranceGraph, artefact: ArtefactNode): string {
  const { type, publisher, access, summary } = artefact.data;
  const what = `${artefactTypeLabels[type]} by ${getPartyName(graph.site, publisher)}`;
  return `${what} (${lowerFirst(accessLabels[access])}). ${summary}`;
}
