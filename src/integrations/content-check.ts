import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { isRunnableDevEnvironment } from 'vite';
import {
  contentCheckError,
  getSharedContentCheck,
  shareContentCheck,
  startContentCheck,
  type BackgroundCheckOutcome,
} from '../lib/content/background-check.ts';
import type { Audience } from '../lib/build/audience.ts';
import { describeServedPathChange, findBasePathMismatch } from '../lib/build/base-path.ts';
import { readSiteSettings } from '../lib/content/site-loader.ts';
import { getBuildDate } from '../lib/graph/dates.ts';
import { contentDir, siteFile } from '../lib/content/paths.ts';
import { formatProblems } from '../lib/content/problems.ts';
import { plural } from '../lib/present/format.ts';

/** The line a build or the dev server logs when the content is valid. */
function describeCheck({ entryCount, milliseconds }: BackgroundCheckOutcome): string {
  return `${plural(entryCount, 'entry', 'entries')} checked in ${milliseconds} ms.`;
}

/** Starts a check of the content and shares it with the content loaders and, in dev, with every page. */
function startSharedCheck(audience: Audience): Promise<BackgroundCheckOutcome> {
  const check = startContentCheck({ contentDir, root: process.cwd(), today: getBuildDate(), audience });
  shareContentCheck(check);
  return check;
}

/**
 * Checks every content file, so a build reports all problems at once (Astro
 * stops at the first invalid entry and only logs a dangling reference). The
 * check runs in a worker thread beside Astro's own loading of the content; a
 * build waits for it before rendering and fails with its report, and so does a
 * content loader that fails first. The dev server checks again whenever the
 * content changes, logs the report, and serves it in place of every page until
 * the content is fixed.
 */
export function contentCheck(audience: Audience): AstroIntegration {
  /** The report of the latest check in dev, to reload the browser only when it changes. */
  let lastReport = '';
  let latest = 0;
  /** The file Astro writes the content store to in dev. */
  let dataStoreFile = '';
  /** The path the dev server serves the site under, read from `site.yaml` when it started. */
  let servedBase = '/';
  /**
   * Says when `site.yaml` now gives the site another path than the one served. The server is not restarted for it:
   * Astro's content collections stop following their files after a restart of the dev server.
   */
  const warnOfServedPathChange = (logger: AstroIntegrationLogger) => {
    const site = readSiteSettings(contentDir);
    const change = site && describeServedPathChange(servedBase, site.url, relative(process.cwd(), siteFile));
    if (change) logger.warn(change);
  };
  const checkInDev = async (logger: AstroIntegrationLogger): Promise<boolean> => {
    const run = ++latest;
    try {
      const outcome = await startSharedCheck(audience);
      if (run !== latest) return false;
      const report = outcome.problems.length > 0 ? formatProblems(outcome.problems) : '';
      if (report) logger.error(report);
      else logger.info(describeCheck(outcome));
      const changed = report !== lastReport;
      lastReport = report;
      return changed;
    } catch (error) {
      logger.error(`The content check failed: ${String(error)}`);
      return false;
    }
  };

  return {
    name: 'trust-center:content-check',
    hooks: {
      'astro:config:setup': ({ command, config, logger, addMiddleware, updateConfig }) => {
        // Drafts are shown by the dev server only; a build leaves them out of the graph.
        updateConfig({ vite: { define: { __TRUST_CENTER_DRAFTS__: JSON.stringify(command === 'dev') } } });
        if (command !== 'build' && command !== 'dev') return;
        // `astro.config.mjs` takes the base path from `site.yaml`; `--base` may only repeat it.
        const site = readSiteSettings(contentDir);
        const mismatch = site && findBasePathMismatch(config.base, site.url, relative(process.cwd(), siteFile));
        if (mismatch) {
          logger.error(mismatch);
          process.exit(1);
        }
        if (command === 'build') {
          startSharedCheck(audience);
          return;
        }
        addMiddleware({ entrypoint: new URL('./content-check-middleware.ts', import.meta.url), order: 'pre' });
        void checkInDev(logger);
      },
      'astro:config:done': ({ config }) => {
        dataStoreFile = fileURLToPath(new URL('.astro/data-store.json', config.root));
        servedBase = config.base;
      },
      'astro:server:setup': ({ server, logger }) => {
        /** Starts every page afresh, so the next request reads the content as it is now. */
        const startPagesAfresh = () => {
          for (const environment of Object.values(server.environments)) {
            if (isRunnableDevEnvironment(environment)) environment.runner.evaluatedModules.clear();
          }
        };
        server.watcher.on('all', (_event, file) => {
          // Astro's content store, once read by a page, stays in memory until the modules are evaluated again, and
          // Astro only re-reads it on some of its writes: a new entry, such as a draft, could stay missing.
          if (file === dataStoreFile) return startPagesAfresh();
          if (file !== contentDir && !file.startsWith(`${contentDir}${sep}`)) return;
          if (file === siteFile) warnOfServedPathChange(logger);
          void checkInDev(logger).then((changed) => {
            if (!changed) return;
            // Pages rendered while the content had problems may hold what was read then: start them afresh.
            startPagesAfresh();
            server.environments.client.hot.send({ type: 'full-reload' });
          });
        });
      },
      'astro:build:start': async ({ logger }) => {
        const check = getSharedContentCheck();
        if (!check) return;
        const outcome = await check;
        if (outcome.problems.length > 0) throw contentCheckError(outcome.problems);
        logger.info(describeCheck(outcome));
        for (const line of outcome.drafts) logger.info(line);
      },
    },
  };
}
