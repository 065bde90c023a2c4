import type { MdastPluginDefinition } from 'satteri';
import type { Audience } from '../build/audience.ts';
import { createPlainDirectivesPlugin } from './plain-directives.ts';
import { createRestrictedSectionsPlugin } from './restricted-sections.ts';
import { createScrollingTablesPlugin } from './scrolling-tables.ts';

/** The Markdown processor's syntax beyond GitHub's: container directives, for restricted sections. */
export const markdownFeatures = { directive: true };

/**
 * The Markdown plugins of a build, in the order they run: text that only looks like a directive (`09:40`) is given
 * back first, so it reads as written inside a restricted section too; then restricted sections, then tables.
 */
export function createMarkdownPlugins(audience: Audience): MdastPluginDefinition[] {
  return [createPlainDirectivesPlugin(), createRestrictedSectionsPlugin(audience), createScrollingTablesPlugin()];
}
