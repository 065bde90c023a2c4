/**
 * Coverage as the pages show it: a summary as lines of counts, each part with its label, its share in words and the
 * colour it borrows; and a framework's gaps, the first few of each kind, each linked to where it can be seen or
 * fixed, with a badge saying what is wrong. `graph/coverage.ts` and `graph/gaps.ts` do the counting and finding.
 */
import { responsibilities } from '../../schemas/shared.ts';
import { freshnessOrder, type CoverageSummary, type LayerTotals, type Share } from '../graph/coverage.ts';
import { evidenceStates, evidenceStateTones } from '../graph/evidence-state.ts';
import { getFrameworkGapEntries, type RequirementGap } from '../graph/gaps.ts';
import { perGraph } from '../graph/memo.ts';
import { formatShare } from './format.ts';
import { evidenceStateLabels, freshnessLabels, getRequirementLabel, getResponsibilityLabel } from './labels.ts';
import { entryUrl, requirementUrl } from './urls.ts';

/** One line of a coverage summary: what is counted, and the count of each kind. */
export interface SummaryLine {
  title: string;
  total: number;
  parts: { label: string; count: number; share: string; tone: string }[];
}

/** One part of a summary line: a count, its label, its share and the colour it borrows. */
function part(label: string, share: Share, tone: string): SummaryLine['parts'][number] {
  return { label, count: share.count, share: formatShare(share), tone };
}

/**
 * The controls of one layer by who carries them out, each party by name:
 * `Microsoft · Kestrel Ledger: controls by party`, with `Microsoft`, `Kestrel
 * Ledger` and `Microsoft · Kestrel Ledger`.
 */
export function getPartyLine(totals: LayerTotals): SummaryLine {
  return {
    title: `${totals.layer.title}: controls by party`,
    total: totals.total,
    parts: responsibilities.map((party) =>
      part(getResponsibilityLabel(totals.layer, party), totals.byParty[party], party),
    ),
  };
}

/**
 * The summary as lines of counts and percentages: requirements (when any are
 * listed), then for each layer of shared responsibility its controls by party and by
 * evidence state, then artefacts by state.
 */
export function getSummaryLines(summary: CoverageSummary): SummaryLine[] {
  const { requirements, controls, artefacts } = summary;
  const lines: SummaryLine[] = [];
  if (requirements.total > 0) {
    lines.push({
      title: 'Requirements',
      total: requirements.total,
      parts: [
        part('with a control', requirements.mapped, 'current'),
        part('with an evidenced control', requirements.evidenced, 'current'),
        part('with no control', requirements.unmapped, requirements.unmapped.count > 0 ? 'expired' : 'muted'),
      ],
    });
  }
  for (const totals of controls.layers) {
    lines.push(getPartyLine(totals), {
      title: `${totals.layer.title}: controls by evidence`,
      total: totals.total,
      parts: evidenceStates.map((state) =>
        part(evidenceStateLabels[state], totals.byState[state], evidenceStateTones[state]),
      ),
    });
  }
  lines.push({
    title: 'Artefacts relied on',
    total: artefacts.total,
    parts: freshnessOrder.map((state) => part(freshnessLabels[state], artefacts.byFreshness[state], state)),
  });
  return lines;
}

/** How many entries each gap list names before giving only the count. */
export const gapListLimit = 10;

/** A gap, linked to where it can be seen or fixed. */
export interface Gap {
  href: string;
  title: string;
  /** The state, as a badge with text. */
  badge: { value: string; label: string };
}

/** One kind of gap: how many there are and the first few. */
export interface GapList {
  count: number;
  items: Gap[];
}

/**
 * A framework's gaps: requirements that are not soundly evidenced, controls
 * without usable evidence, and evidence that is no longer current or expires soon.
 */
export interface FrameworkGaps {
  requirements: GapList;
  unevidencedControls: GapList;
  staleEvidence: GapList;
}

function describeRequirementGap(gap: RequirementGap): string {
  if (gap.kind === 'no-control') return 'No control';
  if (gap.kind === 'unevidenced') return 'A control has no usable evidence';
  return `Cites ${freshnessLabels[gap.freshness].toLowerCase()} evidence`;
}

/** Lists a framework's gaps, the first few of each kind named, its requirements in the framework's order. */
export const getFrameworkGaps = perGraph((graph, frameworkId): FrameworkGaps => {
  const framework = graph.framework(frameworkId);
  const { requirements, unevidencedControls, staleEvidence } = getFrameworkGapEntries(graph, frameworkId);
  const list = <T>(all: readonly T[], toGap: (item: T) => Gap): GapList => ({
    count: all.length,
    items: all.slice(0, gapListLimit).map(toGap),
  });
  return {
    requirements: list(requirements, ({ requirement, gap }) => ({
      href: requirementUrl(framework, requirement.id),
      title: `${getRequirementLabel(requirement)} ${requirement.title}`,
      badge: { value: 'expired', label: describeRequirementGap(gap) },
    })),
    unevidencedControls: list(unevidencedControls, ({ id, state }) => ({
      href: entryUrl('controls', id),
      title: graph.control(id).data.title,
      badge: { value: evidenceStateTones[state], label: evidenceStateLabels[state] },
    })),
    staleEvidence: list(staleEvidence, (artefact) => ({
      href: entryUrl('artefacts', artefact.id),
      title: artefact.data.title,
      badge: { value: artefact.freshness, label: freshnessLabels[artefact.freshness] },
    })),
  };
});
