import { getPartyName } from '../../present/parties.ts';
import { type AssuranceGraph } from '../../graph/assurance-graph.ts';
import { getMatrixLink } from '../../graph/matrix.ts';
import { getServiceSearch } from '../../search/attributes.ts';
import { getRelationSection, type Fact, type LinkData, type PageHeading, type PageMeta } from '../parts.ts';
import { catalogEntryUrl } from '../../present/urls.ts';

/** Everything a service's page shows: who runs it, where it stores data, its evidence and its controls. */
export function getServicePage(graph: AssuranceGraph, id: string) {
  const service = graph.service(id);
  const { data } = service;
  const meta: PageMeta = { search: getServiceSearch(service), title: data.title, description: data.summary };
  const header: PageHeading = {
    aliases: data.aliases,
    eyebrow: 'Service',
    title: data.title,
    lead: data.summary,
    exportHref: catalogEntryUrl('services', id),
  };
  const facts: Fact[] = [
    { label: 'Run by', value: getPartyName(graph.site, data.operator) },
    { label: 'Website', value: data.website, href: data.website },
    { label: 'Service-level agreement', value: data.sla, href: data.sla },
  ];
  const matrix = getMatrixLink(graph, 'services', service.id);
  const matrixLinks: LinkData[] = matrix ? [{ href: matrix, label: `Who does what for ${data.title}` }] : [];
  return {
    meta,
    header,
    facts,
    dataLocations: data.dataLocations,
    body: { collection: 'services', id: service.id } as const,
    evidence: getRelationSection(
      graph,
      'services',
      service.id,
      'artefacts',
      'evidence',
      'No artefact covers this service yet.',
    ),
    controls: getRelationSection(
      graph,
      'services',
      service.id,
      'controls',
      'controls',
      'No control applies to this service yet.',
    ),
    matrixLinks,
  };
}
