import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { checkContent, type ContentCheckResult } from '../lib/content-check.ts';
import { contentDir } from '../lib/paths.ts';
import { formatProblems } from '../lib/problems.ts';

let latest: ContentCheckResult | undefined;

/**
 * The result of the check this build ran when it started, for other
 * integrations to reuse in their own `astro:config:setup` instead of reading
 * and validating every file again. It is released once the configuration is
 * done, so it does not hold memory through the build.
 */
export function getLatestContentCheck(): ContentCheckResult | undefined {
  return latest;
}

/**
 * Checks every content file before Astro loads it, so a build reports all
 * problems at once (Astro stops at the first invalid entry and only logs a
 * dangling reference). A build fails; the dev server logs and keeps serving.
 */
export function contentCheck(): AstroIntegration {
  return {
    name: 'trust-center:content-check',
    hooks: {
      'astro:config:setup': ({ command, logger, updateConfig }) => {
        if (command !== 'build' && command !== 'dev') return;
        const started = performance.now();
        latest = checkContent(contentDir, process.cwd());
        const { problems, entries, site } = latest;
        // The published address comes from `site.yaml`, so canonical links and the sitemap use it.
        if (site) updateConfig({ site: site.url });
        if (problems.length === 0) {
          logger.info(`${entries.length} entries checked in ${Math.round(performance.now() - started)} ms.`);
          return;
        }
        const report = formatProblems(problems);
        if (command === 'dev') {
          logger.error(report);
          return;
        }
        throw new AstroError(report, 'Run `npm run content:check` to check the content without building.');
      },
      'astro:config:done': () => {
        latest = undefined;
      },
    },
  };
}
