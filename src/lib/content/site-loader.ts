import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { parseYaml } from './front-matter.ts';

/**
 * Loads `site.yaml` as a collection with a single entry, `site`, so the
 * organisation's settings are validated and cached like every other entry.
 */
export function siteLoader(path: string): Loader {
  return {
    name: 'trust-center-site',
    load: async ({ config, store, parseData, generateDigest, watcher }) => {
      // Astro wants the path relative to the project root.
      const filePath = relative(fileURLToPath(config.root), path);
      const sync = async () => {
        const raw = (parseYaml(await readFile(path, 'utf8')) ?? {}) as Record<string, unknown>;
        const data = await parseData({ id: 'site', data: raw, filePath });
        store.set({ id: 'site', data, digest: generateDigest(raw), filePath });
      };
      await sync();
      watcher?.add(path);
      watcher?.on('change', (changed) => {
        if (changed === path) void sync();
      });
    },
  };
}
