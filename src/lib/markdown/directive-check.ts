import { markdownToMdast, mdxToMdast } from 'satteri';
import { bodyFirstLine, type FrontMatter } from '../content/front-matter.ts';
import type { Problem } from '../content/problems.ts';
import { suggest } from '../content/suggest.ts';
import { markdownFeatures } from './processor.ts';
import { restrictedDirective } from './restricted-sections.ts';

/** The sections a body may mark with `:::name` … `:::`: restricted sections alone. */
const knownSections: readonly string[] = [restrictedDirective];

/** A node of the Markdown tree, as far as the check reads it. */
interface Node {
  type: string;
  name?: string;
  position?: { start: { line: number } };
  children?: Node[];
}

/**
 * The sections of an entry's body marked with a directive the site does not know (`:::note`, or `:::restrcited` for
 * `:::restricted`). The Markdown processor would render neither the section nor its text, in any build, so the
 * text would be lost without a word: each is a problem on its line, with the fix. The body is parsed as the build
 * parses it, so a `:::` line in a code block is text, not a section.
 */
export function checkDirectives(file: string, text: string, frontMatter: FrontMatter): Problem[] {
  const body = text.slice(frontMatter.end);
  if (!body.includes(':::')) return [];
  const parse = file.endsWith('.mdx') ? mdxToMdast : markdownToMdast;
  let tree: Node;
  try {
    tree = parse(body, { features: markdownFeatures, position: true }) as Node;
  } catch {
    // A body the parser cannot read fails the build with the parser's own message.
    return [];
  }
  const linesBefore = bodyFirstLine(text, frontMatter) - 1;
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
