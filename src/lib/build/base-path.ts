/**
 * Where the site is published decides the path every link starts with. It is
 * set in one place, `url` in `site.yaml`: `https://example.com/trust/` publishes
 * the site under `/trust/`, and `astro.config.mjs` gives Astro that path as `base`.
 */

/** A path ending in a slash, as every base path is written: `/trust` gives `/trust/`. */
const withSlash = (path: string) => (path.endsWith('/') ? path : `${path}/`);

/** The path every link of the site starts with: the path of its address, ending in a slash: `/trust/`. */
export function getBasePath(siteUrl: string): string {
  return withSlash(new URL(siteUrl).pathname);
}

/**
 * The problem when the build's base path, as given by `--base`, differs from the path
 * of the site's address, which every absolute URL (canonical links, the sitemap,
 * `robots.txt`, `security.txt`, the evidence packs) is built on; undefined when they agree.
 */
export function findBasePathMismatch(base: string, siteUrl: string, file: string): string | undefined {
  const expected = getBasePath(siteUrl);
  const actual = withSlash(base);
  if (actual === expected) return undefined;
  const fixed = new URL(actual, siteUrl).href;
  return [
    `The base path is \`${actual}\`, but \`url\` in \`${file}\` is \`${siteUrl}\`, which is published at ` +
      `\`${expected}\`.`,
    'Links, canonical addresses, the sitemap and the hosting files must all agree on one path, and it comes from ' +
      '`url`.',
    `To publish under \`${actual}\`, set \`url: ${fixed}\` in \`${file}\` and build without \`--base\`.`,
  ].join(' ');
}

/**
 * What the dev server says when `url` in `site.yaml` now gives another path than the one it serves the site under,
 * which it read when it started; undefined when they agree.
 */
export function describeServedPathChange(base: string, siteUrl: string, file: string): string | undefined {
  const expected = getBasePath(siteUrl);
  const served = withSlash(base);
  if (served === expected) return undefined;
  return (
    `\`url\` in \`${file}\` now publishes the site under \`${expected}\`, but this server serves it under ` +
    `\`${served}\`, the path it read when it started. Stop it and run \`npm run dev\` again to serve the new path.`
  );
}
