/**
 * A control's responsibility in OSCAL's terms: a responsible role per side that
 * carries out part of it (with its parties, and its part as remarks), FedRAMP's
 * `control-origination` property, a description that says the same in words, and
 * links to the control's page and evidence. A control says the same for every
 * requirement and service it is implemented for, so this is worked out once per control.
 */
import type { AssuranceGraph } from '../graph/assurance-graph.ts';
import { perGraph } from '../graph/memo.ts';
import {
  getResponsibilityLayers,
  getResponsibleSides,
  type LayerRole,
  type ResponsibilityLayer,
  type ResponsibleSide,
} from '../export/responsibility.ts';
import { absoluteUrl, entryUrl } from '../present/urls.ts';
import { siteUuids } from './uuid.ts';

/** An OSCAL link: an address, what it is to the object, and its text. */
export interface OscalLink {
  href: string;
  rel?: string;
  text?: string;
}

/** A party's UUID, worked out once: every implemented requirement names its parties. */
export const getPartyUuid = perGraph((graph, party: string) => siteUuids(graph.site.url)(`party/${party}`));

/** The full address of a page, worked out once: many implemented requirements link the same evidence. */
export const getPageAddress = perGraph((graph, path: string) => absoluteUrl(path, graph.site.url));

/** What an implemented requirement says of a control, whichever requirement and service it is for. */
export const getControlResponsibility = perGraph((graph, controlId: string) => {
  const control = graph.control(controlId);
  const layers = getResponsibilityLayers(graph, controlId);
  const sides = layers.flatMap(getResponsibleSides);
  const links: OscalLink[] = [
    { href: getPageAddress(graph, entryUrl('controls', controlId)), rel: 'reference', text: control.data.title },
    ...control.data.evidence.map((reference) => ({
      href: getPageAddress(graph, entryUrl('artefacts', reference.id)),
      rel: 'evidence',
      text: graph.artefact(reference.id).data.title,
    })),
  ];
  return {
    description: describeImplementation(control.data.title, layers),
    props: originationProps(sides),
    links,
    roles: getResponsibleRoles(graph, sides),
  };
});

/** The namespace of FedRAMP's OSCAL extensions, where `control-origination` is defined. */
export const fedrampNamespace = 'https://fedramp.gov/ns/oscal';

/**
 * Where each side's part originates, in FedRAMP's values: the provider's part in
 * the service provider's system, the customer's in how the customer configures it.
 */
const origination: Record<LayerRole, string> = { provider: 'sp-system', customer: 'customer-configured' };

/** FedRAMP's `control-origination` properties of a control: one for each side that carries out part of it. */
export function originationProps(sides: readonly ResponsibleSide[]) {
  const values = [...new Set(sides.map(({ role }) => origination[role]))];
  return values.map((value) => ({ name: 'control-origination', ns: fedrampNamespace, value }));
}

/**
 * A responsible role for each side that carries out part of a control, with its
 * parties and, as remarks, what it does. A role is named once: should several
 * layers give one role, its parties and parts are gathered under it.
 */
export function getResponsibleRoles(graph: AssuranceGraph, sides: readonly ResponsibleSide[]) {
  const roles = new Map<LayerRole, { parties: Set<string>; parts: string[] }>();
  for (const { role, side } of sides) {
    let entry = roles.get(role);
    if (!entry) roles.set(role, (entry = { parties: new Set(), parts: [] }));
    for (const party of side.parties) entry.parties.add(getPartyUuid(graph, party));
    if (side.part) entry.parts.push(side.part);
  }
  return [...roles].map(([role, { parties, parts }]) => ({
    'role-id': role,
    ...(parties.size > 0 && { 'party-uuids': [...parties] }),
    ...(parts.length > 0 && { remarks: parts.join('\n\n') }),
  }));
}

/**
 * What a control achieves and who is responsible for it, in words: its title,
 * then for each layer who carries it out. What each side does is its role's remarks.
 */
export function describeImplementation(title: string, layers: readonly ResponsibilityLayer[]): string {
  const sentences = layers.map(({ responsibility, provider, customer }) => {
    if (responsibility === 'provider') return `${provider.name}, the provider, is responsible.`;
    if (responsibility === 'customer') return `${customer.name}, the customer, is responsible.`;
    return `${provider.name}, the provider, and ${customer.name}, the customer, share the responsibility.`;
  });
  return [`${title.replace(/\.$/, '')}.`, ...sentences].join(' ');
}
