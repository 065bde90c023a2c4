import { availableParallelism } from 'node:os';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { axeSource, findViolationsInBothSchemes } from './axe.ts';
import { chromiumMissing } from './browser.ts';
import { connectBrowser, describeWithTool, listPagePaths, mapInParallel, newContext, openPage } from './harness.ts';

/** Pages checked at once: one for each processor, since each page has a renderer process of its own. */
const width = Math.min(4, availableParallelism());
/** A search with results, whose cards and filters must pass as well as any page. */
const searchWithResults = '/search/?q=mfa';

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

  test('the search dialog with results passes in both schemes, on the page’s own background', async () => {
    const context = await newContext(browser);
    await context.addInitScript({ content: axeSource });
    const { page, visit, problems } = await openPage(context);
    await visit('/');
    await page.keyboard.press('Control+k');
    await page.waitForSelector('pagefind-modal dialog[open]', { timeout: 30_000 });
    await page.keyboard.type('encryption');
    await page.waitForSelector('pagefind-modal pagefind-results a', { timeout: 30_000 });
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      const backgrounds = await page.evaluate(() => {
        const background = (selector: string) => getComputedStyle(document.querySelector(selector)!).backgroundColor;
        return [background('html'), background('pagefind-modal dialog'), background('pagefind-modal .pf-result-card')];
      });
      expect(new Set(backgrounds).size, `${colorScheme}: ${backgrounds.join(', ')}`).toBe(1);
    }
    expect(await findViolationsInBothSchemes(page, '/ (search dialog)')).toEqual([]);
    expect(problems()).toEqual([]);
    await context.close();
  });
});
