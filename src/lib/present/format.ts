import type { ArtefactNode } from '../graph/assurance-graph.ts';
import type { Share } from '../graph/coverage.ts';

const longDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
/** Formatted dates: a large site shows the same few hundred dates on thousands of pages, and formatting is slow. */
const formattedDates = new Map<string, string>();

/** Formats a `YYYY-MM-DD` date for reading: `30 June 2026`. */
export function formatDate(date: string): string {
  let formatted = formattedDates.get(date);
  if (formatted === undefined) formattedDates.set(date, (formatted = longDate.format(new Date(`${date}T00:00:00Z`))));
  return formatted;
}

/** Formats a period: `1 October 2025 to 30 September 2026`. */
export function formatPeriod(period: { start: string; end: string }): string {
  return `${formatDate(period.start)} to ${formatDate(period.end)}`;
}

/** A share as text, such as `37%`; `0%` of nothing. */
export function formatShare(share: Share): string {
  return `${share.percent ?? 0}%`;
}

/** When a piece of evidence holds for: the period its audit covered, or else how long it is valid. */
export function describeEvidencePeriod(artefact: ArtefactNode): string | undefined {
  const { auditPeriod, validUntil } = artefact.data;
  if (auditPeriod) return `Audit period ${formatPeriod(auditPeriod)}`;
  return validUntil ? `Valid until ${formatDate(validUntil)}` : undefined;
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
