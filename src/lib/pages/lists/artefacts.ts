import { getPartyName } from '../../present/parties.ts';
import { type AssuranceGraph } from '../../graph/assurance-graph.ts';
import { artefactItem, groupBy } from '../../present/list-items.ts';
import type { PageHeading, PageMeta } from '../parts.ts';

/** Every artefact in list order: the organisation's own first, then each provider's, each by title. */
export function getArtefactListIds(graph: AssuranceGraph): string[] {
  return [...graph.artefacts]
    .sort(
      (a, b) =>
        Number(a.data.publisher !== 'organisation') - Number(b.data.publisher !== 'organisation') ||
        a.data.publisher.localeCompare(b.data.publisher),
    )
    .map((artefact) => artefact.id);
}

/** One page of the artefact list, grouped by publisher. */
export function getArtefactListPage(graph: AssuranceGraph, ids: readonly string[]) {
  const meta: PageMeta = {
    title: 'Artefacts',
    description: 'Audit reports, certificates, attestations and policies that evidence our compliance.',
    section: 'artefacts/',
  };
  const header: PageHeading = {
    title: 'Artefacts',
    lead:
      "Audit reports, certificates, attestations, letters and policies: ours and our cloud providers'. " +
      'Each shows whether it is current and how to obtain it.',
  };
  const artefacts = ids.map((id) => graph.artefact(id));
  const groups = groupBy(artefacts, (artefact) => `Published by ${getPartyName(graph.site, artefact.data.publisher)}`);
  return {
    meta,
    header,
    groups: groups.map((group) => ({ key: group.key, items: group.items.map((item) => artefactItem(graph, item)) })),
  };
}
