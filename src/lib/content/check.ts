import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { z } from 'astro/zod';
import { CORE_SCHEMA, load } from 'js-yaml';
import { isMap, LineCounter, parseDocument, type Document } from 'yaml';
import { createArtefactSchema } from '../../schemas/artefacts.ts';
import { createControlSchema } from '../../schemas/controls.ts';
import { createDocSchema } from '../../schemas/docs.ts';
import { FrameworkSchema } from '../../schemas/frameworks.ts';
import { createScenarioSchema } from '../../schemas/scenarios.ts';
import { ServiceSchema } from '../../schemas/services.ts';
import {
  collectionNames,
  type CollectionName,
  type EntryReference,
  type ReferenceFactory,
} from '../../schemas/shared.ts';
import { SiteSchema, type Site } from '../../schemas/site.ts';
import { createUpdateSchema } from '../../schemas/updates.ts';
import { describeIssue, formatFieldPath, type Problem } from './problems.ts';
import { suggest } from './suggest.ts';

/** A content file read from disk, with its front matter parsed but not yet validated. */
interface SourceEntry {
  collection: CollectionName;
  id: string;
  /** Path relative to the project root, for messages. */
  file: string;
  /** The front matter's YAML, parsed again with positions only to place a problem on its line or to describe a syntax error. */
  yaml: string;
  /** Line of the file where the front matter's YAML starts (after `---`). */
  firstLine: number;
  data: unknown;
}

/** A YAML document with the positions of its nodes. */
interface ParsedYaml {
  document: Document;
  lines: LineCounter;
}

function parseYaml(yaml: string): ParsedYaml {
  const lines = new LineCounter();
  return { document: parseDocument(yaml, { lineCounter: lines, prettyErrors: false }), lines };
}

/**
 * Documents with positions take several times the memory of their data, and on
 * a site of thousands of entries that is hundreds of megabytes held through the
 * build. So a document is kept only for an entry with a problem to place.
 */
const parsedSources = new WeakMap<SourceEntry, ParsedYaml>();

function getParsedYaml(source: SourceEntry): ParsedYaml {
  let parsed = parsedSources.get(source);
  if (!parsed) parsedSources.set(source, (parsed = parseYaml(source.yaml)));
  return parsed;
}

/** An entry that passed its schema, with the parsed data. */
export interface CheckedEntry {
  collection: CollectionName;
  id: string;
  file: string;
  data: Record<string, unknown>;
}

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
  } satisfies Record<CollectionName, z.ZodType>;
}

const entryFilePattern = /\.(md|mdx)$/;
const frontmatterPattern = /^(\uFEFF?---\r?\n)([\s\S]*?\r?\n)?---(?:\r?\n|$)/;
const slugSegment = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Checks the whole content folder at once: every file against its schema, every
 * reference against the entries that exist, and the rules that span entries.
 * Returns all problems found, never only the first.
 */
export function checkContent(contentDir: string, projectRoot = join(contentDir, '..')): ContentCheckResult {
  const problems: Problem[] = [];
  const displayPath = (path: string) => relative(projectRoot, path).split(sep).join('/');

  const site = readSite(contentDir, displayPath, problems);
  const sources = collectionNames.flatMap((collection) =>
    readCollection(contentDir, collection, displayPath, problems),
  );

  const idsByCollection = new Map<CollectionName, string[]>(collectionNames.map((name) => [name, []]));
  for (const source of sources) idsByCollection.get(source.collection)!.push(source.id);

  const schemas = createSchemas(createCheckingReference(idsByCollection));
  const entries: CheckedEntry[] = [];
  for (const source of sources) {
    const result = schemas[source.collection].safeParse(source.data, { reportInput: true });
    if (result.success) {
      entries.push({
        collection: source.collection,
        id: source.id,
        file: source.file,
        data: result.data as Record<string, unknown>,
      });
      continue;
    }
    for (const issue of result.error.issues) {
      // An unknown key is best shown on its own line, not on the line of its parent.
      const where = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]!] : issue.path;
      problems.push({
        file: source.file,
        line: locate(source, where),
        field: formatFieldPath(issue.path),
        message: describeIssue(issue),
      });
    }
  }

  problems.push(...checkRelations(sources, entries, site, contentDir));
  return { problems, site, entries };
}

/** A reference factory that fails, with a suggestion, when the target entry does not exist. */
export function createCheckingReference(
  idsByCollection: ReadonlyMap<CollectionName, readonly string[]>,
): ReferenceFactory {
  return <C extends CollectionName>(collection: C) =>
    z
      .string({
        error: `Expected the id of an entry in \`content/${collection}/\`, such as its file name without \`.md\`.`,
      })
      .transform((id, context): EntryReference<C> => {
        const known = idsByCollection.get(collection) ?? [];
        if (!known.includes(id)) {
          const closest = suggest(id, known);
          const hint = closest
            ? `Did you mean \`${closest}\`?`
            : `Use the file name, without \`.md\`, of an entry in \`content/${collection}/\`, or add that entry.`;
          context.addIssue({
            code: 'custom',
            message: `There is no such entry in \`content/${collection}/\`. ${hint}`,
            input: id,
          });
          return z.NEVER;
        }
        return { collection, id };
      });
}

/** The site settings from `site.yaml` when they are valid, for what is needed before the full check has run. */
export function readSiteSettings(contentDir: string): Site | undefined {
  return readSite(contentDir, (path) => path, []);
}

function readSite(contentDir: string, displayPath: (path: string) => string, problems: Problem[]): Site | undefined {
  const path = join(contentDir, 'site.yaml');
  const file = displayPath(path);
  if (!existsSync(path)) {
    problems.push({
      file,
      field: '',
      message:
        'The site settings file is missing. Create `content/site.yaml` with at least `name`, `description`, `url` and `contacts`.',
    });
    return undefined;
  }
  const text = readFileSync(path, 'utf8');
  const parsed = parseYaml(text);
  const source: SourceEntry = {
    collection: 'docs',
    id: 'site',
    file,
    yaml: text,
    firstLine: 1,
    data: parsed.document.toJS(),
  };
  if (reportYamlErrors(source, parsed, problems)) return undefined;
  const result = SiteSchema.safeParse(source.data ?? {}, { reportInput: true });
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    problems.push({
      file,
      line: locate(source, issue.path),
      field: formatFieldPath(issue.path),
      message: describeIssue(issue),
    });
  }
  return undefined;
}

function readCollection(
  contentDir: string,
  collection: CollectionName,
  displayPath: (path: string) => string,
  problems: Problem[],
): SourceEntry[] {
  const folder = join(contentDir, collection);
  if (!existsSync(folder)) return [];
  const entries: SourceEntry[] = [];
  const seen = new Map<string, string>();
  for (const relativePath of listEntryFiles(folder)) {
    const path = join(folder, relativePath);
    const file = displayPath(path);
    const id = relativePath.replace(entryFilePattern, '').split(sep).join('/');
    const badSegment = id.split('/').find((segment) => !slugSegment.test(segment));
    if (badSegment !== undefined) {
      const fixed = id
        .split('/')
        .map((segment) =>
          segment
            .toLowerCase()
            .replace(/[^a-z0-9]+/g, '-')
            .replace(/^-|-$/g, ''),
        )
        .join('/');
      problems.push({
        file,
        field: '',
        message: `The file name \`${badSegment}\` is not a valid id: the file name is the entry's id and may hold only lowercase letters, digits and single hyphens. Rename the file to \`${fixed}${path.slice(path.lastIndexOf('.'))}\`.`,
      });
      continue;
    }
    const twin = seen.get(id);
    if (twin) {
      problems.push({
        file,
        field: '',
        message: `Two files give the id \`${id}\`: this one and \`${twin}\`. Rename or remove one of them.`,
      });
      continue;
    }
    seen.set(id, file);

    const text = readFileSync(path, 'utf8');
    const match = frontmatterPattern.exec(text);
    if (!match) {
      problems.push({
        file,
        line: 1,
        field: '',
        message:
          'The file has no front matter. Start it with a line `---`, the fields in YAML, and another line `---`.',
      });
      continue;
    }
    const yaml = match[2] ?? '';
    const source: SourceEntry = { collection, id, file, yaml, firstLine: 2, data: undefined };
    const data = loadFrontMatter(source, problems);
    if (data === undefined) continue;
    source.data = data;
    entries.push(source);
  }
  return entries;
}

/** Entry files under a folder, sorted, skipping names that start with `_` (drafts and partials). */
function listEntryFiles(folder: string, prefix = ''): string[] {
  const names = readdirSync(join(folder, prefix)).sort();
  return names.flatMap((name) => {
    if (name.startsWith('_') || name.startsWith('.')) return [];
    const relativePath = prefix ? join(prefix, name) : name;
    if (statSync(join(folder, relativePath)).isDirectory()) return listEntryFiles(folder, relativePath);
    return entryFilePattern.test(name) ? [relativePath] : [];
  });
}

/**
 * The data of an entry's front matter, or undefined when it is not valid YAML
 * (the problems are then reported). It is read with js-yaml, the parser Astro
 * reads front matter with, and its YAML 1.2 core schema, so dates stay text for
 * the schemas to check; js-yaml is several times faster than a parser that keeps
 * positions. Only when it fails is the text parsed again with positions, to name
 * the line and the reason.
 */
function loadFrontMatter(source: SourceEntry, problems: Problem[]): unknown {
  try {
    return load(source.yaml, { schema: CORE_SCHEMA }) ?? {};
  } catch {
    const parsed = getParsedYaml(source);
    if (reportYamlErrors(source, parsed, problems)) return undefined;
    return parsed.document.toJS() ?? {};
  }
}

function reportYamlErrors(source: SourceEntry, { document, lines }: ParsedYaml, problems: Problem[]): boolean {
  if (document.errors.length === 0) return false;
  for (const error of document.errors) {
    const line = lines.linePos(error.pos[0]).line + source.firstLine - 1;
    const reason = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    problems.push({
      file: source.file,
      line,
      field: '',
      message: `The front matter is not valid YAML: ${reason}. Check the indentation and quoting on this line; quote text that contains \`: \` or starts with a special character.`,
    });
  }
  return true;
}

/** The line of the value at a field path, or of its closest parent that exists. */
function locate(source: SourceEntry, path: readonly PropertyKey[]): number | undefined {
  const { document, lines } = getParsedYaml(source);
  for (let length = path.length; length >= 0; length--) {
    const node = length === 0 ? document.contents : document.getIn(path.slice(0, length) as unknown[], true);
    const range = (node as { range?: [number, number, number] } | undefined)?.range;
    if (range && (length > 0 || isMap(node))) {
      return lines.linePos(range[0]).line + source.firstLine - 1;
    }
  }
  return undefined;
}

/**
 * Rules that need more than one entry: parties named in `site.yaml`, requirement
 * ids, succession and files. Parties and requirement ids are read from the raw
 * front matter, so they are reported even when the entry has other problems.
 */
function checkRelations(
  sources: readonly SourceEntry[],
  entries: readonly CheckedEntry[],
  site: Site | undefined,
  contentDir: string,
): Problem[] {
  const problems: Problem[] = [];
  const sourceByFile = new Map(sources.map((source) => [source.file, source]));
  const report = (entry: { file: string }, path: readonly PropertyKey[], message: string) => {
    const source = sourceByFile.get(entry.file);
    problems.push({ file: entry.file, line: source && locate(source, path), field: formatFieldPath(path), message });
  };
  const byKey = new Map(entries.map((entry) => [`${entry.collection}/${entry.id}`, entry]));
  const parties = ['organisation', ...(site?.providers.map((provider) => provider.id) ?? [])];

  for (const source of sources) {
    const raw = (typeof source.data === 'object' && source.data !== null ? source.data : {}) as Record<string, unknown>;
    const partyField =
      source.collection === 'artefacts' ? 'publisher' : source.collection === 'services' ? 'operator' : undefined;
    const party = partyField ? raw[partyField] : undefined;
    if (partyField && site && typeof party === 'string' && party !== '' && !parties.includes(party)) {
      const closest = suggest(party, parties);
      const hint = closest
        ? ` Did you mean \`${closest}\`?`
        : ' Add the provider to `providers` in `content/site.yaml`.';
      report(
        source,
        [partyField],
        `Found \`${party}\`, which is neither \`organisation\` nor a provider listed in \`content/site.yaml\` (${parties.map((p) => `\`${p}\``).join(', ')}).${hint}`,
      );
    }

    if (source.collection === 'controls' && Array.isArray(raw.mappings)) {
      raw.mappings.forEach((mapping: unknown, mappingIndex) => {
        const { framework: frameworkId, requirements } = (mapping ?? {}) as {
          framework?: unknown;
          requirements?: unknown;
        };
        if (typeof frameworkId !== 'string' || !Array.isArray(requirements)) return;
        const framework = byKey.get(`frameworks/${frameworkId}`);
        const listed =
          (framework?.data.requirements as { id: string }[] | undefined)?.map((requirement) => requirement.id) ?? [];
        if (listed.length === 0) return;
        requirements.forEach((value: unknown, requirementIndex) => {
          if (typeof value !== 'string') return;
          const requirementId = value.trim().toLowerCase();
          if (listed.includes(requirementId)) return;
          const closest = suggest(requirementId, listed);
          const hint = closest
            ? `Did you mean \`${closest}\`?`
            : `Use one of the ids listed under \`requirements\` in \`${framework!.file}\`, or add the requirement there.`;
          report(
            source,
            ['mappings', mappingIndex, 'requirements', requirementIndex],
            `Found \`${value}\`, which is not a requirement of the framework \`${frameworkId}\`. ${hint}`,
          );
        });
      });
    }
  }

  for (const entry of entries) {
    const data = entry.data;
    if (entry.collection === 'artefacts') {
      checkSuccession(entry, byKey, report);
      const file = data.file as string | undefined;
      if (file && !existsSync(join(contentDir, 'files', file))) {
        report(
          entry,
          ['file'],
          `Found \`${file}\`, but there is no file \`content/files/${file}\`. Add the file there, or correct the name.`,
        );
      }
    }
  }
  return problems;
}

function checkSuccession(
  entry: CheckedEntry,
  byKey: ReadonlyMap<string, CheckedEntry>,
  report: (entry: { file: string }, path: readonly PropertyKey[], message: string) => void,
): void {
  const successor = entry.data.supersededBy as EntryReference | undefined;
  const predecessor = entry.data.supersedes as EntryReference | undefined;
  if (successor?.id === entry.id) {
    report(
      entry,
      ['supersededBy'],
      `An artefact cannot supersede itself. Name the newer artefact that replaces \`${entry.id}\`.`,
    );
  }
  if (predecessor?.id === entry.id) {
    report(
      entry,
      ['supersedes'],
      `An artefact cannot supersede itself. Name the older artefact that \`${entry.id}\` replaces, or remove \`supersedes\`.`,
    );
  }
  if (predecessor && predecessor.id !== entry.id) {
    const older = byKey.get(`artefacts/${predecessor.id}`);
    const olderSuccessor = older?.data.supersededBy as EntryReference | undefined;
    if (older && (older.data.status !== 'superseded' || olderSuccessor?.id !== entry.id)) {
      report(
        entry,
        ['supersedes'],
        `This artefact supersedes \`${predecessor.id}\`, but \`${older.file}\` does not say so. In that file set \`status: superseded\` and \`supersededBy: ${entry.id}\`.`,
      );
    }
  }
}
