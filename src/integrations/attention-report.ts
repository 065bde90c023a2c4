import type { AstroIntegration } from 'astro';
import { formatAttentionReport, getAttention } from '../lib/attention.ts';
import { buildGraphFromCheck } from '../lib/checked-graph.ts';
import { checkContent } from '../lib/content-check.ts';
import { getBuildDate } from '../lib/dates.ts';
import { contentDir } from '../lib/paths.ts';

/**
 * Prints what needs attention after a build, the same lists as the `/attention/`
 * page, so writers see expiring artefacts and evidence gaps without opening the
 * site. Printed as information: these are reminders, not faults in the build.
 */
export function attentionReport(): AstroIntegration {
  return {
    name: 'trust-center:attention',
    hooks: {
      'astro:build:done': ({ logger }) => {
        const checked = buildGraphFromCheck(checkContent(contentDir, process.cwd()), getBuildDate());
        if (!checked) return;
        for (const line of formatAttentionReport(getAttention(checked.graph), checked.files)) logger.info(line);
      },
    },
  };
}
