import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

/** Fails with Pagefind's own messages when a call reports errors. */
function assertNoErrors(step: string, errors: readonly string[]): void {
  if (errors.length > 0) {
    throw new Error(`The search index could not be built: ${step} failed.\n${errors.map((error) => `  ${error}`).join('\n')}`);
  }
}

/**
 * Builds the Pagefind search index over the built pages, through Pagefind's Node
 * API, once Astro has written them. Only the main content of entry and document
 * pages is indexed: they carry `data-pagefind-body`.
 */
export function searchIndex(): AstroIntegration {
  return {
    name: 'trust-center:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const site = fileURLToPath(dir);
        try {
          const { index, errors } = await pagefind.createIndex({});
          assertNoErrors('creating the index', errors);
          const added = await index!.addDirectory({ path: site });
          assertNoErrors('indexing the pages', added.errors);
          const written = await index!.writeFiles({ outputPath: `${site}pagefind` });
          assertNoErrors('writing the index', written.errors);
          logger.info(`Indexed ${added.page_count} pages for search in ${Math.round(performance.now() - started)} ms.`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
