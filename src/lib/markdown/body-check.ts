/**
 * The check of an entry's body, parsed as the build parses it: an MDX body the parser cannot read, and the sections a
 * body marks with a directive the site does not know (see `directive-check.ts`).
 */
import { markdownToMdast, mdxToMdast } from 'satteri';
import { bodyFirstLine, type FrontMatter } from '../content/front-matter.ts';
import type { Problem } from '../content/problems.ts';
import { checkDirectives, type Node } from './directive-check.ts';
import { markdownFeatures } from './processor.ts';

/**
 * The problems of an entry's body. A Markdown body always parses, so it is parsed only when it marks a section; an
 * MDX body is parsed every time, as a tag or a brace left open stops the build.
 */
export function checkBody(file: string, text: string, frontMatter: FrontMatter): Problem[] {
  const body = text.slice(frontMatter.end);
  const mdx = file.endsWith('.mdx');
  if (!mdx && !body.includes(':::')) return [];
  const linesBefore = bodyFirstLine(text, frontMatter) - 1;
  let tree: Node;
  try {
    tree = (mdx ? mdxToMdast : markdownToMdast)(body, { features: markdownFeatures, position: true }) as Node;
  } catch (error) {
    return [describeMdxError(file, error instanceof Error ? error.message : String(error), linesBefore)];
  }
  return checkDirectives(file, tree, linesBefore);
}

/**
 * An MDX parser's error (`3:1: Expected a closing tag for \`<div>\` (3:1) (mdx-jsx:unexpected-character)`) as a
 * problem on its line of the file, with the fix.
 */
function describeMdxError(file: string, message: string, linesBefore: number): Problem {
  const place = /^(\d+):\d+:\s*/.exec(message);
  const reason = message
    .slice(place?.[0].length ?? 0)
    .replace(/\s*\(\d+:\d+(?:-\d+:\d+)?\)/g, '')
    .replace(/\s*\([\w-]+:[\w-]+\)\s*$/, '')
    .trim();
  return {
    file,
    ...(place && { line: linesBefore + Number(place[1]) }),
    field: '',
    message:
      `The MDX body cannot be read: ${reason.replace(/\.?$/, '.')} In MDX, \`<\` starts a tag and \`{\` an ` +
      'expression: close the tag or the brace, or write `\\<` and `\\{` for the characters themselves.',
  };
}
