/**
 * Checks the content without building the site: `npm run content:check`.
 * Prints every problem with its file, line and fix, and exits 1 when there is any.
 */
import { resolve } from 'node:path';
import { checkContent } from '../lib/content/check.ts';
import { formatProblems } from '../lib/content/problems.ts';

const contentDir = resolve(process.argv[2] ?? 'content');
const { problems, entries } = checkContent(contentDir, process.cwd());
if (problems.length > 0) {
  console.error(formatProblems(problems));
  process.exitCode = 1;
} else {
  console.log(`The content is valid: ${entries.length} entries checked in ${contentDir}.`);
}
