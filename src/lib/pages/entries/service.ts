import { getPartyName } from '../../present/parties.ts';
import { updateItem } from '../../present/list-items.ts';
import { relationLimit } from '../../present/relations.ts';
import { collectionUrl, sectionId } from '../../present/urls.ts';
import { type AssuranceGraph } from '../../graph/assurance-graph.ts';
import { getMatrixLink } from '../../graph/matrix.ts';
import { getServiceSearch } from '../../search/attributes.ts';
import {
  getRelationSection,
  type Fact,
  type LinkData,
  type PageHeading,
  type PageMeta,
  type RelationSection,
} from '../parts.ts';
import { getTimelineSection } from '../../pictures/timeline.ts';
import { catalogEntryUrl } from '../../present/urls.ts';
import { getEntryHistory } from '../../history/entry-history.ts';

/** Everything a service's page shows: who runs it, where it stores data, its evidence and its controls. */
export function getServicePage(graph: AssuranceGraph, id: string) {
  const service = graph.service(id);
  const { data } = service;
  const meta: PageMeta = {
    history: getEntryHistory(graph, 'services', id),
    draft: data.draft,
    search: getServiceSearch(service),
    title: data.title,
    description: data.summary,
  };
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
    { label: 'Status page', value: data.status, href: data.status },
  ];
  const matrix = getMatrixLink(graph, 'services', service.id);
  const matrixLinks: LinkData[] = matrix ? [{ href: matrix, label: `Who does what for ${data.title}` }] : [];
  return {
    timeline: getTimelineSection(graph, 'services', id),
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
    incidents: getIncidentSection(graph, service.id),
  };
}

/** The incidents published for a service, newest first, the latest few only, so the page stays small. */
function getIncidentSection(graph: AssuranceGraph, id: string): RelationSection {
  const incidents = (graph.updatesByEntry.get(`services/${id}`) ?? [])
    .map(graph.update)
    .filter((update) => update.data.kind === 'incident');
  return {
    id: sectionId('incidents'),
    title: 'Incidents',
    items: incidents.slice(0, relationLimit).map(updateItem),
    empty: 'No incident has been published for this service.',
    links: incidents.length > relationLimit ? [{ href: collectionUrl('updates'), label: 'All updates' }] : [],
  };
}
