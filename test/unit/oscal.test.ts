import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { readOscalCatalog } from '../../src/lib/oscal/catalog.ts';
import { shorten } from '../../src/lib/oscal/catalog-prose.ts';
import { validateOscalCatalog } from '../../src/lib/oscal/schema.ts';
import { catalogSchemaFile, createCatalog, moderateCatalogFile, moderateProfileFile } from '../fixtures/oscal.ts';

const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));
const messages = (document: unknown) =>
  readOscalCatalog(document, 'catalog.json').problems.map((problem) => `${problem.field}: ${problem.message}`);

describe('readOscalCatalog', () => {
  test('keeps the catalog ids and plain labels, each control followed by its enhancements', () => {
    const { requirements, problems } = readOscalCatalog(createCatalog(), 'catalog.json');
    expect(problems).toEqual([]);
    expect(requirements.map((requirement) => [requirement.id, requirement.label, requirement.title])).toEqual([
      ['ac-1', 'AC-1', 'Policy and Procedures'],
      ['ac-2', 'AC-2', 'Account Management'],
      ['ac-2.1', 'AC-2(1)', 'Automated System Account Management'],
      ['ac-17', 'AC-17', 'Remote Access'],
    ]);
  });

  test('skips withdrawn controls and counts them', () => {
    const result = readOscalCatalog(createCatalog(), 'catalog.json');
    expect(result.requirements.map((requirement) => requirement.id)).not.toContain('ac-2.2');
    expect(result.withdrawn).toBe(1);
  });

  test('describes each requirement by its statement, with parameters resolved and markup dropped', () => {
    const descriptions = Object.fromEntries(
      readOscalCatalog(createCatalog(), 'catalog.json').requirements.map((requirement) => [
        requirement.id,
        requirement.description,
      ]),
    );
    expect(descriptions).toEqual({
      'ac-1':
        'a. Develop and disseminate to [Assignment: personnel or roles] an access control policy; b. Review the ' +
        'policy every year.',
      'ac-2': 'Manage system accounts.',
      'ac-2.1': 'Automatically [Selection (one or more): create; disable] accounts.',
      'ac-17': 'Review remote access usage restrictions every 90 days.',
    });
  });

  test('reads the authority and an evident jurisdiction from the metadata', () => {
    expect(readOscalCatalog(createCatalog(), 'catalog.json').metadata).toEqual({
      title: 'Example Security Controls, Moderate',
      version: '1.2',
      lastModified: '2024-02-13T17:43:48Z',
      authority: 'Example Standards Office',
      jurisdictions: ['United States'],
    });
  });

  test('claims no jurisdiction when the publisher gives no country and no government address', () => {
    const catalog = createCatalog();
    catalog.catalog.metadata.parties[0]!['email-addresses'] = ['controls@standards.example.org'];
    expect(readOscalCatalog(catalog, 'catalog.json').metadata.jurisdictions).toEqual([]);
  });

  test('lowercases an id, as mappings are compared in lowercase', () => {
    const catalog = createCatalog();
    catalog.catalog.groups[0]!.controls[1]!.id = 'AC-2';
    expect(readOscalCatalog(catalog, 'catalog.json').requirements[1]!.id).toBe('ac-2');
  });

  test('rejects an unresolved profile and names the catalog it selects from', () => {
    const profile = {
      profile: {
        imports: [{ href: '#84cbf061', 'include-all': {} }],
        'back-matter': {
          resources: [
            {
              uuid: '84cbf061',
              rlinks: [{ href: '../json/SP800-53_catalog.json', 'media-type': 'application/oscal.catalog+json' }],
            },
          ],
        },
      },
    };
    expect(messages(profile)).toEqual([
      'profile: This is an OSCAL profile: it selects controls from `SP800-53_catalog.json` but does not hold ' +
        'their text. Import the resolved profile catalog instead (its top-level field is `catalog`; such files ' +
        'are often named `…-resolved-profile_catalog.json`), or resolve the profile into a catalog first.',
    ]);
  });

  test('rejects a JSON file that is not an OSCAL catalog', () => {
    expect(messages({ name: 'trust-center', version: '1.0.0' })).toEqual([
      ': Found a JSON object with the fields `name`, `version`, not an OSCAL catalog. Import an OSCAL catalog or ' +
        'resolved profile catalog in JSON: an object whose one top-level field is `catalog`.',
    ]);
    expect(messages([1, 2])).toEqual([
      ': Found a list, not an OSCAL document. Import an OSCAL catalog or resolved profile catalog in JSON: an ' +
        'object whose one top-level field is `catalog`.',
    ]);
    expect(messages({ 'system-security-plan': {} })).toEqual([
      'system-security-plan: This is an OSCAL system security plan, not a catalog. Import an OSCAL catalog or ' +
        'resolved profile catalog in JSON: an object whose one top-level field is `catalog`. To import the shared ' +
        'responsibility it exports, run `npm run import:responsibility -- <file> --provider <id> --framework <id>`.',
    ]);
    expect(messages({ 'assessment-results': {} })).toEqual([
      'assessment-results: This is an OSCAL assessment results document, not a catalog. Import an OSCAL catalog or ' +
        'resolved profile catalog in JSON: an object whose one top-level field is `catalog`.',
    ]);
  });

  test('reports a control without a title, an id that cannot be a requirement id, and a repeated id', () => {
    const catalog = createCatalog() as unknown as { catalog: { groups: { controls: Record<string, unknown>[] }[] } };
    const controls = catalog.catalog.groups[0]!.controls;
    delete controls[0]!.title;
    controls.push({ id: 'ac_2!', title: 'Odd' }, { id: 'ac-2', title: 'Twice' });
    expect(messages(catalog)).toEqual([
      'catalog.groups[0].controls[0].title: The control has no `title`, and every OSCAL control needs an `id` and ' +
        'a `title`. Correct the catalog, or pass `--schema` to check it against the OSCAL catalog schema.',
      'catalog.groups[0].controls[2].id: Found `ac_2!`. Expected a requirement id such as `cc6.1` or `ac-2.1`: ' +
        'lowercase letters and digits joined by `.`, `-` or `_`.',
      'catalog.groups[0].controls[3].id: The control id `ac-2` is also used at `catalog.groups[0].controls[1]`, ' +
        'but requirement ids must be unique. Correct one of them in the catalog.',
    ]);
  });

  test('errors when the catalog has no controls to import', () => {
    expect(messages({ catalog: { uuid: 'x', metadata: { title: 'Empty' } } })).toEqual([
      'catalog: The catalog lists no controls, so there is nothing to import. Check that this is the catalog you ' +
        'meant: a resolved profile catalog holds the controls its profile selects.',
    ]);
  });

  test('imports every control of the NIST SP 800-53 rev5 Moderate baseline that is not withdrawn', () => {
    const document = readJson(moderateCatalogFile) as { catalog: { groups: { controls?: unknown[] }[] } };
    type Control = { props?: { name: string; value: string }[]; controls?: Control[] };
    const count = (controls: Control[] = []): number =>
      controls.reduce((sum, control) => {
        const withdrawn = control.props?.some((prop) => prop.name === 'status' && prop.value === 'withdrawn') ?? false;
        return sum + (withdrawn ? 0 : 1) + count(control.controls);
      }, 0);
    const expected = document.catalog.groups.reduce((sum, group) => sum + count(group.controls as Control[]), 0);

    const { requirements, problems } = readOscalCatalog(document, 'moderate.json');
    expect(problems).toEqual([]);
    expect(requirements).toHaveLength(expected);
    expect(requirements.find((requirement) => requirement.id === 'ac-2.1')).toMatchObject({
      label: 'AC-2(1)',
      title: 'Automated System Account Management',
    });
    expect(requirements.every((requirement) => !requirement.description?.includes('{{'))).toBe(true);
  });

  test('rejects the published Moderate baseline profile, which is not resolved', () => {
    expect(messages(readJson(moderateProfileFile))[0]).toMatch(/^profile: This is an OSCAL profile/);
  });
});

describe('shorten', () => {
  test('keeps text that fits', () => {
    expect(shorten('Manage accounts.', 40)).toBe('Manage accounts.');
  });

  test('cuts at the last clause that fits, not at an item label', () => {
    expect(shorten('a. Define account types; b. Assign account managers; c. Monitor the use of accounts.', 60)).toBe(
      'a. Define account types; b. Assign account managers …',
    );
  });

  test('does not cut inside an assignment, and closes the bracket when it must cut a word boundary there', () => {
    expect(shorten('Log [Assignment: event types (logons; account changes; policy changes)] daily.', 50)).toBe(
      'Log [Assignment: event types (logons; account …]',
    );
  });
});

describe('validateOscalCatalog', () => {
  const schema = () => readJson(catalogSchemaFile);

  test('accepts a catalog that follows the OSCAL catalog schema', () => {
    expect(validateOscalCatalog(createCatalog(), 'catalog.json', schema(), 'schema.json')).toEqual([]);
  });

  test('accepts the published Moderate baseline catalog', () => {
    expect(validateOscalCatalog(readJson(moderateCatalogFile), 'moderate.json', schema(), 'schema.json')).toEqual([]);
  });

  test('words each schema violation with its place, what was expected and the fix', () => {
    const catalog = createCatalog() as unknown as {
      catalog: { metadata: Record<string, unknown>; groups: { controls: Record<string, unknown>[] }[] };
    };
    catalog.catalog.metadata['last-modified'] = 'yesterday';
    catalog.catalog.groups[0]!.controls[0]!.id = 'ac 1';
    const control = catalog.catalog.groups[0]!.controls[1]!;
    delete control.title;
    control.owner = 'Identity team';
    (control.props as Record<string, unknown>[])[0]!.value = 7;
    const problems = validateOscalCatalog(catalog, 'catalog.json', schema(), 'schema.json');
    expect(problems.map((problem) => `${problem.field}: ${problem.message}`)).toEqual([
      'catalog.metadata.last-modified: Found `yesterday`, but the OSCAL catalog schema expects a `date-time` value.',
      'catalog.groups[0].controls[0].id: Found `ac 1`, which is not in the form the OSCAL catalog schema expects ' +
        '(the pattern `^(\\p{L}|_)(\\p{L}|\\p{N}|[.\\-_])*$`). It is in the control `ac 1`.',
      'catalog.groups[0].controls[1].title: The control `ac-2` has no `title`, which the OSCAL catalog schema ' +
        'requires. Add it.',
      'catalog.groups[0].controls[1].owner: The control `ac-2` has a field `owner`, which the OSCAL catalog ' +
        'schema does not allow there. Remove it, or correct its name.',
      'catalog.groups[0].controls[1].props[0].value: Found `7`, but the OSCAL catalog schema expects text. It is ' +
        'in the control `ac-2`.',
    ]);
  });

  test('rejects a schema that does not describe catalogs', () => {
    expect(
      validateOscalCatalog(
        createCatalog(),
        'catalog.json',
        { properties: { profile: {} } },
        'oscal_profile_schema.json',
      ),
    ).toEqual([
      {
        file: 'oscal_profile_schema.json',
        field: '',
        message:
          'This is not the OSCAL catalog schema: it has no `catalog` property. Pass `oscal_catalog_schema.json` ' +
          'from an OSCAL release to `--schema`.',
      },
    ]);
  });
});
