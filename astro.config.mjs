// @ts-check
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { atomicOutput } from './src/integrations/atomic-output.ts';
import { attentionReport } from './src/integrations/attention-report.ts';
import { contentCheck } from './src/integrations/content-check.ts';
import { gitHistory } from './src/integrations/git-history.ts';
import { dateSitemapItems } from './src/lib/history/sitemap-dates.ts';
import { hostingFiles } from './src/integrations/hosting-files.ts';
import { markdownTwins } from './src/integrations/markdown-twins.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { getAudience } from './src/lib/build/audience.ts';
import { getBasePath } from './src/lib/build/base-path.ts';
import { getOutDir } from './src/lib/build/output.ts';
import { createMarkdownPlugins, markdownFeatures } from './src/lib/markdown/processor.ts';
import { readSiteSettings } from './src/lib/content/site-loader.ts';
import { contentDir } from './src/lib/content/paths.ts';

const audience = getAudience();
// Invalid settings leave both unset; the content check then fails the build with the reason.
const settings = readSiteSettings(contentDir);
const base = settings ? getBasePath(settings.url) : '/';

export default defineConfig({
  // Where the site is published, from `url` in site.yaml: canonical links and the sitemap use the
  // address, and every link starts with its path (`https://example.com/trust/` gives `/trust/`).
  ...(settings && { site: settings.url }),
  base,
  // The URL builders read the base path from here (see src/lib/present/urls.ts).
  vite: { define: { __TRUST_CENTER_BASE__: JSON.stringify(base) } },
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
    processor: satteri({ features: markdownFeatures, mdastPlugins: createMarkdownPlugins(audience) }),
  },
  // The search index comes after the Markdown twins, ten thousand files on a large site, so that under `npm run build`
  // the indexer does not share the disk and the processors with them; the sitemap, two files, is written while it
  // indexes. The atomic output swap stays last: it runs after every other integration has written.
  integrations: [
    contentCheck(audience),
    gitHistory(),
    mdx(),
    hostingFiles(audience),
    markdownTwins(),
    attentionReport(audience),
    searchIndex(),
    sitemap({ serialize: dateSitemapItems(contentDir, base) }),
    atomicOutput(),
  ],
});
