/**
 * Imports a provider's shared responsibility into controls:
 * `npm run import:responsibility -- <matrix.json|matrix.csv> --provider <id> --framework <id>`.
 */
import { resolve } from 'node:path';
import { contentDir } from '../lib/content/paths.ts';
import { importResponsibility } from '../lib/responsibility-import/import.ts';
import { checkAfterImport, parseImportArgs, reportImportProblems } from './import-report.ts';

const usage = `Usage: npm run import:responsibility -- <file> --provider <id> --framework <id> [options]

<file> is what the provider publishes: an OSCAL system security plan (JSON) whose components export what they
provide and the responsibilities they leave, NIST's responsibility matrix JSON, or a CSV file whose header names
the requirement, what the provider does and what the customer does.

Options:
  --provider <id>    the provider, as listed under providers in site.yaml (required)
  --framework <id>   the framework whose requirements the file answers (required)
Only for controls the import creates:
  --domain <text>    their domain (default: the framework's name)
  --service <id>     a service they apply to (repeatable; default: every service the provider operates)`;

const { values, positionals } = parseImportArgs(
  {
    provider: { type: 'string' },
    framework: { type: 'string' },
    domain: { type: 'string' },
    service: { type: 'string', multiple: true },
  },
  usage,
);
const missing = [
  positionals.length !== 1 && 'one file',
  !values.provider && '`--provider`',
  !values.framework && '`--framework`',
].filter(Boolean);
if (missing.length > 0) {
  console.error(`Expected ${missing.join(', ')}.\n\n${usage}`);
  process.exit(2);
}

// npm runs scripts from the project folder; paths typed by the writer are relative to where they typed them.
const here = process.env.INIT_CWD ?? process.cwd();
const projectRoot = process.cwd();
const started = performance.now();
const outcome = importResponsibility({
  sourceFile: resolve(here, positionals[0]!),
  providerId: values.provider!,
  frameworkId: values.framework!,
  contentDir,
  projectRoot,
  domain: values.domain,
  services: values.service,
});
const seconds = ((performance.now() - started) / 1000).toFixed(2);

if (!reportImportProblems(outcome.problems)) {
  const counts = [
    `${outcome.created.length} created`,
    `${outcome.updated.length} updated`,
    `${outcome.unchanged.length} unchanged`,
  ];
  console.log(
    `Imported ${values.provider}'s responsibility for ${values.framework}: ${counts.join(', ')}, in ${seconds} s.`,
  );
  for (const file of [...outcome.created, ...outcome.updated]) console.log(`  ${file}`);
  for (const note of outcome.notes) console.log(note);
  checkAfterImport(contentDir, projectRoot);
}
