/**
 * The print stylesheet that needs the site's address. On paper a link is only
 * its text, so links to the site's own pages print their full address, which a
 * reader can type or cite; the address comes from `site.yaml`, as a stylesheet
 * cannot know where the site is served from. Links elsewhere are left to the
 * main stylesheet.
 */
export function getPrintStylesheet(siteUrl: string): string {
  const origin = new URL(siteUrl).origin;
  return [
    '@media print {',
    "  main a[href^='/']::after {",
    `    content: ' (${origin}' attr(href) ')';`,
    '    word-break: break-all;',
    '  }',
    '}',
    '',
  ].join('\n');
}
