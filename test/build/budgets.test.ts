import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { checkBudgets, formatSize, getGzipSize, siteBudgets, type BudgetReport } from '../../src/lib/build/budgets.ts';
import { checkContent } from '../../src/lib/content/check.ts';
import { generateLinkedContent, writeContentSet } from '../fixtures/generated-content.ts';
import { startBuild } from './build-site.ts';

const contentDir = new URL('../../content', import.meta.url).pathname;

/** The output path of every entry page of a content set. */
function entryPages(content: string): string[] {
  return checkContent(content).entries.map((entry) => `${entry.collection}/${entry.id}/index.html`);
}

/** The sample site against the site's budgets, as `src/lib/build/budgets.ts` sets them. */
describe('the sample site budgets', () => {
  const build = inject('sampleSite');
  let report: BudgetReport;

  beforeAll(() => {
    report = checkBudgets(build.outDir, entryPages(contentDir));
  });

  test('reports the largest entry page over a budget just below it, with its size and the budget', () => {
    const largest = report.largestEntryPage!;
    const budgets = { ...siteBudgets, entryPageGzip: largest.gzipSize - 1 };
    expect(checkBudgets(build.outDir, entryPages(contentDir), budgets).violations).toEqual([
      `\`${largest.path}\` is ${formatSize(largest.gzipSize)} gzipped; an entry page may be at ` +
        `most ${formatSize(largest.gzipSize - 1)}. Show fewer related entries on it and link to their full list.`,
    ]);
  });

  test('keeps every entry page, the stylesheets and the scripts within budget', () => {
    expect(build.status, build.output).toBe(0);
    expect(report.violations).toEqual([]);
    expect(report.largestEntryPage).toBeDefined();
    console.info(
      `Largest entry page: ${report.largestEntryPage!.path}, ${formatSize(report.largestEntryPage!.gzipSize)} ` +
        `gzipped; ` +
        `CSS ${formatSize(report.cssGzip)}; first-party JavaScript ${formatSize(report.firstPartyJsGzip)}.`,
    );
  });
});

describe('entry page size with ten times the entries', () => {
  const small = 30;
  const large = 300;
  /** Entry pages linked to every other entry of their kind in the generated sets. */
  const compared = [
    'frameworks/framework-0001/index.html',
    'artefacts/artefact-0001/index.html',
    'controls/control-0001/index.html',
    'services/platform/index.html',
  ];
  let sizes: { page: string; small: number; large: number }[];

  beforeAll(async () => {
    const builds = await Promise.all(
      [small, large].map((count) => startBuild(writeContentSet(generateLinkedContent(count)))),
    );
    for (const build of builds) expect(build.status, build.output).toBe(0);
    const gzipSizeOf = (outDir: string, page: string) => getGzipSize(readFileSync(join(outDir, page)));
    sizes = compared.map((page) => ({
      page,
      small: gzipSizeOf(builds[0]!.outDir, page),
      large: gzipSizeOf(builds[1]!.outDir, page),
    }));
  });

  test('grows by at most 5% on framework, artefact, control and service pages', () => {
    const grown = sizes.filter(({ small: before, large: after }) => after > before * 1.05);
    expect(grown, JSON.stringify(sizes)).toEqual([]);
  });
});
