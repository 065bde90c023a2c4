/** Turns OSCAL prose (Markdown with parameter placeholders) into short plain-text descriptions. */
import { asArray, getProps, type Param, type Part } from './catalog-json.ts';

/** Longest description kept; longer statements are cut at a clause boundary. */
export const descriptionLength = 300;

/**
 * The control's statement as one line of plain text, with item labels (`a.`, `1.`)
 * kept, parameters resolved, and cut to about `descriptionLength` characters at a
 * sentence or clause boundary.
 */
export function summariseStatement(parts: unknown, params: ReadonlyMap<string, Param>): string | undefined {
  const statement = asArray<Part>(parts).find((part) => part.name === 'statement');
  if (!statement) return undefined;
  const flatten = (part: Part): string[] => {
    const label = getProps(part.props, 'label')[0]?.value;
    const own = [
      typeof label === 'string' ? label : '',
      typeof part.prose === 'string' ? toPlainText(part.prose, params) : '',
    ]
      .filter((piece) => piece !== '')
      .join(' ');
    return [own, ...asArray<Part>(part.parts).flatMap(flatten)].filter((piece) => piece !== '');
  };
  const text = flatten(statement)
    .join(' ')
    .replace(/\s+([;,.:])(?=\s|$)/g, '$1');
  return text === '' ? undefined : shorten(text, descriptionLength);
}

/** Cuts text to at most `max` characters, at the last sentence or clause end that fits, marking the cut with `…`. */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = -1;
  for (const match of text.matchAll(/[.;:](?=\s)/g)) {
    const end = match.index + 1;
    if (end > max - 3) break;
    const word = text.slice(text.lastIndexOf(' ', match.index) + 1, end);
    // Item labels (`a.`, `12.`), abbreviations and punctuation inside `[Assignment: …]` do not end a clause.
    if (/^\(?[a-z0-9]{1,3}\)?[.:]$|^(?:e\.g|i\.e|etc|vs)\.$/i.test(word)) continue;
    if (countOpenBrackets(text.slice(0, end)) > 0) continue;
    cut = end;
  }
  if (cut < max / 3) cut = text.lastIndexOf(' ', max - 3);
  if (cut <= 0) cut = max - 3;
  const kept = text.slice(0, cut).replace(/[\s;:,]+$/, '');
  return `${kept} …${']'.repeat(countOpenBrackets(kept))}`;
}

function countOpenBrackets(text: string): number {
  let open = 0;
  for (const character of text) {
    if (character === '[') open++;
    else if (character === ']' && open > 0) open--;
  }
  return open;
}

/**
 * Turns OSCAL markup (Markdown with `{{ insert: param, id }}` placeholders) into
 * plain text: link text kept, emphasis and code marks dropped, placeholders
 * replaced by the parameter's value, choice or `[Assignment: label]`.
 */
export function toPlainText(markup: string, params: ReadonlyMap<string, Param>, depth = 0): string {
  const plain = markup
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/\*(\S(?:.*?\S)?)\*/g, '$1')
    .replace(/`([^`]*)`/g, '$1');
  return plain
    .replace(/\{\{\s*insert:\s*([\w-]+)\s*,\s*([^\s}]+)\s*\}\}/g, (_, type: string, id: string) =>
      type === 'param' ? describeParam(id, params, depth) : `[${id}]`,
    )
    .replace(/\s+/g, ' ')
    .trim();
}

/** What a parameter placeholder reads as: its set value, its choices, or what it asks to be assigned. */
function describeParam(id: string, params: ReadonlyMap<string, Param>, depth: number): string {
  const param = params.get(id);
  // Choices may insert other parameters; a loop in a broken catalog must not recurse forever.
  if (!param || depth > 4) return `[Assignment: ${id}]`;
  const resolve = (value: string) => toPlainText(value, params, depth + 1);
  const values = asArray<unknown>(param.values).filter((value): value is string => typeof value === 'string');
  if (values.length > 0) return values.map(resolve).join(', ');
  const choices = asArray<unknown>(param.select?.choice).filter(
    (choice): choice is string => typeof choice === 'string',
  );
  if (choices.length > 0) {
    const howMany = param.select?.['how-many'] === 'one-or-more' ? 'one or more' : 'one';
    return `[Selection (${howMany}): ${choices.map(resolve).join('; ')}]`;
  }
  const label = typeof param.label === 'string' && param.label.trim() !== '' ? resolve(param.label) : id;
  const constraints = asArray<{ description?: unknown }>(param.constraints)
    .map((constraint) => constraint.description)
    .filter((text): text is string => typeof text === 'string' && text.trim() !== '')
    .map(resolve);
  return constraints.length > 0 ? `[Assignment: ${label} (${constraints.join('; ')})]` : `[Assignment: ${label}]`;
}
