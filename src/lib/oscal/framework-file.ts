/**
 * Writes a framework entry's requirement list into its Markdown file. Updating a
 * file replaces the text of its `requirements:` field only, so every other field,
 * comment and the body stay byte for byte; writing the same list twice gives the
 * same file.
 */
import { FrameworkSchema, type FrameworkInput } from '../../schemas/frameworks.ts';
import type { RequirementInput } from './catalog.ts';
import { Document, isMap, isScalar, parseDocument, splitFrontMatter, stringify } from '../content/front-matter.ts';
import { describeIssue, formatFieldPath, type Problem } from '../content/problems.ts';

/** Options for YAML written by the importer: no folding, so a long description stays on one line. */
const yamlOptions = { lineWidth: 0, indentSeq: true, flowCollectionPadding: false } as const;

/** Fields of a new framework entry, in the order they are written; `requirements` come last. */
export type NewFramework = Omit<FrameworkInput, 'requirements'>;

/**
 * Replaces the `requirements` of a framework file's front matter, or adds them at
 * its end when there are none. Returns the new text, or the reason it cannot.
 */
export function replaceRequirements(
  text: string,
  requirements: readonly RequirementInput[],
): { text: string } | { error: string } {
  const frontMatter = splitFrontMatter(text);
  if (!frontMatter) {
    return {
      error:
        'The file has no front matter, so its requirements cannot be replaced. Start it with a line `---`, the ' +
        'fields in YAML, and another line `---`.',
    };
  }
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const { yaml, start: yamlStart } = frontMatter;
  const document = parseDocument(yaml, { prettyErrors: false });
  if (document.errors.length > 0) {
    return {
      error:
        'The front matter is not valid YAML, so its requirements cannot be replaced safely. Run ' +
        '`npm run content:check` to see where, fix it, and import again.',
    };
  }
  if (document.contents !== null && !isMap(document.contents)) {
    return {
      error:
        'The front matter is not a set of fields, so its requirements cannot be replaced. Write it as ' +
        '`field: value` lines.',
    };
  }
  const block = formatRequirements(requirements).split('\n').join(eol);
  const pair = document.contents?.items.find((item) => isScalar(item.key) && item.key.value === 'requirements');
  let start: number;
  let end: number;
  let replacement: string;
  if (pair) {
    const keyRange = (pair.key as { range?: [number, number, number] }).range!;
    const valueRange = (pair.value as { range?: [number, number, number] } | null)?.range;
    start = keyRange[0];
    end = valueRange ? valueRange[1] : keyRange[1];
    if (yaml.slice(start, end).endsWith('\n')) {
      // A block list's range takes in the line break after its last item; keep one there,
      // and keep a comment on the field's own line (`requirements: # from the catalog`).
      const comment = /^:[ \t]*(#[^\r\n]*)/.exec(yaml.slice(keyRange[1]))?.[1];
      replacement = `${comment ? block.replace(/^requirements:/, `requirements: ${comment}`) : block}${eol}`;
    } else {
      // A comment after a one-line value (`requirements: [] # none yet`) stays on the field's line.
      const rest = /^[ \t]*(#[^\r\n]*)?/.exec(yaml.slice(end))!;
      end += rest[0].length;
      replacement = rest[1] ? block.replace(/^requirements:/, `requirements: ${rest[1]}`) : block;
    }
  } else {
    start = end = yaml.length;
    replacement = `${block}${eol}`;
  }
  const updated = `${yaml.slice(0, start)}${replacement}${yaml.slice(end)}`;
  return { text: `${text.slice(0, yamlStart)}${updated}${text.slice(yamlStart + yaml.length)}` };
}

/** A complete framework file: front matter with the given fields and requirements, then the body. */
export function createFrameworkText(
  fields: NewFramework,
  requirements: readonly RequirementInput[],
  body: string,
): string {
  const document = new Document(fields);
  // Short lists read best on one line, as in the hand-written entries.
  for (const key of ['aliases', 'jurisdictions', 'industries']) {
    const node = document.get(key, true) as { flow?: boolean } | undefined;
    if (node) node.flow = true;
  }
  const front = document.toString(yamlOptions);
  return `---\n${front}${formatRequirements(requirements)}\n---\n\n${body.trim()}\n`;
}

/** Checks a framework file's front matter against the framework schema, as the content check would. */
export function checkFrameworkText(text: string, file: string): Problem[] {
  const frontMatter = splitFrontMatter(text);
  const data = frontMatter ? (parseDocument(frontMatter.yaml).toJS() ?? {}) : {};
  const result = FrameworkSchema.safeParse(data, { reportInput: true });
  if (result.success) return [];
  return result.error.issues.map((issue) => ({
    file,
    field: formatFieldPath(issue.path),
    message: describeIssue(issue),
  }));
}

/** The `requirements:` field as YAML, without a final line break. */
function formatRequirements(requirements: readonly RequirementInput[]): string {
  return stringify({ requirements }, yamlOptions).trimEnd();
}
