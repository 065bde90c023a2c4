/**
 * The content check's report in the forms writers' tools read: plain text for a
 * terminal, GitHub Actions annotations for a pull request, JSON for any other tool.
 * Besides problems, it warns of what needs attention on the build date (evidence
 * expired or expiring, reviews overdue …), as a build does, without failing.
 */
import { formatAttentionReport, type CheckedAttention } from '../build/attention-summary.ts';
import { plural } from '../present/format.ts';
import { formatProblems, sortProblems, type Problem } from '../content/problems.ts';
import type { Placeholders } from './placeholders.ts';

/** The report formats `npm run content:check -- --format <name>` takes. */
export const checkReportFormats = ['text', 'github', 'json'] as const;
export type CheckReportFormat = (typeof checkReportFormats)[number];

/** Exit codes of the check: documented in the README, kept stable for scripts and CI. */
export const checkExitCodes = {
  /** The content is valid. */
  valid: 0,
  /** The content has at least one problem; the report lists them all. */
  problems: 1,
  /** The command was called wrongly, such as with an unknown option; nothing was checked. */
  usage: 2,
} as const;

/** What one run of the check found. */
export interface CheckOutcome {
  /** The content folder checked, as given. */
  contentDir: string;
  /** How many entries passed their schema. */
  entries: number;
  problems: readonly Problem[];
  /** The files that still hold `TODO` placeholders: listed, though they do not make the content invalid. */
  placeholders?: readonly Placeholders[];
  /** What needs attention on the build date, when the content is valid: warnings, which do not make it invalid. */
  attention?: CheckedAttention | undefined;
}

/** Every entry that needs attention, with its file, in the order of the attention report. */
function listAttention({ sections, files }: CheckedAttention) {
  return sections.flatMap((section) =>
    section.items.map((item) => ({
      kind: section.kind,
      title: section.title,
      file: files.get(`${item.collection}/${item.id}`) ?? `${item.collection}/${item.id}`,
      reason: item.reason,
    })),
  );
}

/** The report in one format, and whether it belongs on standard error (text with problems) or output. */
export function formatCheckReport(
  outcome: CheckOutcome,
  format: CheckReportFormat,
): { text: string; toError: boolean } {
  const problems = sortProblems(outcome.problems);
  const placeholders = outcome.placeholders ?? [];
  const attention = outcome.attention && problems.length === 0 ? listAttention(outcome.attention) : [];
  if (format === 'json') {
    const report = { valid: problems.length === 0, entries: outcome.entries, problems, placeholders, attention };
    return { text: JSON.stringify(report, null, 2), toError: false };
  }
  if (format === 'github') {
    const lines = problems.map(formatAnnotation);
    for (const { file, lines: count } of placeholders) {
      lines.push(`::warning file=${escapeProperty(file)}::${escapeData(describePlaceholders(count))}`);
    }
    for (const { file, title, reason } of attention) {
      lines.push(`::warning file=${escapeProperty(file)},title=${escapeProperty(title)}::${escapeData(reason)}`);
    }
    lines.push(summarise(outcome));
    return { text: lines.join('\n'), toError: false };
  }
  if (problems.length > 0) return { text: formatProblems(problems), toError: true };
  const needs = outcome.attention
    ? formatAttentionReport(outcome.attention.sections, outcome.attention.files, outcome.attention)
    : [];
  return { text: [summarise(outcome), ...listPlaceholders(placeholders), ...needs].join('\n'), toError: false };
}

const describePlaceholders = (lines: number) =>
  `${lines === 1 ? '1 line holds' : `${lines} lines hold`} a TODO placeholder, published as written until replaced.`;

/** The files with placeholders, after a valid check: the content passes, but is not yet what it should say. */
function listPlaceholders(placeholders: readonly Placeholders[]): string[] {
  if (placeholders.length === 0) return [];
  const files = `${plural(placeholders.length, 'file')} still ${placeholders.length === 1 ? 'holds' : 'hold'}`;
  return [
    `${files} TODO placeholders, which are published as written until replaced:`,
    ...placeholders.map(({ file, lines }) => `  ${file} (${plural(lines, 'line')})`),
  ];
}

function summarise({ contentDir, entries, problems }: CheckOutcome): string {
  if (problems.length === 0)
    return `The content is valid: ${plural(entries, 'entry', 'entries')} checked in ${contentDir}.`;
  return `The content has ${plural(problems.length, 'problem')}; each is annotated on its file and line.`;
}

/**
 * One problem as a GitHub Actions workflow command, which GitHub shows on the
 * file and line of a pull request: `::error file=…,line=…,title=…::message`.
 */
export function formatAnnotation(problem: Problem): string {
  const properties = [`file=${escapeProperty(problem.file)}`];
  if (problem.line) properties.push(`line=${problem.line}`);
  if (problem.field) properties.push(`title=${escapeProperty(problem.field)}`);
  return `::error ${properties.join(',')}::${escapeData(problem.message)}`;
}

// The escapes GitHub's runner applies to workflow commands: https://github.com/actions/toolkit (command.ts).
function escapeData(value: string): string {
  return value.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
}

function escapeProperty(value: string): string {
  return escapeData(value).replaceAll(':', '%3A').replaceAll(',', '%2C');
}
