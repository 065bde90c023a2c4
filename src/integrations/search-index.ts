import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { announcePagesWritten, isIndexedAfterBuild } from '../lib/build/index-handoff.ts';

/**
 * Builds the Pagefind search index over the built pages once Astro has written
 * them. Only the main content of entry and document pages is indexed: they
 * carry `data-pagefind-body`. Under `npm run build` the index is built outside
 * Astro's process instead, so Astro and Pagefind's indexer do not both hold their
 * most memory at once; list this integration after those that write many files
 * when the build is done (the Markdown twins), so that command indexes without
 * sharing the disk and the processors with them.
 */
export function searchIndex(): AstroIntegration {
  return {
    name: 'trust-center:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        if (isIndexedAfterBuild()) {
          announcePagesWritten();
          return;
        }
        const started = performance.now();
        // Loaded only here: under `npm run build`, Astro's process never needs Pagefind.
        const { writeSearchIndex } = await import('../lib/search/indexer.ts');
        const pages = await writeSearchIndex(fileURLToPath(dir));
        logger.info(`Indexed ${pages} pages for search in ${Math.round(performance.now() - started)} ms.`);
      },
    },
  };
}
