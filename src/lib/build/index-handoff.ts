/**
 * How `npm run build` and the Astro build it starts agree that the search
 * index is built outside Astro's process. Kept apart from the indexing itself,
 * so the command can start Astro before loading anything else.
 */

/** Set by `npm run build` for the Astro process it starts. */
export const indexAfterBuildVariable = 'TRUST_CENTER_INDEX_AFTER_BUILD';

/**
 * Whether this Astro build leaves the search index, and the swap of the finished site into place, to the command that
 * started it.
 */
export function isIndexedAfterBuild(env: NodeJS.ProcessEnv = process.env): boolean {
  return env[indexAfterBuildVariable] === '1';
}

/** The message an Astro build sends `npm run build` once every page is written. */
export const pagesWrittenMessage = 'trust-center:pages-written';

/**
 * Tells the command that started this build that every page is written, with the
 * Markdown twins, so it can start indexing while Astro writes the sitemap and
 * exits; then lets go of the channel, so it does not keep Astro's process alive.
 */
export function announcePagesWritten(): void {
  if (!process.send) return;
  process.send(pagesWrittenMessage, () => process.disconnect());
}
