import type { AstroIntegration } from 'astro';

/** Writes the Markdown twin of every entry page from the bundle the build rendered (see `twin-bundle.ts`). */
export function markdownTwins(): AstroIntegration {
  return {
    name: 'trust-center:markdown-twins',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        // Loaded here, not with the configuration: the twins' formatting reads the whole site's view models.
        const { writeTwinsFromBundle } = await import('../lib/agents/twin-bundle.ts');
        const count = writeTwinsFromBundle(dir);
        logger.info(`Wrote ${count} Markdown twins in ${Math.round(performance.now() - started)} ms.`);
      },
    },
  };
}
