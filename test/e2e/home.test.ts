import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { chromiumMissing } from './browser.ts';
import { connectBrowser, describeWithTool, newContext, openPage } from './harness.ts';

/** The first screen of a laptop: what shows before any scrolling. */
const laptop = { width: 1280, height: 800 };

describeWithTool('the home page', inject('browserEndpoint') ? undefined : chromiumMissing, () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await connectBrowser();
  });
  afterAll(() => browser?.close());

  test("answers a procurement reviewer's first questions on a laptop's first screen", async () => {
    const context = await newContext(browser, { viewport: laptop });
    const { page, visit, problems } = await openPage(context);
    await visit('/');
    const band = page.locator('.home-band');
    // Each answer, found by what it says, and the bottom edge of where it is drawn.
    const answers = {
      'SOC 2 held': band.getByRole('link', { name: 'SOC 2', exact: true }),
      'ISO/IEC 27001 held': band.getByRole('link', { name: 'ISO/IEC 27001', exact: true }),
      'where data is stored': band.getByText('Where customer data is stored').locator('xpath=../dd'),
      'breach notice': band.getByText('within 36 hours', { exact: false }),
      'security contact': band.getByRole('link', { name: /^Security: security@/ }),
      'request gated documents': band.getByRole('link', { name: 'Request gated documents' }),
    };
    const below: string[] = [];
    for (const [name, locator] of Object.entries(answers)) {
      const box = await locator.boundingBox();
      if (!box || box.y + box.height > laptop.height)
        below.push(`${name} ends at ${box ? box.y + box.height : '—'} px`);
    }
    expect(below).toEqual([]);
    expect(await answers['where data is stored'].textContent()).toContain('European Union');
    expect(problems()).toEqual([]);
    await context.close();
  });

  test('lists the frameworks the organisation holds apart from those it inherits', async () => {
    const context = await newContext(browser);
    const { page, visit } = await openPage(context);
    await visit('/');
    const held = await page.locator('#held + ul li strong').allTextContents();
    const inherited = await page.locator('#inherited + ul li strong').allTextContents();
    expect(held).toEqual(expect.arrayContaining(['SOC 2', 'ISO/IEC 27001']));
    expect(inherited).toEqual(expect.arrayContaining(['FedRAMP']));
    expect(inherited).not.toContain('SOC 2');
    await context.close();
  });
});
