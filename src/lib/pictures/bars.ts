import type { CoverageSummary } from '../graph/coverage.ts';
import { isEvidenced } from '../graph/evidence-state.ts';
import { plural } from '../present/format.ts';

/** The fill pattern of a segment, so a bar never relies on colour alone, on screen or in print. */
export type BarPattern = 'solid' | 'hatch' | 'dots';

/** What a bar is built from: one count with its label, tone and pattern. */
export interface BarPart {
  key: string;
  label: string;
  count: number;
  /** The colour class, such as `current` or `provider`. */
  tone: string;
  pattern: BarPattern;
}

/** One segment of a stacked bar, placed in percent of the bar's width. */
export interface BarSegment extends BarPart {
  /** The whole-percent share of the bar's total, as text: `40%`. */
  share: string;
  /** Where the segment starts, in percent of the bar's width. */
  x: number;
  /** How wide the segment is, in percent of the bar's width. */
  width: number;
}

/** A stacked bar: a total split into segments, each with the words that say it without the picture. */
export interface Bar {
  label: string;
  total: number;
  /** The segments with a count, in the order given; empty parts are left out. */
  segments: BarSegment[];
  /** The bar in one sentence, its text equivalent: `12 requirements: 8 evidenced (67%), …`. */
  text: string;
}

/** Two decimals are enough for a bar and keep the output identical from build to build. */
const round = (value: number) => Math.round(value * 100) / 100;

/** Lays parts end to end in a bar as wide as their total; a bar of nothing has no segments. */
export function buildBar(label: string, unit: { one: string; many?: string }, parts: readonly BarPart[]): Bar {
  const total = parts.reduce((sum, part) => sum + part.count, 0);
  let x = 0;
  const segments: BarSegment[] = [];
  for (const part of parts) {
    if (part.count === 0) continue;
    const width = round((part.count / total) * 100);
    segments.push({ ...part, share: `${Math.round((part.count / total) * 100)}%`, x: round(x), width });
    x += (part.count / total) * 100;
  }
  const said = segments.map((segment) => `${segment.count} ${segment.label} (${segment.share})`).join(', ');
  const text = `${plural(total, unit.one, unit.many)}${said ? `: ${said}` : ''}.`;
  return { label, total, segments, text };
}

/**
 * A framework's coverage as one bar: requirements met by an evidenced control, requirements whose
 * controls lack usable evidence, and requirements without a control. A framework that lists no
 * requirements is drawn by its controls, evidenced or not. The bar has three segments at most,
 * whatever the number of requirements or controls.
 */
export function getCoverageBar(label: string, summary: CoverageSummary): Bar {
  const { requirements, controls } = summary;
  if (requirements.total > 0) {
    return buildBar(label, { one: 'requirement' }, [
      {
        key: 'evidenced',
        label: 'with evidenced controls',
        count: requirements.evidenced.count,
        tone: 'current',
        pattern: 'solid',
      },
      {
        key: 'unevidenced',
        label: 'with controls but no usable evidence',
        count: requirements.mapped.count - requirements.evidenced.count,
        tone: 'expiring',
        pattern: 'hatch',
      },
      {
        key: 'unmapped',
        label: 'without a control',
        count: requirements.unmapped.count,
        tone: 'expired',
        pattern: 'dots',
      },
    ]);
  }
  const evidenced = controls.layers.reduce(
    (sum, layer) =>
      sum +
      Object.entries(layer.byState)
        .filter(([state]) => isEvidenced(state as Parameters<typeof isEvidenced>[0]))
        .reduce((count, [, share]) => count + share.count, 0),
    0,
  );
  return buildBar(label, { one: 'control' }, [
    { key: 'evidenced', label: 'with usable evidence', count: evidenced, tone: 'current', pattern: 'solid' },
    {
      key: 'unevidenced',
      label: 'without usable evidence',
      count: controls.total - evidenced,
      tone: 'expiring',
      pattern: 'hatch',
    },
  ]);
}
