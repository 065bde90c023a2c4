import type { Artefact } from '../../schemas/artefacts.ts';
import type { Site } from '../../schemas/site.ts';
import type { Item } from './assurance-graph.ts';
import { addMonths, daysBetween } from './dates.ts';

/**
 * Where an audit report without `validUntil` stands on a day: `current` while its
 * period, or a bridge letter, covers recent enough a day; `bridge-needed` when the
 * last day covered is more than the bridge limit ago; `stale` once its window of
 * reliance after the period ends has passed.
 */
export type ReportState = 'current' | 'bridge-needed' | 'stale';

/** How long reports are relied on, from `site.yaml` or the report's own override. */
export interface ReportLimits {
  /** Months after the period ends that the report is relied on at all. */
  windowMonths: number;
  /** Months a period end, or a bridge letter's last day, covers before a bridge letter is needed. */
  bridgeAfterMonths: number;
}

/** A report's window on one day. */
export interface ReportWindow {
  state: ReportState;
  /** The last day the report speaks for: its period end, or the latest day a bridge letter covers through. */
  coveredThrough: string;
  /** Days after `coveredThrough` up to the day asked about, which nothing covers; 0 when it reaches that day. */
  uncoveredDays: number;
  /** The last day before a bridge letter is needed: `bridgeAfterMonths` after `coveredThrough`. */
  bridgeDue: string;
  /** The last day the report is relied on: `windowMonths` after its period ends. */
  reliedOnUntil: string;
  /** The bridge letters that extend it, by id. */
  bridgedBy: string[];
}

/** One bridge letter's reach: the letter and the last day it covers. */
export interface BridgeCover {
  id: string;
  coversThrough: string;
}

/**
 * Works out a report's window from dates alone. Bridge letters extend the day it
 * covers through but not its window: once the window has passed, only a new
 * edition makes the evidence current again. Every limit is inclusive: on the day
 * a limit falls the report still meets it, and the day after it does not.
 */
export function getReportWindow(
  periodEnd: string,
  bridges: readonly BridgeCover[],
  limits: ReportLimits,
  today: string,
): ReportWindow {
  const extending = bridges.filter((bridge) => bridge.coversThrough > periodEnd);
  const coveredThrough = extending.reduce((latest, bridge) => maxDate(latest, bridge.coversThrough), periodEnd);
  const bridgeDue = addMonths(coveredThrough, limits.bridgeAfterMonths);
  const reliedOnUntil = addMonths(periodEnd, limits.windowMonths);
  const state: ReportState = today > reliedOnUntil ? 'stale' : today > bridgeDue ? 'bridge-needed' : 'current';
  return {
    state,
    coveredThrough,
    uncoveredDays: Math.max(0, daysBetween(coveredThrough, today)),
    bridgeDue,
    reliedOnUntil,
    bridgedBy: extending.map((bridge) => bridge.id).sort(),
  };
}

const maxDate = (a: string, b: string) => (a > b ? a : b);

/**
 * Whether a new edition is overdue on a day: the artefact is current, the day its
 * next edition was expected has passed, and no newer edition replaces it.
 */
export function isEditionOverdue(
  artefact: Pick<Artefact, 'status' | 'nextExpected'>,
  hasSuccessor: boolean,
  today: string,
): boolean {
  return artefact.status === 'current' && !hasSuccessor && !!artefact.nextExpected && artefact.nextExpected < today;
}

/**
 * The windows of every audit report that has an audit period but no `validUntil`,
 * by id, extended by the bridge letters that name them (withdrawn letters aside).
 */
export function getReportWindows(
  artefacts: readonly Item<Artefact>[],
  site: Pick<Site, 'reportWindowMonths' | 'bridgeAfterMonths'>,
  today: string,
): Map<string, ReportWindow> {
  const bridges = new Map<string, BridgeCover[]>();
  for (const { id, data } of artefacts) {
    if (data.type !== 'bridge-letter' || data.status === 'withdrawn' || !data.coversThrough) continue;
    for (const report of data.bridges) {
      bridges.set(report.id, [...(bridges.get(report.id) ?? []), { id, coversThrough: data.coversThrough }]);
    }
  }
  const windows = new Map<string, ReportWindow>();
  for (const { id, data } of artefacts) {
    if (data.type !== 'audit-report' || data.validUntil || !data.auditPeriod) continue;
    const limits = {
      windowMonths: data.reportWindowMonths ?? site.reportWindowMonths,
      bridgeAfterMonths: site.bridgeAfterMonths,
    };
    windows.set(id, getReportWindow(data.auditPeriod.end, bridges.get(id) ?? [], limits, today));
  }
  return windows;
}
