import { z } from 'astro/zod';
import { suggest } from '../lib/content/suggest.ts';

/** An entry id: lowercase letters, digits and single hyphens, like `soc-2`. */
export const entryIdPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The content collections whose entries other entries may reference. */
export const collectionNames = [
  'frameworks',
  'artefacts',
  'controls',
  'services',
  'scenarios',
  'updates',
  'docs',
  'subprocessors',
  'faq',
] as const;

export type CollectionName = (typeof collectionNames)[number];

/** A resolved link to another entry, the shape Astro's `reference()` produces. */
export interface EntryReference<C extends CollectionName = CollectionName> {
  collection: C;
  id: string;
}

/**
 * Builds the schema of a field that links to an entry of another collection.
 * Astro passes its `reference()`; the integrity check passes one that also
 * verifies the target exists, so a dangling link is reported with the field.
 */
export type ReferenceFactory = <C extends CollectionName>(collection: C) => z.ZodType<EntryReference<C>, string>;

/** An entry id: lowercase letters, digits and single hyphens, like `soc-2`. */
export const idSchema = z
  .string({ error: 'Expected an id such as `soc-2` (lowercase letters, digits and hyphens).' })
  .regex(entryIdPattern, {
    error: 'Expected an id such as `soc-2` (lowercase letters, digits and hyphens).',
  });

/**
 * Who publishes an artefact or runs a service: `organisation`, or the id of a provider listed in `site.yaml`. The
 * content check, which knows the providers, says which parties there are and which one was meant.
 */
export const partySchema = z
  .string({ error: 'Expected `organisation`, or the id of a provider listed in `site.yaml`.' })
  .trim()
  .min(1, { error: 'Expected `organisation`, or the id of a provider listed in `site.yaml`.' });

/** Text that must not be empty once trimmed. */
export const textSchema = z
  .string({ error: 'Expected text.' })
  .trim()
  .min(1, { error: 'Expected text, found an empty value.' });

const dateFormatMessage = 'Expected a date written as YYYY-MM-DD, such as `2025-06-30`.';

/**
 * A calendar date written `YYYY-MM-DD`, a day that exists. YAML parsers may turn
 * unquoted dates into `Date` objects, so both forms are accepted and normalised to the string.
 */
export const isoDateSchema = z.preprocess(
  (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
  z.iso.date({ error: (issue) => describeMissingDay(issue.input) ?? suggestDay(issue.input) ?? dateFormatMessage }),
);

/**
 * For a day written with a time (`2026-01-10T10:00:00Z`) or with slashes, year first (`2026/01/10`), the date as the
 * field takes it; undefined for any other value, such as `10/01/2026`, whose day and month could be either way round.
 */
function suggestDay(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const withTime = /^(\d{4}-\d{2}-\d{2})[T ]\d/.exec(value.trim());
  if (withTime) return `Expected a date alone, without a time: write \`${withTime[1]}\`.`;
  const slashed = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$/.exec(value.trim());
  if (!slashed) return undefined;
  const [, year, month, day] = slashed as unknown as [string, string, string, string];
  return `Expected a date written as YYYY-MM-DD: write \`${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}\`.`;
}

const monthName = new Intl.DateTimeFormat('en-GB', { month: 'long', timeZone: 'UTC' });

/**
 * For a date written as `YYYY-MM-DD` that does not exist, such as `2026-09-31` or `2026-13-01`, says which part is
 * wrong and what it may be (how many days the month has); undefined for any other value.
 */
function describeMissingDay(value: unknown): string | undefined {
  const match = typeof value === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) : null;
  if (!match) return undefined;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  if (month < 1 || month > 12) return `There is no month ${match[2]}: write the month from \`01\` to \`12\`.`;
  if (day < 1) return `There is no day ${match[3]}: write the day from \`01\`.`;
  const lastDay = new Date(0);
  lastDay.setUTCFullYear(year, month, 0);
  const days = lastDay.getUTCDate();
  if (day <= days) return undefined;
  const name = monthName.format(lastDay);
  const yearMonth = `${match[1]}-${match[2]}`;
  return (
    `${month === 2 ? `${name} ${match[1]}` : name} has ${days} days: write a day from \`${yearMonth}-01\` to ` +
    `\`${yearMonth}-${days}\`.`
  );
}

/** An absolute http or https address. */
export const urlSchema = z.url({
  protocol: /^https?$/,
  error: (issue) =>
    typeof issue.input === 'string' && /^[\w-]+(\.[\w-]+)+(\/\S*)?$/.test(issue.input)
      ? `Expected an absolute address starting with \`https://\`: write \`https://${issue.input}\`.`
      : 'Expected an absolute address starting with `https://`.',
});

/** An email address, used for contacts. */
export const emailSchema = z.email({ error: 'Expected an email address, such as `trust@example.com`.' });

/** Who may read an artefact: anyone, signed-in customers with a role, or under a signed NDA. */
export const accessLevels = ['public', 'sign-in', 'nda'] as const;
export const accessLevelSchema = z.enum(accessLevels);
export type AccessLevel = (typeof accessLevels)[number];

/** Who carries out a control in the shared-responsibility model. */
export const responsibilities = ['provider', 'customer', 'shared'] as const;
export const responsibilitySchema = z.enum(responsibilities);
export type Responsibility = (typeof responsibilities)[number];

/** A list of search aliases: other names people type for an entry (`SOC2`, `MFA`). */
export const aliasesSchema = z.array(textSchema).default([]);

/** The fields every entry collection has, spread first into each entry schema. */
export const draftShape = {
  /**
   * `true` while the entry is being written: `npm run dev` shows it under a "Draft" banner, a build leaves it out
   * of every page, download and count, and lists it in its summary; `false` by default.
   */
  draft: z.boolean({ error: 'Expected `true` or `false`.' }).default(false),
};

/**
 * A period of time with a first and last day, such as an audit period.
 * The start must come before the end.
 */
export const periodSchema = strictObject({
  /** First day of the period. */
  start: isoDateSchema,
  /** Last day of the period. */
  end: isoDateSchema,
}).refine((period) => period.start < period.end, {
  error: (issue) => {
    const period = issue.input as { start: string; end: string };
    return (
      `The period starts on \`${period.start}\` but ends on \`${period.end}\`; the start must come before ` +
      `the end. Swap the two dates or correct one of them.`
    );
  },
  path: ['end'],
});

/**
 * An object that rejects unknown keys with the name of the closest known key,
 * so a misspelt field fails the build instead of silently vanishing.
 */
export function strictObject<Shape extends z.ZodRawShape>(shape: Shape) {
  const known = Object.keys(shape);
  return z.strictObject(shape, {
    error: (issue) => {
      if (issue.code !== 'unrecognized_keys') return undefined;
      return issue.keys
        .map((key) => {
          const closest = suggest(key, known);
          const hint = closest ? ` Did you mean \`${closest}\`?` : '';
          return `Unknown field \`${key}\`.${hint} Known fields here: ${known.map((k) => `\`${k}\``).join(', ')}.`;
        })
        .join(' ');
    },
  });
}

/**
 * Options for refinements that should run even when other fields already failed,
 * so one build reports every problem in an entry, not only the first kind.
 */
export const evenWithOtherIssues = {
  when: (payload: { value: unknown }) => typeof payload.value === 'object' && payload.value !== null,
};

const strictDate = z.iso.date();
/** Whether a value is a valid `YYYY-MM-DD` date, for comparisons in refinements. */
export function isValidDate(value: unknown): value is string {
  return strictDate.safeParse(value).success;
}

/** A list of references to entries of one collection, each named once. */
export function referenceList<C extends CollectionName>(reference: ReferenceFactory, collection: C) {
  return z
    .array(reference(collection))
    .default([])
    .superRefine((references, context) => {
      const seen = new Set<string>();
      references.forEach((entry, index) => {
        if (seen.has(entry.id)) {
          context.addIssue({
            code: 'custom',
            message: `\`${entry.id}\` is listed twice. Remove the second mention.`,
            path: [index],
            input: undefined,
          });
        }
        seen.add(entry.id);
      });
    });
}
