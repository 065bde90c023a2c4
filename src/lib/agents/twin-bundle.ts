/**
 * The Markdown twins are written in one piece: a single route renders every twin into one bundle, and after the
 * build the bundle is split into the twins' files and removed. A route per twin would cost Astro's work for a page
 * ten thousand times on a large site, for files of a kilobyte each.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { CollectionName } from '../../schemas/shared.ts';
import { getHtmlText } from '../faq/structured-data.ts';
import type { AssuranceGraph } from '../graph/assurance-graph.ts';
import { getMarkdownTwin, twinCollections } from './markdown-twin.ts';

/** The HTML an entry's body was rendered to, restricted sections already removed for the build's audience. */
export type RenderedHtml = (collection: CollectionName, id: string) => Promise<string | undefined>;

/** The bundle's file name in the output, which never outlives the build. */
export const twinBundleFile = 'markdown-twins.bundle.json';

/**
 * Every twin of the site, by its path in the output folder (`controls/mfa.md`), as JSON. A security FAQ question's
 * twin also gives its answer, as the plain text the FAQ page's structured data gives it.
 */
export async function formatTwinBundle(graph: AssuranceGraph, getRenderedHtml: RenderedHtml): Promise<string> {
  const twins: Record<string, string> = {};
  for (const collection of twinCollections) {
    for (const { id } of graph[collection] as readonly { id: string }[]) {
      const html = collection === 'faq' ? await getRenderedHtml(collection, id) : undefined;
      twins[`${collection}/${id}.md`] = getMarkdownTwin(graph, collection, id, html && getHtmlText(html));
    }
  }
  return JSON.stringify(twins);
}

/**
 * Splits the bundle in an output folder into the twins' files, and removes it. Returns how many it wrote. The files
 * are small and many: written one after another, they take a fraction of the time ten thousand writes at once take
 * through Node.js's thread pool.
 */
export function writeTwinsFromBundle(outDir: URL): number {
  const bundle = new URL(twinBundleFile, outDir);
  const twins = JSON.parse(readFileSync(bundle, 'utf8')) as Record<string, string>;
  const folders = new Set(Object.keys(twins).map((path) => dirname(new URL(path, outDir).pathname)));
  for (const folder of folders) mkdirSync(folder, { recursive: true });
  for (const [path, text] of Object.entries(twins)) writeFileSync(new URL(path, outDir), text);
  rmSync(bundle);
  return Object.keys(twins).length;
}
