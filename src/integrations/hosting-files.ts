import { writeFile } from 'node:fs/promises';
import type { AstroIntegration } from 'astro';
import type { Audience } from '../lib/build/audience.ts';
import { getHeadersFile } from '../lib/build/hosting.ts';

/**
 * Writes `_headers` (security headers for Netlify, Cloudflare Pages and hosts that
 * read the same format). Astro does not route files starting with `_`, so it is
 * written after the build rather than as a page.
 */
export function hostingFiles(audience: Audience): AstroIntegration {
  return {
    name: 'trust-center:hosting-files',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        await writeFile(new URL('_headers', dir), getHeadersFile(audience));
      },
    },
  };
}
