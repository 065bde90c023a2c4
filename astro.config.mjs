// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { atomicOutput } from './src/integrations/atomic-output.ts';
import { contentCheck } from './src/integrations/content-check.ts';

export default defineConfig({
  outDir: process.env.TRUST_CENTER_OUT_DIR ?? 'dist',
  cacheDir: process.env.TRUST_CENTER_CACHE_DIR ?? 'node_modules/.astro',
  trailingSlash: 'always',
  build: { format: 'directory' },
  // The atomic output swap stays last: it runs after every other integration has written.
  integrations: [contentCheck(), mdx(), atomicOutput()],
});
