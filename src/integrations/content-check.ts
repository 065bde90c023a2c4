import { relative } from 'node:path';
import type { AstroIntegration } from 'astro';
import {
  contentCheckError,
  getSharedContentCheck,
  shareContentCheck,
  startContentCheck,
  type BackgroundCheckOutcome,
} from '../lib/content/background-check.ts';
import type { Audience } from '../lib/build/audience.ts';
import { findBasePathMismatch } from '../lib/build/base-path.ts';
import { readSiteSettings } from '../lib/content/check.ts';
import { getBuildDate } from '../lib/graph/dates.ts';
import { contentDir, siteFile } from '../lib/content/paths.ts';
import { formatProblems } from '../lib/content/problems.ts';

/** The line a build or the dev server logs when the content is valid. */
function describeCheck({ entryCount, milliseconds }: BackgroundCheckOutcome): string {
  return `${entryCount} entries checked in ${milliseconds} ms.`;
}

/**
 * Checks every content file, so a build reports all problems at once (Astro
 * stops at the first invalid entry and only logs a dangling reference). The
 * check runs in a worker thread beside Astro's own loading of the content; a
 * build waits for it before rendering and fails with its report, and so does a
 * content loader that fails first. The dev server logs the report and keeps serving.
 */
export function contentCheck(audience: Audience): AstroIntegration {
  return {
    name: 'trust-center:content-check',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        if (command !== 'build' && command !== 'dev') return;
        // `astro.config.mjs` takes the base path from `site.yaml`; `--base` may only repeat it.
        const site = readSiteSettings(contentDir);
        const mismatch = site && findBasePathMismatch(config.base, site.url, relative(process.cwd(), siteFile));
        if (mismatch) {
          logger.error(mismatch);
          process.exit(1);
        }
        const check = startContentCheck({ contentDir, root: process.cwd(), today: getBuildDate(), audience });
        if (command === 'build') {
          shareContentCheck(check);
          return;
        }
        check.then(
          (outcome) =>
            outcome.problems.length > 0
              ? logger.error(formatProblems(outcome.problems))
              : logger.info(describeCheck(outcome)),
          (error: unknown) => logger.error(`The content check failed: ${String(error)}`),
        );
      },
      'astro:build:start': async ({ logger }) => {
        const check = getSharedContentCheck();
        if (!check) return;
        const outcome = await check;
        if (outcome.problems.length > 0) throw contentCheckError(outcome.problems);
        logger.info(describeCheck(outcome));
      },
    },
  };
}
