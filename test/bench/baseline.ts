import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * The bare baseline the site is measured against: a minimal Astro project
 * with one page per Markdown file of a content folder (a glob content
 * collection, no schema, no checks) and a Pagefind index of the output,
 * written through Pagefind's Node API. It uses the project's own installed
 * `astro` and `pagefind` through a link to its `node_modules`.
 */
const files: Record<string, string> = {
  'package.json': JSON.stringify({ name: 'bench-baseline', private: true, type: 'module' }),
  'astro.config.mjs': `import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import * as pagefind from 'pagefind';

/** Indexes the built pages with Pagefind through its Node API. */
const search = {
  name: 'baseline-search',
  hooks: {
    'astro:build:done': async ({ dir, logger }) => {
      const site = fileURLToPath(dir);
      const { index, errors } = await pagefind.createIndex();
      try {
        if (!index) throw new Error(errors.join('\\n'));
        const added = await index.addDirectory({ path: site });
        if (added.errors.length > 0) throw new Error(added.errors.join('\\n'));
        const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
        if (written.errors.length > 0) throw new Error(written.errors.join('\\n'));
        logger.info(\`Indexed \${added.page_count} pages.\`);
      } finally {
        await pagefind.close();
      }
    },
  },
};

export default defineConfig({
  outDir: process.env.BASELINE_OUT_DIR,
  cacheDir: process.env.BASELINE_CACHE_DIR,
  integrations: [search],
});
`,
  'src/content.config.ts': `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

export const collections = {
  entries: defineCollection({ loader: glob({ pattern: '**/*.md', base: process.env.BASELINE_CONTENT }) }),
};
`,
  'src/pages/[...id].astro': `---
import { getCollection, render } from 'astro:content';

export async function getStaticPaths() {
  const entries = await getCollection('entries');
  return entries.map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}

const { entry } = Astro.props;
const { Content } = await render(entry);
---

<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>{entry.data.title}</title>
  </head>
  <body>
    <main data-pagefind-body>
      <h1>{entry.data.title}</h1>
      <Content />
    </main>
  </body>
</html>
`,
};

/** Writes the baseline project into a new temporary folder and returns its path. */
export function writeBaselineProject(nodeModules: string): string {
  const root = mkdtempSync(join(tmpdir(), 'trust-center-baseline-'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  symlinkSync(nodeModules, join(root, 'node_modules'), 'dir');
  return root;
}
