import type { Artefact } from '../../schemas/artefacts.ts';
import type { ArtefactNode } from './assurance-graph.ts';
import { addDays } from './dates.ts';

/** Where an artefact stands on the build date. */
export type Freshness = 'current' | 'expiring' | 'expired' | 'superseded' | 'withdrawn';

/**
 * Computes an artefact's state on a day: withdrawn and superseded come from its
 * status; otherwise it is expired after `validUntil`, expiring when `validUntil`
 * falls within the review horizon, and current otherwise.
 */
export function getFreshness(
  artefact: Pick<Artefact, 'status' | 'validUntil'>,
  today: string,
  horizonDays: number,
): Freshness {
  if (artefact.status !== 'current') return artefact.status;
  if (!artefact.validUntil) return 'current';
  if (artefact.validUntil < today) return 'expired';
  if (artefact.validUntil <= addDays(today, horizonDays)) return 'expiring';
  return 'current';
}

/** Whether an artefact in this state can still be relied on as evidence. */
export function isUsable(freshness: Freshness): boolean {
  return freshness === 'current' || freshness === 'expiring';
}

/** The states that can no longer be relied on as evidence, the order gap lists name them in. */
export const lapsedStates = ['expired', 'superseded', 'withdrawn'] as const satisfies readonly Freshness[];

/**
 * Artefacts in the given states (expired and expiring unless told), in the
 * order of the states, then by the day validity ends.
 */
export function sortStale(
  artefacts: readonly ArtefactNode[],
  states: readonly Freshness[] = ['expired', 'expiring'],
): ArtefactNode[] {
  const order = (artefact: ArtefactNode) => states.indexOf(artefact.freshness);
  return artefacts
    .filter((artefact) => states.includes(artefact.freshness))
    .sort(
      (a, b) =>
        order(a) - order(b) ||
        (a.data.validUntil ?? '').localeCompare(b.data.validUntil ?? '') ||
        a.id.localeCompare(b.id),
    );
}
