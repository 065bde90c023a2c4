/**
 * Checks the content without building the site: `npm run content:check`.
 * Prints every problem with its file, line and fix, and exits 1 when there is any.
 * Like every command, it reads `content/`, or the folder `TRUST_CENTER_CONTENT` names.
 */
import { checkContent } from '../lib/content/check.ts';
import { contentDir } from '../lib/content/paths.ts';
import { formatProblems } from '../lib/content/problems.ts';

const args = process.argv.slice(2);
if (args.length > 0) {
  const found = args.map((arg) => `\`${arg}\``).join(' ');
  console.error(
    `npm run content:check takes no arguments; found ${found}. It checks \`content/\`, or the folder ` +
      `TRUST_CENTER_CONTENT names: \`TRUST_CENTER_CONTENT=${args[0]} npm run content:check\`.`,
  );
  process.exit(2);
}

const { problems, entries } = checkContent(contentDir, process.cwd());
if (problems.length > 0) {
  console.error(formatProblems(problems));
  process.exitCode = 1;
} else {
  console.log(`The content is valid: ${entries.length} entries checked in ${contentDir}.`);
}
