import type { Requirement } from '../../schemas/frameworks.ts';
import { evidenceStateLabels, freshnessLabels, getRequirementLabel } from '../present/labels.ts';
import { entryUrl, requirementUrl } from '../present/urls.ts';
import type { AssuranceGraph } from './assurance-graph.ts';
import { getFrameworkArtefacts } from './coverage.ts';
import { evidenceStates, evidenceStateTones, getControlEvidenceState, isEvidenced } from './evidence-state.ts';
import { isFlagged, isUsable, lapsedStates, sortStale, type Freshness } from './freshness.ts';
import { perGraph } from './memo.ts';

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

/**
 * Why a requirement is a gap: it has no control; one of its controls has no
 * usable evidence; or its controls cite evidence that has expired, been
 * superseded or been withdrawn (the worst such state).
 */
export type RequirementGap =
  { kind: 'no-control' } | { kind: 'unevidenced' } | { kind: 'lapsed'; freshness: (typeof lapsedStates)[number] };

/** Why a requirement mapped to these controls is a gap, or undefined when it is soundly evidenced. */
export function getRequirementGap(graph: AssuranceGraph, controls: readonly string[]): RequirementGap | undefined {
  if (controls.length === 0) return { kind: 'no-control' };
  if (controls.some((id) => !isEvidenced(getControlEvidenceState(graph, id)))) return { kind: 'unevidenced' };
  const cited = new Set<Freshness>(
    controls.flatMap((id) =>
      graph.control(id).data.evidence.map((reference) => graph.artefact(reference.id).freshness),
    ),
  );
  const freshness = lapsedStates.find((state) => cited.has(state));
  return freshness && { kind: 'lapsed', freshness };
}

function describeRequirementGap(gap: RequirementGap): string {
  if (gap.kind === 'no-control') return 'No control';
  if (gap.kind === 'unevidenced') return 'A control has no usable evidence';
  return `Cites ${freshnessLabels[gap.freshness].toLowerCase()} evidence`;
}

/**
 * Finds the gaps in a framework's coverage, the first few of each kind named;
 * once per framework, as every coverage page shows them. Requirements are listed
 * in the framework's order.
 */
export const getFrameworkGaps = perGraph((graph, frameworkId): FrameworkGaps => {
  const framework = graph.framework(frameworkId);
  const requirements = (graph.requirementCoverage.get(frameworkId) ?? [])
    .map(({ requirement, controls }) => ({ requirement, gap: getRequirementGap(graph, controls) }))
    .filter((entry): entry is { requirement: Requirement; gap: RequirementGap } => entry.gap !== undefined);
  const unevidenced = (graph.controlsByFramework.get(frameworkId) ?? [])
    .map((id) => ({ id, state: getControlEvidenceState(graph, id) }))
    .filter(({ state }) => !isEvidenced(state))
    .sort((a, b) => evidenceStates.indexOf(b.state) - evidenceStates.indexOf(a.state));
  const stale = sortStale(getFrameworkArtefacts(graph, frameworkId).map(graph.artefact), [
    ...lapsedStates,
    'expiring',
    'bridge-needed',
  ]);
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
    unevidencedControls: list(unevidenced, ({ id, state }) => ({
      href: entryUrl('controls', id),
      title: graph.control(id).data.title,
      badge: { value: evidenceStateTones[state], label: evidenceStateLabels[state] },
    })),
    staleEvidence: list(stale, (artefact) => ({
      href: entryUrl('artefacts', artefact.id),
      title: artefact.data.title,
      badge: { value: artefact.freshness, label: freshnessLabels[artefact.freshness] },
    })),
  };
});

/**
 * How a framework's coverage stands as a whole, agreeing with its gaps: `gaps`
 * when any gap is listed, `expiring` when the only concern is evidence expiring
 * soon, `none` when nothing evidences it, and `evidenced` otherwise.
 */
export type CoverageState = 'evidenced' | 'expiring' | 'gaps' | 'none';

/** The colour of each coverage state, for badges. */
export const coverageStateTones: Record<CoverageState, Freshness> = {
  evidenced: 'current',
  expiring: 'expiring',
  gaps: 'expired',
  none: 'expired',
};

/** The state a coverage page's header shows for a framework. */
export const getCoverageState = perGraph((graph, frameworkId): CoverageState => {
  const gaps = getFrameworkGaps(graph, frameworkId);
  const artefacts = getFrameworkArtefacts(graph, frameworkId).map((id) => graph.artefact(id).freshness);
  const lapsed = artefacts.filter((freshness) => !isUsable(freshness)).length;
  if (gaps.requirements.count + gaps.unevidencedControls.count + lapsed > 0) return 'gaps';
  if (artefacts.length === 0) return 'none';
  return artefacts.some(isFlagged) ? 'expiring' : 'evidenced';
});
