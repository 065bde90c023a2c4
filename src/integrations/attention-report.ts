import type { AstroIntegration } from 'astro';
import { formatAttentionReport, getAttention } from '../lib/attention.ts';
import { buildGraphFromCheck } from '../lib/checked-graph.ts';
import { checkContent, type ContentCheckResult } from '../lib/content-check.ts';
import { getBuildDate } from '../lib/dates.ts';
import { contentDir } from '../lib/paths.ts';
import { getLatestContentCheck } from './content-check.ts';

/**
 * Prints what needs attention after a build, the same lists as the `/attention/`
 * page, so writers see expiring artefacts and evidence gaps without opening the
 * site. Printed as information: these are reminders, not faults in the build.
 */
export function attentionReport(): AstroIntegration {
  let lines: string[] | undefined;
  const report = (result: ContentCheckResult) => {
    const checked = buildGraphFromCheck(result, getBuildDate());
    return checked ? formatAttentionReport(getAttention(checked.graph), checked.files) : [];
  };
  return {
    name: 'trust-center:attention',
    hooks: {
      // The content check has just read and validated every file; the report is
      // worked out from its result now rather than by reading them all again.
      'astro:config:setup': ({ command }) => {
        const result = getLatestContentCheck();
        if (command === 'build' && result) lines = report(result);
      },
      'astro:build:done': ({ logger }) => {
        for (const line of lines ?? report(checkContent(contentDir, process.cwd()))) logger.info(line);
      },
    },
  };
}
