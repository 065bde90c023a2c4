import { markdownToHtml } from 'satteri';
import { describe, expect, test } from 'vitest';
import type { Audience } from '../../src/lib/build/audience.ts';
import { createMarkdownPlugins, markdownFeatures } from '../../src/lib/markdown/processor.ts';
import { restrictedNotice } from '../../src/lib/markdown/restricted-sections.ts';

/** A Markdown body as a build for `audience` renders it. */
async function render(markdown: string, audience: Audience = 'public'): Promise<string> {
  const { html } = await markdownToHtml(markdown, {
    features: markdownFeatures,
    mdastPlugins: createMarkdownPlugins(audience),
  });
  return html;
}

describe('Markdown rendering', () => {
  test('keeps times, ratios and other colons in text as written', async () => {
    expect(await render('From 09:40 to 12:50 UTC, *at 10:05*, a ratio of 3:1 and `a:b`, see note:here.')).toBe(
      '<p>From 09:40 to 12:50 UTC, <em>at 10:05</em>, a ratio of 3:1 and <code>a:b</code>, see note:here.</p>\n',
    );
  });

  test('keeps what reads as a directive with a label or attributes, and a line starting with two colons', async () => {
    expect(await render('Ask for :abbr[HTML]{title="x"} or a:b{.c}.\n\n::note\n')).toBe(
      '<p>Ask for :abbr[HTML]{title="x"} or a:b{.c}.</p>\n<p>::note</p>\n',
    );
  });

  test('still turns a restricted section into a notice, and keeps its times in the internal build', async () => {
    const markdown = 'Open at 08:00.\n\n:::restricted\nThe on-call rota changes at 17:30.\n:::\n';
    expect(await render(markdown)).toBe(
      `<p>Open at 08:00.</p>\n<p class="restricted-notice"><em>${restrictedNotice}</em></p>\n`,
    );
    const internal = await render(markdown, 'internal');
    expect(internal).toContain('<p>The on-call rota changes at 17:30.</p>');
    expect(internal).toContain('<aside class="restricted" aria-label="Internal only">');
  });
});
