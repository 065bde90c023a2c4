import type { AstroIntegration } from 'astro';
import { writeTwinsFromBundle } from '../lib/agents/twin-bundle.ts';

/** Writes the Markdown twin of every entry page from the bundle the build rendered (see `twin-bundle.ts`). */
export function markdownTwins(): AstroIntegration {
  return {
    name: 'trust-center:markdown-twins',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const started = performance.now();
        const count = writeTwinsFromBundle(dir);
        logger.info(`Wrote ${count} Markdown twins in ${Math.round(performance.now() - started)} ms.`);
      },
    },
  };
}
