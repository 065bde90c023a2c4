import { availableParallelism } from 'node:os';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { chromiumMissing } from './browser.ts';
import { connectBrowser, describeWithTool, listPagePaths, mapInParallel, newContext, openPage } from './harness.ts';

/** Pages checked at once: one for each processor, since each page has a renderer process of its own. */
const parallel = Math.min(4, availableParallelism());
/** A search with results, whose cards and filters must fit as well as any page. */
const searchWithResults = '/search/?q=mfa';
/** The phone widths every page must fit, narrowest first. */
const widths = [320, 390] as const;

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

  /** The pages wider than each phone width. Each page is loaded once, at the narrower width, then measured
   * again with the screen widened: the site's layout is CSS alone, so it follows the screen's width. */
  let tooWide: Promise<Record<number, string[]>> | undefined;
  async function findTooWide(): Promise<Record<number, string[]>> {
    const context = await newPhone(browser, widths[0]);
    const tabs = await Promise.all(Array.from({ length: parallel }, () => openPage(context)));
    const found = await mapInParallel(paths, parallel, async (path, worker) => {
      const { page, visit } = tabs[worker]!;
      await page.setViewportSize({ width: widths[0], height: 844 });
      await visit(path);
      if (path === searchWithResults) await page.waitForSelector('pagefind-results a', { timeout: 30_000 });
      const measured: [number, string][] = [];
      for (const width of widths) {
        await page.setViewportSize({ width, height: 844 });
        const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
        if (scrollWidth > width) measured.push([width, `${path} is ${scrollWidth} px wide`]);
      }
      return measured;
    });
    await context.close();
    return Object.fromEntries(
      widths.map((width) => [width, found.flat().flatMap(([at, line]) => (at === width ? [line] : []))]),
    );
  }

  for (const width of widths) {
    test(`no page is wider than a ${width} px screen`, async () => {
      tooWide ??= findTooWide();
      const wide = (await tooWide)[width]!;
      expect(wide, `${wide.length} pages too wide:\n${wide.join('\n')}`).toEqual([]);
    });
  }

  test('a long word in a link, heading or paragraph wraps on the narrowest phone, on each kind of page', async () => {
    // Writers' titles, names and addresses can hold a word wider than a phone: a German compound, an email address.
    const longWord = 'Auftragsverarbeitungsvertragsdokumentation@kestrel-ledger.example';
    const pageTypes = [
      '/',
      '/frameworks/',
      '/frameworks/soc-2/',
      '/artefacts/kestrel-soc-2-type-2-2026/',
      '/controls/multi-factor-authentication/',
      '/services/kestrel-ledger/',
      '/subprocessors/',
      '/faq/',
      '/updates/',
      '/search/',
    ];
    const context = await newPhone(browser, widths[0]);
    const { page, visit } = await openPage(context);
    const tooWide: string[] = [];
    for (const path of pageTypes) {
      await visit(path);
      const width = await page.evaluate((word) => {
        // Tables are left as they are: they scroll in a region of their own.
        const texts = document.querySelectorAll('main :is(a, h1, h2, h3, p, dd, .meta):not(table *)');
        for (const element of texts) if (element.children.length === 0) element.textContent = word;
        return document.documentElement.scrollWidth;
      }, longWord);
      if (width > widths[0]) tooWide.push(`${path} is ${width} px wide`);
    }
    expect(tooWide).toEqual([]);
    await context.close();
  });

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

  test("the search box's example fits the box on the narrowest phone", async () => {
    const context = await newPhone(browser, widths[0]);
    const { page, visit } = await openPage(context);
    await visit('/search/');
    const input = page.locator('pagefind-input input');
    await input.waitFor();
    const { text, room } = await input.evaluate((element) => {
      const box = element as HTMLInputElement;
      const style = getComputedStyle(box);
      const context = document.createElement('canvas').getContext('2d')!;
      context.font = style.font;
      const padding = parseFloat(style.paddingLeft) + parseFloat(style.paddingRight);
      return { text: context.measureText(box.placeholder).width, room: box.clientWidth - padding };
    });
    expect(text).toBeGreaterThan(0);
    expect(text).toBeLessThanOrEqual(room);
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
