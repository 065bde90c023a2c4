import { availableParallelism } from 'node:os';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { chromiumMissing } from './browser.ts';
import { connectBrowser, describeWithTool, listPagePaths, mapInParallel, newContext, openPage } from './harness.ts';

/** Pages checked at once: one for each processor, since each page has a renderer process of its own. */
const parallel = Math.min(4, availableParallelism());
/** A search with results, whose cards and filters must fit as well as any page. */
const searchWithResults = '/search/?q=mfa';

/** A phone held upright: a touch screen without hover, `width` CSS pixels wide. */
function newPhone(browser: Browser, width: number): Promise<BrowserContext> {
  return newContext(browser, { viewport: { width, height: 844 }, isMobile: true, hasTouch: true });
}

describeWithTool('phone widths', inject('browserEndpoint') ? undefined : chromiumMissing, () => {
  let browser: Browser;
  const paths = [...listPagePaths(inject('sampleSite').outDir), searchWithResults];

  beforeAll(async () => {
    browser = await connectBrowser();
  });
  afterAll(() => browser?.close());

  for (const width of [320, 390]) {
    test(`no page is wider than a ${width} px screen`, async () => {
      const context = await newPhone(browser, width);
      const tabs = await Promise.all(Array.from({ length: parallel }, () => openPage(context)));
      const found = await mapInParallel(paths, parallel, async (path, worker) => {
        const { page, visit } = tabs[worker]!;
        await visit(path);
        if (path === searchWithResults) await page.waitForSelector('pagefind-results a', { timeout: 10_000 });
        const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
        return scrollWidth > width ? [`${path} is ${scrollWidth} px wide`] : [];
      });
      await context.close();
      const wide = found.flat();
      expect(wide, `${wide.length} pages too wide:\n${wide.join('\n')}`).toEqual([]);
    });
  }

  test('a wide table scrolls in a region of its own, which has a name and takes focus', async () => {
    const context = await newPhone(browser, 390);
    const { page, visit } = await openPage(context);
    await visit('/docs/incident-notification/');
    const region = page.locator('main table').first().locator('xpath=..');
    expect(await region.getAttribute('class')).toBe('table-scroll');
    expect(await region.getAttribute('role')).toBe('region');
    expect(await region.getAttribute('tabindex')).toBe('0');
    expect(await region.getAttribute('aria-label')).toMatch(/\S/);
    // The table is wider than the screen, so its last columns are reached by scrolling the region.
    const { scrollWidth, clientWidth } = await region.evaluate((element) => ({
      scrollWidth: element.scrollWidth,
      clientWidth: element.clientWidth,
    }));
    expect(scrollWidth).toBeGreaterThan(clientWidth);
    await context.close();
  });

  test('the header offers the keyboard shortcut on a desktop but not on a touch screen', async () => {
    const phone = await newPhone(browser, 390);
    const onPhone = await openPage(phone);
    await onPhone.visit('/');
    expect(await onPhone.page.locator('.site-header .shortcut').isVisible()).toBe(false);
    await phone.close();
    const desktop = await newContext(browser);
    const onDesktop = await openPage(desktop);
    await onDesktop.visit('/');
    expect(await onDesktop.page.locator('.site-header .shortcut').isVisible()).toBe(true);
    await desktop.close();
  });
});
