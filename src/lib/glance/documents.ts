import { artefactTypes } from '../../schemas/artefacts.ts';
import type { AssuranceGraph } from '../graph/assurance-graph.ts';
import { isUsable } from '../graph/freshness.ts';
import { accessLabels, artefactTypeLabels } from '../present/labels.ts';
import { entryUrl } from '../present/urls.ts';

/** One of the organisation's key documents, with its access level; gated ones show a lock. */
export interface KeyDocument {
  href: string;
  title: string;
  type: string;
  access: string;
  gated: boolean;
}

/** How many key documents the home page lists; the artefacts library has the rest. */
export const keyDocumentLimit = 6;

/**
 * The organisation's own usable artefacts, audit reports and certificates first (in the order of the artefact
 * types), then by title; at most `keyDocumentLimit`.
 */
export function getKeyDocuments(graph: AssuranceGraph): KeyDocument[] {
  const rank = (type: string) => artefactTypes.indexOf(type as (typeof artefactTypes)[number]);
  return graph.artefacts
    .filter((artefact) => artefact.data.publisher === 'organisation' && isUsable(artefact.freshness))
    .sort((a, b) => rank(a.data.type) - rank(b.data.type) || a.data.title.localeCompare(b.data.title, 'en'))
    .slice(0, keyDocumentLimit)
    .map((artefact) => ({
      href: entryUrl('artefacts', artefact.id),
      title: artefact.data.title,
      type: artefactTypeLabels[artefact.data.type],
      access: accessLabels[artefact.data.access],
      gated: artefact.data.access !== 'public',
    }));
}
