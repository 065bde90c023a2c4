import type { ContentCheckResult } from './check.ts';
import { buildGraph, type AssuranceGraph, type GraphInput } from '../graph/assurance-graph.ts';
import { leaveOutDrafts, type DraftEntry } from '../drafts/drafts.ts';

/** The assurance graph of a checked content folder, and the file each entry came from. */
export interface CheckedGraph {
  graph: AssuranceGraph;
  /** The file of each entry, keyed `collection/id`, such as `content/controls/mfa.md`. */
  files: Map<string, string>;
  /** The drafts a build leaves out of the graph. */
  drafts: DraftEntry[];
}

/**
 * Builds the assurance graph from the entries the content check validated, the
 * same graph the pages get from the content collections. Outside Astro (the build
 * report, the command line, tests) this is how content is read; like a build, it
 * leaves drafts out. Returns undefined
 * when the content has problems, since the graph needs every reference resolved.
 */
export function buildGraphFromCheck(result: ContentCheckResult, today: string): CheckedGraph | undefined {
  if (result.problems.length > 0 || !result.site) return undefined;
  const input: Omit<GraphInput, 'site'> = {
    frameworks: [],
    artefacts: [],
    controls: [],
    services: [],
    scenarios: [],
    updates: [],
    docs: [],
    subprocessors: [],
    faq: [],
  };
  const files = new Map<string, string>();
  for (const entry of result.entries) {
    (input[entry.collection] as { id: string; data: unknown }[]).push({ id: entry.id, data: entry.data });
    files.set(`${entry.collection}/${entry.id}`, entry.file);
  }
  const published = leaveOutDrafts({ site: result.site, ...input });
  return { graph: buildGraph(published.input, today), files, drafts: published.drafts };
}
