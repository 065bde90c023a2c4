/**
 * Imports a framework's requirements from an OSCAL catalog or resolved profile catalog:
 * `npm run import:oscal -- <catalog.json> <framework-id> [--schema <oscal_catalog_schema.json>]`.
 * Updates the requirements of `content/frameworks/<framework-id>.md`, or creates the entry.
 */
import { resolve } from 'node:path';
import { contentDir } from '../lib/content/paths.ts';
import { importOscalFramework } from '../lib/oscal/import.ts';
import { checkAfterImport, parseImportArgs, reportImportProblems } from './import-report.ts';

const usage = `Usage: npm run import:oscal -- <catalog.json> <framework-id> [options]

Options:
  --schema <file>        validate the catalog against the OSCAL catalog JSON schema first
Only when the framework entry does not exist yet:
  --title <text>         the framework's title (default: the catalog's title)
  --short-name <text>    the short name shown in lists
  --alias <text>         another name people search for (repeatable)
  --kind <kind>          attestation, certification, law, regulation, government-authorisation or industry-standard
  --authority <text>     the body that owns the framework (default: the catalog's publisher)
  --jurisdiction <text>  where it applies, such as "United States" or Global (repeatable)
  --industry <text>      an industry it matters to (repeatable)
  --summary <text>       one or two sentences on what the framework is
  --holder <holder>      organisation, provider or both
  --website <url>        the framework owner's official page`;

const { values, positionals } = parseImportArgs(
  {
    schema: { type: 'string' },
    title: { type: 'string' },
    'short-name': { type: 'string' },
    alias: { type: 'string', multiple: true },
    kind: { type: 'string' },
    authority: { type: 'string' },
    jurisdiction: { type: 'string', multiple: true },
    industry: { type: 'string', multiple: true },
    summary: { type: 'string' },
    holder: { type: 'string' },
    website: { type: 'string' },
  },
  usage,
);
if (positionals.length !== 2) {
  console.error(
    `Expected the catalog file and the framework id, ` +
      `found ${positionals.length === 0 ? 'neither' : positionals.map((value) => `\`${value}\``).join(' ')}` +
      `.\n\n${usage}`,
  );
  process.exit(2);
}

// npm runs scripts from the project folder; paths typed by the writer are relative to where they typed them.
const here = process.env.INIT_CWD ?? process.cwd();
const projectRoot = process.cwd();
const started = performance.now();
const outcome = importOscalFramework({
  catalogFile: resolve(here, positionals[0]!),
  frameworkId: positionals[1]!,
  contentDir,
  projectRoot,
  schemaFile: values.schema === undefined ? undefined : resolve(here, values.schema),
  fields: {
    title: values.title,
    shortName: values['short-name'],
    aliases: values.alias,
    kind: values.kind,
    authority: values.authority,
    jurisdictions: values.jurisdiction,
    industries: values.industry,
    summary: values.summary,
    holder: values.holder,
    website: values.website,
  },
});
const seconds = ((performance.now() - started) / 1000).toFixed(2);

if (!reportImportProblems(outcome.problems)) {
  const withdrawn = outcome.withdrawn > 0 ? ` (${outcome.withdrawn} withdrawn controls left out)` : '';
  const did = { created: 'Created', updated: 'Updated', unchanged: 'Left unchanged' }[outcome.action!];
  console.log(`${did} ${outcome.file}: ${outcome.requirements} requirements${withdrawn}, in ${seconds} s.`);
  for (const note of outcome.notes) console.log(note);
  // Controls may map to requirements the new list no longer has; say so now rather than at the next build.
  checkAfterImport(contentDir, projectRoot);
}
