import type { ArtefactNode, AssuranceGraph } from '../graph/assurance-graph.ts';
import { daysBetween } from '../graph/dates.ts';
import { getFrameworkArtefacts } from '../graph/coverage.ts';
import { formatDate } from '../present/format.ts';
import { artefactTypeLabels } from '../present/labels.ts';
import { entryUrl, sectionId } from '../present/urls.ts';
import type { BarPattern } from './bars.ts';

/** What a span of a timeline row shows: an audit period, a bridge letter's reach, or a certificate's validity. */
export type SpanKind = 'period' | 'bridge' | 'validity';

/** One span of a row, placed in percent of the timeline's width. */
export interface TimelineSpan {
  kind: SpanKind;
  start: string;
  end: string;
  pattern: BarPattern;
  x: number;
  width: number;
}

/** One artefact on the timeline, with a sentence saying what the picture shows. */
export interface TimelineRow {
  href: string;
  title: string;
  spans: TimelineSpan[];
  /** The row in words: `Audit period 1 Oct 2025 to 30 Sep 2026; bridge letter to 31 Dec 2026.` */
  text: string;
}

/** A year boundary on the axis. */
export interface TimelineTick {
  label: string;
  x: number;
}

/** An evidence timeline: the newest artefacts with a span, the axis and today. */
export interface Timeline {
  rows: TimelineRow[];
  ticks: TimelineTick[];
  /** Where today falls, in percent of the width, and the day in words. */
  today: { x: number; label: string };
  /** How many artefacts with dates are left out, the oldest; the page links to the full list. */
  hidden: number;
}

/** How many rows a timeline draws at most: the newest, so the picture stays the same size for any number. */
export const timelineRowLimit = 6;

const patterns: Record<SpanKind, BarPattern> = { period: 'solid', bridge: 'hatch', validity: 'dots' };

/** The dated spans of one artefact, before they are placed: audit period and bridge, or validity. */
function getSpans(artefact: ArtefactNode): Omit<TimelineSpan, 'x' | 'width'>[] {
  const { auditPeriod, issued, validUntil } = artefact.data;
  const span = (kind: SpanKind, start: string, end: string) => ({ kind, start, end, pattern: patterns[kind] });
  if (auditPeriod) {
    const spans = [span('period', auditPeriod.start, auditPeriod.end)];
    const through = artefact.window?.coveredThrough;
    if (through && artefact.window!.bridgedBy.length > 0 && through > auditPeriod.end)
      spans.push(span('bridge', auditPeriod.end, through));
    return spans;
  }
  return issued && validUntil ? [span('validity', issued, validUntil)] : [];
}

/** One span in words. */
function describeSpan(span: Omit<TimelineSpan, 'x' | 'width'>): string {
  if (span.kind === 'bridge') return `bridge letter to ${formatDate(span.end)}`;
  const range = `${formatDate(span.start)} to ${formatDate(span.end)}`;
  return span.kind === 'period' ? `audit period ${range}` : `valid ${range}`;
}

/** Builds a timeline of artefacts: the newest few with dates, on a common axis that always shows today. */
export function buildTimeline(graph: AssuranceGraph, artefactIds: readonly string[]): Timeline {
  const dated = artefactIds
    .map((id) => graph.artefact(id))
    .filter((artefact) => artefact.data.status !== 'withdrawn')
    .map((artefact) => ({ artefact, spans: getSpans(artefact) }))
    .filter((row) => row.spans.length > 0)
    // Newest first: by the first day covered, then by title, so the order never depends on file order.
    .sort(
      (a, b) =>
        b.spans[0]!.start.localeCompare(a.spans[0]!.start) ||
        a.artefact.data.title.localeCompare(b.artefact.data.title, 'en'),
    );
  const shown = dated.slice(0, timelineRowLimit);
  const days = shown.flatMap((row) => row.spans.flatMap((span) => [span.start, span.end]));
  const first = [...days, graph.today].sort()[0]!;
  const last = [...days, graph.today].sort().at(-1)!;
  const length = Math.max(daysBetween(first, last), 1);
  const place = (day: string) => Math.round((daysBetween(first, day) / length) * 10000) / 100;
  const ticks: TimelineTick[] = [];
  for (let year = Number(first.slice(0, 4)) + 1; year <= Number(last.slice(0, 4)); year++)
    ticks.push({ label: String(year), x: place(`${year}-01-01`) });
  return {
    rows: shown.map(({ artefact, spans }) => {
      const words = spans.map(describeSpan).join('; ');
      return {
        href: entryUrl('artefacts', artefact.id),
        title: artefact.data.title,
        spans: spans.map((span) => ({
          ...span,
          x: place(span.start),
          width: Math.round((place(span.end) - place(span.start)) * 100) / 100,
        })),
        text: `${artefactTypeLabels[artefact.data.type]}: ${words}.`,
      };
    }),
    ticks,
    today: { x: place(graph.today), label: `Today, ${formatDate(graph.today)}` },
    hidden: dated.length - shown.length,
  };
}

/** The evidence timeline of a framework: the artefacts it relies on. */
export function getFrameworkTimeline(graph: AssuranceGraph, frameworkId: string): Timeline {
  return buildTimeline(graph, getFrameworkArtefacts(graph, frameworkId));
}

/** The evidence timeline of a service: the artefacts naming it. */
export function getServiceTimeline(graph: AssuranceGraph, serviceId: string): Timeline {
  return buildTimeline(graph, graph.artefactsByService.get(serviceId) ?? []);
}

/** A timeline as a page shows it, with the link to every piece of evidence for the rows left out. */
export interface TimelineSection {
  timeline: Timeline;
  moreHref: string;
  moreLabel: string;
}

/** The evidence timeline of a framework or a service, linking to the evidence its page lists in full. */
export function getTimelineSection(
  graph: AssuranceGraph,
  owner: 'frameworks' | 'services',
  id: string,
): TimelineSection {
  const timeline = owner === 'frameworks' ? getFrameworkTimeline(graph, id) : getServiceTimeline(graph, id);
  return {
    timeline,
    moreHref: `${entryUrl(owner, id)}#${sectionId('evidence')}`,
    moreLabel: 'Every piece of evidence',
  };
}
