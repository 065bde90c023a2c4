/** Accessibility checks with axe-core, shared by every browser test that walks pages. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults, RunOnly } from 'axe-core';
import type { Page } from 'playwright-core';

/** The WCAG 2.2 AA success criteria, as axe-core tags them. */
const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/**
 * The rules of those criteria that read colours. The dark scheme changes nothing but colours: the stylesheet's
 * and the brand's dark rules set colour properties only, and the brand's dark logo swaps the source of the same
 * `img`, its alternative text kept. So in the dark scheme only these rules can find anything the light one did not,
 * and they are all that runs there, which halves the time of a walk.
 */
const colourRules = ['color-contrast', 'link-in-text-block'];

/** axe-core's script, to add to a browser context before its pages load (`context.addInitScript`). */
export const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

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
export async function findViolationsInBothSchemes(page: Page, path: string): Promise<string[]> {
  await page.emulateMedia({ colorScheme: 'light' });
  const light = await findViolations(page, `${path} (light)`, { type: 'tag', values: tags });
  await page.emulateMedia({ colorScheme: 'dark' });
  const dark = await findViolations(page, `${path} (dark)`, { type: 'rule', values: colourRules });
  return [...light, ...dark];
}
