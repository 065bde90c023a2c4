import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { isAbsolute, relative } from 'node:path';
import { readSiteSettings } from '../lib/content/check.ts';
import { contentDir } from '../lib/content/paths.ts';
import { describeMissingHistory, probeRepository } from '../lib/history/git-log.ts';

/** The content folder as the writer knows it: from the project folder when inside it, in full otherwise. */
function displayFolder(folder: string): string {
  const path = relative('.', folder);
  return path === '' ? '.' : path.startsWith('..') || isAbsolute(path) ? folder : path;
}

/**
 * Says once, at the start of a build or of the live preview, when `site.yaml` names the repository but the content
 * folder has no history from git (a shallow clone, or a folder outside git), rather than on every page.
 */
export function historyNotice(): AstroIntegration {
  const notify = (logger: AstroIntegrationLogger) => {
    if (!readSiteSettings(contentDir)?.repository) return;
    const probe = probeRepository(contentDir);
    if (probe.state !== 'full') logger.warn(describeMissingHistory(probe.state, displayFolder(contentDir)));
  };
  return {
    name: 'trust-center:history',
    hooks: {
      'astro:build:start': ({ logger }) => notify(logger),
      'astro:server:start': ({ logger }) => notify(logger),
    },
  };
}
