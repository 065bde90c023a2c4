import type { Responsibility } from '../../schemas/shared.ts';
import type { Site } from '../../schemas/site.ts';
import type { ResponsibilityLayer } from '../responsibility/layers.ts';
import { getPartDoesLabel } from './labels.ts';
import type { AssuranceGraph } from '../graph/assurance-graph.ts';
import { getFrameworkHolding } from '../graph/evidence-state.ts';
import { formatDate } from './format.ts';

/** The provider a party id names, when it is one of the site's providers. */
export function getProvider(site: Site, party: string): Site['providers'][number] | undefined {
  return site.providers.find((provider) => provider.id === party);
}

/** The site's title: its own, or `<name> Trust Center`. */
export function getSiteTitle(site: Site): string {
  return site.title ?? `${site.name} Trust Center`;
}

/** The ids a `publisher` or an `operator` may name: `organisation` and the site's providers. */
export function getPartyIds(site: Site | undefined): string[] {
  return ['organisation', ...(site?.providers.map((provider) => provider.id) ?? [])];
}

/** The display name of who published an artefact or runs a service. */
export function getPartyName(site: Site, party: string): string {
  if (party === 'organisation') return site.name;
  return getProvider(site, party)?.name ?? party;
}

/** Names joined as a reader says them: `A`, `A and B`, `A, B and C`. */
export function joinNames(names: readonly string[]): string {
  return names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : (names[0] ?? '');
}

/**
 * Who holds a framework, in words: `Held by Kestrel Ledger`, `Inherited from
 * Microsoft`, or both, `Held by Kestrel Ledger and by Microsoft`.
 */
export function describeHolding(graph: AssuranceGraph, frameworkId: string): string {
  const { organisation, providers } = getFrameworkHolding(graph, frameworkId);
  const names = joinNames(providers.map((provider) => getPartyName(graph.site, provider))) || 'a cloud provider';
  if (!organisation) return `Inherited from ${names}`;
  return providers.length > 0 ? `Held by ${graph.site.name} and by ${names}` : `Held by ${graph.site.name}`;
}

/**
 * Who holds a framework, in words true of its status: who holds it while it is held (`Held by Kestrel Ledger`);
 * who is working towards it while that is in progress (`Not held yet: Kestrel Ledger is working towards it`); and
 * until when it was held once it no longer is (`No longer held: held by Kestrel Ledger until 30 June 2025`). Whether
 * the evidence bears a held framework out is the standing's to say (`Lapsed`).
 */
export function describeFrameworkHolder(graph: AssuranceGraph, frameworkId: string): string {
  const { status, until } = graph.framework(frameworkId).data;
  const holding = describeHolding(graph, frameworkId);
  if (status === 'in-progress') {
    const { organisation, providers } = getFrameworkHolding(graph, frameworkId);
    const working = organisation ? graph.site.name : joinNames(providers.map((id) => getPartyName(graph.site, id)));
    return `Not held yet: ${working} is working towards it`;
  }
  if (status === 'retired') {
    const untilText = until ? ` until ${formatDate(until)}` : '';
    return `No longer held: ${holding.charAt(0).toLowerCase()}${holding.slice(1)}${untilText}`;
  }
  return holding;
}

/**
 * Who carries out a control, as a phrase naming the parties of its layer:
 * `carried out by Microsoft alone`, `shared between Kestrel Ledger and its customers`.
 */
export function describeResponsibility(layer: ResponsibilityLayer, responsibility: Responsibility): string {
  if (responsibility === 'shared') {
    const customer = layer.operator === 'organisation' ? 'its customers' : layer.customer;
    return `shared between ${layer.provider} and ${customer}`;
  }
  return `carried out by ${responsibility === 'provider' ? layer.provider : layer.customer} alone`;
}

/** One party's part of a control, as its page shows it: a heading naming the party and what it does. */
export interface ResponsibilityPart {
  party: 'provider' | 'customer';
  /** `Microsoft does`, `Customers of Kestrel Ledger do`. */
  heading: string;
  /** What the party does; without it, the page says the other party carries the control out alone. */
  text?: string | undefined;
  /** For a party with no part: `carried out by Kestrel Ledger alone`. */
  alone: string;
}

/** Both parties' parts of a control, in its layer's words. */
export function getResponsibilityParts(
  layer: ResponsibilityLayer,
  data: { providerPart?: string | undefined; customerPart?: string | undefined },
): ResponsibilityPart[] {
  return [
    {
      party: 'provider',
      heading: getPartDoesLabel(layer, 'provider'),
      text: data.providerPart,
      alone: describeResponsibility(layer, 'customer'),
    },
    {
      party: 'customer',
      heading: getPartDoesLabel(layer, 'customer'),
      text: data.customerPart,
      alone: describeResponsibility(layer, 'provider'),
    },
  ];
}
