import type { z } from 'astro/zod';
import { suggest } from './suggest.ts';

/** One thing wrong in the content, located precisely enough to fix without searching. */
export interface Problem {
  /** Path of the file, relative to the project root, such as `content/controls/mfa.md`. */
  file: string;
  /** 1-based line in the file, when the value can be located. */
  line?: number | undefined;
  /** The field, written as a path such as `mappings[0].framework`; empty for the whole file. */
  field: string;
  /** What was found, why it is wrong and how to fix it, in full sentences. */
  message: string;
}

/** Writes a field path the way a writer reads it: `mappings[0].framework`. */
export function formatFieldPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, index) => (typeof key === 'number' ? `[${key}]` : `${index === 0 ? '' : '.'}${String(key)}`))
    .join('');
}

/** Shows a value found in the content, as a writer would have typed it. */
export function formatFound(value: unknown): string {
  if (value === null) return 'an empty value';
  if (Array.isArray(value)) return 'a list';
  if (value instanceof Date) return `\`${value.toISOString().slice(0, 10)}\``;
  if (typeof value === 'object') return 'a group of fields';
  if (typeof value === 'string') return value.trim() === '' ? 'an empty value' : `\`${value}\``;
  return `\`${String(value)}\``;
}

const typeNames: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: '`true` or `false`',
  array: 'a list',
  object: 'a group of fields',
  date: 'a date',
};

/**
 * Turns one zod issue into a sentence a writer can act on: what was found,
 * what was expected, and the fix when it can be computed. Messages written in
 * the schemas are kept and prefixed with the value found. `line` is the text of the line the issue is on, when
 * known.
 */
export function describeIssue(issue: z.core.$ZodIssue, line?: string): string {
  const field = issue.path.length > 0 ? `\`${formatFieldPath(issue.path)}\`` : 'This entry';
  const found = 'input' in issue ? issue.input : undefined;
  // `accent: #0e5a61` reads as an empty value followed by a comment; `issuer: # to confirm` is a comment meant.
  const commented =
    line && (found === null || found === undefined) ? /^(\s*[^\s:#][^:]*):\s+(#\S.*)$/.exec(line) : null;
  if (commented) {
    return (
      `${field} is empty: in YAML, \`#\` after a space starts a comment. Put the value in quotes: ` +
      `\`${commented[1]!.trim()}: '${commented[2]!.trim()}'\`.`
    );
  }
  switch (issue.code) {
    case 'invalid_type': {
      const expected = typeNames[issue.expected] ?? issue.expected;
      if (issue.path.length === 0 && found !== undefined && found !== null) {
        const kind = Array.isArray(found) ? 'a list' : (typeNames[typeof found] ?? typeof found);
        return (
          `The front matter is ${kind}, but an entry's front matter is its fields, one \`name: value\` on each ` +
          'line, such as `title: Multi-factor authentication`.'
        );
      }
      if (found === undefined) {
        // A schema's own text says what it takes: `Expected a date written as YYYY-MM-DD, …`.
        const described = /^Expected (.*)$/s.exec(customOrEmpty(issue))?.[1];
        return `${field} is missing. Add it: it takes ${described ?? `${expected}.`}`;
      }
      if (found === null) {
        const described = /^Expected (.*)$/s.exec(customOrEmpty(issue))?.[1];
        return `${field} is empty. Write its value after the colon: it takes ${described ?? `${expected}.`}`;
      }
      if (issue.expected === 'string' && (typeof found === 'number' || typeof found === 'boolean')) {
        return (
          `Found ${formatFound(found)}, which YAML reads ` +
          `as ${typeof found === 'number' ? 'a number' : 'true or false'}, but ${field} takes text. Put it in ` +
          `quotes: \`"${String(found)}"\`.`
        );
      }
      if (issue.expected === 'array' && (typeof found === 'string' || typeof found === 'number')) {
        const items = String(found)
          .split(',')
          .map((item) => item.trim())
          .filter(Boolean);
        const list = items.length > 1 ? 'a list, in brackets' : 'a list of one';
        return (
          `Found ${formatFound(found)}, but ${field} takes a list. ` + `Write it as ${list}: \`[${items.join(', ')}]\`.`
        );
      }
      if (issue.expected === 'number' && typeof found === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(found)) {
        return (
          `Found the text \`"${found}"\`, in quotes, but ${field} takes a number. ` +
          `Remove the quotes: \`${found.trim()}\`.`
        );
      }
      return `Found ${formatFound(found)}, but ${field} takes ${expected}. ${customOrEmpty(issue)}`.trim();
    }
    case 'invalid_value': {
      const allowed = issue.values.map((value) => `\`${String(value)}\``).join(', ');
      if (found === undefined) return `${field} is missing. Add it: it takes one of ${allowed}.`;
      const closest = typeof found === 'string' ? suggest(found, issue.values.map(String)) : undefined;
      const hint = closest ? ` Did you mean \`${closest}\`?` : '';
      return `Found ${formatFound(found)}, which is not an allowed value. Expected one of ${allowed}.${hint}`;
    }
    case 'unrecognized_keys':
      return issue.message;
    case 'too_small':
    case 'too_big':
    case 'invalid_format':
    case 'not_multiple_of':
    case 'invalid_union':
    case 'invalid_key':
    case 'invalid_element':
    case 'custom':
      if (found === undefined || typeof found === 'object') return issue.message;
      return `Found ${formatFound(found)}. ${issue.message}`;
  }
}

/** Zod's default texts start with "Invalid input"; a schema's own text is kept. */
function customOrEmpty(issue: z.core.$ZodIssue): string {
  return issue.message.startsWith('Invalid input') ? '' : issue.message;
}

/** Sorts problems by file, then line, so a report reads top to bottom. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) =>
      a.file.localeCompare(b.file) ||
      (a.line ?? 0) - (b.line ?? 0) ||
      a.field.localeCompare(b.field, 'en', { numeric: true }),
  );
}

/** Formats every problem, grouped by file, as the build and the check command print them. */
export function formatProblems(problems: readonly Problem[]): string {
  const sorted = sortProblems(problems);
  const count = sorted.length === 1 ? '1 problem' : `${sorted.length} problems`;
  const lines = [`The content has ${count}. Fix ${sorted.length === 1 ? 'it' : 'them'} and run the check again.`];
  let currentFile = '';
  for (const problem of sorted) {
    if (problem.file !== currentFile) {
      currentFile = problem.file;
      lines.push('', problem.file);
    }
    const where = [
      problem.line ? `line ${problem.line}` : undefined,
      problem.field ? `\`${problem.field}\`` : undefined,
    ]
      .filter(Boolean)
      .join(', ');
    lines.push(`  ${where ? `${where}: ` : ''}${problem.message}`);
  }
  return lines.join('\n');
}

/**
 * The issues of an entry or of `site.yaml` without those about a field that is only misspelt: `validUntill:` is
 * reported once, as an unknown field with `Did you mean \`validUntil\`?`, not again as a missing `validUntil`.
 */
export function withoutMisspeltFields(issues: readonly z.core.$ZodIssue[], data: unknown): z.core.$ZodIssue[] {
  const at = (value: unknown, key: PropertyKey) =>
    typeof value === 'object' && value !== null ? (value as Record<PropertyKey, unknown>)[key] : undefined;
  const meant = issues.flatMap((issue) => {
    if (issue.code !== 'unrecognized_keys') return [];
    const parent = issue.path.reduce<unknown>(at, data);
    return [...issue.message.matchAll(/Did you mean `([^`]+)`\?/g)]
      .map((match) => match[1]!)
      .filter((field) => at(parent, field) === undefined)
      .map((field) => [...issue.path, field].map(String));
  });
  const within = (path: readonly PropertyKey[], prefix: readonly string[]) =>
    prefix.every((key, index) => String(path[index]) === key);
  return issues.filter(
    (issue) => issue.code === 'unrecognized_keys' || !meant.some((prefix) => within(issue.path, prefix)),
  );
}
