/**
 * The content folder's history, read by the build's integration while Astro loads the content and bundles the
 * pages, and handed to the pages when they render. Pages render in Vite's module runner, a separate module graph
 * from the integrations, so the history is shared through a global.
 */
import type { ContentHistory } from './git-log.ts';

const sharedKey = Symbol.for('trust-center.content-history');

interface SharedHistory {
  dir: string;
  reading: Promise<ContentHistory>;
  /** Set once git has finished. */
  history?: ContentHistory | undefined;
}

const shared = globalThis as Record<symbol, SharedHistory | undefined>;

/** Shares the history of a content folder being read, for the pages to take once it is read. */
export function shareContentHistory(dir: string, reading: Promise<ContentHistory>): void {
  const entry: SharedHistory = { dir, reading };
  shared[sharedKey] = entry;
  void reading.then((history) => (entry.history = history));
}

/** The history the build read of a content folder, when it has finished reading it. */
export function takeSharedHistory(dir: string): ContentHistory | undefined {
  const entry = shared[sharedKey];
  return entry?.dir === dir ? entry.history : undefined;
}

/** The history the build reads of a content folder, once git has finished; none when the build reads none. */
export async function awaitSharedHistory(dir: string): Promise<ContentHistory | undefined> {
  const entry = shared[sharedKey];
  return entry?.dir === dir ? entry.reading : undefined;
}
