/**
 * The site's services as an OSCAL component definition: a component per service
 * and, for each framework whose requirements are OSCAL control ids (it names its
 * `oscalSource`), the controls that meet them on that service, each saying who is
 * responsible and what each party does. Every UUID is derived from ids, so the
 * same content gives the same document.
 */
import type { Framework } from '../../schemas/frameworks.ts';
import type { Service } from '../../schemas/services.ts';
import { getFrameworkName, type AssuranceGraph, type Item } from '../graph/assurance-graph.ts';
import { entryUrl } from '../present/urls.ts';
import { getLayerParties } from '../export/responsibility.ts';
import { getServiceLayers } from '../responsibility/layers.ts';
import { getControlResponsibility, getPageAddress, getPartyUuid, type OscalLink } from './component-responsibility.ts';
import { siteUuids } from './uuid.ts';

/** The OSCAL version the document is written to; it is valid against the 1.1.2 and 1.2.1 schemas alike. */
export const componentDefinitionOscalVersion = '1.1.2';

/** What the builders of the document share: the graph, UUIDs for the site, and absolute page addresses. */
interface DefinitionContext {
  graph: AssuranceGraph;
  uuid: (name: string) => string;
  page: (collection: 'frameworks' | 'services', id: string) => string;
}

/** The frameworks whose requirement ids are OSCAL control ids: those naming their OSCAL catalog or profile. */
export function getOscalFrameworks(graph: AssuranceGraph): Item<Framework>[] {
  return graph.frameworks.filter((framework) => framework.data.oscalSource && framework.data.requirements.length > 0);
}

/** The OSCAL component definition of the site's services, on the build date. */
export function getComponentDefinition(graph: AssuranceGraph) {
  const { site, today } = graph;
  const context: DefinitionContext = {
    graph,
    uuid: siteUuids(site.url),
    page: (collection, id) => getPageAddress(graph, entryUrl(collection, id)),
  };
  const timestamp = `${today}T00:00:00Z`;
  const frameworks = getOscalFrameworks(graph);
  return {
    'component-definition': {
      uuid: context.uuid('component-definition'),
      metadata: {
        title: `${site.title ?? `${site.name} Trust Center`}: services and who is responsible for their controls`,
        published: timestamp,
        'last-modified': timestamp,
        version: today,
        'oscal-version': componentDefinitionOscalVersion,
        links: [{ href: site.url, rel: 'alternate', text: 'The trust center this document is published with.' }],
        roles: [
          { id: 'provider', title: 'Provider', description: 'Runs the service and carries out its part of a control.' },
          { id: 'customer', title: 'Customer', description: 'Uses the service and carries out its part of a control.' },
        ],
        parties: getParties(graph).map(([party, name]) => ({
          uuid: getPartyUuid(graph, party),
          type: 'organization',
          name,
        })),
      },
      components: graph.services.map((service) => getComponent(context, service, frameworks)),
    },
  };
}

/**
 * The parties of the document, by id and name: both sides of the layer of responsibility each service sits in
 * (the operator and its customer), the organisation first, then the others in the layers' chain order.
 */
function getParties(graph: AssuranceGraph): [string, string][] {
  const parties = new Map<string, string>();
  for (const { provider, customer } of getServiceLayers(graph).map(getLayerParties)) {
    for (const side of [provider, customer]) for (const party of side.parties) parties.set(party, side.name);
  }
  return [...parties].sort(([a], [b]) => Number(b === 'organisation') - Number(a === 'organisation'));
}

/** A service as a component, with a control implementation per OSCAL framework that has controls on it. */
function getComponent(context: DefinitionContext, service: Item<Service>, frameworks: readonly Item<Framework>[]) {
  const { data, id } = service;
  const onService = new Set(context.graph.controlsByService.get(id) ?? []);
  const implementations = frameworks
    .map((framework) => getControlImplementation(context, service, framework, onService))
    .filter((implementation) => implementation['implemented-requirements'].length > 0);
  const links: OscalLink[] = [{ href: context.page('services', id), rel: 'reference', text: data.title }];
  if (data.website) links.push({ href: data.website, rel: 'homepage' });
  return {
    uuid: context.uuid(`component/${id}`),
    type: 'service',
    title: data.title,
    description: data.summary,
    links,
    'responsible-roles': [{ 'role-id': 'provider', 'party-uuids': [getPartyUuid(context.graph, data.operator)] }],
    ...(implementations.length > 0 && { 'control-implementations': implementations }),
  };
}

/** How a service meets one framework: each requirement, with each control on the service mapped to it. */
function getControlImplementation(
  context: DefinitionContext,
  service: Item<Service>,
  framework: Item<Framework>,
  onService: ReadonlySet<string>,
) {
  const { graph } = context;
  const prefix = `component/${service.id}/framework/${framework.id}`;
  return {
    uuid: context.uuid(prefix),
    source: framework.data.oscalSource!,
    description:
      `How ${service.data.title} meets ${getFrameworkName(framework)}: each requirement with the controls that ` +
      `address it on this service, who is responsible for each and what each party does, as of ${graph.today}.`,
    links: [{ href: context.page('frameworks', framework.id), rel: 'reference', text: framework.data.title }],
    'implemented-requirements': (graph.requirementCoverage.get(framework.id) ?? []).flatMap(
      ({ requirement, controls }) =>
        controls
          .filter((controlId) => onService.has(controlId))
          .map((controlId) =>
            getImplementedRequirement(context, `${prefix}/requirement/${requirement.id}`, requirement.id, controlId),
          ),
    ),
  };
}

/** One control meeting one requirement: its UUID and control id, then what the control says in any requirement. */
function getImplementedRequirement(context: DefinitionContext, prefix: string, controlId: string, id: string) {
  const { description, props, links, roles } = getControlResponsibility(context.graph, id);
  return {
    uuid: context.uuid(`${prefix}/control/${id}`),
    'control-id': controlId,
    description,
    props,
    links,
    'responsible-roles': roles,
  };
}

/** The document as compact JSON text with a final newline: it is read by programs, and runs to megabytes. */
export function formatComponentDefinition(graph: AssuranceGraph): string {
  return `${JSON.stringify(getComponentDefinition(graph))}\n`;
}
