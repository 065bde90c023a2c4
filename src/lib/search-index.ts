import { closeSync, openSync, readdirSync, readSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import * as pagefind from 'pagefind';

/**
 * Set by `npm run build` for the Astro process it starts: the search index and
 * the swap of the finished site into place are left to it, once Astro has exited.
 */
export const indexAfterBuildVariable = 'TRUST_CENTER_INDEX_AFTER_BUILD';

/** Whether this Astro build leaves the search index to the command that started it. */
export function isIndexedAfterBuild(env: NodeJS.ProcessEnv = process.env): boolean {
  return env[indexAfterBuildVariable] === '1';
}

/** The message an Astro build sends `npm run build` once every page is written. */
export const pagesWrittenMessage = 'trust-center:pages-written';

/**
 * Tells the command that started this build that every page is written, so it
 * can start indexing while Astro finishes (the sitemap, the hosting files) and
 * exits; then lets go of the channel, so it does not keep Astro's process alive.
 */
export function announcePagesWritten(): void {
  if (!process.send) return;
  process.send(pagesWrittenMessage, () => process.disconnect());
}

/** Fails with Pagefind's own messages when a call reports errors. */
function assertNoErrors(step: string, errors: readonly string[]): void {
  if (errors.length > 0) {
    throw new Error(`The search index could not be built: ${step} failed.\n${errors.map((error) => `  ${error}`).join('\n')}`);
  }
}

/** A tag carrying `data-pagefind-body`: the pages Pagefind indexes. */
const searchableTag = /<[a-z][^>]*\sdata-pagefind-body[\s=>]/;
/** How much of a page is read to find its `<main>`: the header before it is far shorter. */
const headBytes = 16 * 1024;

/** Whether a built page carries a search body, read from its start rather than whole. */
function isSearchable(path: string): boolean {
  const file = openSync(path, 'r');
  try {
    const buffer = Buffer.alloc(headBytes);
    const read = readSync(file, buffer, 0, headBytes, 0);
    return searchableTag.test(buffer.toString('utf8', 0, read));
  } finally {
    closeSync(file);
  }
}

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
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html') && isSearchable(join(entry.parentPath, entry.name)))
    .map((entry) => relative(site, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
  if (pages.length === 0) return 0;
  // Pagefind's glob syntax gives these characters a meaning; a backslash makes them literal.
  const glob = `{${pages.map((page) => page.replace(/[{}[\]*?,()<>$:]/g, '\\$&')).join(',')}}`;
  const added = await index.addDirectory({ path: site, glob });
  assertNoErrors('indexing the pages', added.errors);
  return added.page_count;
}

/**
 * Builds the Pagefind search index of a built site into its `pagefind/`
 * folder, through Pagefind's Node API, and returns how many pages it indexed.
 */
export async function writeSearchIndex(site: string): Promise<number> {
  try {
    const { index, errors } = await pagefind.createIndex({});
    assertNoErrors('creating the index', errors);
    const added = await addSearchablePages(index!, site);
    const written = await index!.writeFiles({ outputPath: join(site, 'pagefind') });
    assertNoErrors('writing the index', written.errors);
    return added;
  } finally {
    await pagefind.close();
  }
}
