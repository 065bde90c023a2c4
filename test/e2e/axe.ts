/** Accessibility checks with axe-core, shared by every browser test that walks pages. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults } from 'axe-core';
import type { Page } from 'playwright-core';

/** The WCAG 2.2 AA success criteria, as axe-core tags them. */
const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** axe-core's script, to add to a browser context before its pages load (`context.addInitScript`). */
export const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Runs axe-core over the page's document; resolves to one line per failing element. */
async function findViolations(page: Page, path: string): Promise<string[]> {
  const violations: AxeResults['violations'] = await page.evaluate(async (values) => {
    const { axe } = window as unknown as { axe: typeof import('axe-core') };
    const results = await axe.run(document, { runOnly: { type: 'tag', values }, resultTypes: ['violations'] });
    return results.violations;
  }, tags);
  return violations.flatMap((violation) =>
    violation.nodes.map(
      (node) => `${path}: ${violation.id} at \`${node.target.join(' ')}\`: ${violation.help} (${violation.helpUrl})`,
    ),
  );
}

/** Runs axe-core over the loaded page in the light scheme, then the dark one. */
export async function findViolationsInBothSchemes(page: Page, path: string): Promise<string[]> {
  const found: string[] = [];
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    found.push(...(await findViolations(page, `${path} (${colorScheme})`)));
  }
  return found;
}
