/**
 * Checks an OSCAL document against an official OSCAL JSON schema (draft-07) with
 * ajv, and words each violation the way the content check words its problems.
 * The schema is passed in, never bundled: writers point at the release they use.
 */
import { Ajv, type ErrorObject } from 'ajv';
import addFormats from 'ajv-formats';
import { formatFieldPath, formatFound, type Problem } from '../content/problems.ts';

const jsonTypeNames: Record<string, string> = {
  string: 'text',
  number: 'a number',
  integer: 'a whole number',
  boolean: '`true` or `false`',
  array: 'a list',
  object: 'a group of fields',
};

/** How many schema violations are listed before the rest are counted. */
export const schemaProblemLimit = 20;

/**
 * Validates `document` (read from `file`) against `schema` (read from `schemaFile`).
 * Returns no problems when it is valid; a schema that cannot be compiled, or that
 * does not describe catalogs, is itself reported.
 */
export function validateOscalCatalog(document: unknown, file: string, schema: unknown, schemaFile: string): Problem[] {
  const properties = (schema as { properties?: Record<string, unknown> } | null)?.properties;
  if (typeof properties !== 'object' || properties === null || !('catalog' in properties)) {
    return [
      {
        file: schemaFile,
        field: '',
        message:
          'This is not the OSCAL catalog schema: it has no `catalog` property. Pass `oscal_catalog_schema.json` ' +
          'from an OSCAL release to `--schema`.',
      },
    ];
  }
  let validate;
  try {
    const ajv = new Ajv({ allErrors: true });
    addFormats(ajv);
    validate = ajv.compile(schema as object);
  } catch (error) {
    return [
      {
        file: schemaFile,
        field: '',
        message:
          `The schema cannot be compiled: ${(error as Error).message}. Pass \`oscal_catalog_schema.json\` ` +
          `from an OSCAL release, unchanged.`,
      },
    ];
  }
  if (validate(document)) return [];

  // A value that breaks both a pattern and a format is one mistake: report it once, by its format.
  const errors = new Map<string, ErrorObject>();
  for (const error of validate.errors ?? []) {
    const perField = error.keyword === 'required' || error.keyword === 'additionalProperties';
    const key = perField ? `${error.instancePath} ${JSON.stringify(error.params)}` : error.instancePath;
    const seen = errors.get(key);
    if (!seen || (seen.keyword === 'pattern' && error.keyword === 'format')) errors.set(key, error);
  }
  const problems = [...errors.values()].map((error) => describeSchemaError(document, file, error));
  if (problems.length > schemaProblemLimit) {
    const rest = problems.length - schemaProblemLimit;
    return [
      ...problems.slice(0, schemaProblemLimit),
      {
        file,
        field: '',
        message:
          `${rest} more ${rest === 1 ? 'violation' : 'violations'} of the OSCAL catalog schema are not ` +
          `listed. Fix the ones above and run the import again.`,
      },
    ];
  }
  return problems;
}

/** One ajv error as a sentence: what was found where, what the schema expects, what to do. */
function describeSchemaError(document: unknown, file: string, error: ErrorObject): Problem {
  const path = error.instancePath
    .split('/')
    .slice(1)
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment));
  const value = path.reduce<unknown>(
    (node, key) => (node as Record<string | number, unknown> | undefined)?.[key],
    document,
  );
  const owner = describeOwner(document, path);
  const context = owner && !owner.self ? ` It is in ${owner.name}.` : '';
  const subject = owner?.self ? owner.name : path.length > 0 ? `\`${formatFieldPath(path)}\`` : 'the document';
  const params = error.params as Record<string, unknown>;
  let message: string;
  switch (error.keyword) {
    case 'required': {
      const missing = String(params.missingProperty);
      return {
        file,
        field: formatFieldPath([...path, missing]),
        message:
          `${capitalise(subject)} has no \`${missing}\`, which the OSCAL catalog schema requires. Add ` +
          `it.${context}`,
      };
    }
    case 'additionalProperties': {
      const extra = String(params.additionalProperty);
      return {
        file,
        field: formatFieldPath([...path, extra]),
        message:
          `${capitalise(subject)} has a field \`${extra}\`, which the OSCAL catalog schema does not allow ` +
          `there. Remove it, or correct its name.${context}`,
      };
    }
    case 'pattern': {
      // Some OSCAL patterns run to hundreds of characters; those help nobody in a message.
      const pattern = String(params.pattern);
      const shown = pattern.length <= 60 ? ` (the pattern \`${pattern}\`)` : '';
      message = `Found ${formatFound(value)}, which is not in the form the OSCAL catalog schema expects${shown}.`;
      break;
    }
    case 'format':
      message =
        `Found ${formatFound(value)}, but the OSCAL catalog schema expects ` + `a \`${String(params.format)}\` value.`;
      break;
    case 'type':
      message =
        `Found ${formatFound(value)}, but the OSCAL catalog schema ` +
        `expects ${jsonTypeNames[String(params.type)] ?? String(params.type)}.`;
      break;
    case 'enum':
      message =
        `Found ${formatFound(value)}, but the OSCAL catalog schema allows ` +
        `only ${(params.allowedValues as unknown[]).map((allowed) => `\`${String(allowed)}\``).join(', ')}.`;
      break;
    case 'minItems':
      message =
        `Found ${Array.isArray(value) && value.length === 0 ? 'an empty list' : 'too few items'}, but the ` +
        `OSCAL catalog schema expects at least ${String(params.limit)}. Add items, or remove the field.`;
      break;
    default:
      message =
        `Found ${formatFound(value)}, which the OSCAL catalog schema rejects: ` +
        `it ${error.message ?? 'is not valid'}.`;
  }
  return { file, field: formatFieldPath(path), message: `${message}${owner ? ` It is in ${owner.name}.` : ''}` };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Names the nearest control, group or parameter that holds a path, so a writer can find it by id. */
function describeOwner(
  document: unknown,
  path: readonly (string | number)[],
): { name: string; self: boolean } | undefined {
  let node: unknown = document;
  let owner: { name: string; self: boolean } | undefined;
  for (let index = 0; index < path.length; index++) {
    node = (node as Record<string | number, unknown> | undefined)?.[path[index]!];
    const container = path[index - 1];
    const id = (node as { id?: unknown } | undefined)?.id;
    if (typeof id !== 'string') continue;
    const kind =
      container === 'controls'
        ? 'control'
        : container === 'groups'
          ? 'group'
          : container === 'params'
            ? 'parameter'
            : undefined;
    if (kind) owner = { name: `the ${kind} \`${id}\``, self: index === path.length - 1 };
  }
  return owner;
}
