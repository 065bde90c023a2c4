import type { Problem } from '../content/problems.ts';
import { suggest } from '../content/suggest.ts';
import { restrictedDirective } from './restricted-sections.ts';

/** The sections a body may mark with `:::name` … `:::`: restricted sections alone. */
const knownSections: readonly string[] = [restrictedDirective];

/** A node of the Markdown tree, as far as the check reads it. */
export interface Node {
  type: string;
  name?: string;
  position?: { start: { line: number } };
  children?: Node[];
}

/**
 * The sections of an entry's body, parsed as `tree`, marked with a directive the site does not know (`:::note`, or
 * `:::restrcited` for `:::restricted`). The Markdown processor would render neither the section nor its text, in any
 * build, so the text would be lost without a word: each is a problem on its line, with the fix. `linesBefore` is how
 * many lines of the file come before the body.
 */
export function checkDirectives(file: string, tree: Node, linesBefore: number): Problem[] {
  return findUnknownSections(tree).map(({ name, line }) => ({
    file,
    line: line === undefined ? undefined : linesBefore + line,
    field: '',
    message: describeUnknownSection(name),
  }));
}

function findUnknownSections(node: Node): { name: string; line: number | undefined }[] {
  const here =
    node.type === 'containerDirective' && !knownSections.includes(node.name ?? '')
      ? [{ name: node.name ?? '', line: node.position?.start.line }]
      : [];
  return [...here, ...(node.children ?? []).flatMap(findUnknownSections)];
}

function describeUnknownSection(name: string): string {
  const meant = suggest(name, knownSections);
  return (
    `\`:::${name}\` is not a section this site knows: no build would show it or the text in it. ` +
    (meant
      ? `Did you mean \`:::${meant}\`, for text only the internal build shows? `
      : `The only section is \`:::${restrictedDirective}\`, for text only the internal build shows. `) +
    `To show the text to everyone, remove the \`:::${name}\` line and the \`:::\` line that closes it; for a note, ` +
    'start each of its lines with `> ` instead.'
  );
}
