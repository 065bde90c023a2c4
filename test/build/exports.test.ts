import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { catalogTables } from '../../src/lib/export/catalog-csv.ts';
import { collectionNames } from '../../src/schemas/shared.ts';
import { listFiles } from './build-site.ts';
import { getAttributeValues } from './site-audit.ts';

/** Compiles a JSON Schema with ajv and the formats OSCAL and the catalog use. */
function compile(schema: object) {
  const ajv = new Ajv({ allErrors: true });
  addFormats.default(ajv);
  return ajv.compile(schema);
}

const readJson = (file: string) => JSON.parse(readFileSync(file, 'utf8'));

/** The value a JSON Pointer (RFC 6901) names in a document, or undefined. */
function resolvePointer(document: unknown, pointer: string): unknown {
  const tokens = pointer.split('/').slice(1);
  return tokens.reduce<unknown>(
    (value, token) =>
      (value as Record<string, unknown> | undefined)?.[token.replaceAll('~1', '/').replaceAll('~0', '~')],
    document,
  );
}

describe('the exports of the sample site', () => {
  const build = inject('sampleSite');
  const output = (file: string) => join(build.outDir, file);
  let catalog: { [collection: string]: unknown };

  beforeAll(() => {
    catalog = readJson(output('catalog.json'));
  });

  test('the catalog validates against the schema published beside it', () => {
    const validate = compile(readJson(output('schemas/catalog.schema.json')));
    expect(validate(catalog), JSON.stringify(validate.errors)).toBe(true);
    expect(catalog.$schema).toBe('https://trust.kestrel-ledger.example/schemas/catalog.schema.json');
  });

  test('every entry page links to its entry in the catalog', () => {
    // Pages of a paginated list (`updates/2/`) are not entry pages.
    const entryPage = new RegExp(`^(${collectionNames.join('|')})/(?!\\d+/index)([^/]+)/index\\.html$`);
    const pages = listFiles(build.outDir).filter((file) => entryPage.test(file));
    expect(pages.length).toBeGreaterThan(100);
    expect(new Set(pages.map((file) => file.split('/')[0]))).toEqual(new Set(collectionNames));
    const unresolved = pages.filter((file) => {
      const [, collection, id] = entryPage.exec(file)!;
      const links = getAttributeValues(readFileSync(output(file), 'utf8'), 'href').filter((href) =>
        href.startsWith('/catalog.json#'),
      );
      const target = links.length === 1 ? resolvePointer(catalog, decodeURIComponent(links[0]!.split('#')[1]!)) : {};
      return (target as { id?: string } | undefined)?.id !== id || !(catalog[collection!] as object)[id as never];
    });
    expect(unresolved).toEqual([]);
  });

  test('writes a CSV table per collection and one of requirements', () => {
    const files = listFiles(build.outDir).filter((file) => file.startsWith('catalog/'));
    expect(files).toEqual(catalogTables.map((table) => `catalog/${table}.csv`).sort());
    const controls = readFileSync(output('catalog/controls.csv'), 'utf8');
    expect(controls.split('\r\n').length).toBe(Object.keys(catalog.controls as object).length + 2);
  });

  test('the OSCAL component definition validates against the official schemas, 1.1.2 and 1.2.1', () => {
    const definition = readJson(output('oscal/component-definition.json'));
    for (const version of ['v1.1.2', 'v1.2.1']) {
      const validate = compile(
        readJson(new URL(`../fixtures/oscal/${version}/oscal_component_schema.json`, import.meta.url).pathname),
      );
      expect(validate(definition), `${version}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
  });
});
