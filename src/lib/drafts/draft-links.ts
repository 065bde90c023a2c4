import { collectionNames, type EntryReference } from '../../schemas/shared.ts';
import type { CheckedEntry, SourceEntry } from '../content/entry-files.ts';
import { locateField } from '../content/front-matter.ts';
import { formatFieldPath, type Problem } from '../content/problems.ts';
import { isDraft } from './drafts.ts';

/**
 * A published entry that links to a draft: the build leaves the draft out, so the
 * link would lead nowhere. Each is reported on the published entry's field, naming
 * the draft's file.
 */
export function checkDraftLinks(sources: readonly SourceEntry[], entries: readonly CheckedEntry[]): Problem[] {
  const draftFiles = new Map(
    entries.filter((entry) => isDraft(entry.data)).map((entry) => [`${entry.collection}/${entry.id}`, entry.file]),
  );
  if (draftFiles.size === 0) return [];
  const sourceByKey = new Map(sources.map((source) => [`${source.collection}/${source.id}`, source]));
  const problems: Problem[] = [];
  for (const entry of entries) {
    if (isDraft(entry.data)) continue;
    for (const { reference, path } of findReferences(entry.data, [])) {
      const draftFile = draftFiles.get(`${reference.collection}/${reference.id}`);
      if (!draftFile) continue;
      const source = sourceByKey.get(`${entry.collection}/${entry.id}`);
      problems.push({
        file: entry.file,
        line: source && locateField(source, path),
        field: formatFieldPath(path),
        message:
          `\`${reference.id}\` is a draft (\`${draftFile}\` has \`draft: true\`), which a build leaves out. ` +
          `Publish it by removing \`draft: true\` from \`${draftFile}\`, or remove \`${reference.id}\` here ` +
          `until it is published.`,
      });
    }
  }
  return problems;
}

const collections: ReadonlySet<string> = new Set(collectionNames);

/** Every link to an entry in parsed data, with the path of the field holding it. */
function findReferences(value: unknown, path: PropertyKey[]): { reference: EntryReference; path: PropertyKey[] }[] {
  if (typeof value !== 'object' || value === null) return [];
  if (isReference(value)) return [{ reference: value, path }];
  return Object.entries(value).flatMap(([key, child]) =>
    findReferences(child, [...path, Array.isArray(value) ? Number(key) : key]),
  );
}

function isReference(value: object): value is EntryReference {
  const { collection, id } = value as Record<string, unknown>;
  return (
    Object.keys(value).length === 2 &&
    typeof collection === 'string' &&
    collections.has(collection) &&
    typeof id === 'string'
  );
}
