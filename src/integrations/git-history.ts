import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { isAbsolute, relative } from 'node:path';
import { readSiteSettings } from '../lib/content/site-loader.ts';
import { contentDir } from '../lib/content/paths.ts';
import { describeMissingHistory, probeRepository, startContentHistory } from '../lib/history/git-log.ts';
import { shareContentHistory } from '../lib/history/shared-history.ts';

/** The content folder as the writer knows it: from the project folder when inside it, in full otherwise. */
function displayFolder(folder: string): string {
  const path = relative('.', folder);
  return path === '' ? '.' : path.startsWith('..') || isAbsolute(path) ? folder : path;
}

/**
 * When `site.yaml` names the repository, starts reading the content folder's history from git as the build starts,
 * so git runs while Astro loads the content and bundles the pages; or says once, rather than on every page, that
 * the folder has no history (a shallow clone, or a folder outside git).
 */
export function gitHistory(): AstroIntegration {
  const start = (logger: AstroIntegrationLogger, read: boolean) => {
    if (!readSiteSettings(contentDir)?.repository) return;
    const probe = probeRepository(contentDir);
    if (probe.state !== 'full') logger.warn(describeMissingHistory(probe.state, displayFolder(contentDir)));
    else if (read) shareContentHistory(contentDir, startContentHistory(contentDir));
  };
  return {
    name: 'trust-center:git-history',
    hooks: {
      'astro:build:start': ({ logger }) => start(logger, true),
      // The live preview reads the history again whenever the content changes, with the graph.
      'astro:server:start': ({ logger }) => start(logger, false),
    },
  };
}
