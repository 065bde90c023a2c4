import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { chromiumMissing } from './browser.ts';
import { connectBrowser, describeWithTool, listPagePaths, newContext, openPage } from './harness.ts';

/** Elements a keyboard user must be able to reach. */
const interactive =
  'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), ' +
  'textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';

/**
 * One page of each kind: the first page of each section at each depth, such as `/frameworks/*` and `/services/*\/*`.
 */
function pickPageKinds(paths: readonly string[]): string[] {
  const kinds = new Map<string, string>();
  for (const path of paths) {
    const [section = '', ...rest] = path.split('/').filter(Boolean);
    const kind = [section, ...rest.map(() => '*')].join('/');
    if (!kinds.has(kind)) kinds.set(kind, path);
  }
  return [...kinds.values()];
}

/**
 * Numbers the rendered interactive elements of the page in document order, notes how each
 * looks unfocused, and from then on records every focus: which element, and whether the
 * focus shows (an outline or shadow it lacks unfocused, on screen). Resolves to descriptions
 * of the elements, and the position of the first one in or after the main content.
 */
function watchFocus(page: Page): Promise<{ elements: string[]; firstInMain: number }> {
  return page.evaluate((selector) => {
    const look = (style: CSSStyleDeclaration) =>
      [style.outlineStyle, style.outlineWidth, style.outlineColor, style.boxShadow].join(' ');
    (document.activeElement as HTMLElement | null)?.blur();
    const elements = [...document.querySelectorAll<HTMLElement>(selector)].filter((element) =>
      element.checkVisibility({ visibilityProperty: true }),
    );
    const unfocused = new Map(elements.map((element) => [element, look(getComputedStyle(element))]));
    const focuses: { order: number; visible: boolean }[] = [];
    (window as unknown as { focuses: typeof focuses }).focuses = focuses;
    document.addEventListener('focusin', (event) => {
      const element = event.target as HTMLElement;
      const style = getComputedStyle(element);
      const box = element.getBoundingClientRect();
      const onScreen =
        box.width > 0 &&
        box.height > 0 &&
        box.bottom > 0 &&
        box.right > 0 &&
        box.top < innerHeight &&
        box.left < innerWidth;
      const marked =
        (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
      focuses.push({
        order: elements.indexOf(element),
        visible: marked && look(style) !== unfocused.get(element) && onScreen,
      });
    });
    const main = document.querySelector('main');
    const inOrAfterMain = Node.DOCUMENT_POSITION_CONTAINED_BY | Node.DOCUMENT_POSITION_FOLLOWING;
    return {
      elements: elements.map(
        (element) => `${element.localName} "${(element.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40)}"`,
      ),
      firstInMain: elements.findIndex((element) => main && main.compareDocumentPosition(element) & inOrAfterMain),
    };
  }, interactive);
}

/** The focuses recorded since `watchFocus`. */
function readFocuses(page: Page): Promise<{ order: number; visible: boolean }[]> {
  return page.evaluate(() => (window as unknown as { focuses: { order: number; visible: boolean }[] }).focuses);
}

describeWithTool('keyboard', inject('browserEndpoint') ? undefined : chromiumMissing, () => {
  let browser: Browser;
  let context: BrowserContext;
  let tab: Awaited<ReturnType<typeof openPage>>;
  const pages = pickPageKinds(listPagePaths(inject('sampleSite').outDir));

  beforeAll(async () => {
    browser = await connectBrowser();
    context = await newContext(browser);
    tab = await openPage(context);
  });
  afterAll(() => browser?.close());

  test('tries one page of each kind', () => {
    expect(pages.length).toBeGreaterThan(10);
    expect(pages).toEqual(expect.arrayContaining(['/subprocessors/', '/faq/']));
  });

  test.each(pages)('Tab reaches every interactive element of %s in order, with focus visible', async (path) => {
    await tab.visit(path);
    const { elements } = await watchFocus(tab.page);
    for (let press = 0; press < elements.length; press++) await tab.page.keyboard.press('Tab');
    const focuses = await readFocuses(tab.page);
    const faults: string[] = [];
    for (const [index, element] of elements.entries()) {
      const focus = focuses[index];
      if (focus?.order !== index) {
        faults.push(
          `Tab ${index + 1} should reach ${element}, but ` +
            `reached ${focus ? (elements[focus.order] ?? 'an element not listed') : 'nothing'}.`,
        );
        break;
      }
      if (!focus.visible) faults.push(`${element} shows no visible focus.`);
    }
    expect([...faults, ...tab.problems()]).toEqual([]);
  });

  test('the skip link moves focus to the main content', async () => {
    await tab.visit('/');
    const { elements, firstInMain } = await watchFocus(tab.page);
    await tab.page.keyboard.press('Tab');
    await tab.page.keyboard.press('Enter');
    await tab.page.keyboard.press('Tab');
    const focuses = await readFocuses(tab.page);
    expect(elements[focuses[0]!.order]).toBe('a "Skip to content"');
    expect(new URL(tab.page.url()).hash).toBe('#_main');
    expect(focuses[1]!.order).toBe(firstInMain);
    expect(tab.problems()).toEqual([]);
  });
});
