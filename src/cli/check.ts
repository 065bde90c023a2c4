/**
 * Checks the content without building the site: `npm run content:check`.
 * Prints every problem with its file, line and fix, and, for valid content, what needs
 * attention on the build date. `--format github` prints them as GitHub Actions
 * annotations (errors and warnings), `--format json` as one JSON report.
 * Exits 0 when the content is valid, 1 when it has problems, 2 when called wrongly.
 * Like every command, it reads `content/`, or the folder `TRUST_CENTER_CONTENT` names.
 */
import { checkExitCodes, checkReportFormats, formatCheckReport } from '../lib/writers/check-report.ts';
import { findPlaceholders } from '../lib/writers/placeholders.ts';
import { readFormatOption } from '../lib/writers/options.ts';
import { checkContent } from '../lib/content/check.ts';
import { contentDir } from '../lib/content/paths.ts';
import { buildGraphFromCheck } from '../lib/content/checked-graph.ts';
import { getCheckedAttention } from '../lib/build/attention-summary.ts';
import { getAudience } from '../lib/build/audience.ts';
import { getBuildDate } from '../lib/graph/dates.ts';

const parsed = readFormatOption(process.argv.slice(2), checkReportFormats);
if ('error' in parsed) {
  console.error(parsed.error);
  process.exit(checkExitCodes.usage);
}

const result = checkContent(contentDir, process.cwd());
const { problems, entries } = result;
const placeholders = findPlaceholders(contentDir, process.cwd());
const checked = buildGraphFromCheck(result, getBuildDate());
const attention = checked && getCheckedAttention(checked, getAudience());
const report = formatCheckReport(
  { contentDir, entries: entries.length, problems, placeholders, attention },
  parsed.format,
);
(report.toError ? console.error : console.log)(report.text);
process.exitCode = problems.length > 0 ? checkExitCodes.problems : checkExitCodes.valid;
