/**
 * Edits one top-level field of a YAML front matter at a time, as text: the field's own lines are replaced,
 * removed or added, and every other field, comment and blank line stays byte for byte, whatever its style
 * (folded `>-` text, flow lists). Each edit parses the YAML again, so edits can follow one another.
 */
import { isMap, isScalar, parseDocument, stringify } from '../content/front-matter.ts';

/** Options for YAML the importer writes: no folding, so a long text stays on one line. */
export const yamlOptions = { lineWidth: 0, indentSeq: true, flowCollectionPadding: false } as const;

type Range = [number, number, number];

/** A top-level field's text in the YAML: from its key to the end of its value and any comment on that line. */
function findField(yaml: string, key: string): { start: number; end: number; value: unknown } | undefined {
  const document = parseDocument(yaml, { prettyErrors: false });
  if (!isMap(document.contents)) return undefined;
  const pair = document.contents.items.find((item) => isScalar(item.key) && item.key.value === key);
  if (!pair) return undefined;
  const keyRange = (pair.key as { range?: Range }).range!;
  const valueRange = (pair.value as { range?: Range } | null)?.range;
  const start = keyRange[0];
  let end = valueRange ? valueRange[1] : keyRange[1];
  // A block value's range takes in the line break after it; a one-line value's does not.
  if (!yaml.slice(start, end).endsWith('\n')) {
    end += /^[^\r\n]*(\r?\n|$)/.exec(yaml.slice(end))![0].length;
  }
  return { start, end, value: document.get(key) };
}

/**
 * Sets a top-level field to a value written as YAML, or removes it when the value is undefined. A field whose
 * text is new goes after the first of `after` that exists, or at the end.
 */
export function setField(yaml: string, key: string, value: unknown, after: readonly string[] = []): string {
  const eol = yaml.includes('\r\n') ? '\r\n' : '\n';
  const field = findField(yaml, key);
  const block =
    value === undefined
      ? ''
      : stringify({ [key]: value }, yamlOptions)
          .split('\n')
          .join(eol)
          .trimEnd() + eol;
  if (field) return `${yaml.slice(0, field.start)}${block}${yaml.slice(field.end)}`;
  if (!block) return yaml;
  const anchor = after.map((name) => findField(yaml, name)).find(Boolean);
  const at = anchor ? anchor.end : yaml.length;
  const before = yaml.slice(0, at);
  const separator = before === '' || before.endsWith('\n') ? '' : eol;
  return `${before}${separator}${block}${yaml.slice(at)}`;
}

/**
 * Replaces a top-level field with the text an edit of its own YAML gives, so a list's comments and the style of
 * its items are kept: `edit` receives the field alone as a YAML document and changes it.
 */
export function editField(
  yaml: string,
  key: string,
  edit: (document: ReturnType<typeof parseDocument>) => void,
): string {
  const eol = yaml.includes('\r\n') ? '\r\n' : '\n';
  const field = findField(yaml, key);
  const own = field ? yaml.slice(field.start, field.end) : `${key}: []${eol}`;
  const document = parseDocument(own);
  edit(document);
  const text = document.toString(yamlOptions).split(/\r?\n/).join(eol);
  if (!field) return `${yaml}${yaml === '' || yaml.endsWith('\n') ? '' : eol}${text}`;
  return `${yaml.slice(0, field.start)}${text}${yaml.slice(field.end)}`;
}
