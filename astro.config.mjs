// @ts-check
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { atomicOutput } from './src/integrations/atomic-output.ts';
import { attentionReport } from './src/integrations/attention-report.ts';
import { contentCheck } from './src/integrations/content-check.ts';
import { hostingFiles } from './src/integrations/hosting-files.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { getAudience } from './src/lib/build/audience.ts';
import { getOutDir } from './src/lib/build/output.ts';
import { createRestrictedSectionsPlugin } from './src/lib/build/restricted-sections.ts';

const audience = getAudience();

export default defineConfig({
  outDir: getOutDir(audience),
  // Each audience keeps its own cache, so Markdown rendered for the internal build
  // can never be reused by the public one.
  cacheDir: `${process.env.TRUST_CENTER_CACHE_DIR ?? 'node_modules/.astro'}/${audience}`,
  trailingSlash: 'always',
  // Stylesheets are always files, so the Content-Security-Policy needs no inline styles.
  // Four pages render at once, so one page's rendering overlaps another's writing to disk: a third
  // faster on large sites, with no more memory.
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  markdown: {
    processor: satteri({ features: { directive: true }, mdastPlugins: [createRestrictedSectionsPlugin(audience)] }),
  },
  // The atomic output swap stays last: it runs after every other integration has written.
  integrations: [
    contentCheck(audience),
    mdx(),
    searchIndex(),
    sitemap(),
    hostingFiles(audience),
    attentionReport(audience),
    atomicOutput(),
  ],
});
