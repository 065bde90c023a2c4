import type { Artefact } from '../../schemas/artefacts.ts';
import type { ArtefactNode, Item } from './assurance-graph.ts';
import { addDays } from './dates.ts';
import type { ReportWindow } from './report-window.ts';

/**
 * Where an artefact stands on the build date. `bridge-needed` and `stale` are
 * the states of an audit report's window of reliance.
 */
export type Freshness = 'current' | 'expiring' | 'bridge-needed' | 'stale' | 'expired' | 'superseded' | 'withdrawn';

/**
 * Computes an artefact's state on a day: withdrawn and superseded come from its
 * status; otherwise it is expired after `validUntil`, expiring when `validUntil`
 * falls within the review horizon, and current otherwise. An audit report
 * without `validUntil` takes its state from its window, when given one.
 */
export function getFreshness(
  artefact: Pick<Artefact, 'status' | 'validUntil'>,
  today: string,
  horizonDays: number,
  window?: Pick<ReportWindow, 'state'>,
): Freshness {
  if (artefact.status !== 'current') return artefact.status;
  if (!artefact.validUntil) return window?.state ?? 'current';
  if (artefact.validUntil < today) return 'expired';
  if (artefact.validUntil <= addDays(today, horizonDays)) return 'expiring';
  return 'current';
}

/** Whether an artefact in this state can still be relied on as evidence. */
export function isUsable(freshness: Freshness): boolean {
  return freshness === 'current' || isFlagged(freshness);
}

/** Whether usable evidence in this state is flagged: expiring soon, or a report needing a bridge letter. */
export function isFlagged(freshness: Freshness): boolean {
  return freshness === 'expiring' || freshness === 'bridge-needed';
}

/** The states that can no longer be relied on as evidence, the order gap lists name them in. */
export const lapsedStates = ['expired', 'stale', 'superseded', 'withdrawn'] as const satisfies readonly Freshness[];

/** The states a writer is asked to act on before the evidence lapses or once it has, most pressing first. */
export const pressingStates = ['expired', 'stale', 'expiring', 'bridge-needed'] as const satisfies readonly Freshness[];

/**
 * Artefacts in the given states (expired, stale, expiring and needing a bridge
 * unless told), in the order of the states, then by the day validity ends or,
 * for a report, the last day covered.
 */
export function sortStale(
  artefacts: readonly ArtefactNode[],
  states: readonly Freshness[] = pressingStates,
): ArtefactNode[] {
  const order = (artefact: ArtefactNode) => states.indexOf(artefact.freshness);
  return artefacts
    .filter((artefact) => states.includes(artefact.freshness))
    .sort((a, b) => order(a) - order(b) || lastDay(a).localeCompare(lastDay(b)) || a.id.localeCompare(b.id));
}

const lastDay = (artefact: ArtefactNode) => artefact.data.validUntil ?? artefact.window?.coveredThrough ?? '';

/** A control or document, which is reviewed every `controlReviewDays`. */
export type Reviewed = Item<{ title: string; lastReviewed?: string | undefined }>;

/** Whether a control's or document's review is overdue on the build date, and since when. */
export function getReviewDue(entry: Reviewed, today: string, reviewDays: number): { overdue: boolean; due?: string } {
  const { lastReviewed } = entry.data;
  if (!lastReviewed) return { overdue: true };
  const due = addDays(lastReviewed, reviewDays);
  return { overdue: due < today, due };
}

/** Whether a document is reviewed: one naming an owner or a review date makes commitments someone answers for. */
export function isUnderReview(doc: Item<{ owner?: string | undefined; lastReviewed?: string | undefined }>): boolean {
  return doc.data.owner !== undefined || doc.data.lastReviewed !== undefined;
}
