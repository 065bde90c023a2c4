import type { AstroIntegration } from 'astro';
import { hasAttentionPages, type Audience } from '../lib/build/audience.ts';
import { getSharedContentCheck } from '../lib/content/background-check.ts';
import { readSiteSettings } from '../lib/content/site-loader.ts';
import { contentDir } from '../lib/content/paths.ts';

/**
 * Adds the `/attention/` pages, the writers' to-do list, to the builds that have them:
 * the internal build, and the public one when `site.yaml` sets `publishAttention`.
 * Their routes live in `src/pages/_attention/`, which the underscore keeps out of
 * Astro's file-based routing, so a public build has no such page to leave out.
 *
 * After a build, prints the same lists as the pages, so writers see expiring
 * artefacts and evidence gaps without opening the site. Printed as information:
 * these are reminders, not faults in the build. The content check works the
 * lists out from the entries it has just read.
 */
export function attentionReport(audience: Audience): AstroIntegration {
  return {
    name: 'trust-center:attention',
    hooks: {
      'astro:config:setup': ({ injectRoute }) => {
        const site = readSiteSettings(contentDir);
        if (!site || !hasAttentionPages(site, audience)) return;
        const routes = new URL('../pages/_attention/', import.meta.url);
        injectRoute({ pattern: '/attention', entrypoint: new URL('index.astro', routes) });
        injectRoute({ pattern: '/attention/[kind]/[...page]', entrypoint: new URL('[kind]/[...page].astro', routes) });
      },
      'astro:build:done': async ({ logger }) => {
        const outcome = await getSharedContentCheck();
        for (const line of outcome?.attention ?? []) logger.info(line);
      },
    },
  };
}
