import type { ArtefactNode } from '../graph/assurance-graph.ts';
import { daysBetween } from '../graph/dates.ts';

const longDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
/** Formatted dates: a large site shows the same few hundred dates on thousands of pages, and formatting is slow. */
const formattedDates = new Map<string, string>();

/** Formats a `YYYY-MM-DD` date for reading: `30 June 2026`. */
export function formatDate(date: string): string {
  let formatted = formattedDates.get(date);
  if (formatted === undefined) formattedDates.set(date, (formatted = longDate.format(new Date(`${date}T00:00:00Z`))));
  return formatted;
}

/** A count and its noun, singular for one: `1 day`, `3 days`. */
export const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;

/** A name in the possessive: `Kestrel Ledger's`, and `Amazon Web Services'` for a name ending in s. */
export const possessive = (name: string) => (name.endsWith('s') ? `${name}'` : `${name}'s`);

/** Formats a period: `1 October 2025 to 30 September 2026`. */
export function formatPeriod(period: { start: string; end: string }): string {
  return `${formatDate(period.start)} to ${formatDate(period.end)}`;
}

/** A share as text, such as `37%`; `0%` of nothing. */
export function formatShare(share: { count: number; percent: number | undefined }): string {
  return `${share.percent ?? 0}%`;
}

/**
 * When a piece of evidence holds for: the period its audit covered, with the day bridge letters carry it through, or
 * else how long it is valid.
 */
export function describeEvidencePeriod(artefact: ArtefactNode): string | undefined {
  const { auditPeriod, validUntil } = artefact.data;
  if (!auditPeriod) return validUntil ? `Valid until ${formatDate(validUntil)}` : undefined;
  const through = artefact.window?.coveredThrough;
  const bridged = through && through > auditPeriod.end ? `, bridged through ${formatDate(through)}` : '';
  return `Audit period ${formatPeriod(auditPeriod)}${bridged}`;
}

/** A line describing an artefact's dates: issued, valid until, audit period. */
export function describeArtefactDates(artefact: ArtefactNode): string | undefined {
  const { issued, validUntil, auditPeriod } = artefact.data;
  const parts = [
    auditPeriod ? `Period ${formatPeriod(auditPeriod)}` : undefined,
    issued ? `Issued ${formatDate(issued)}` : undefined,
    validUntil ? `Valid until ${formatDate(validUntil)}` : undefined,
  ].filter(Boolean);
  return parts.length > 0 ? parts.join(' · ') : undefined;
}

/** A phrase as it reads mid-sentence: `Held by Kestrel Ledger` becomes `held by Kestrel Ledger`. */
export function lowerFirst(phrase: string): string {
  return phrase.charAt(0).toLowerCase() + phrase.slice(1);
}

/** The sentence naming when an artefact's next edition is expected, after a space; empty when none is expected. */
export const describeNextEdition = (artefact: ArtefactNode) =>
  artefact.data.nextExpected ? ` Next edition expected ${formatDate(artefact.data.nextExpected)}.` : '';

/** How many artefacts name a framework, and their state: `2 artefacts name it: expired.` */
export function describeFrameworkEvidence(count: number, state: string): string {
  if (count === 0) return 'No artefact names it.';
  return `${plural(count, 'artefact')} ${count === 1 ? 'names' : 'name'} it: ${state.toLowerCase()}.`;
}

/** Why an expired or expiring artefact is listed: its last valid day and how far that is from `today`. */
export function describeValidity(artefact: ArtefactNode, today: string): string {
  const days = Math.abs(daysBetween(today, artefact.data.validUntil!));
  const when =
    artefact.freshness === 'expired'
      ? `${plural(days, 'day')} ago`
      : days === 0
        ? 'today'
        : `in ${plural(days, 'day')}`;
  return `Valid until ${formatDate(artefact.data.validUntil!)}, ${when}.${describeNextEdition(artefact)}`;
}

/**
 * Why an audit report relied on for a window after its period is listed: the last day covered, and
 * the day it was relied on until when stale, or else when a bridge letter was due.
 */
export function describeReportWindow(artefact: ArtefactNode, today: string): string {
  const { coveredThrough, reliedOnUntil, bridgeDue, uncoveredDays } = artefact.window!;
  const why =
    artefact.freshness === 'stale'
      ? `relied on until ${formatDate(reliedOnUntil)}, ${plural(daysBetween(reliedOnUntil, today), 'day')} ago`
      : `a bridge letter was due after ${formatDate(bridgeDue)}`;
  return (
    `Covered through ${formatDate(coveredThrough)}, ${plural(uncoveredDays, 'day')} ago; ${why}.` +
    describeNextEdition(artefact)
  );
}
