/** What an OSCAL catalog's metadata says about the catalog: its title, version and authority. */
import { asArray } from './catalog-json.ts';

/** What the catalog says about itself, for a new framework entry. */
export interface CatalogMetadata {
  title: string | undefined;
  version: string | undefined;
  /** The `last-modified` timestamp as written in the catalog. */
  lastModified: string | undefined;
  /** The party that publishes or created the catalog, by its role in the metadata. */
  authority: string | undefined;
  /** Where the catalog applies, when its publisher's address or email makes it evident; empty otherwise. */
  jurisdictions: string[];
}

/** Roles whose party is taken as the catalog's authority, most telling first. */
const authorityRoles = ['publisher', 'creator', 'prepared-by', 'author', 'owner', 'contact'];

/** The title, version, authority and jurisdictions of a catalog, from its `metadata`; all unknown when it has none. */
export function readMetadata(metadata: unknown): CatalogMetadata {
  const data = (typeof metadata === 'object' && metadata !== null ? metadata : {}) as Record<string, unknown>;
  const text = (value: unknown) => (typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined);
  const parties = asArray<{
    uuid?: unknown;
    name?: unknown;
    type?: unknown;
    addresses?: unknown;
    'email-addresses'?: unknown;
  }>(data.parties);
  const responsible = asArray<{ 'role-id'?: unknown; 'party-uuids'?: unknown }>(data['responsible-parties']);
  const byRole = authorityRoles
    .map((role) => responsible.find((entry) => entry['role-id'] === role))
    .map((entry) => asArray<string>(entry?.['party-uuids'])[0])
    .map((uuid) => parties.find((party) => uuid !== undefined && party.uuid === uuid))
    .find((party) => text(party?.name) !== undefined);
  const authority = byRole ?? parties.find((party) => party.type === 'organization' && text(party.name) !== undefined);
  return {
    title: text(data.title),
    version: text(data.version),
    lastModified: text(data['last-modified']),
    authority: text(authority?.name),
    jurisdictions: authority ? getJurisdictions(authority) : [],
  };
}

const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });

/**
 * Where a party is, when evident: the countries of its addresses, or the United
 * States for a `.gov` or `.mil` email address (those domains are US-only).
 */
function getJurisdictions(party: { addresses?: unknown; 'email-addresses'?: unknown }): string[] {
  const countries = asArray<{ country?: unknown }>(party.addresses)
    .map((address) => address.country)
    .filter((code): code is string => typeof code === 'string' && /^[A-Za-z]{2}$/.test(code))
    .map((code) => regionNames.of(code.toUpperCase()) ?? code.toUpperCase());
  if (countries.length > 0) return [...new Set(countries)];
  const emails = asArray<unknown>(party['email-addresses']).filter(
    (email): email is string => typeof email === 'string',
  );
  return emails.some((email) => /\.(gov|mil)$/i.test(email.trim())) ? ['United States'] : [];
}
