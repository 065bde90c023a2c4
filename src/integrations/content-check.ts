import { existsSync, readFileSync } from 'node:fs';
import type { AstroIntegration } from 'astro';
import { parse } from 'yaml';
import { contentCheckError, getSharedContentCheck, shareContentCheck, startContentCheck } from '../lib/background-check.ts';
import { getBuildDate } from '../lib/dates.ts';
import { contentDir, siteFile } from '../lib/paths.ts';
import { formatProblems } from '../lib/problems.ts';
import { SiteSchema } from '../schemas/site.ts';

/** The published address from `site.yaml`, when the file is valid; the check reports it otherwise. */
function readSiteUrl(): string | undefined {
  if (!existsSync(siteFile)) return undefined;
  try {
    const result = SiteSchema.safeParse(parse(readFileSync(siteFile, 'utf8')) ?? {});
    return result.success ? result.data.url : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Checks every content file, so a build reports all problems at once (Astro
 * stops at the first invalid entry and only logs a dangling reference). The
 * check runs in a worker thread beside Astro's own loading of the content; a
 * build waits for it before rendering and fails with its report, and so does a
 * content loader that fails first. The dev server logs the report and keeps serving.
 */
export function contentCheck(): AstroIntegration {
  return {
    name: 'trust-center:content-check',
    hooks: {
      'astro:config:setup': ({ command, logger, updateConfig }) => {
        if (command !== 'build' && command !== 'dev') return;
        // The published address comes from `site.yaml`, so canonical links and the sitemap use it.
        const url = readSiteUrl();
        if (url) updateConfig({ site: url });
        const check = startContentCheck({ contentDir, root: process.cwd(), today: getBuildDate() });
        if (command === 'build') {
          shareContentCheck(check);
          return;
        }
        check.then(
          ({ problems, entryCount, milliseconds }) => {
            if (problems.length > 0) logger.error(formatProblems(problems));
            else logger.info(`${entryCount} entries checked in ${milliseconds} ms.`);
          },
          (error: unknown) => logger.error(`The content check failed: ${String(error)}`),
        );
      },
      'astro:build:start': async ({ logger }) => {
        const check = getSharedContentCheck();
        if (!check) return;
        const { problems, entryCount, milliseconds } = await check;
        if (problems.length > 0) throw contentCheckError(problems);
        logger.info(`${entryCount} entries checked in ${milliseconds} ms.`);
      },
    },
  };
}
