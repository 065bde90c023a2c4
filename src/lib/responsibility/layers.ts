import type { Control } from '../../schemas/controls.ts';
import type { Site } from '../../schemas/site.ts';
import type { AssuranceGraph, Item } from '../graph/assurance-graph.ts';
import { perGraph } from '../graph/memo.ts';
import { possessive } from '../present/format.ts';

/**
 * One layer of shared responsibility: the services one party operates, shared
 * between that operator and its customer. On a provider's services the parties
 * are the provider and the organisation; on the organisation's own services,
 * the organisation and its customers. Every control sits in exactly one layer.
 */
export interface ResponsibilityLayer {
  /** Who operates the services: `organisation` or a provider's id from `site.yaml`. */
  operator: string;
  /** The party that operates the services, by name: `Microsoft`, or the organisation for its own. */
  provider: string;
  /** The party that uses them, by name: the organisation, or `Customers of Kestrel Ledger`. */
  customer: string;
  /** The two parties as the layer is named: `Microsoft · Kestrel Ledger`, `Kestrel Ledger · its customers`. */
  title: string;
  /** Whose services the layer's controls are on: `Microsoft's services`, `Kestrel Ledger's own services`. */
  services: string;
  /** Who runs the layer's services and who uses them, as a sentence. */
  about: string;
}

/** The layer of the services one party operates, with both parties named. */
export function getLayer(site: Site, operator: string): ResponsibilityLayer {
  if (operator === 'organisation') {
    return {
      operator,
      provider: site.name,
      customer: `Customers of ${site.name}`,
      title: `${site.name} · its customers`,
      services: `${possessive(site.name)} own services`,
      about: `${site.name} runs these services, and its customers use them.`,
    };
  }
  const provider = site.providers.find((candidate) => candidate.id === operator)?.name ?? operator;
  return {
    operator,
    provider,
    customer: site.name,
    title: `${provider} · ${site.name}`,
    services: `${possessive(provider)} services`,
    about: `${provider} runs these services, and ${site.name} uses them.`,
  };
}

/** The distinct operators of a control's services, in the order the control names its services. */
export function getControlOperators(graph: AssuranceGraph, control: Item<Control>): string[] {
  return [...new Set(control.data.services.map((service) => graph.service(service.id).data.operator))];
}

/**
 * The layer a control sits in, from the operator of its services. The content
 * check refuses a control whose services have different operators, or none; were
 * one to reach the graph, it would sit with the operator of its first service,
 * or with the site's first provider.
 */
export const getControlLayer = perGraph((graph, controlId): ResponsibilityLayer => {
  const [operator] = getControlOperators(graph, graph.control(controlId));
  return getOperatorLayer(graph, operator ?? graph.site.providers[0]?.id ?? 'organisation');
});

/** The layer of one operator, built once per graph, so the controls of a layer share it. */
const getOperatorLayer = perGraph((graph, operator): ResponsibilityLayer => getLayer(graph.site, operator));

/** The layers of the site's services, one for each party that operates one, in chain order. */
export function getServiceLayers(graph: AssuranceGraph): ResponsibilityLayer[] {
  const operators = [...new Set(graph.services.map((service) => service.data.operator))];
  return operators
    .sort((a, b) => layerRank(graph.site, a) - layerRank(graph.site, b))
    .map((operator) => getOperatorLayer(graph, operator));
}

/**
 * Orders layers as the chain of services runs, from the bottom up: each
 * provider's in the order of `site.yaml`, then the organisation's own.
 */
function layerRank(site: Site, operator: string): number {
  const index = site.providers.findIndex((provider) => provider.id === operator);
  return index >= 0 ? index : site.providers.length;
}

/** Compares two controls by the rank of their layers, for sorting lists layer by layer. */
export function compareLayers(graph: AssuranceGraph, a: string, b: string): number {
  const site = graph.site;
  return layerRank(site, getControlLayer(graph, a).operator) - layerRank(site, getControlLayer(graph, b).operator);
}

/** Controls split by layer, layers in chain order, each list in the order given; layers without controls left out. */
export function groupByLayer(
  graph: AssuranceGraph,
  controlIds: readonly string[],
): { layer: ResponsibilityLayer; controls: string[] }[] {
  const groups = new Map<string, { layer: ResponsibilityLayer; controls: string[] }>();
  for (const id of controlIds) {
    const layer = getControlLayer(graph, id);
    const group = groups.get(layer.operator);
    if (group) group.controls.push(id);
    else groups.set(layer.operator, { layer, controls: [id] });
  }
  return [...groups.values()].sort(
    (a, b) => layerRank(graph.site, a.layer.operator) - layerRank(graph.site, b.layer.operator),
  );
}
