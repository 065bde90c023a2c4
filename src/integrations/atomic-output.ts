import { rmSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import { getStagingDir, swapIn } from '../lib/build/output.ts';
import { isIndexedAfterBuild } from '../lib/build/index-handoff.ts';

/**
 * Builds into a staging folder beside the output folder and swaps it in only
 * when the whole build has succeeded, so a failed build never leaves a
 * half-written site where the site is expected. List it last, so every other
 * integration has finished writing when the swap happens. Under `npm run
 * build` the swap waits for the search index, which is built after Astro exits.
 */
export function atomicOutput(): AstroIntegration {
  let target = '';
  let staging = '';
  return {
    name: 'trust-center:atomic-output',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'build') return;
        target = fileURLToPath(config.outDir);
        staging = getStagingDir(target);
        rmSync(staging, { recursive: true, force: true });
        // Astro has already resolved its paths to URLs at this point, so it takes a URL here.
        updateConfig({ outDir: pathToFileURL(`${staging}/`) });
      },
      'astro:build:done': ({ logger }) => {
        if (!staging || isIndexedAfterBuild()) return;
        if (swapIn(staging, target)) logger.info(`Site written to ${target}.`);
      },
    },
  };
}
