/**
 * What an entry's page shows of its history when `site.yaml` names the repository: a link to edit its file, the
 * day it last changed, its latest changes and a link to its full history. The content folder's history is read
 * once per build.
 */
import { existsSync } from 'node:fs';
import type { CollectionName } from '../../schemas/shared.ts';
import type { AssuranceGraph } from '../graph/assurance-graph.ts';
import { perGraph } from '../graph/memo.ts';
import { contentDir } from '../content/paths.ts';
import { formatDate } from '../present/format.ts';
import { sectionId } from '../present/urls.ts';
import { entryFileCandidates, findFileInHistory, readContentHistory, type ContentHistory } from './git-log.ts';
import { getFileLinks, joinRepositoryPath } from './repository.ts';
import { takeSharedHistory } from './shared-history.ts';

/** One change as a page lists it. */
export interface ChangeView {
  /** The commit's day, `YYYY-MM-DD`. */
  date: string;
  /** The day as read: `20 November 2026`. */
  label: string;
  subject: string;
}

/** An entry's history section. */
export interface EntryHistory {
  /** Id of the section heading. */
  id: string;
  editHref: string;
  historyHref: string;
  /** The latest change; none when git has no history of the file. */
  lastChanged?: ChangeView | undefined;
  /** The latest changes, newest first, at most five. */
  changes: ChangeView[];
}

/**
 * The content folder's history, once per build, and only when `site.yaml` names the repository: as the build's
 * integration read it, or read here when it has not (the live preview, or git still running).
 */
export const getContentHistory = perGraph<ContentHistory | undefined, void>((graph) =>
  graph.site.repository ? (takeSharedHistory(contentDir) ?? readContentHistory(contentDir)) : undefined,
);

/** The entry's file in the content folder: its Markdown file, or its MDX one. */
function findEntryFile(history: ContentHistory, collection: CollectionName, id: string): string {
  const candidates = entryFileCandidates(collection, id);
  return (
    findFileInHistory(history, collection, id) ??
    candidates.find((path) => existsSync(`${contentDir}/${path}`)) ??
    candidates[0]!
  );
}

/** An entry's history section, or nothing when `site.yaml` names no repository. */
export function getEntryHistory(graph: AssuranceGraph, collection: CollectionName, id: string) {
  const settings = graph.site.repository;
  const history = getContentHistory(graph);
  if (!settings || !history) return undefined;
  const file = findEntryFile(history, collection, id);
  const links = getFileLinks(settings, joinRepositoryPath(settings.path ?? history.prefix ?? 'content', file));
  const changes = (history.state === 'full' ? (history.files.get(file) ?? []) : []).map((change): ChangeView => ({
    ...change,
    label: formatDate(change.date),
  }));
  const entryHistory: EntryHistory = {
    id: sectionId('history'),
    editHref: links.edit,
    historyHref: links.history,
    lastChanged: changes[0],
    changes,
  };
  return entryHistory;
}
