/**
 * Measures search on a large site: `npm run bench:search [-- --size 10000]`.
 *
 * Generates the benchmark content set, builds the full site, and reports the
 * index build time, its size and file count, and the bytes a reader's browser
 * transfers for a first search and a follow-up: for a rare word and for a word
 * on nearly every page ("control"). Bytes are counted as a host that compresses
 * text would send them: Pagefind's index files are already compressed and
 * counted as they are; scripts, styles and pages are counted gzip-compressed.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { writeContentSet, type GeneratedEntry } from '../fixtures/generated-content.ts';
import { launchBrowser } from '../e2e/browser.ts';
import { serve } from '../e2e/serve.ts';
import { benchSite, generateBenchContent } from './content.ts';
import { loadNistControls } from './nist.ts';

const root = new URL('../..', import.meta.url).pathname;
/** Bytes by kind of file, over every page measured, for the breakdown printed with `--verbose`. */
const byKind = new Map<string, number>();
const { values } = parseArgs({
  options: {
    size: { type: 'string', default: '10000' },
    keep: { type: 'boolean', default: false },
    verbose: { type: 'boolean', default: false },
    dist: { type: 'string' },
  },
});
const size = Number(values.size);
if (!Number.isInteger(size) || size < 10) {
  console.error(
    `\`--size ${values.size}\` is not a whole number of entries of 10 or more. Write, for example, \`--size 10000\`.`,
  );
  process.exit(2);
}

const entries = generateBenchContent(size, loadNistControls());
const [rare, followUp] = findRareWords(entries);
const content = writeContentSet(entries, benchSite);
const outDir = values.dist ?? join(content, '..', 'dist');
console.log(
  values.dist ? `Measuring the site already built in ${outDir}.` : `${size} entries written to ${content}; building…`,
);
const built = values.dist
  ? { status: 0, stdout: '', stderr: '' }
  : spawnSync(process.execPath, [join(root, 'src/cli/build.ts')], {
      cwd: root,
      encoding: 'utf8',
      env: {
        ...process.env,
        ASTRO_TELEMETRY_DISABLED: '1',
        NO_COLOR: '1',
        NODE_ENV: 'production',
        SOURCE_DATE_EPOCH: '1795910400',
        TRUST_CENTER_CONTENT: content,
        TRUST_CENTER_OUT_DIR: outDir,
        TRUST_CENTER_CACHE_DIR: join(content, '..', 'cache'),
      },
      maxBuffer: 256 * 1024 * 1024,
    });
if (built.status !== 0) {
  console.error(`The build failed:\n${built.stdout}\n${built.stderr}`);
  process.exit(1);
}
const indexed = /Indexed (\d+) pages for search in (\d+) ms/.exec(built.stdout);
const indexFiles = readdirSync(join(outDir, 'pagefind'), { recursive: true, withFileTypes: true }).filter((entry) =>
  entry.isFile(),
);
const indexBytes = indexFiles.reduce((sum, entry) => sum + statSync(join(entry.parentPath, entry.name)).size, 0);

const { origin, server } = await serve(outDir);
const browser = await launchBrowser();
const results: string[][] = [];
try {
  for (const [first, second] of [
    [rare!, followUp!],
    ['control', rare!],
  ] as const) {
    const page = await browser.newPage();
    const transferred = recordTransfers(page);
    await page.goto(`${origin}/search/`);
    await page.waitForSelector('pagefind-input input');
    const atLoad = transferred();
    const firstSummary = await search(page, first);
    const afterFirst = transferred();
    const secondSummary = await search(page, second);
    const afterSecond = transferred();
    results.push(
      [`page load of /search/`, '', kilobytes(atLoad)],
      [`first search`, `"${first}" (${firstSummary})`, kilobytes(afterFirst - atLoad)],
      [`page load and first search`, `"${first}"`, kilobytes(afterFirst)],
      [`follow-up search`, `"${second}" (${secondSummary})`, kilobytes(afterSecond - afterFirst)],
    );
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}

console.log(`\nSearch at ${size.toLocaleString('en')} entries (${indexed?.[1] ?? '?'} pages indexed)\n`);
console.log('| measure | value |\n| --- | ---: |');
console.log(`| index build time | ${indexed ? `${(Number(indexed[2]) / 1000).toFixed(1)} s` : 'not reported'} |`);
console.log(
  `| index size | ${(indexBytes / 1024 ** 2).toFixed(1)} MB in ${indexFiles.length.toLocaleString('en')} files |`,
);
for (const [what, query, bytes] of results) console.log(`| ${what} ${query} | ${bytes} |`);
if (values.verbose) {
  console.log('\nBytes by kind of file, all searches above together:');
  for (const [kind, bytes] of [...byKind].sort((a, b) => b[1] - a[1])) console.log(`  ${kind}: ${kilobytes(bytes)}`);
}
if (!values.keep) rmSync(join(content, '..'), { recursive: true, force: true });
else console.log(`\nThe built site is kept in ${outDir}.`);

/** Types a query and waits until Pagefind has shown its results. */
async function search(page: Page, query: string): Promise<string> {
  await page.locator('pagefind-input input').fill(query);
  await page.waitForFunction(
    (text) => {
      const summary = document.querySelector('pagefind-summary')?.textContent ?? '';
      return summary.includes(text) && /\d+ results? for/.test(summary);
    },
    query,
    { timeout: 60_000 },
  );
  await page.waitForLoadState('networkidle');
  return page.locator('pagefind-summary').innerText();
}

/** Counts the bytes of every response from now on, as a compressing host would send them. */
function recordTransfers(page: Page): () => number {
  let total = 0;
  page.on('response', async (response) => {
    const body = await response.body().catch(() => undefined);
    if (!body) return;
    const path = new URL(response.url()).pathname;
    const alreadyCompressed = /\.(pf_meta|pf_index|pf_fragment|pf_filter|pagefind)$/.test(path);
    const bytes = alreadyCompressed ? body.length : gzipSync(body).length;
    total += bytes;
    const kind = path.match(/\.(\w+)$/)?.[1] ?? 'html';
    byKind.set(kind, (byKind.get(kind) ?? 0) + bytes);
  });
  return () => total;
}

/** The two words that occur in the fewest generated entries, for rare-word searches. */
function findRareWords(all: readonly GeneratedEntry[]): string[] {
  const counts = new Map<string, number>();
  for (const entry of all) {
    // Words of the title and body, which every entry page shows and the index holds.
    const words = new Set(
      `${String(entry.data.title ?? '')} ${entry.body ?? ''}`.toLowerCase().match(/[a-z]{7,}/g) ?? [],
    );
    for (const word of words) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  // The words of the fewest entries; generated sets reuse their source text, so a word of one entry only may not exist.
  const rare = [...counts]
    .sort(([a, countA], [b, countB]) => countA - countB || a.localeCompare(b))
    .map(([word]) => word);
  if (rare.length < 2) throw new Error('The generated content has fewer than two words to search for.');
  return [rare[0]!, rare[1]!];
}

function kilobytes(bytes: number): string {
  return `${(bytes / 1024).toFixed(0)} KB`;
}
