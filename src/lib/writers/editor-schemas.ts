/**
 * JSON Schemas of the front matter of each collection and of `site.yaml`, generated
 * from the zod schemas the content check uses: each field carries its doc comment as
 * its description, and each reference lists the ids that exist, so an editor can
 * complete and validate front matter as the writer types.
 */
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { createSchemas } from '../content/check.ts';
import { readSiteSettings } from '../content/site-loader.ts';
import { partyFields } from '../content/relations.ts';
import { entryIdPattern } from '../../schemas/shared.ts';
import { entryFileExtensions, findEntryFiles } from '../content/entry-files.ts';
import { collectionNames, type CollectionName, type ReferenceFactory } from '../../schemas/shared.ts';
import { SiteSchema } from '../../schemas/site.ts';
import { findObjectDocs, readSchemaDocs, type ObjectDocs } from './field-docs.ts';

/** A JSON Schema document (draft-07, which every YAML and front-matter validator reads). */
export type JsonSchema = Record<string, unknown>;

/** The ids of the entries of each collection, as the content folder holds them now. */
export function readEntryIds(contentDir: string): Map<CollectionName, string[]> {
  return new Map(
    collectionNames.map((name) => {
      const folder = join(contentDir, name);
      return [name, existsSync(folder) ? findEntryFiles(folder, name).map((file) => file.id) : []];
    }),
  );
}

/** The ids of the providers `site.yaml` lists, which `publisher` and `operator` may name; none while it is invalid. */
export function readProviderIds(contentDir: string): string[] {
  return readSiteSettings(contentDir)?.providers.map((provider) => provider.id) ?? [];
}

/** The JSON Schema of each collection's front matter, by collection, and of the site settings under `site`. */
export function createEditorSchemas(
  idsByCollection: ReadonlyMap<CollectionName, readonly string[]>,
  providers: readonly string[] = [],
  docs: readonly ObjectDocs[] = readSchemaDocs(),
): Record<CollectionName | 'site', JsonSchema> {
  const references = new Map<unknown, CollectionName>();
  const reference: ReferenceFactory = (collection) => {
    const schema = z.string();
    references.set(schema, collection);
    return schema as never;
  };
  const toJsonSchema = (schema: z.ZodType, title: string): JsonSchema => ({
    ...z.toJSONSchema(schema, {
      target: 'draft-7',
      // Front matter is what writers type: defaults and conversions are not required of them.
      io: 'input',
      unrepresentable: 'any',
      override: ({ zodSchema, jsonSchema }) => {
        const collection = references.get(zodSchema);
        if (collection) Object.assign(jsonSchema, describeReference(collection, idsByCollection.get(collection) ?? []));
        if (zodSchema._zod.def.type === 'object') describeProperties(jsonSchema, docs);
      },
    }),
    title,
  });
  const schemas = createSchemas(reference);
  const entries = Object.entries(schemas).map(([name, schema]) => {
    const jsonSchema = toJsonSchema(schema as z.ZodType, `Front matter of an entry in content/${name}/`);
    const partyField = partyFields[name as CollectionName];
    const party = partyField && (jsonSchema['properties'] as Record<string, JsonSchema>)[partyField];
    if (party) party['enum'] = ['organisation', ...providers];
    return [name, jsonSchema];
  });
  return { ...Object.fromEntries(entries), site: toJsonSchema(SiteSchema, 'content/site.yaml') };
}

function describeReference(collection: CollectionName, ids: readonly string[]): JsonSchema {
  const where = `content/${collection}/`;
  if (ids.length === 0) {
    return {
      pattern: entryIdPattern.source,
      description: `The id of an entry in ${where}; it has none yet.`,
    };
  }
  return { enum: [...ids], description: `The id of an entry in ${where}: its file name without the extension.` };
}

/** Gives each property of an object schema its field's doc comment as description. */
function describeProperties(jsonSchema: JsonSchema, docs: readonly ObjectDocs[]): void {
  const properties = jsonSchema['properties'] as Record<string, JsonSchema> | undefined;
  if (!properties) return;
  const objectDocs = findObjectDocs(docs, Object.keys(properties));
  for (const [key, property] of Object.entries(properties)) {
    const doc = objectDocs.get(key);
    // A copy: zod may share one result among every field built from the same schema.
    if (doc) properties[key] = { ...property, description: doc };
  }
}

/** Where the editor schemas are written, inside the project: `.vscode/schemas/`. */
export const editorSchemasDir = join('.vscode', 'schemas');

/** The index the editor's front-matter linter reads: which schema applies to which files. */
export interface EditorSchemaIndex {
  /** Schema file, relative to the project root, to the globs of the files it validates. */
  schemas: Record<string, string[]>;
}

/**
 * Writes every schema and the index to `<projectRoot>/.vscode/schemas/`, replacing what
 * an earlier run wrote; returns the files written, relative to the project root.
 */
export function writeEditorSchemas(projectRoot: string, contentDir: string, contentPath: string): string[] {
  const dir = join(projectRoot, editorSchemasDir);
  if (existsSync(dir)) {
    for (const file of readdirSync(dir).filter((name) => name.endsWith('.json'))) rmSync(join(dir, file));
  }
  mkdirSync(dir, { recursive: true });
  const schemas = createEditorSchemas(readEntryIds(contentDir), readProviderIds(contentDir));
  const index: EditorSchemaIndex = { schemas: {} };
  const written: string[] = [];
  for (const [name, schema] of Object.entries(schemas)) {
    const file = `${editorSchemasDir}/${name}.schema.json`.replaceAll('\\', '/');
    writeFileSync(join(projectRoot, file), `${JSON.stringify(schema, null, 2)}\n`);
    written.push(file);
    index.schemas[file] =
      name === 'site'
        ? [`${contentPath}/site.yaml`]
        : entryFileExtensions.map((extension) => `${contentPath}/${name}/**/*${extension}`);
  }
  const indexFile = `${editorSchemasDir}/index.json`.replaceAll('\\', '/');
  writeFileSync(join(projectRoot, indexFile), `${JSON.stringify(index, null, 2)}\n`);
  return [...written, indexFile];
}
