import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { describe, expect, test } from 'vitest';
import { formatComponentDefinition, getComponentDefinition } from '../../src/lib/oscal/component-definition.ts';
import { nameUuid } from '../../src/lib/oscal/uuid.ts';
import { generateGraph, generatedOscalSource, loadSampleGraph } from '../fixtures/export-graphs.ts';
import { buildTestGraph, service, testSite } from '../fixtures/graph-builder.ts';

/** The official OSCAL component definition schemas (public domain, see `test/fixtures/oscal/LICENSE.nist-oscal.md`). */
const schemas = ['v1.1.2', 'v1.2.1'].map((version) => {
  const file = new URL(`../fixtures/oscal/${version}/oscal_component_schema.json`, import.meta.url);
  const ajv = new Ajv({ allErrors: true });
  addFormats.default(ajv);
  return { version, validate: ajv.compile(JSON.parse(readFileSync(file, 'utf8'))) };
});

/** The violations of each official schema, by version; empty lists when the document is valid. */
function violations(document: unknown): Record<string, string[]> {
  return Object.fromEntries(
    schemas.map(({ version, validate }) => [
      version,
      validate(document) ? [] : (validate.errors ?? []).map((error) => `${error.instancePath} ${error.message}`),
    ]),
  );
}

const uuidV5 = /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
type Definition = ReturnType<typeof getComponentDefinition>['component-definition'];
type Component = Definition['components'][number];

describe('OSCAL component definition', () => {
  const sample = loadSampleGraph();
  const definition = JSON.parse(formatComponentDefinition(sample));
  const components: Component[] = definition['component-definition'].components;

  test('the sample site gives a document both official schemas accept', () => {
    expect(violations(definition)).toEqual({ 'v1.1.2': [], 'v1.2.1': [] });
  });

  test('both schemas reject a broken document', () => {
    const broken = structuredClone(definition);
    const requirement =
      broken['component-definition'].components[0]['control-implementations'][0]['implemented-requirements'][0];
    delete requirement['control-id'];
    requirement.uuid = 'not-a-uuid';
    const found = violations(broken);
    for (const version of ['v1.1.2', 'v1.2.1']) {
      expect(found[version]).toContain(
        '/component-definition/components/0/control-implementations/0/implemented-requirements/0 ' +
          "must have required property 'control-id'",
      );
      expect(
        found[version]!.some((line) =>
          line.endsWith(
            '/implemented-requirements/0/uuid must match pattern ' +
              '"^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[45][0-9A-Fa-f]{3}-[89ABab][0-9A-Fa-f]{3}-[0-9A-Fa-f]{12}$"',
          ),
        ),
      ).toBe(true);
    }
  });

  test('has one component per service, and the NIST baseline on the services whose controls map to it', () => {
    expect(components.map((component) => component.title)).toEqual(
      sample.services.map((service) => service.data.title),
    );
    const azure = components.find((component) => component.title === 'Microsoft Azure')!;
    const sources = azure['control-implementations']!.map((implementation) => implementation.source);
    expect(sources).toEqual([
      'https://raw.githubusercontent.com/usnistgov/oscal-content/main/nist.gov/SP800-53/rev5/json/' +
        'NIST_SP-800-53_rev5_MODERATE-baseline_profile.json',
    ]);
  });

  test('says who is responsible for a shared control and what each does, linking its page and evidence', () => {
    const m365 = components.find((component) => component.title === 'Microsoft 365')!;
    const requirements = m365['control-implementations']![0]!['implemented-requirements'];
    const keys = requirements.find((entry) => entry.links[0]!.href.endsWith('/controls/customer-managed-keys/'))!;
    expect(keys['control-id']).toBe('sc-12');
    expect(keys.props).toEqual([
      { name: 'control-origination', ns: 'https://fedramp.gov/ns/oscal', value: 'sp-system' },
      { name: 'control-origination', ns: 'https://fedramp.gov/ns/oscal', value: 'customer-configured' },
    ]);
    const parties = definition['component-definition'].metadata.parties as { uuid: string; name: string }[];
    const partyName = (uuid: string) => parties.find((party) => party.uuid === uuid)?.name;
    const roles = keys['responsible-roles'].map((role) => ({
      role: role['role-id'],
      parties: role['party-uuids']!.map(partyName),
      does: role.remarks,
    }));
    const control = sample.control('customer-managed-keys').data;
    expect(roles).toEqual([
      { role: 'provider', parties: ['Microsoft'], does: control.providerPart },
      { role: 'customer', parties: ['Kestrel Ledger'], does: control.customerPart },
    ]);
    expect(keys.description).toContain(
      'Microsoft, the provider, and Kestrel Ledger, the customer, share the responsibility.',
    );
    expect(keys.links.slice(1).map((link) => link.rel)).toEqual(control.evidence.map(() => 'evidence'));
  });

  test('derives every UUID from ids, so two runs give the same bytes and UUIDs are version 5', () => {
    expect(formatComponentDefinition(loadSampleGraph())).toBe(formatComponentDefinition(sample));
    const uuids: string[] = [];
    JSON.parse(formatComponentDefinition(sample), (key, value) => {
      if (key === 'uuid' || key.endsWith('-uuid')) uuids.push(value);
      if (key.endsWith('-uuids')) uuids.push(...value);
      return value;
    });
    expect(uuids.length).toBeGreaterThan(10);
    expect(uuids.filter((uuid) => !uuidV5.test(uuid))).toEqual([]);
  });

  test('a generated site of 1,000 entries gives a document both official schemas accept', () => {
    const generated = getComponentDefinition(generateGraph(1000));
    expect(violations(JSON.parse(JSON.stringify(generated)))).toEqual({ 'v1.1.2': [], 'v1.2.1': [] });
    const [platform] = generated['component-definition'].components;
    expect(platform!['control-implementations']!.map((implementation) => implementation.source)).toEqual([
      generatedOscalSource,
    ]);
  });
});

describe('the parties of an OSCAL component definition', () => {
  const providers = testSite.providers!;
  const otherProvider = { ...providers[0]!, id: 'othercloud', name: 'OtherCloud' };
  const partiesOf = (services: Record<string, ReturnType<typeof service>>) =>
    getComponentDefinition(buildTestGraph({ services }, '2026-11-29', { providers: [...providers, otherProvider] }))[
      'component-definition'
    ].metadata.parties.map((party) => party.name);

  test('are both sides of the layer each service sits in, the organisation first', () => {
    expect(partiesOf({ app: service('organisation'), vm: service('othercloud') })).toEqual([
      'Example Co',
      'OtherCloud',
      'Customers of Example Co',
    ]);
  });

  const leftOut =
    'leave out a provider none of the services runs on, and the customers when no service is the organisation’s';
  test(leftOut, () => {
    expect(partiesOf({ vm: service('cloudco') })).toEqual(['Example Co', 'CloudCo']);
  });
});

describe('name-based UUIDs', () => {
  test('match the version 5 UUIDs of RFC 9562', () => {
    // The example of RFC 9562, appendix A.4: the DNS namespace and `www.example.com`.
    expect(nameUuid('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe(
      '2ed6657d-e927-568b-95e1-2665a8aea6a2',
    );
  });
});
