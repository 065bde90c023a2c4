import { bodyFirstLine, type FrontMatter } from '../content/front-matter.ts';
import type { Problem } from '../content/problems.ts';

/**
 * A security FAQ question's answer is its body: it must be there, and written in Markdown, since the FAQ
 * page gives search engines every answer as text (structured data), and only a Markdown body is rendered
 * to HTML ahead of the page; an MDX body becomes a component.
 */
export function checkFaqAnswer(file: string, text: string, frontMatter: FrontMatter): Problem[] {
  if (file.endsWith('.mdx')) {
    return [
      {
        file,
        field: '',
        message:
          'A security FAQ answer is written in Markdown, not MDX: the FAQ page gives search engines every answer ' +
          `as text, which only a Markdown body has. Rename the file to \`${file.replace(/^.*\//, '').slice(0, -1)}\`.`,
      },
    ];
  }
  if (text.slice(frontMatter.end).trim() !== '') return [];
  return [
    {
      file,
      line: bodyFirstLine(text, frontMatter),
      field: '',
      message: 'The question has no answer. Write the answer as the body, below the closing `---` of the front matter.',
    },
  ];
}
