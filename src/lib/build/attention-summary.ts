import { getAttention } from '../attention/attention.ts';
import type { AttentionSection } from '../attention/kinds.ts';
import type { CheckedGraph } from '../content/checked-graph.ts';
import { hasAttentionPages, type Audience } from './audience.ts';

/** What needs attention in checked content, the file of each entry, and whether the build has `/attention/` pages. */
export interface CheckedAttention {
  sections: readonly AttentionSection[];
  /** The file of each entry, keyed `collection/id`. */
  files: ReadonlyMap<string, string>;
  hasPages: boolean;
}

/** What needs attention on the build date in content the check found valid, for a build's audience. */
export function getCheckedAttention(checked: CheckedGraph, audience: Audience): CheckedAttention {
  const { graph, files } = checked;
  return { sections: getAttention(graph), files, hasPages: hasAttentionPages(graph.site, audience) };
}

/** How the build's attention summary is written. */
export interface AttentionReportOptions {
  /** Whether this build has the `/attention/` pages; when not, the summary points to the internal build's. */
  hasPages: boolean;
  /** How many entries of each kind to name; 3 by default. */
  sample?: number;
}

/**
 * The attention summary as lines for the build log: one line of counts, then
 * the first few entries of each kind with the file to edit.
 */
export function formatAttentionReport(
  sections: readonly AttentionSection[],
  files: ReadonlyMap<string, string>,
  { hasPages, sample = 3 }: AttentionReportOptions,
): string[] {
  const total = sections.reduce((sum, section) => sum + section.items.length, 0);
  if (total === 0)
    return [
      'Nothing needs attention: no expired, stale or expiring evidence, overdue editions or reviews, evidence gaps ' +
        'or dates after the build date.',
    ];
  const counts = sections
    .filter((section) => section.items.length > 0)
    .map((section) => `${section.title.toLowerCase()} ${section.items.length}`);
  const where = hasPages ? 'the /attention/ page' : 'the /attention/ page of the internal build';
  const lines = [`Needs attention: ${counts.join(', ')}. The full lists are on ${where}.`];
  for (const section of sections) {
    for (const item of section.items.slice(0, sample)) {
      const file = files.get(`${item.collection}/${item.id}`) ?? `${item.collection}/${item.id}`;
      lines.push(`  ${section.title}: ${file}: ${item.reason}`);
    }
    if (section.items.length > sample) lines.push(`  ${section.title}: and ${section.items.length - sample} more.`);
  }
  return lines;
}
