/**
 * Writes a new entry's front matter from its collection's editor schema: every field,
 * each under its doc comment; the fields the check needs filled with placeholders,
 * the others commented out. The result is checked with the content check's own
 * schema until it passes, so a scaffolded entry is valid as written.
 */
import type { z } from 'astro/zod';
import { createCheckingReference, createSchemas } from '../content/check.ts';
import { stringify } from '../content/front-matter.ts';
import type { CollectionName } from '../../schemas/shared.ts';
import { addDays } from '../graph/dates.ts';
import type { JsonSchema } from './editor-schemas.ts';

/** What the fields of a new file are written from. */
export interface FieldsInput {
  /** The id of the new entry, or a name to write in placeholder titles. */
  id: string;
  /** The editor schema of the file, with field descriptions and the ids of each reference. */
  schema: JsonSchema;
  /** The schema the content check applies to the file. */
  check: z.ZodType;
  /** Today, `YYYY-MM-DD`: placeholder dates are set around it. */
  today: string;
  /** Values to write instead of placeholders, such as those carried over from an earlier edition. */
  values?: Record<string, unknown> | undefined;
  /** Values to show instead of placeholders in fields left commented out, such as the title a default gives. */
  examples?: Record<string, unknown> | undefined;
  /** A comment to write above a field, after its description, such as what to change. */
  notes?: Record<string, string> | undefined;
}

/** What a new entry is written from. */
export interface ScaffoldInput extends Omit<FieldsInput, 'check'> {
  collection: CollectionName;
  idsByCollection: ReadonlyMap<CollectionName, readonly string[]>;
  /** The Markdown body; a placeholder paragraph by default. */
  body?: string | undefined;
}

/** The text of a new entry file that passes the content check as written. */
export function scaffoldEntry(input: ScaffoldInput): string {
  const check = createSchemas(createCheckingReference(input.idsByCollection))[input.collection];
  const body = input.body?.trim() || 'TODO: write what a reader needs to know, in Markdown.';
  return ['---', ...scaffoldFields({ ...input, check }), '---', '', body, ''].join('\n');
}

/**
 * Every field of a file, each under its description: those the check needs filled
 * with the given values or placeholders, the others commented out.
 */
export function scaffoldFields(input: FieldsInput): string[] {
  const properties = (input.schema['properties'] ?? {}) as Record<string, JsonSchema>;
  const required = new Set((input.schema['required'] as string[] | undefined) ?? []);
  const included = new Set([...required, ...Object.keys(input.values ?? {})]);
  const values = Object.fromEntries(
    Object.entries(properties).map(([key, property]) => [
      key,
      input.values && key in input.values
        ? input.values[key]
        : input.examples && key in input.examples
          ? input.examples[key]
          : placeholder(key, property, input),
    ]),
  );
  const data = () => Object.fromEntries([...included].map((key) => [key, values[key]]));
  // A field the check asks for, such as the issue date of an audit report, is written out.
  for (let round = 0; round <= Object.keys(properties).length; round++) {
    const result = input.check.safeParse(data());
    if (result.success) return render(properties, values, included, input.notes ?? {});
    const wanted = result.error.issues.map((issue) => String(issue.path[0])).filter((key) => !included.has(key));
    if (wanted.length === 0) break;
    for (const key of wanted) included.add(key);
  }
  const issues = input.check.safeParse(data()).error?.issues ?? [];
  throw new Error(
    `A new \`${input.id}\` could not be made valid: ` +
      issues.map((issue) => `\`${issue.path.join('.')}\`: ${issue.message}`).join(' '),
  );
}

function render(
  properties: Record<string, JsonSchema>,
  values: Record<string, unknown>,
  included: ReadonlySet<string>,
  notes: Record<string, string>,
): string[] {
  const lines: string[] = [];
  for (const [key, property] of Object.entries(properties)) {
    const description = property['description'];
    if (typeof description === 'string') lines.push(...wrapComment(description));
    const note = notes[key];
    if (note) lines.push(...wrapComment(note));
    const field = renderField(key, values[key]);
    lines.push(...(included.has(key) ? field : field.map((line) => `# ${line}`)));
  }
  return lines;
}

function renderField(key: string, value: unknown): string[] {
  if (Array.isArray(value) && value.every((item) => typeof item !== 'object' || item === null)) {
    return [`${key}: [${value.map((item) => toYaml(item).trim()).join(', ')}]`];
  }
  if (typeof value === 'object' && value !== null) {
    return [
      `${key}:`,
      ...toYaml(value)
        .trimEnd()
        .split('\n')
        .map((line) => `  ${line}`),
    ];
  }
  return [`${key}: ${toYaml(value).trim()}`];
}

/** YAML for a value, each line whole, so a commented-out field stays one comment per line. */
function toYaml(value: unknown): string {
  return stringify(value, { lineWidth: 0 });
}

/** A description as comment lines of at most 100 characters. */
function wrapComment(text: string): string[] {
  const lines: string[] = [];
  let line = '#';
  for (const word of text.split(/\s+/)) {
    if (line.length + word.length + 1 > 100 && line !== '#') {
      lines.push(line);
      line = '#';
    }
    line += ` ${word}`;
  }
  return [...lines, line];
}

/**
 * A value that passes the field's schema and reads as one to replace: text starts with
 * `TODO`, a reference names an existing entry, a date falls around today.
 */
function placeholder(key: string, property: JsonSchema, input: FieldsInput): unknown {
  if ('default' in property && property['type'] !== 'array') return property['default'];
  const enumValues = property['enum'] as unknown[] | undefined;
  if (enumValues?.length) return enumValues[0];
  switch (property['type']) {
    case 'string':
      return placeholderText(key, property, input);
    case 'integer':
    case 'number':
      return typeof property['default'] === 'number' ? property['default'] : 1;
    case 'boolean':
      return typeof property['default'] === 'boolean' ? property['default'] : false;
    case 'array': {
      const items = (property['items'] ?? {}) as JsonSchema;
      const example = (items['enum'] as unknown[] | undefined)?.[0];
      if (example !== undefined) return [example];
      return 'default' in property ? property['default'] : [placeholder(key, items, input)];
    }
    case 'object': {
      const fields = (property['properties'] ?? {}) as Record<string, JsonSchema>;
      const needed = new Set((property['required'] as string[] | undefined) ?? Object.keys(fields));
      return Object.fromEntries(
        Object.entries(fields)
          .filter(([field]) => needed.has(field))
          .map(([field, schema]) => [field, placeholder(field, schema, input)]),
      );
    }
    default:
      return 'TODO';
  }
}

function placeholderText(key: string, property: JsonSchema, input: FieldsInput): string {
  if (property['format'] === 'date') return placeholderDate(key, input.today);
  if (property['format'] === 'email') return 'trust@example.com';
  if (property['format'] === 'uri') return 'https://www.example.com/';
  if (typeof property['pattern'] === 'string') {
    // An id field: the first example its description gives that fits, such as `organisation`.
    const pattern = new RegExp(property['pattern']);
    const description = typeof property['description'] === 'string' ? property['description'] : '';
    const example = [...description.matchAll(/`([^`]+)`/g)].map((match) => match[1]!).find((x) => pattern.test(x));
    return example ?? input.id;
  }
  if (key === 'title' || key === 'name') return humanise(input.id);
  return 'TODO';
}

/**
 * Dates that agree with one another: a period starts a year ago and ends yesterday;
 * what is issued or reviewed falls today; what expires or comes next falls in a year.
 */
function placeholderDate(key: string, today: string): string {
  if (key === 'start') return addDays(today, -365);
  if (key === 'end') return addDays(today, -1);
  if (/until|through|next|expected|expires/i.test(key)) return addDays(today, 365);
  return today;
}

/** `soc-2-2027` as words: `Soc 2 2027`. */
function humanise(id: string): string {
  const words = id.split('/').at(-1)!.split('-').join(' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
