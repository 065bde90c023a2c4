/**
 * Small builders for the JSON Schema (draft-07) of the exports, so each field is
 * one line: its type and the sentence that documents it.
 */

import { entryIdPattern } from '../../schemas/shared.ts';

/** A JSON Schema, as the exports publish it. */
export type JsonSchema = { [key: string]: unknown };

export const text = (description: string): JsonSchema => ({ type: 'string', minLength: 1, description });

export const uri = (description: string): JsonSchema => ({ type: 'string', format: 'uri', description });

export const date = (description: string): JsonSchema => ({ type: 'string', format: 'date', description });

export const integer = (description: string): JsonSchema => ({ type: 'integer', minimum: 0, description });

export const boolean = (description: string): JsonSchema => ({ type: 'boolean', description });

export const oneOf = (values: readonly string[], description: string): JsonSchema => ({
  type: 'string',
  enum: [...values],
  description,
});

export const list = (items: JsonSchema, description: string): JsonSchema => ({ type: 'array', items, description });

/** A list of texts, such as aliases or regions. */
export const texts = (description: string): JsonSchema => list({ type: 'string', minLength: 1 }, description);

/** Ids of entries of one collection, each a key of that collection in the catalog. */
export const ids = (collection: string, description: string): JsonSchema =>
  list({ type: 'string', pattern: entryIdPattern.source }, `${description} Ids of \`${collection}\`.`);

/** One id of an entry of a collection. */
export const id = (collection: string, description: string): JsonSchema => ({
  type: 'string',
  pattern: entryIdPattern.source,
  description: `${description} An id of \`${collection}\`.`,
});

/**
 * An object with exactly these properties, the required ones always present and
 * the others only when they have a value: an unknown or misspelt field fails validation.
 */
export function object(
  description: string,
  required: Record<string, JsonSchema>,
  optional: Record<string, JsonSchema> = {},
) {
  return {
    type: 'object',
    description,
    required: Object.keys(required),
    properties: { ...required, ...optional },
    additionalProperties: false,
  } satisfies JsonSchema;
}

/** Counts keyed by a closed set of values, each present: `{ provider: 3, customer: 1, shared: 5 }`. */
export function countsOf(values: readonly string[], description: string): JsonSchema {
  return object(description, Object.fromEntries(values.map((value) => [value, integer(`How many are \`${value}\`.`)])));
}

/** Entries keyed by id: each key is the entry's id, each value follows `entry`. */
export function keyed(entry: JsonSchema, description: string): JsonSchema {
  return {
    type: 'object',
    description,
    propertyNames: { pattern: entryIdPattern.source },
    additionalProperties: entry,
  };
}
