/**
 * A control's responsibility in OSCAL's terms: a responsible role per side that
 * carries out part of it (with its parties, and its part as remarks), FedRAMP's
 * `control-origination` property, and a description that says the same in words.
 */
import type { LayerRole, LayerSide, ResponsibilityLayer } from '../export/responsibility.ts';
import type { DefinitionContext } from './component-definition.ts';

/** The namespace of FedRAMP's OSCAL extensions, where `control-origination` is defined. */
export const fedrampNamespace = 'https://fedramp.gov/ns/oscal';

/**
 * Where each side's part originates, in FedRAMP's values: the provider's part in
 * the service provider's system, the customer's in how the customer configures it.
 */
const origination: Record<LayerRole, string> = { provider: 'sp-system', customer: 'customer-configured' };

/** One side that carries out part of a control, and which side it is. */
export interface ResponsibleSide {
  role: LayerRole;
  side: LayerSide;
}

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
export function getResponsibleRoles(context: DefinitionContext, sides: readonly ResponsibleSide[]) {
  const roles = new Map<LayerRole, { parties: Set<string>; parts: string[] }>();
  for (const { role, side } of sides) {
    let entry = roles.get(role);
    if (!entry) roles.set(role, (entry = { parties: new Set(), parts: [] }));
    for (const party of side.parties) entry.parties.add(context.uuid(`party/${party}`));
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
