import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { remark } from 'remark';
import type { Preset } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, test } from 'vitest';
import {
  createEditorSchemas,
  readEntryIds,
  readProviderIds,
  type JsonSchema,
} from '../../src/lib/writers/editor-schemas.ts';
import { readSchemaDocs } from '../../src/lib/writers/field-docs.ts';
import { findEntryFiles } from '../../src/lib/content/entry-files.ts';
import { parseYaml, splitFrontMatter } from '../../src/lib/content/front-matter.ts';
import { collectionNames } from '../../src/schemas/shared.ts';
import { brokenContent } from '../fixtures/content-sets.ts';

const root = new URL('../..', import.meta.url).pathname;
const sample = join(root, 'content');
const brokenFixtures = join(root, 'test', 'fixtures', 'broken');
// ajv-formats is a CommonJS module whose default export is the plugin.
const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;

/** The problems an editor would show for one file of a content folder, with the schemas generated for that folder. */
const ajv = addFormats(new Ajv({ allErrors: true, strict: false }));
const compiled = new WeakMap<JsonSchema, ReturnType<Ajv['compile']>>();

function validateFile(contentDir: string, path: string, schemas: Record<string, JsonSchema>): string[] {
  const text = readFileSync(join(contentDir, path), 'utf8');
  const collection = path === 'site.yaml' ? 'site' : path.split('/')[0]!;
  let data: unknown;
  try {
    data = parseYaml(path === 'site.yaml' ? text : (splitFrontMatter(text)?.yaml ?? ''));
  } catch (error) {
    return [`not YAML: ${(error as Error).message.split('\n')[0]}`];
  }
  const schema = schemas[collection]!;
  const validate = compiled.get(schema) ?? ajv.compile(schema);
  compiled.set(schema, validate);
  return validate(data) ? [] : validate.errors!.map((error) => `${error.instancePath} ${error.message}`);
}

function listContentFiles(contentDir: string): string[] {
  return [
    'site.yaml',
    ...collectionNames.flatMap((name) =>
      findEntryFiles(join(contentDir, name), name).map((file) => `${name}/${file.path}`),
    ),
  ];
}

describe('the editor schemas', () => {
  test('accept every entry of the sample and its site.yaml', () => {
    const schemas = createEditorSchemas(readEntryIds(sample), readProviderIds(sample));
    const files = listContentFiles(sample);
    expect(files.length).toBeGreaterThan(100);
    const problems = files.flatMap((file) =>
      validateFile(sample, file, schemas).map((problem) => `${file}: ${problem}`),
    );
    expect(problems).toEqual([]);
  });

  test('reject the broken fixtures whose mistakes lie in one file, and leave the rest to the content check', () => {
    const rejected: string[] = [];
    const accepted: string[] = [];
    for (const fixture of readdirSync(brokenFixtures).sort()) {
      const content = brokenContent(fixture);
      const schemas = createEditorSchemas(readEntryIds(content), readProviderIds(content));
      const changed = listContentFiles(join(brokenFixtures, fixture)).filter((file) => file !== 'site.yaml');
      const problems = changed.flatMap((file) => validateFile(content, file, schemas));
      (problems.length > 0 ? rejected : accepted).push(fixture);
    }
    expect(rejected).toEqual([
      'assessment-score',
      'audit-report-fields',
      'dangling-reference',
      'invalid-enum',
      'malformed-date',
      'service-status',
      'several-errors',
      'subprocessors-and-faq',
      'unknown-field',
    ]);
    // Rules that compare two fields or two entries, or need the page rendered: only the content check sees them.
    expect(accepted).toEqual([
      'audit-period-reversed',
      'brand-accent',
      'bridge-letter',
      'bridge-letter-incomplete',
      'incident-incomplete',
      'link-to-draft',
      'mixed-layers',
      'next-edition-before-issued',
      'oscal-requirement-id',
      'render-failure',
      'repository-settings',
      'request-access-settings',
      'shared-control-one-part',
      'superseded-without-successor',
      'unknown-requirement',
      'valid-until-before-issued',
    ]);
  });

  test('give each field its doc comment as description, from the one source the scaffold reads too', () => {
    const schemas = createEditorSchemas(readEntryIds(sample), readProviderIds(sample));
    const controlDocs = readSchemaDocs().find((object) => object.has('responsibility'))!;
    const properties = schemas.controls['properties'] as Record<string, JsonSchema>;
    for (const [field, doc] of controlDocs) expect(properties[field]?.['description'], field).toBe(doc);
    const contacts = (schemas.site['properties'] as Record<string, JsonSchema>)['contacts']!;
    expect((contacts['properties'] as Record<string, JsonSchema>)['security']!['description']).toBe(
      'Address for security reports.',
    );
  });

  test('list the ids that exist for each reference', () => {
    const ids = readEntryIds(sample);
    const schemas = createEditorSchemas(ids, readProviderIds(sample));
    const properties = schemas.controls['properties'] as Record<string, JsonSchema>;
    const evidence = properties['evidence']!['items'] as JsonSchema;
    expect(evidence['enum']).toEqual(ids.get('artefacts'));
    expect(evidence['enum']).toContain('m365-soc-2-type-2-2026');
    const mapping = (properties['mappings']!['items'] as JsonSchema)['properties'] as Record<string, JsonSchema>;
    expect(mapping['framework']!['enum']).toContain('soc-2');
    const publisher = (schemas.artefacts['properties'] as Record<string, JsonSchema>)['publisher']!;
    expect(publisher['enum']).toEqual(['organisation', 'microsoft']);
  });

  test('underline a broken front matter in the editor through the remark configuration', async () => {
    // The configuration reads the schemas when it is loaded, so they are written first, as on a fresh clone.
    const { writeEditorSchemas } = await import('../../src/lib/writers/editor-schemas.ts');
    writeEditorSchemas(root, sample, 'content');
    const { default: config } = await import('../../.remarkrc.mjs');
    const lint = async (path: string, text: string) => {
      const file = new VFile({ path: join(root, path), cwd: root, value: text });
      await remark()
        .use(config as Preset)
        .process(file);
      return file.messages.map((message) => message.reason.split(' • ')[0]);
    };
    const valid = join('content', 'controls', 'multi-factor-authentication.md');
    expect(await lint(valid, readFileSync(join(root, valid), 'utf8'))).toEqual([]);
    const misspelt = readFileSync(join(root, valid), 'utf8').replace(
      'responsibility: customer',
      'responsibility: custmer',
    );
    const messages = await lint(valid, misspelt);
    expect(messages.join('\n')).toContain('Must be equal to one of the allowed values');
  });
});
