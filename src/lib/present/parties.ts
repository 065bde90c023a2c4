import type { Control } from '../../schemas/controls.ts';
import type { Site } from '../../schemas/site.ts';
import type { AssuranceGraph, Item } from '../graph/assurance-graph.ts';
import { getFrameworkHolding } from '../graph/evidence-state.ts';

/** The provider a party id names, when it is one of the site's providers. */
export function getProvider(site: Site, party: string): Site['providers'][number] | undefined {
  return site.providers.find((provider) => provider.id === party);
}

/** The site's title: its own, or `<name> Trust Center`. */
export function getSiteTitle(site: Site): string {
  return site.title ?? `${site.name} Trust Center`;
}

/** The display name of who published an artefact or runs a service. */
export function getPartyName(site: Site, party: string): string {
  if (party === 'organisation') return site.name;
  return getProvider(site, party)?.name ?? party;
}

/**
 * Who the two parties of a control are: the operators of its services are the
 * provider; their customer is the organisation, or, for the organisation's own
 * services, the organisation's customers.
 */
export function getParties(graph: AssuranceGraph, control: Item<Control>): { provider: string; customer: string } {
  const operators = new Set(control.data.services.map((service) => graph.service(service.id).data.operator));
  const names = [...operators].map((operator) => getPartyName(graph.site, operator));
  const ownService = operators.has('organisation');
  return {
    provider: names.length > 0 ? names.join(' and ') : 'The provider',
    customer: ownService ? `Customers of ${graph.site.name}` : graph.site.name,
  };
}

/** Names joined as a reader says them: `A`, `A and B`, `A, B and C`. */
function joinNames(names: readonly string[]): string {
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
