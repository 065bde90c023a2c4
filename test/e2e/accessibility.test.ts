import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import type { AxeResults, RunOnly } from 'axe-core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { chromiumMissing } from './browser.ts';
import { connectBrowser, describeWithTool, listPagePaths, mapInParallel, newContext, openPage } from './harness.ts';

/** The WCAG 2.2 AA success criteria, as axe-core tags them. */
const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/**
 * The rules of those criteria that read colours. The dark scheme changes nothing but colours: the stylesheet's
 * and the brand's dark rules set colour properties only, and the brand's dark logo swaps the source of the same
 * `img`, its empty `alt` kept. So in the dark scheme only these rules can find anything the light one did not,
 * and they are all that runs there, which halves the time of the walk.
 */
const colourRules = ['color-contrast', 'link-in-text-block'];
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
/** Pages checked at once: one for each processor, since each page has a renderer process of its own. */
const width = Math.min(4, availableParallelism());
/** A search with results, whose cards and filters must pass as well as any page. */
const searchWithResults = '/search/?q=mfa';

/** Runs axe-core's rules of some tags, or some rules by id, over the page; one line per failing element. */
async function findViolations(page: Page, path: string, runOnly: RunOnly): Promise<string[]> {
  const violations: AxeResults['violations'] = await page.evaluate(async (only) => {
    const { axe } = window as unknown as { axe: typeof import('axe-core') };
    const results = await axe.run(document, { runOnly: only, resultTypes: ['violations'] });
    return results.violations;
  }, runOnly);
  return violations.flatMap((violation) =>
    violation.nodes.map(
      (node) => `${path}: ${violation.id} at \`${node.target.join(' ')}\`: ${violation.help} (${violation.helpUrl})`,
    ),
  );
}

/** Runs every WCAG 2.2 AA rule in the light scheme, then the colour rules in the dark. */
async function findViolationsInBothSchemes(page: Page, path: string): Promise<string[]> {
  await page.emulateMedia({ colorScheme: 'light' });
  const light = await findViolations(page, `${path} (light)`, { type: 'tag', values: tags });
  await page.emulateMedia({ colorScheme: 'dark' });
  const dark = await findViolations(page, `${path} (dark)`, { type: 'rule', values: colourRules });
  return [...light, ...dark];
}

describeWithTool('accessibility', inject('browserEndpoint') ? undefined : chromiumMissing, () => {
  let browser: Browser;
  const paths = [...listPagePaths(inject('sampleSite').outDir), searchWithResults];

  beforeAll(async () => {
    browser = await connectBrowser();
  });
  afterAll(() => browser?.close());

  test('walks every page of the site', () => {
    expect(paths.length).toBeGreaterThan(100);
    expect(paths).toContain('/');
    expect(paths).toContain('/404.html');
    expect(paths).toEqual(
      expect.arrayContaining(['/subprocessors/', '/subprocessors/microsoft/', '/faq/', '/faq/encryption/']),
    );
  });

  test('reports each element breaking a rule in the scheme where it breaks it, only colours in the dark', async () => {
    const context = await newContext(browser);
    await context.addInitScript({ content: axeSource });
    const page = await context.newPage();
    await page.setContent(`<!doctype html><html lang="en"><title>Fixture</title>
      <style>@media (prefers-color-scheme: dark) { p { color: #333; background: #000; } }</style>
      <main><p>Text</p><img src="data:,"></main></html>`);
    expect(await findViolationsInBothSchemes(page, '/fixture/')).toEqual([
      expect.stringMatching(
        new RegExp(
          /^\/fixture\/ \(light\): image-alt at `img`: Images must have alternative text /.source +
            /\(https:\/\/dequeuniversity\.com\/rules\/axe\//.source,
        ),
      ),
      expect.stringMatching(
        new RegExp(
          /^\/fixture\/ \(dark\): color-contrast at `p`: /.source +
            /Elements must meet minimum color contrast ratio thresholds \(https:/.source,
        ),
      ),
    ]);
    await context.close();
  });

  test('every page passes WCAG 2.2 AA in light and dark schemes, with no console error or failed request', async () => {
    const context = await newContext(browser);
    await context.addInitScript({ content: axeSource });
    const tabs = await Promise.all(Array.from({ length: width }, () => openPage(context)));
    const faults = await mapInParallel(paths, width, async (path, worker) => {
      const tab = tabs[worker]!;
      await tab.visit(path);
      if (path === searchWithResults) {
        await tab.page.waitForSelector('pagefind-results a', { timeout: 30_000 });
        await tab.page.waitForSelector('.pf-filter-group:not([data-pf-hidden]) .pf-filter-group-name', {
          timeout: 30_000,
        });
      }
      const violations = await findViolationsInBothSchemes(tab.page, path);
      return [...violations, ...tab.problems().map((problem) => `${path}: ${problem}`)];
    });
    await context.close();
    const all = faults.flat();
    expect(all, `${all.length} problems:\n${all.join('\n')}`).toEqual([]);
  });
});
