import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { collectionNames } from '../../schemas/shared.ts';

/** Fails with Pagefind's own messages when a call reports errors. */
function assertNoErrors(step: string, errors: readonly string[]): void {
  if (errors.length > 0) {
    throw new Error(
      `The search index could not be built: ${step} failed.\n${errors.map((error) => `  ${error}`).join('\n')}`,
    );
  }
}

/**
 * Where the pages with a search body are: each entry's page, `<collection>/<id>/`,
 * documents at any depth, and the list of subprocessors. Pagefind is given only these, and skips any of
 * them without a body (a collection's numbered list pages). Given the whole site,
 * it would read and parse every list, matrix and coverage page only to skip it:
 * on large sites a third of its time and memory. A build test checks that no page
 * with a search body lies outside this pattern.
 */
export const searchablePagesGlob = `{${collectionNames
  .filter((collection) => collection !== 'docs')
  .map((collection) => `${collection}/*/index.html`)
  .join(',')},docs/**/index.html,subprocessors/index.html}`;

/** How many pages an index holds, from its entry file: Pagefind counts the pages it read, with those it skipped. */
function countIndexedPages(bundle: string): number {
  const entry = JSON.parse(readFileSync(join(bundle, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
}

/**
 * The element that holds every page's search body, with all its `data-pagefind-*` attributes (see `Base.astro`).
 * Told where it is, Pagefind leaves the head and the site's header unread: the same index, a fifth sooner.
 */
const searchRoot = 'main';

/**
 * Builds the Pagefind search index of a built site into its `pagefind/`
 * folder, through Pagefind's Node API, and returns how many pages it indexed.
 */
export async function writeSearchIndex(site: string): Promise<number> {
  try {
    const { index, errors } = await pagefind.createIndex({ rootSelector: searchRoot });
    assertNoErrors('creating the index', errors);
    const added = await index!.addDirectory({ path: site, glob: searchablePagesGlob });
    assertNoErrors('indexing the pages', added.errors);
    const written = await index!.writeFiles({ outputPath: join(site, 'pagefind') });
    assertNoErrors('writing the index', written.errors);
    return countIndexedPages(join(site, 'pagefind'));
  } finally {
    await pagefind.close();
  }
}
