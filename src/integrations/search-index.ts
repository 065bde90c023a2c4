import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

/** Fails with Pagefind's own messages when a call reports errors. */
function assertNoErrors(step: string, errors: readonly string[]): void {
  if (errors.length > 0) {
    throw new Error(`The search index could not be built: ${step} failed.\n${errors.map((error) => `  ${error}`).join('\n')}`);
  }
}

/** A tag carrying `data-pagefind-body`: the pages Pagefind indexes. */
const searchableTag = /<[a-z][^>]*\sdata-pagefind-body[\s=>]/;

/**
 * Indexes the pages that carry `data-pagefind-body`, and only those. Given the
 * whole site, Pagefind reads and parses every page only to skip those without
 * a body; on large sites list, matrix and coverage pages are most of the bytes,
 * and parsing them made indexing a third slower and larger in memory. Pagefind's
 * `addHTMLFile` would avoid that but parses one page at a time, so the pages are
 * named in the glob of `addDirectory`, which parses them in parallel.
 */
async function addSearchablePages(index: pagefind.PagefindIndex, site: string): Promise<number> {
  const pages = readdirSync(site, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => relative(site, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .filter((page) => searchableTag.test(readFileSync(join(site, page), 'utf8')))
    .sort();
  if (pages.length === 0) return 0;
  // Pagefind's glob syntax gives these characters a meaning; a backslash makes them literal.
  const glob = `{${pages.map((page) => page.replace(/[{}[\]*?,()<>$:]/g, '\\$&')).join(',')}}`;
  const added = await index.addDirectory({ path: site, glob });
  assertNoErrors('indexing the pages', added.errors);
  return added.page_count;
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
          const added = await addSearchablePages(index!, site);
          const written = await index!.writeFiles({ outputPath: `${site}pagefind` });
          assertNoErrors('writing the index', written.errors);
          logger.info(`Indexed ${added} pages for search in ${Math.round(performance.now() - started)} ms.`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
