import type { Responsibility } from '../../schemas/shared.ts';
import { perGraph } from '../graph/memo.ts';
import { getControlLayer, type ResponsibilityLayer as OperatorLayer } from '../responsibility/layers.ts';

/** The party id the exports give the organisation's own customers, beside `organisation` and the providers' ids. */
export const customersParty = 'customers';

/** The two sides of a layer of responsibility: who runs the service, and who uses it. */
export const layerRoles = ['provider', 'customer'] as const;
export type LayerRole = (typeof layerRoles)[number];

/** Between whom a layer divides the work: a provider and the organisation, or the organisation and its customers. */
export const layerKinds = ['provider-organisation', 'organisation-customers'] as const;
export type LayerKind = (typeof layerKinds)[number];

/** One side of a layer: who they are and what they do. */
export interface LayerSide {
  /** The parties by id: `organisation`, a provider's id from `site.yaml`, or `customers`. */
  parties: string[];
  /** Their name as the site gives it: `Microsoft`, `Kestrel Ledger`, `Customers of Kestrel Ledger`. */
  name: string;
  /** What this side does; absent when the layer gives it no part. */
  part?: string | undefined;
}

/**
 * One layer of a control's responsibility: the split between the side that runs
 * a service and the side that uses it, and what each does. The exports give a
 * control's responsibility as a list of layers, so a layer further down the
 * chain (the organisation and its own customers) adds an item, not new fields.
 */
export interface ResponsibilityLayer {
  layer: LayerKind;
  /** The two parties as the site names the layer: `Microsoft · Kestrel Ledger`. */
  title: string;
  responsibility: Responsibility;
  provider: LayerSide;
  customer: LayerSide;
}

/** A layer of responsibility as the exports give it, before any control's parts: its kind, title and two sides. */
export type LayerParties = Omit<ResponsibilityLayer, 'responsibility'>;

/**
 * The layer of one operator's services as the exports give it: the operator is
 * the provider; its customer is the organisation or, on the organisation's own
 * services, the organisation's customers.
 */
export function getLayerParties(layer: OperatorLayer): LayerParties {
  const ownService = layer.operator === 'organisation';
  return {
    layer: ownService ? 'organisation-customers' : 'provider-organisation',
    title: layer.title,
    provider: { parties: [layer.operator], name: layer.provider },
    customer: { parties: [ownService ? customersParty : 'organisation'], name: layer.customer },
  };
}

/**
 * The layers of a control's responsibility, worked out once per control from
 * the layer its services' operator puts it in, with what each side does.
 */
export const getResponsibilityLayers = perGraph((graph, controlId: string): ResponsibilityLayer[] => {
  const { data } = graph.control(controlId);
  const { layer, title, provider, customer } = getLayerParties(getControlLayer(graph, controlId));
  return [
    {
      layer,
      title,
      responsibility: data.responsibility,
      provider: { ...provider, part: data.providerPart },
      customer: { ...customer, part: data.customerPart },
    },
  ];
});

/** One side that carries out part of a control, and which side it is. */
export interface ResponsibleSide {
  role: LayerRole;
  side: LayerSide;
}

/** The sides of a layer that carry a part of the work, in the order provider, customer. */
export function getResponsibleSides(layer: ResponsibilityLayer): ResponsibleSide[] {
  const responsible: Record<Responsibility, readonly LayerRole[]> = {
    provider: ['provider'],
    customer: ['customer'],
    shared: layerRoles,
  };
  return responsible[layer.responsibility].map((role) => ({ role, side: layer[role] }));
}
