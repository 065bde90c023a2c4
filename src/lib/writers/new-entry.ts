/**
 * `npm run new`: which collection a writer means, whether the id they chose is free
 * and follows the id rule, and the new entry file itself.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { entryIdPattern } from '../../schemas/shared.ts';
import { dayOfId, suggestEntryId } from '../content/entry-files.ts';
import { suggest } from '../content/suggest.ts';
import { isoDateSchema, type CollectionName } from '../../schemas/shared.ts';
import { createEditorSchemas, readEntryIds, readProviderIds } from './editor-schemas.ts';
import { list } from './options.ts';
import { scaffoldEntry, type ScaffoldInput } from './scaffold.ts';
import { contentFolderName } from '../content/paths.ts';

/**
 * The collection a name means: its folder name (`artefacts`) or one of its entries (`artefact`).
 * An error sentence with the closest collection when there is none.
 */
export function resolveCollection(
  name: string,
  collections: readonly string[],
):
  | { collection: string }
  | {
      error: string;
    } {
  const found = collections.find((collection) => collection === name || collection === `${name}s`);
  if (found) return { collection: found };
  const closest = suggest(name, collections);
  const hint = closest ? ` Did you mean \`${closest}\`?` : '';
  return { error: `\`${name}\` is not a collection.${hint} The collections are ${list(collections)}.` };
}

/** Why an id cannot be used for a new entry, with the fix; undefined when it can. */
export function refuseNewId(
  id: string,
  collection: string,
  existing: readonly string[],
  folder = 'content',
): string | undefined {
  const bad = id.split('/').find((segment) => !entryIdPattern.test(segment));
  if (bad !== undefined) {
    const fixed = id.split('/').map(suggestEntryId).filter(Boolean).join('/');
    const hint = fixed ? ` Use \`${fixed}\`.` : '';
    return (
      `\`${id}\` is not a valid id: an id is the entry's file name and may hold only lowercase letters, digits ` +
      `and single hyphens.${hint}`
    );
  }
  if (existing.includes(id)) {
    let next = 2;
    while (existing.includes(`${id}-${next}`)) next++;
    return (
      `There is already an entry \`${id}\` in \`${folder}/${collection}/\`. Edit that file, or choose another id, ` +
      `such as \`${id}-${next}\`.`
    );
  }
  return undefined;
}

/** What `npm run new` is asked to write. */
export interface NewEntryRequest {
  contentDir: string;
  collection: CollectionName;
  id: string;
  today: string;
  values?: ScaffoldInput['values'];
  notes?: ScaffoldInput['notes'];
  body?: string;
}

/** Writes a new entry file that passes the check as written; returns its path, or why it cannot. */
export function writeNewEntry(request: NewEntryRequest): { path: string } | { error: string } {
  const idsByCollection = readEntryIds(request.contentDir);
  const refusal = refuseNewId(
    request.id,
    request.collection,
    idsByCollection.get(request.collection) ?? [],
    contentFolderName(request.contentDir),
  );
  if (refusal) return { error: refusal };
  const path = join(request.contentDir, request.collection, `${request.id}.md`);
  if (existsSync(path) || existsSync(`${path}x`)) {
    return { error: `\`${path}\` exists already. Choose another id.` };
  }
  const schema = createEditorSchemas(idsByCollection, readProviderIds(request.contentDir))[request.collection];
  const text = scaffoldEntry({
    ...request,
    values: { ...getValuesTheCheckNeeds(request.collection, request.id, idsByCollection), ...request.values },
    schema,
    idsByCollection,
  });
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  return { path };
}

/**
 * Values the content check asks for beyond the schema: a control names the services it applies to, since their
 * operator decides its layer (a new control names the first service there is, for the writer to correct); an update
 * whose id starts with a day (`2027-01-05-soc-2-report`) is dated that day.
 */
function getValuesTheCheckNeeds(
  collection: CollectionName,
  id: string,
  idsByCollection: ReadonlyMap<CollectionName, readonly string[]>,
): Record<string, unknown> {
  const [service] = idsByCollection.get('services') ?? [];
  if (collection === 'controls' && service) return { services: [service] };
  const day = collection === 'updates' ? dayOfId(id) : undefined;
  return day && isoDateSchema.safeParse(day).success ? { date: day } : {};
}
