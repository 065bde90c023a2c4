/**
 * Builds the site: `npm run build` (`npm run build:internal` for the internal build).
 * Any arguments are passed on to `astro build`.
 *
 * Astro renders the pages in a process of its own; once it has exited and given
 * its memory back, the search index is built over the pages and the finished
 * site is swapped into place. Astro and Pagefind's indexer each need about a
 * gigabyte on a site of 10,000 entries, so run one after the other the build
 * needs half the memory it would with both at once. `astro build` alone builds
 * the same site, with the index built inside Astro's process.
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getAudience } from '../lib/access.ts';
import { getOutDir, getStagingDir, swapIn } from '../lib/output.ts';
import { indexAfterBuildVariable, writeSearchIndex } from '../lib/search-index.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const astro = join(dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin', 'astro.mjs');

/** Prints a line the way Astro's logger does, so the build's output reads as one. */
function log(message: string): void {
  const time = new Date().toLocaleTimeString('en-GB', { hour12: false });
  console.log(`${time} [trust-center:build] ${message}`);
}

const target = resolve(root, getOutDir(getAudience()));
const staging = getStagingDir(target);
const status = await new Promise<number | null>((done) => {
  const child = spawn(process.execPath, [astro, 'build', ...process.argv.slice(2)], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, [indexAfterBuildVariable]: '1' },
  });
  child.on('close', done);
});
if (status !== 0) {
  process.exit(status ?? 1);
}

const started = performance.now();
try {
  const pages = await writeSearchIndex(staging);
  log(`Indexed ${pages} pages for search in ${Math.round(performance.now() - started)} ms.`);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  console.error(`The site was left unfinished in ${staging}; ${target} is unchanged.`);
  process.exit(1);
}
if (!swapIn(staging, target)) {
  console.error(`The build reported success but wrote nothing to ${staging}.`);
  process.exit(1);
}
log(`Site written to ${target}.`);
