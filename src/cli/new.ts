/**
 * Writes a new entry: `npm run new -- <collection> <id>`, such as
 * `npm run new -- control backup-encryption`. Every field of the collection is written,
 * under its description, either filled or commented out; the entry passes the check as written.
 * `npm run new -- artefact <new-id> --next <old-id>` starts the next edition of a report.
 * Exits 0 when the entry is written, 2 when the command is called wrongly.
 */
import { relative } from 'node:path';
import { writeEditorSchemas } from '../lib/writers/editor-schemas.ts';
import { resolveCollection, writeNewEntry } from '../lib/writers/new-entry.ts';
import { writeNextEdition } from '../lib/writers/next-edition.ts';
import { list, parseOptions } from '../lib/writers/options.ts';
import { createCheckingReference, createSchemas } from '../lib/content/check.ts';
import { contentDir } from '../lib/content/paths.ts';
import { getBuildDate } from '../lib/graph/dates.ts';
import type { CollectionName } from '../schemas/shared.ts';

const usage = 'npm run new -- <collection> <id> [--next <id of the edition it follows>]';
const fail = (message: string): never => {
  console.error(message);
  process.exit(2);
};

const parsed = parseOptions(process.argv.slice(2), { command: 'npm run new', values: ['next'], flags: [] });
if ('error' in parsed) fail(parsed.error);
const options = parsed as Exclude<typeof parsed, { error: string }>;
const collections = Object.keys(createSchemas(createCheckingReference(new Map())));
const [name, id, ...extra] = options.positionals;
if (!name || !id || extra.length > 0) {
  fail(`Usage: ${usage}. The collections are ${list(collections)}.`);
}
const resolved = resolveCollection(name!, collections);
if ('error' in resolved) fail(resolved.error);
const collection = (resolved as { collection: CollectionName }).collection;
const today = getBuildDate();
const show = (path: string) => relative(process.cwd(), path);

const previous = options.values['next']?.at(-1);
if (previous !== undefined && collection !== 'artefacts') {
  fail(
    '`--next` starts the next edition of an artefact, such as a yearly report. Run: ' +
      `${usage.replace('<collection>', 'artefact')}.`,
  );
}
if (previous !== undefined) {
  const next = writeNextEdition(contentDir, id!, previous, today);
  if ('error' in next) fail(next.error);
  const done = next as Exclude<typeof next, { error: string }>;
  console.log(`Wrote ${show(done.path)}, the edition after \`${previous}\`.`);
  console.log(`Marked \`${previous}\` superseded by \`${id}\` in ${show(done.oldPath)}: publish both files together.`);
  if (done.movedDates.length > 0) {
    console.log(`Correct from the new edition the dates moved a year on: ${list(done.movedDates, 'and')}.`);
  }
  console.log(
    "The summary and the body are the old edition's: check that each sentence holds for the new one. The old " +
      "edition's findings (opinion, exceptions, score) are not carried over: add the new edition's when it is issued.",
  );
} else {
  const written = writeNewEntry({ contentDir, collection, id: id!, today });
  if ('error' in written) fail(written.error);
  const path = (written as { path: string }).path;
  console.log(`Wrote ${show(path)}. Replace each TODO, uncomment the fields you need, then run npm run content:check.`);
}

// The editor's schemas list the ids that exist: the new one now too.
const contentPath = relative(process.cwd(), contentDir);
if (!contentPath.startsWith('..')) writeEditorSchemas(process.cwd(), contentDir, contentPath.split('\\').join('/'));
