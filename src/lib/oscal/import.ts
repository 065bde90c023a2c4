/**
 * Imports a framework's requirements from an OSCAL catalog file into
 * `content/frameworks/<id>.md`: reads and checks the catalog, then updates the
 * entry's requirement list, or creates the entry when it does not exist yet.
 * Nothing is written when anything is wrong.
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { checkFrameworkText, createFrameworkText, replaceRequirements } from './framework-file.ts';
import { readOscalCatalog } from './catalog.ts';
import { checkCatalogModel } from './catalog-model.ts';
import { describeNewFramework, describeSource, type FrameworkFields } from './new-framework.ts';
import { validateOscalCatalog } from './schema.ts';
import { entryIdPattern } from '../../schemas/shared.ts';
import { entryFileExtensions, suggestEntryId } from '../content/entry-files.ts';
import { readTextFile } from '../content/front-matter.ts';
import type { Problem } from '../content/problems.ts';

export interface ImportOptions {
  /** The OSCAL catalog, as a path. */
  catalogFile: string;
  /** The framework entry's id, which is its file name. */
  frameworkId: string;
  contentDir: string;
  /** Paths in messages are shown relative to this folder. */
  projectRoot: string;
  /** The OSCAL catalog JSON schema to validate against; without it the catalog is not validated. */
  schemaFile?: string | undefined;
  /** Used only when the framework entry does not exist yet. */
  fields?: FrameworkFields;
}

export interface ImportOutcome {
  problems: Problem[];
  /** What happened to the framework file; undefined when nothing was written because of problems. */
  action: 'created' | 'updated' | 'unchanged' | undefined;
  /** The framework file, relative to the project root. */
  file: string;
  requirements: number;
  withdrawn: number;
  /** Things the writer should know that are not problems. */
  notes: string[];
}

/** Runs the import. Reads the files it is given and writes only the framework entry. */
export function importOscalFramework(options: ImportOptions): ImportOutcome {
  const display = (path: string) => relative(options.projectRoot, path).split(sep).join('/');
  const folder = join(options.contentDir, 'frameworks');
  const existing = entryFileExtensions
    .map((extension) => join(folder, `${options.frameworkId}${extension}`))
    .find(existsSync);
  const target = existing ?? join(folder, `${options.frameworkId}.md`);
  const outcome: ImportOutcome = {
    problems: [],
    action: undefined,
    file: display(target),
    requirements: 0,
    withdrawn: 0,
    notes: [],
  };
  const failWith = (problem: Problem) => {
    outcome.problems.push(problem);
    return outcome;
  };
  const fail = (file: string, message: string, field = '') => failWith({ file, field, message });

  if (!entryIdPattern.test(options.frameworkId)) {
    const fixed = suggestEntryId(options.frameworkId);
    return fail(
      outcome.file,
      `\`${options.frameworkId}\` cannot be a framework id: the id is the file name, and may hold only lowercase ` +
        `letters, digits and single hyphens. Use \`${fixed || 'my-framework'}\`.`,
    );
  }

  const catalogName = display(options.catalogFile);
  const catalog = readJson(options.catalogFile, catalogName, 'the OSCAL catalog');
  if ('problem' in catalog) return failWith(catalog.problem);

  if (options.schemaFile) {
    const schemaName = display(options.schemaFile);
    const schema = readJson(options.schemaFile, schemaName, 'the OSCAL catalog schema');
    if ('problem' in schema) return failWith(schema.problem);
    // A profile or another model fails the schema at its root; the importer's own explanation is clearer.
    const notCatalog = checkCatalogModel(catalog.value, catalogName);
    const invalid = notCatalog
      ? [notCatalog]
      : validateOscalCatalog(catalog.value, catalogName, schema.value, schemaName);
    if (invalid.length > 0) {
      outcome.problems.push(...invalid);
      return outcome;
    }
  } else {
    outcome.notes.push(
      'The catalog was not validated against the OSCAL schema. Pass `--schema <oscal_catalog_schema.json>` to ' +
        'validate it.',
    );
  }

  const read = readOscalCatalog(catalog.value, catalogName);
  outcome.requirements = read.requirements.length;
  outcome.withdrawn = read.withdrawn;
  if (read.problems.length > 0) {
    outcome.problems.push(...read.problems);
    return outcome;
  }

  let text: string;
  const before = existing ? readFileSync(existing, 'utf8') : undefined;
  if (before !== undefined) {
    const replaced = replaceRequirements(before, read.requirements);
    if ('error' in replaced) return fail(outcome.file, replaced.error);
    text = replaced.text;
    const given = Object.entries(options.fields ?? {}).filter(
      ([, value]) => value !== undefined && !(Array.isArray(value) && value.length === 0),
    );
    if (given.length > 0) {
      outcome.notes.push(
        `${outcome.file} exists, so only its requirements were ` +
          `replaced; ${given.map(([key]) => `\`${key}\``).join(', ')} ${given.length === 1 ? 'applies' : 'apply'} ` +
          `only when the importer creates a framework. Edit the file to change ${given.length === 1 ? 'it' : 'them'}.`,
      );
    }
  } else {
    const fields = describeNewFramework(options.fields ?? {}, read.metadata, read.requirements.length, outcome.file);
    if ('problems' in fields) {
      outcome.problems.push(...fields.problems);
      return outcome;
    }
    text = createFrameworkText(fields.value, read.requirements, describeSource(read.metadata));
    const summary = options.fields?.summary
      ? ''
      : ", and review its summary, which is written from the catalog's metadata";
    outcome.notes.push(`Write the body of ${outcome.file}: what the framework is and how it applies${summary}.`);
  }

  const invalid = checkFrameworkText(text, outcome.file);
  if (invalid.length > 0) {
    outcome.problems.push(...invalid);
    return outcome;
  }
  if (text === before) {
    outcome.action = 'unchanged';
    return outcome;
  }
  // Write beside the target, then rename, so an interrupted import never leaves half a file.
  const temporary = `${target}.${process.pid}.tmp`;
  writeFileSync(temporary, text);
  renameSync(temporary, target);
  outcome.action = before === undefined ? 'created' : 'updated';
  return outcome;
}

/** The JSON of a file, or the problem that keeps it from being read. */
function readJson(path: string, file: string, what: string): { value: unknown } | { problem: Problem } {
  if (!existsSync(path))
    return { problem: { file, field: '', message: `There is no such file. Check the path to ${what}.` } };
  // JSON is UTF-8: text in another encoding would reach the framework as replacement characters.
  const problems: Problem[] = [];
  const text = readTextFile(path, file, problems);
  if (text === undefined) return { problem: problems[0]! };
  try {
    return { value: JSON.parse(text) };
  } catch (error) {
    return {
      problem: {
        file,
        field: '',
        message:
          `The file is not valid JSON (${(error as Error).message}). Expected ${what} in JSON; convert an XML ` +
          `or YAML OSCAL file to JSON first.`,
      },
    };
  }
}
