/**
 * Imports a provider's shared responsibility into controls: reads the provider's matrix (an OSCAL security plan's
 * exports, NIST's prototype responsibility matrix, or a CSV file), and for each requirement writes or updates the
 * control `<provider>-<requirement>` with who does what and its mapping to the framework. Text the source marks as
 * not exportable goes at most to the internal note. Nothing is written when anything is wrong.
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { basename, extname, join, relative, sep } from 'node:path';
import { createControlSchema } from '../../schemas/controls.ts';
import type { Framework } from '../../schemas/frameworks.ts';
import { collectionNames, type CollectionName } from '../../schemas/shared.ts';
import { checkContent, createCheckingReference } from '../content/check.ts';
import { entryFileExtensions, suggestEntryId } from '../content/entry-files.ts';
import { parseDocument, splitFrontMatter } from '../content/front-matter.ts';
import { describeIssue, formatFieldPath, type Problem } from '../content/problems.ts';
import { suggest } from '../content/suggest.ts';
import { createControlText, getResponsibility, updateControlText, type ImportedParts } from './control-file.ts';
import { mergeStatements } from './matrix.ts';
import { readMatrixFile } from './read-matrix.ts';
import { matchRequirements } from './requirements.ts';
import { contentFolderName } from '../content/paths.ts';

export interface ResponsibilityImportOptions {
  /** The provider's matrix: `.json` (OSCAL) or `.csv`. */
  sourceFile: string;
  /** The provider, by its id in `site.yaml`. */
  providerId: string;
  /** The framework whose requirements the matrix answers, by id. */
  frameworkId: string;
  contentDir: string;
  /** Paths in messages are shown relative to this folder. */
  projectRoot: string;
  /** The domain of new controls; the framework's name by default. */
  domain?: string | undefined;
  /** The services of new controls; by default every service the provider operates. */
  services?: string[] | undefined;
}

export interface ResponsibilityImportOutcome {
  problems: Problem[];
  /** Control files, relative to the project root, by what happened to them. */
  created: string[];
  updated: string[];
  unchanged: string[];
  /** Things the writer should know that are not problems. */
  notes: string[];
}

/** Runs the import. Reads the files it is given and the content, and writes only control entries. */
export function importResponsibility(options: ResponsibilityImportOptions): ResponsibilityImportOutcome {
  const display = (path: string) => relative(options.projectRoot, path).split(sep).join('/');
  const outcome: ResponsibilityImportOutcome = { problems: [], created: [], updated: [], unchanged: [], notes: [] };

  const content = checkContent(options.contentDir, options.projectRoot);
  const siteFile = display(join(options.contentDir, 'site.yaml'));
  const ids = (collection: CollectionName) =>
    content.entries.filter((entry) => entry.collection === collection).map((entry) => entry.id);
  const providers = content.site?.providers ?? [];
  const provider = providers.find((candidate) => candidate.id === options.providerId);
  if (!provider) {
    const closest = suggest(
      options.providerId,
      providers.map((candidate) => candidate.id),
    );
    outcome.problems.push({
      file: siteFile,
      field: 'providers',
      message:
        `There is no provider \`${options.providerId}\` in the site settings. ` +
        (closest
          ? `Did you mean \`${closest}\`?`
          : 'Pass the `id` of a provider listed under `providers`, or add it there.'),
    });
  }
  const frameworkEntry = content.entries.find(
    (entry) => entry.collection === 'frameworks' && entry.id === options.frameworkId,
  );
  if (!frameworkEntry) {
    const closest = suggest(options.frameworkId, ids('frameworks'));
    outcome.problems.push({
      file: display(join(options.contentDir, 'frameworks', `${options.frameworkId}.md`)),
      field: '',
      message:
        `There is no valid framework \`${options.frameworkId}\` in ` +
        `\`${contentFolderName(options.contentDir)}/frameworks/\`. ` +
        (closest
          ? `Did you mean \`${closest}\`?`
          : 'Create it first, or import its requirements with `npm run import:oscal`; `npm run content:check` ' +
            'reports what is wrong with an existing one.'),
    });
  }
  const services =
    options.services ??
    content.entries
      .filter((entry) => entry.collection === 'services' && entry.data.operator === options.providerId)
      .map((entry) => entry.id)
      .sort();
  for (const service of options.services ?? []) {
    if (ids('services').includes(service)) continue;
    const closest = suggest(service, ids('services'));
    outcome.problems.push({
      file: display(join(options.contentDir, 'services')),
      field: '',
      message:
        `There is no service \`${service}\`. ` +
        (closest
          ? `Did you mean \`${closest}\`?`
          : `Pass the id of a service in \`${contentFolderName(options.contentDir)}/services/\`.`),
    });
  }
  if (provider && services.length === 0) {
    outcome.problems.push({
      file: display(join(options.contentDir, 'services')),
      field: '',
      message:
        `No service has \`operator: ${options.providerId}\`, so the new controls would apply to none. Add the ` +
        `provider's services, or name them with \`--service <id>\`.`,
    });
  }

  const sourceName = display(options.sourceFile);
  const read = readMatrixFile(options.sourceFile, sourceName, provider);
  outcome.problems.push(...read.problems);
  outcome.notes.push(...read.notes);
  if (outcome.problems.length > 0 || !provider || !frameworkEntry) return outcome;

  const framework = frameworkEntry.data as Framework;
  const frameworkName = framework.shortName ?? framework.title;
  const frameworks = content.entries.flatMap((entry) =>
    entry.collection === 'frameworks' ? [{ id: entry.id, framework: entry.data as Framework }] : [],
  );
  const target = { id: options.frameworkId, framework };
  const { resolved, problems } = matchRequirements(read.statements, target, frameworks, sourceName);
  outcome.problems.push(...problems);
  if (outcome.problems.length > 0) return outcome;

  const controlsDir = join(options.contentDir, 'controls');
  const writes: { path: string; text: string; before: string | undefined; file: string }[] = [];
  for (const merged of mergeStatements(resolved)) {
    const requirement = framework.requirements.find((candidate) => candidate.id === merged.requirement);
    const label = requirement?.label ?? merged.requirement.toUpperCase();
    if (!merged.providerPart && !merged.customerPart) {
      outcome.notes.push(
        `${label} was left out: everything the file says about it is marked not exportable, so no public control ` +
          'can say it.',
      );
      continue;
    }
    const id = suggestEntryId(`${provider.id}-${merged.requirement}`);
    const existing = entryFileExtensions.map((extension) => join(controlsDir, `${id}${extension}`)).find(existsSync);
    const path = existing ?? join(controlsDir, `${id}.md`);
    const parts: ImportedParts = {
      responsibility: getResponsibility(merged.providerPart, merged.customerPart),
      providerPart: merged.providerPart,
      customerPart: merged.customerPart,
      framework: options.frameworkId,
      requirement: merged.requirement,
      internalNote: merged.internalNote,
    };
    const before = existing ? readFileSync(existing, 'utf8') : undefined;
    let text: string;
    if (before !== undefined) {
      const updated = updateControlText(before, parts);
      if ('error' in updated) {
        outcome.problems.push({ file: display(path), field: '', message: updated.error });
        continue;
      }
      text = updated.text;
      if (merged.internalNote && !text.includes(merged.internalNote)) {
        outcome.notes.push(
          `${display(path)} keeps its own \`internalNote\`; the text the file marks as not exportable was not written.`,
        );
      }
    } else {
      const source = read.title ? `*${read.title}*` : `\`${basename(options.sourceFile)}\``;
      text = createControlText(
        {
          title: `${label}${requirement ? ` ${requirement.title}` : ''} (${provider.name})`,
          domain: options.domain ?? frameworkName,
          services,
        },
        parts,
        `What ${provider.name} does for ${label} of ${frameworkName}, and what it leaves to its customers, as ` +
          `${provider.name} states it in ${source}.`,
      );
    }
    writes.push({ path, text, before, file: display(path) });
  }

  // Check every file as the content check would, the new controls' ids counted, before writing any.
  const known = new Map(collectionNames.map((collection) => [collection, ids(collection)]));
  known.get('controls')!.push(...writes.map((write) => basename(write.path, extname(write.path))));
  const schema = createControlSchema(createCheckingReference(known));
  for (const write of writes) {
    const yaml = splitFrontMatter(write.text)?.yaml ?? '';
    const result = schema.safeParse(parseDocument(yaml).toJS() ?? {}, { reportInput: true });
    if (result.success) continue;
    for (const issue of result.error.issues) {
      outcome.problems.push({ file: write.file, field: formatFieldPath(issue.path), message: describeIssue(issue) });
    }
  }
  if (outcome.problems.length > 0) return outcome;

  for (const write of writes) {
    if (write.text === write.before) {
      outcome.unchanged.push(write.file);
      continue;
    }
    // Write beside the target, then rename, so an interrupted import never leaves half a file.
    const temporary = `${write.path}.${process.pid}.tmp`;
    writeFileSync(temporary, write.text);
    renameSync(temporary, write.path);
    (write.before === undefined ? outcome.created : outcome.updated).push(write.file);
  }
  return outcome;
}
