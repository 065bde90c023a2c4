import type { Control } from '../../schemas/controls.ts';
import type { Site } from '../../schemas/site.ts';
import type { AssuranceGraph, Item } from '../graph/assurance-graph.ts';

/** The provider a party id names, when it is one of the site's providers. */
export function getProvider(site: Site, party: string): Site['providers'][number] | undefined {
  return site.providers.find((provider) => provider.id === party);
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
