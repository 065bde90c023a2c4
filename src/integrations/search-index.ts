import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { isIndexedAfterBuild, writeSearchIndex } from '../lib/search-index.ts';

/**
 * Builds the Pagefind search index over the built pages once Astro has written
 * them. Only the main content of entry and document pages is indexed: they
 * carry `data-pagefind-body`. Under `npm run build` the index is built after
 * Astro has exited instead, so Astro and Pagefind never hold memory at once.
 */
export function searchIndex(): AstroIntegration {
  return {
    name: 'trust-center:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        if (isIndexedAfterBuild()) return;
        const started = performance.now();
        const pages = await writeSearchIndex(fileURLToPath(dir));
        logger.info(`Indexed ${pages} pages for search in ${Math.round(performance.now() - started)} ms.`);
      },
    },
  };
}
