import type { AstroIntegration } from 'astro';
import { getSharedContentCheck } from '../lib/content/background-check.ts';

/**
 * Prints what needs attention after a build, the same lists as the `/attention/`
 * page, so writers see expiring artefacts and evidence gaps without opening the
 * site. Printed as information: these are reminders, not faults in the build.
 * The content check works the lists out from the entries it has just read.
 */
export function attentionReport(): AstroIntegration {
  return {
    name: 'trust-center:attention',
    hooks: {
      'astro:build:done': async ({ logger }) => {
        const outcome = await getSharedContentCheck();
        for (const line of outcome?.attention ?? []) logger.info(line);
      },
    },
  };
}
