/**
 * `site.yaml`, the organisation's settings: loaded for the pages as a collection of its own, and read for the content
 * check and for what is needed before it has run.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { SiteSchema, type Site } from '../../schemas/site.ts';
import { checkBrandFiles } from '../brand/files.ts';
import { lineText, locateField, parseYaml, readTextFile, readYamlData, type YamlSource } from './front-matter.ts';
import { describeIssue, formatFieldPath, withoutMisspeltFields, type Problem } from './problems.ts';
import { contentFolderName } from './paths.ts';

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

/** The site settings from `site.yaml` when they are valid, for what is needed before the full check has run. */
export function readSiteSettings(contentDir: string): Site | undefined {
  return readSite(contentDir, (path) => path, []);
}

export function readSite(
  contentDir: string,
  displayPath: (path: string) => string,
  problems: Problem[],
): Site | undefined {
  const path = join(contentDir, 'site.yaml');
  const file = displayPath(path);
  if (!existsSync(path) && existsSync(join(contentDir, 'site.yml'))) {
    const message = 'The site settings are read from `site.yaml`, with an `a`: rename `site.yml` to `site.yaml`.';
    problems.push({ file: displayPath(join(contentDir, 'site.yml')), field: '', message });
    return undefined;
  }
  if (!existsSync(path)) {
    problems.push({
      file,
      field: '',
      message:
        `The site settings file is missing. Create \`${contentFolderName(contentDir)}/site.yaml\` with at least ` +
        '`name`, `description`, `url` and `contacts`.',
    });
    return undefined;
  }
  const yaml = readTextFile(path, file, problems);
  if (yaml === undefined) return undefined;
  const source: YamlSource = { file, yaml, firstLine: 1, wholeFile: true };
  const data = readYamlData(source, problems);
  if (data === undefined) return undefined;
  const result = SiteSchema.safeParse(data, { reportInput: true });
  if (result.success) {
    problems.push(...checkBrandFiles(result.data, contentDir, file, (path) => locateField(source, path)));
    return result.data;
  }
  for (const issue of withoutMisspeltFields(result.error.issues, data)) {
    const line = locateField(source, issue.path);
    problems.push({
      file,
      line,
      field: formatFieldPath(issue.path),
      message: describeIssue(issue, lineText(source, line)),
    });
  }
  return undefined;
}
