import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, test } from 'vitest';
import { siteBudgets } from '../../src/lib/build/budgets.ts';
import { writeGrowingFramework } from '../fixtures/coverage-content.ts';
import { startBuild, listFiles } from './build-site.ts';

/** The largest a matrix, coverage or attention page may be, gzipped, whatever the number of entries. */
const listPageGzip = 14 * 1024;

interface Measured {
  pages: Map<string, number>;
  output: string;
  outDir: string;
}

/** Builds a content set and measures the gzipped size of each HTML page. */
async function buildAndMeasure(content: string): Promise<Measured> {
  const build = await startBuild(content);
  expect(build.status, build.output).toBe(0);
  const pages = new Map(
    listFiles(build.outDir)
      .filter((file) => file.endsWith('.html'))
      .map((file) => [file, gzipSync(readFileSync(join(build.outDir, file))).length]),
  );
  return { pages, output: build.output, outDir: build.outDir };
}

const count = (site: Measured, prefix: string) =>
  [...site.pages.keys()].filter((file) => file.startsWith(prefix)).length;
const largest = (site: Measured, pattern: RegExp) =>
  Math.max(...[...site.pages].filter(([file]) => pattern.test(file)).map(([, size]) => size));

describe('matrix, coverage and attention pages as a framework grows', () => {
  let small: Measured;
  let large: Measured;

  beforeAll(async () => {
    [small, large] = await Promise.all([
      buildAndMeasure(writeGrowingFramework({ controls: 300, requirements: 50 })),
      buildAndMeasure(writeGrowingFramework({ controls: 900, requirements: 300 })),
    ]);
  });

  test('paginate: more entries make more pages', () => {
    expect(count(small, 'responsibility/')).toBeLessThan(count(large, 'responsibility/'));
    expect(count(small, 'frameworks/big/coverage/')).toBe(1);
    expect(count(large, 'frameworks/big/coverage/')).toBe(6);
    expect(count(large, 'responsibility/frameworks/big/')).toBe(18);
    expect(count(large, 'attention/')).toBeGreaterThan(count(small, 'attention/'));
  });

  test('keep every page under the list-page bound, however many entries', () => {
    for (const site of [small, large]) {
      expect(largest(site, /^responsibility\//)).toBeLessThan(listPageGzip);
      expect(largest(site, /^frameworks\/big\/coverage\//)).toBeLessThan(listPageGzip);
      expect(largest(site, /^attention\//)).toBeLessThan(listPageGzip);
      expect(site.pages.get('index.html')).toBeLessThan(listPageGzip);
    }
    // Growing threefold leaves the largest page about the same size.
    expect(largest(large, /^responsibility\//)).toBeLessThan(largest(small, /^responsibility\//) * 1.1);
    expect(largest(large, /^frameworks\/big\/coverage\//)).toBeLessThan(
      largest(small, /^frameworks\/big\/coverage\//) * 1.1,
    );
  });

  test('list a framework’s controls in full once, in its view of the matrix, which its page links to', () => {
    const page = readFileSync(join(large.outDir, 'frameworks/big/index.html'), 'utf8');
    expect(page).toContain('<a href="/responsibility/frameworks/big/">See all 900</a>');
    expect(count(large, 'frameworks/big/controls/')).toBe(0);
  });

  test('keep the framework page within the entry-page budget, with its requirement table up to 50 requirements', () => {
    expect(small.pages.get('frameworks/big/index.html')).toBeLessThan(siteBudgets.entryPageGzip);
    expect(large.pages.get('frameworks/big/index.html')).toBeLessThan(siteBudgets.entryPageGzip);
  });
});
