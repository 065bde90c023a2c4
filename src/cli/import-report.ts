/**
 * What the import commands share: reading their arguments, and reporting what they found. An import that finds
 * a problem writes nothing and lists every problem; one that writes checks the whole content afterwards, so what
 * the new text breaks elsewhere (a control mapped to a requirement no longer listed) is reported at once.
 */
import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';
import { checkContent } from '../lib/content/check.ts';
import { formatProblems, type Problem } from '../lib/content/problems.ts';

/** The command's options and positional arguments; prints the usage and exits on a mistake or on `--help`. */
export function parseImportArgs<T extends ParseArgsOptionsConfig>(options: T, usage: string) {
  try {
    const parsed = parseArgs({
      allowPositionals: true,
      options: { ...options, help: { type: 'boolean', short: 'h' } },
    });
    if ((parsed.values as { help?: boolean }).help) {
      console.log(usage);
      process.exit(0);
    }
    return parsed;
  } catch (error) {
    console.error(`${(error as Error).message}.\n\n${usage}`);
    process.exit(2);
  }
}

/** Prints an import's problems, each with its place and fix, and fails the command; false when there are none. */
export function reportImportProblems(problems: readonly Problem[]): boolean {
  if (problems.length === 0) return false;
  const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
  console.error(`Nothing was imported: the import found ${count}.\n`);
  console.error(formatProblems(problems).split('\n').slice(2).join('\n'));
  process.exitCode = 1;
  return true;
}

/** Checks the content after an import wrote to it, and fails the command with the report when it has problems. */
export function checkAfterImport(contentDir: string, projectRoot: string): void {
  const { problems } = checkContent(contentDir, projectRoot);
  if (problems.length > 0) {
    console.error(`\n${formatProblems(problems)}`);
    process.exitCode = 1;
  }
}
