import { existsSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { z } from 'astro/zod';
import { createArtefactSchema } from '../../schemas/artefacts.ts';
import { createControlSchema } from '../../schemas/controls.ts';
import { createDocSchema } from '../../schemas/docs.ts';
import { createFaqSchema } from '../../schemas/faq.ts';
import { FrameworkSchema } from '../../schemas/frameworks.ts';
import { createScenarioSchema } from '../../schemas/scenarios.ts';
import { ServiceSchema } from '../../schemas/services.ts';
import {
  collectionNames,
  entryIdPattern,
  type CollectionName,
  type EntryReference,
  type ReferenceFactory,
} from '../../schemas/shared.ts';
import type { Site } from '../../schemas/site.ts';
import { createSubprocessorSchema } from '../../schemas/subprocessors.ts';
import { createUpdateSchema } from '../../schemas/updates.ts';
import { findEntryFiles, findUnreadFiles, suggestEntryId, type CheckedEntry, type SourceEntry } from './entry-files.ts';
import {
  frontMatterFirstLine,
  lineText,
  locateField,
  opensFrontMatter,
  readFrontMatterData,
  readTextFile,
  splitFrontMatter,
} from './front-matter.ts';
import { checkFaqAnswer } from '../faq/answer-check.ts';
import { checkBody } from '../markdown/body-check.ts';
import { describeIssue, formatFieldPath, withoutMisspeltFields, type Problem } from './problems.ts';
import { readSite } from './site-loader.ts';
import { contentFolderName } from './paths.ts';
import { checkRelations } from './relations.ts';
import { checkDraftLinks } from '../drafts/draft-links.ts';
import { suggest } from './suggest.ts';

export interface ContentCheckResult {
  problems: Problem[];
  site: Site | undefined;
  entries: CheckedEntry[];
}

/** Names of the entry collections' folders and their schemas, built with a reference factory. */
export function createSchemas(reference: ReferenceFactory) {
  return {
    frameworks: FrameworkSchema,
    artefacts: createArtefactSchema(reference),
    controls: createControlSchema(reference),
    services: ServiceSchema,
    scenarios: createScenarioSchema(reference),
    updates: createUpdateSchema(reference),
    docs: createDocSchema(reference),
    subprocessors: createSubprocessorSchema(reference),
    faq: createFaqSchema(reference),
  } satisfies Record<CollectionName, z.ZodType>;
}

/**
 * Checks the whole content folder at once: every file against its schema, every
 * reference against the entries that exist, and the rules that span entries.
 * Returns all problems found, never only the first.
 */
export function checkContent(contentDir: string, projectRoot = join(contentDir, '..')): ContentCheckResult {
  const problems: Problem[] = [];
  const displayPath = (path: string) => relative(projectRoot, path).split(sep).join('/');
  if (!existsSync(contentDir)) {
    problems.push({
      file: displayPath(contentDir),
      field: '',
      message:
        'The content folder does not exist. Set `TRUST_CENTER_CONTENT` to the folder that holds `site.yaml`, or ' +
        'start one with `npm run init`.',
    });
    return { problems, site: undefined, entries: [] };
  }

  const site = readSite(contentDir, displayPath, problems);
  // An entry whose front matter cannot be read is reported once, in its own file: references to it are not
  // reported as well, since the entry is there.
  const idsByCollection = new Map<CollectionName, string[]>(collectionNames.map((name) => [name, []]));
  // A file whose name is no id, or repeats another's, is checked against its schema too, so that its other problems
  // are reported at once; it joins the site's entries once it has an id of its own.
  const misnamed: SourceEntry[] = [];
  const sources = collectionNames.flatMap((collection) =>
    readCollection(contentDir, collection, displayPath, problems, idsByCollection.get(collection)!, misnamed),
  );
  // A file that is not read is reported once, with its rename; references to the entry it was meant as are not.
  for (const unread of findUnreadFiles(contentDir, collectionNames)) {
    problems.push({ file: displayPath(join(contentDir, unread.path)), field: '', message: unread.message });
    if (unread.collection && unread.id) idsByCollection.get(unread.collection)!.push(unread.id);
  }

  const schemas = createSchemas(createCheckingReference(idsByCollection, contentFolderName(contentDir)));
  const entries: CheckedEntry[] = [];
  const named = new Set(sources);
  for (const source of [...sources, ...misnamed]) {
    const result = schemas[source.collection].safeParse(source.data, { reportInput: true });
    if (result.success) {
      if (!named.has(source)) continue;
      entries.push({
        collection: source.collection,
        id: source.id,
        file: source.file,
        data: result.data as Record<string, unknown>,
      });
      continue;
    }
    for (const issue of withoutMisspeltFields(result.error.issues, source.data)) {
      // An unknown key is best shown on its own line, not on the line of its parent.
      const where = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]!] : issue.path;
      const line = locateField(source, where);
      problems.push({
        file: source.file,
        line,
        field: formatFieldPath(issue.path),
        message: describeIssue(issue, lineText(source, line)),
      });
    }
  }

  problems.push(...checkRelations(sources, entries, site, contentDir), ...checkDraftLinks(sources, entries));
  return { problems, site, entries };
}

/** A reference factory that fails, with a suggestion, when the target entry does not exist. */
export function createCheckingReference(
  idsByCollection: ReadonlyMap<CollectionName, readonly string[]>,
  folder = 'content',
): ReferenceFactory {
  return <C extends CollectionName>(collection: C) =>
    z
      .string({
        error: `Expected the id of an entry in \`${folder}/${collection}/\`, such as its file name without \`.md\`.`,
      })
      .transform((id, context): EntryReference<C> => {
        const known = idsByCollection.get(collection) ?? [];
        if (!known.includes(id)) {
          const closest = suggest(id, known);
          const elsewhere = [...idsByCollection].find(([, ids]) => ids.includes(id))?.[0];
          const hint = closest
            ? `Did you mean \`${closest}\`?`
            : (elsewhere
                ? `\`${id}\` is an entry in \`${folder}/${elsewhere}/\`, which this field does not take. `
                : '') +
              `Use the file name, without \`.md\`, of an entry in \`${folder}/${collection}/\`, or add that entry.`;
          context.addIssue({
            code: 'custom',
            message: `There is no such entry in \`${folder}/${collection}/\`. ${hint}`,
            input: id,
          });
          return z.NEVER;
        }
        return { collection, id };
      });
}

/** How to rename a file whose name is not an id: to the suggested id, or, when another file has it, to a free one. */
function suggestRename(folder: string, suggested: string, extension: string): string {
  const taken = (id: string) => existsSync(join(folder, `${id}.md`)) || existsSync(join(folder, `${id}.mdx`));
  if (!taken(suggested)) return `Rename the file to \`${suggested}${extension}\`.`;
  let number = 2;
  while (taken(`${suggested}-${number}`)) number++;
  return (
    `\`${suggested}${extension}\` is another entry's file: if this one repeats it, remove it; ` +
    `otherwise rename it to an id of its own, such as \`${suggested}-${number}${extension}\`.`
  );
}

/**
 * The entries of one collection with their front matter read; files that cannot be read are reported. A file whose
 * name is not an id, or repeats another's, is reported and read into `misnamed`; references to the id it is renamed
 * to are not reported as well.
 */
function readCollection(
  contentDir: string,
  collection: CollectionName,
  displayPath: (path: string) => string,
  problems: Problem[],
  ids: string[],
  misnamed: SourceEntry[],
): SourceEntry[] {
  const folder = join(contentDir, collection);
  if (!existsSync(folder)) return [];
  const entries: SourceEntry[] = [];
  const seen = new Map<string, string>();
  for (const { path: relativePath, id } of findEntryFiles(folder, collection)) {
    const path = join(folder, relativePath);
    const file = displayPath(path);
    const badSegment = id.split('/').find((segment) => !entryIdPattern.test(segment));
    if (badSegment !== undefined) {
      const fixed = id.split('/').map(suggestEntryId);
      const renamed = fixed.every(Boolean) ? fixed.join('/') : undefined;
      if (renamed) ids.push(renamed);
      const rename = renamed
        ? suggestRename(folder, renamed, path.slice(path.lastIndexOf('.')))
        : 'Rename it with those characters only, for example by writing its title in Latin letters.';
      problems.push({
        file,
        field: '',
        message:
          `The file name \`${badSegment}\` is not a valid id: the file name is the entry's id and may hold ` +
          `only lowercase letters, digits and single hyphens. ${rename}`,
      });
    }
    const twin = badSegment === undefined ? seen.get(id) : undefined;
    if (twin) {
      problems.push({
        file,
        field: '',
        message: `Two files give the id \`${id}\`: this one and \`${twin}\`. Rename or remove one of them.`,
      });
    }
    const named = badSegment === undefined && !twin;
    if (named) {
      seen.set(id, file);
      ids.push(id);
    }

    const text = readTextFile(path, file, problems);
    if (text === undefined) continue;
    const frontMatter = splitFrontMatter(text);
    if (!frontMatter) {
      problems.push({
        file,
        line: 1,
        field: '',
        message: opensFrontMatter(text)
          ? 'The front matter opened by the `---` on this line is never closed. Add a line `---` after its last field.'
          : 'The file has no front matter. Start it with a line `---`, the fields in YAML, and another line `---`.',
      });
      continue;
    }
    const source: SourceEntry = {
      collection,
      id,
      file,
      yaml: frontMatter.yaml,
      firstLine: frontMatterFirstLine,
      data: undefined,
    };
    if (collection === 'faq') problems.push(...checkFaqAnswer(file, text, frontMatter));
    problems.push(...checkBody(file, text, frontMatter));
    source.data = readFrontMatterData(source, problems);
    if (source.data !== undefined) (named ? entries : misnamed).push(source);
  }
  return entries;
}
