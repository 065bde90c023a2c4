import type { Subprocessor } from '../../schemas/subprocessors.ts';
import type { Item } from '../graph/assurance-graph.ts';

/** A dated change to the list of subprocessors: one added on its `since`, or removed on its `until`. */
export interface SubprocessorChange {
  /** The day of the change, `YYYY-MM-DD`. */
  date: string;
  kind: 'added' | 'removed';
  /** The subprocessor's id and name. */
  id: string;
  name: string;
}

/**
 * The changes the subprocessors' dates imply, newest first; on one day, removals before additions
 * (a replacement reads "removed X, added Y"), then by name. Changes after the build date are included:
 * they are the changes customers are being given notice of.
 */
export function getSubprocessorChanges(graph: { subprocessors: readonly Item<Subprocessor>[] }): SubprocessorChange[] {
  const changes = graph.subprocessors.flatMap(({ id, data }): SubprocessorChange[] => [
    { date: data.since, kind: 'added', id, name: data.name },
    ...(data.until ? [{ date: data.until, kind: 'removed' as const, id, name: data.name }] : []),
  ]);
  const kindOrder = { removed: 0, added: 1 };
  return changes.sort(
    (a, b) =>
      b.date.localeCompare(a.date) ||
      kindOrder[a.kind] - kindOrder[b.kind] ||
      a.name.localeCompare(b.name, 'en') ||
      a.id.localeCompare(b.id),
  );
}
