/**
 * Builds the site: `npm run build` (`npm run build:internal` for the internal build).
 * Any arguments are passed on to `astro build`.
 *
 * Astro renders the pages in a process of its own. Once it has written them and
 * their Markdown twins, the search index is built here, outside Astro's process,
 * while Astro writes the sitemap and exits; then the finished site is swapped
 * into place. Astro and Pagefind's indexer each need about a gigabyte on a site
 * of 10,000 entries: run in one process, the build needs both at once. `astro
 * build` alone builds the same site, with the index built inside Astro's process.
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getAudience } from '../lib/build/audience.ts';
import { getOutDir, getStagingDir, swapIn } from '../lib/build/output.ts';
import { indexAfterBuildVariable, pagesWrittenMessage } from '../lib/build/index-handoff.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const astro = join(dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin', 'astro.mjs');

/** Prints a line the way Astro's logger does, so the build's output reads as one. */
function log(message: string): void {
  const time = new Date().toLocaleTimeString('en-GB', { hour12: false });
  console.log(`${time} [trust-center:build] ${message}`);
}

/** Where the site goes; a wrong `TRUST_CENTER_AUDIENCE` stops the build here with its message. */
function resolveTarget(): string {
  try {
    return resolve(root, getOutDir(getAudience()));
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}

const target = resolveTarget();
const staging = getStagingDir(target);
const child = spawn(process.execPath, [astro, 'build', ...process.argv.slice(2)], {
  cwd: root,
  stdio: ['inherit', 'inherit', 'inherit', 'ipc'],
  env: { ...process.env, [indexAfterBuildVariable]: '1' },
});
const exited = new Promise<number | null>((done) => child.on('close', done));
const pagesWritten = new Promise<void>((done) =>
  child.on('message', (message) => message === pagesWrittenMessage && done()),
);
// Loaded once Astro is on its way: nothing here needs it before the pages are written.
const { writeSearchIndex } = await import('../lib/search/indexer.ts');

/** Indexes the staged site; the error's message when it fails. */
async function index(): Promise<string | undefined> {
  const started = performance.now();
  try {
    const pages = await writeSearchIndex(staging);
    log(`Indexed ${pages} pages for search in ${Math.round(performance.now() - started)} ms.`);
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

// Indexing starts when Astro says every page is written, or once it has exited successfully without saying so.
const indexing = Promise.race([pagesWritten.then(() => true), exited.then((code) => code === 0)]).then((ready) =>
  ready ? index() : undefined,
);
const status = await exited;
const failure = await indexing;
if (status !== 0) process.exit(status ?? 1);
if (failure) {
  console.error(failure);
  console.error(`The site was left unfinished in ${staging}; ${target} is unchanged.`);
  process.exit(1);
}
if (!swapIn(staging, target)) {
  console.error(`The build reported success but wrote nothing to ${staging}.`);
  process.exit(1);
}
log(`Site written to ${target}.`);
