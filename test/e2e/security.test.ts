import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { chromiumMissing, findChromium } from './browser.ts';
import { connectBrowser, describeWithTool, newContext, openPage } from './harness.ts';

/** One page of every type, and the search used on it, as a reader would. */
const pageTypes = [
  '/',
  '/frameworks/',
  '/frameworks/soc-2/',
  '/frameworks/soc-2/coverage/',
  '/artefacts/',
  '/artefacts/kestrel-iso-27001-certificate/',
  '/artefacts/m365-soc-1-type-2-2026/',
  '/controls/',
  '/controls/multi-factor-authentication/',
  '/responsibility/',
  '/services/azure/',
  '/scenarios/customer-due-diligence/',
  '/docs/incident-notification/',
  '/updates/',
  '/subprocessors/',
  '/subprocessors/microsoft/',
  '/faq/',
  '/faq/encryption/',
  '/search/',
  '/no-such-page/',
];

describeWithTool('hosting security', findChromium() ? undefined : chromiumMissing, () => {
  let browser: Browser;
  let context: BrowserContext;

  beforeAll(async () => {
    browser = await connectBrowser();
    context = await newContext(browser);
    // Every Content-Security-Policy violation is recorded, whether or not the browser also logs it.
    await context.addInitScript(() => {
      const violations: string[] = [];
      (window as unknown as { cspViolations: string[] }).cspViolations = violations;
      document.addEventListener('securitypolicyviolation', (event) => {
        violations.push(
          `${event.violatedDirective} blocked ${event.blockedURI || 'inline code'} ` +
            `in ${event.sourceFile}:${event.lineNumber}`,
        );
      });
    });
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  test(
    'every page type, with search used, runs under the Content-Security-Policy without a violation and ' +
      'requests nothing from another origin',
    async () => {
      const origin = inject('origin');
      const { page, visit, problems } = await openPage(context);
      const foreign: string[] = [];
      page.on('request', (request) => {
        const url = new URL(request.url());
        if (url.origin !== origin && !['data:', 'blob:'].includes(url.protocol))
          foreign.push(`${page.url()} requested ${request.url()}`);
      });
      const found: string[] = [];
      for (const path of pageTypes) {
        await visit(path);
        if (path === '/search/') {
          await page.locator('pagefind-input input').fill('encryption');
          await page.waitForSelector('pagefind-results a', { timeout: 30_000 });
          await page.locator('pagefind-filter-pane details').first().click();
        } else {
          await page.keyboard.press('Control+k');
          await page.waitForSelector('pagefind-modal dialog[open]', { timeout: 30_000 });
          await page.keyboard.type('report');
          await page.waitForSelector('pagefind-modal pagefind-results a', { timeout: 30_000 });
          await page.keyboard.press('Escape');
        }
        const violations = await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
        found.push(
          ...violations.map((violation) => `${path}: ${violation}`),
          ...problems()
            .filter((problem) => !(path === '/no-such-page/' && problem.includes('404')))
            .map((problem) => `${path}: ${problem}`),
        );
      }
      expect(found).toEqual([]);
      expect(foreign).toEqual([]);
      await page.close();
    },
  );

  test('a page reached from a search result highlights the words under the policy too', async () => {
    const { page, visit, problems } = await openPage(context);
    await visit('/docs/customer-lockbox/?highlight=lockbox');
    await page.waitForSelector('mark.search-highlight');
    expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
    expect(problems()).toEqual([]);
    await page.close();
  });
});
