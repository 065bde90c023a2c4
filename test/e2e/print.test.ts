import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { chromiumMissing } from './browser.ts';
import { connectBrowser, describeWithTool, newContext, openPage } from './harness.ts';

describeWithTool('on paper', inject('browserEndpoint') ? undefined : chromiumMissing, () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await connectBrowser();
  });
  afterAll(() => browser?.close());

  test('a request by email prints the address to write to, and a link to the site its full address', async () => {
    const context = await newContext(browser);
    const { page, visit, problems } = await openPage(context);
    await page.emulateMedia({ media: 'print' });
    /** What paper shows after each element: its `::after` content. */
    const after = (selector: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((element) => getComputedStyle(element, '::after').content);
    await visit('/artefacts/kestrel-soc-2-type-2-2026/');
    expect(await after('.callout a[data-request-access]')).toBe('" (nda-requests@kestrel-ledger.example)"');
    await visit('/scenarios/customer-due-diligence/');
    expect(await after('a.pack-obtain[href^="mailto:"]')).toBe('" (nda-requests@kestrel-ledger.example)"');
    expect(await after('a.pack-obtain[href^="https:"]')).toMatch(/^" \(https:\/\/[^"]+\)"$/);
    expect(await after('.checklist a[href^="/artefacts/"]')).toMatch(
      /^" \(https:\/\/trust\.kestrel-ledger\.example\/artefacts\/[a-z0-9-]+\/\)"$/,
    );
    expect(problems()).toEqual([]);
    await context.close();
  });
});
