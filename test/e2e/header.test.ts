import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { chromiumMissing } from './browser.ts';
import { connectBrowser, describeWithTool, newContext, openPage } from './harness.ts';

/** The distinct top edges of the header's visible parts: one value when they stand in one row. */
async function headerRows(page: Page): Promise<number> {
  return page.evaluate(() => {
    const parts = [...document.querySelectorAll('.site-header .wrap > *')]
      .map((element) => element.getBoundingClientRect())
      .filter((box) => box.width > 0 && box.height > 0);
    const rows: { top: number; bottom: number }[] = [];
    for (const box of parts) {
      const row = rows.find((seen) => box.top < seen.bottom && box.bottom > seen.top);
      if (!row) rows.push({ top: box.top, bottom: box.bottom });
    }
    return rows.length;
  });
}

/** A phone held upright: a touch screen `width` CSS pixels wide, with JavaScript unless it is turned off. */
function newPhone(browser: Browser, width: number, javaScriptEnabled = true) {
  return newContext(browser, { viewport: { width, height: 844 }, isMobile: true, hasTouch: true, javaScriptEnabled });
}

describeWithTool('the site header', inject('browserEndpoint') ? undefined : chromiumMissing, () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await connectBrowser();
  });
  afterAll(() => browser?.close());

  for (const width of [1024, 1280]) {
    test(`holds the logo, the sections, "More" and search in one row at ${width} px`, async () => {
      const context = await newContext(browser, { viewport: { width, height: 800 } });
      const { page, visit } = await openPage(context);
      for (const path of ['/', '/frameworks/soc-2/', '/search/']) {
        await visit(path);
        expect(await headerRows(page), path).toBe(1);
        const search = await page.locator('.site-header .search-link').boundingBox();
        expect(search!.x + search!.width, path).toBeLessThanOrEqual(width);
        expect(await page.locator('.site-header .brand-logo').isVisible()).toBe(true);
        expect(await page.locator('.nav-menu').isVisible()).toBe(false);
        expect(
          await page.locator('.site-header').getByRole('link', { name: 'Frameworks', exact: true }).isVisible(),
        ).toBe(true);
      }
      // A section under "More" is marked current for assistive technology and, on its summary, to the eye.
      await visit('/updates/');
      const more = page.locator('.nav-more');
      expect(await more.locator('summary').getAttribute('class')).toBe('current');
      await more.locator('summary').click();
      expect(await more.getByRole('link', { name: 'Updates' }).getAttribute('aria-current')).toBe('page');
      await context.close();
    });
  }

  for (const width of [320, 360, 390, 412]) {
    test(`on a ${width} px phone the title takes two lines at most, beside the menu and search`, async () => {
      const context = await newPhone(browser, width);
      const { page, visit } = await openPage(context);
      await visit('/');
      expect(await headerRows(page)).toBe(1);
      const titleLines = await page.evaluate(() => {
        const range = document.createRange();
        range.selectNodeContents(document.querySelector('.site-header .brand span')!);
        return new Set([...range.getClientRects()].map((line) => Math.round(line.top))).size;
      });
      expect(titleLines).toBeLessThanOrEqual(2);
      const header = page.locator('.site-header');
      const controls = [header.locator('.nav-menu summary'), header.getByRole('link', { name: 'Search' })];
      for (const control of controls) {
        const box = (await control.boundingBox())!;
        expect(box.x + box.width).toBeLessThanOrEqual(width);
        expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(40);
      }
      expect(await header.locator('.nav-menu summary').textContent()).toBe('Menu');
      await context.close();
    });
  }

  test('on a phone, search opens a dialog with one close button, whose results show their badges', async () => {
    const context = await newPhone(browser, 390);
    const { page, visit, problems } = await openPage(context);
    await visit('/controls/');
    await page.locator('.site-header').getByRole('link', { name: 'Search' }).tap();
    await page.waitForSelector('pagefind-modal dialog[open]', { timeout: 30_000 });
    await page.keyboard.type('soc 2 report');
    await page.waitForSelector('pagefind-modal pagefind-results .badge', { timeout: 30_000 });
    const close = page.locator('pagefind-modal').getByRole('button', { name: 'Close' });
    expect(await close.count()).toBe(1);
    await close.tap();
    await page.waitForSelector('pagefind-modal dialog[open]', { state: 'detached', timeout: 5_000 });
    expect(problems()).toEqual([]);
    await context.close();
  });

  test('on a phone without JavaScript, the menu opens and leads to every section, with search beside it', async () => {
    const context = await newPhone(browser, 390, false);
    const { page, visit } = await openPage(context);
    await visit('/controls/');
    expect(await page.locator('.nav-wide').isVisible()).toBe(false);
    expect(await page.locator('.site-header .search-link').isVisible()).toBe(true);
    expect(await page.locator('.site-header .shortcut').isVisible()).toBe(false);
    expect(await headerRows(page)).toBe(1);
    const menu = page.locator('.nav-menu');
    expect(await menu.getByRole('link', { name: 'Scenarios' }).isVisible()).toBe(false);
    await menu.locator('summary').tap();
    const links = menu.getByRole('navigation', { name: 'Main' }).getByRole('link');
    expect(await links.allTextContents()).toEqual([
      'Frameworks',
      'Artefacts',
      'Controls',
      'Shared responsibility',
      'Documents',
      'Scenarios',
      'Subprocessors',
      'Security FAQ',
      'Updates',
    ]);
    expect(await menu.getByRole('link', { name: 'Controls' }).getAttribute('aria-current')).toBe('page');
    await menu.getByRole('link', { name: 'Security FAQ' }).tap();
    await page.waitForURL(/\/faq\/$/);
    await context.close();
  });
});
