/**
 * `npm run new -- artefacts <new-id> --next <old-id>`: the next edition of a report.
 * What describes the document carries over; dates move a year on, each marked to be
 * corrected from the new edition; the new one supersedes the old, and the old one is
 * marked superseded by the new, so the pair is valid and publishes together.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { findEntryFiles } from '../content/entry-files.ts';
import { isMap, parseDocument, readEntryFrontMatter, splitFrontMatter } from '../content/front-matter.ts';
import { suggest } from '../content/suggest.ts';
import { addMonths } from '../graph/dates.ts';
import { writeNewEntry } from './new-entry.ts';
import { contentFolderName } from '../content/paths.ts';

/**
 * Fields that belong to one edition only and never carry over: its place in the series, its file, and what its
 * auditor or assessor found (an opinion, exceptions, a score), which the new edition has yet to say.
 */
const editionOnlyFields = [
  'status',
  'supersededBy',
  'supersedes',
  'file',
  'internalNote',
  'opinion',
  'exceptions',
  'score',
  'scoredOn',
];

const datePattern = /^\d{4}-\d{2}-\d{2}$/;

/** What the next-edition command wrote. */
export interface NextEdition {
  path: string;
  oldPath: string;
  /** The dates moved a year on, as `field` paths, for the writer to correct. */
  movedDates: string[];
}

/** Writes the next edition of an artefact and marks the old one superseded; or says why it cannot. */
export function writeNextEdition(
  contentDir: string,
  newId: string,
  oldId: string,
  today: string,
): NextEdition | { error: string } {
  const folder = join(contentDir, 'artefacts');
  const files = findEntryFiles(folder, 'artefacts');
  const old = files.find((file) => file.id === oldId);
  if (!old) {
    const closest = suggest(
      oldId,
      files.map((file) => file.id),
    );
    const hint = closest ? ` Did you mean \`${closest}\`?` : '';
    const where = `${contentFolderName(contentDir)}/artefacts/`;
    return { error: `There is no artefact \`${oldId}\` in \`${where}\` to follow.${hint}` };
  }
  const oldPath = join(folder, old.path);
  const oldText = readFileSync(oldPath, 'utf8');
  const data = readEntryFrontMatter(oldPath) as Record<string, unknown> | undefined;
  if (!data || typeof data !== 'object') {
    return { error: `\`${oldPath}\` has no readable front matter. Run \`npm run content:check\` and fix it first.` };
  }
  if (typeof data['supersededBy'] === 'string') {
    return {
      error:
        `\`${oldId}\` is superseded already, by \`${data['supersededBy']}\`. Start the next edition from the latest ` +
        `one: \`--next ${data['supersededBy']}\`.`,
    };
  }
  const values: Record<string, unknown> = {};
  const notes: Record<string, string> = {};
  const movedDates: string[] = [];
  const years = findYearStep(oldId, newId);
  for (const [key, value] of Object.entries(data)) {
    if (editionOnlyFields.includes(key)) continue;
    const moved = moveDates(value);
    if (moved.changed) {
      movedDates.push(key);
      notes[key] = `Moved a year on from \`${oldId}\`: correct it from the new edition.`;
    }
    values[key] = years && (key === 'title' || key === 'aliases') ? renameYears(moved.value, years) : moved.value;
  }
  values['supersedes'] = oldId;
  if ('summary' in values)
    notes['summary'] = `Carried over from \`${oldId}\`: check that it holds for the new edition.`;
  const frontMatter = splitFrontMatter(oldText);
  const body = frontMatter ? oldText.slice(frontMatter.start + frontMatter.yaml.length).replace(/^---\r?\n/, '') : '';
  const written = writeNewEntry({ contentDir, collection: 'artefacts', id: newId, today, values, notes, body });
  if ('error' in written) return written;

  const marked = markSuperseded(oldText, newId);
  if ('error' in marked) return marked;
  writeFileSync(oldPath, marked.text);
  return { path: written.path, oldPath, movedDates };
}

/** Moves every date in a value a year on: single dates, and the dates of a period. */
function moveDates(value: unknown): { value: unknown; changed: boolean } {
  if (typeof value === 'string' && datePattern.test(value)) return { value: addMonths(value, 12), changed: true };
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    let changed = false;
    const moved = Object.fromEntries(
      Object.entries(value).map(([key, inner]) => {
        const result = moveDates(inner);
        changed ||= result.changed;
        return [key, result.value];
      }),
    );
    return { value: moved, changed };
  }
  return { value, changed: false };
}

/** The year in the old id and the one in the new id when the new id names the next year: `[2026, 2027]`. */
function findYearStep(oldId: string, newId: string): [string, string] | undefined {
  for (const year of oldId.match(/(?:19|20)\d\d/g) ?? []) {
    const next = String(Number(year) + 1);
    if (newId.includes(next) && newId.replace(next, year) === oldId) return [year, next];
  }
  return undefined;
}

/** Names the new year where a title or alias names the old one: `SOC 2 report, 2026` gives `…, 2027`. */
function renameYears(value: unknown, [year, next]: [string, string]): unknown {
  if (typeof value === 'string') return value.replaceAll(year, next);
  if (Array.isArray(value)) return value.map((item) => renameYears(item, [year, next]));
  return value;
}

/** The old edition's text with `status: superseded` and `supersededBy` set, its comments and layout kept. */
export function markSuperseded(text: string, newId: string): { text: string } | { error: string } {
  const frontMatter = splitFrontMatter(text);
  const document = frontMatter && parseDocument(frontMatter.yaml, { prettyErrors: false });
  if (!frontMatter || !document || document.errors.length > 0 || !isMap(document.contents)) {
    return { error: 'The old edition has no readable front matter. Run `npm run content:check` and fix it first.' };
  }
  document.set('status', 'superseded');
  document.set('supersededBy', newId);
  const yaml = document.toString({ lineWidth: 0, flowCollectionPadding: false });
  return {
    text: text.slice(0, frontMatter.start) + yaml + text.slice(frontMatter.start + frontMatter.yaml.length),
  };
}
