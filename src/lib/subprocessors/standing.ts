import type { Subprocessor } from '../../schemas/subprocessors.ts';
import type { AssuranceGraph, Item } from '../graph/assurance-graph.ts';
import { perGraph } from '../graph/memo.ts';

/**
 * Where a subprocessor stands on a day: `planned` before its `since` (customers are being given notice),
 * `current` from its `since`, and `removed` from its `until` on.
 */
export type SubprocessorStanding = 'planned' | 'current' | 'removed';

/** The badge tone of each standing, from the tones the other states use. */
export const subprocessorStandingTones: Record<SubprocessorStanding, string> = {
  planned: 'in-progress',
  current: 'current',
  removed: 'retired',
};

/** Where a subprocessor stands on `today` (`YYYY-MM-DD`). */
export function getSubprocessorStanding(
  subprocessor: Pick<Subprocessor, 'since' | 'until'>,
  today: string,
): SubprocessorStanding {
  if (subprocessor.until !== undefined && subprocessor.until <= today) return 'removed';
  return subprocessor.since > today ? 'planned' : 'current';
}

/** Subprocessors in the order every list shows them: by name, then id. */
export function sortSubprocessors<T extends Item<Pick<Subprocessor, 'name'>>>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => a.data.name.localeCompare(b.data.name, 'en') || a.id.localeCompare(b.id));
}

const getSubprocessorsById = perGraph<Map<string, Item<Subprocessor>>, void>(
  (graph) => new Map(graph.subprocessors.map((item) => [item.id, item])),
);

/** A subprocessor of the graph, by id. */
export function getSubprocessor(graph: AssuranceGraph, id: string): Item<Subprocessor> {
  const item = getSubprocessorsById(graph).get(id);
  if (!item) throw new Error(`There is no subprocessor \`${id}\`.`);
  return item;
}
