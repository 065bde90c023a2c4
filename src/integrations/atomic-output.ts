import { existsSync, renameSync, rmSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';

/**
 * Builds into a staging folder beside the output folder and swaps it in only
 * when the whole build has succeeded, so a failed build never leaves a
 * half-written site where the site is expected. List it last, so every other
 * integration has finished writing when the swap happens.
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
        staging = `${target.replace(/\/$/, '')}.partial`;
        rmSync(staging, { recursive: true, force: true });
        // Astro has already resolved its paths to URLs at this point, so it takes a URL here.
        updateConfig({ outDir: pathToFileURL(`${staging}/`) });
      },
      'astro:build:done': ({ logger }) => {
        if (!staging || !existsSync(staging)) return;
        rmSync(target, { recursive: true, force: true });
        renameSync(staging, target);
        logger.info(`Site written to ${target}.`);
      },
    },
  };
}
