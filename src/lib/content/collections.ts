import { getCollection, getEntry, render, type CollectionEntry, type CollectionKey } from 'astro:content';
import type { CollectionName } from '../../schemas/shared.ts';
import { getBuildDate } from '../graph/dates.ts';
import { buildGraph, type AssuranceGraph } from '../graph/assurance-graph.ts';
import { isLeftOut } from './entry-files.ts';
import { leaveOutDrafts, showsDrafts } from '../drafts/drafts.ts';

let graph: Promise<AssuranceGraph> | undefined;
/**
 * The entries the graph was built from, keyed `collection/id`, so a page renders its body without looking the entry up
 * again.
 */
const entries = new Map<string, CollectionEntry<CollectionKey>>();

// `npm run dev` keeps running while the content changes: the next page builds the graph again.
import.meta.hot?.on('astro:content-changed', () => {
  graph = undefined;
  entries.clear();
});

/**
 * The assurance graph for this build. This module is the only one that reads
 * the content collections; the graph is built once and shared by every page.
 */
export function getGraph(): Promise<AssuranceGraph> {
  graph ??= loadGraph();
  return graph;
}

/**
 * The entries of a collection; none for a collection the content folder leaves out (see `isLeftOut`), which Astro
 * would warn about when asked for it.
 */
function readCollection<C extends CollectionName>(collection: C) {
  return isLeftOut(collection) ? Promise.resolve([]) : getCollection(collection);
}

async function loadGraph(): Promise<AssuranceGraph> {
  const [site, frameworks, artefacts, controls, services, scenarios, updates, docs, subprocessors, faq] =
    await Promise.all([
      getEntry('site', 'site'),
      readCollection('frameworks'),
      readCollection('artefacts'),
      readCollection('controls'),
      readCollection('services'),
      readCollection('scenarios'),
      readCollection('updates'),
      readCollection('docs'),
      readCollection('subprocessors'),
      readCollection('faq'),
    ]);
  if (!site) throw new Error('The site settings are missing. Create `content/site.yaml`.');
  const all = { frameworks, artefacts, controls, services, scenarios, updates, docs, subprocessors, faq };
  // A build's graph holds no drafts, so no page, download or count shows one; `npm run dev` shows them marked.
  const input = showsDrafts() ? { site: site.data, ...all } : leaveOutDrafts({ site: site.data, ...all }).input;
  for (const [collection, items] of Object.entries(all)) {
    for (const entry of items) entries.set(`${collection}/${entry.id}`, entry);
  }
  return buildGraph(input, getBuildDate());
}

/** Renders the Markdown body of an entry. */
export async function renderBody(collection: CollectionName, id: string) {
  await getGraph();
  const entry = entries.get(`${collection}/${id}`) ?? (await getEntry(collection, id));
  if (!entry) throw new Error(`There is no entry \`${id}\` in \`${collection}\`.`);
  return render(entry);
}

/**
 * The HTML the Markdown processor rendered for an entry's body, for what needs it as text (structured data).
 * Markdown entries only: an MDX body is compiled to a component, not to HTML.
 */
export async function getRenderedHtml(collection: CollectionName, id: string): Promise<string | undefined> {
  await getGraph();
  return entries.get(`${collection}/${id}`)?.rendered?.html;
}
